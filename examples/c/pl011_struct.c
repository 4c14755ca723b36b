/* PL011 register block as a C structure laid over the mapping: the driver reads and writes
 * uart->CR, uart->FR, ... as a KasperskyOS driver does on hardware; every load and store through the
 * volatile pointer is a 32-bit MMIO access of the simulated device. The layout is checked at compile
 * time against the offsets of the TRM (ARM DDI 0183, table 3-1).
 *
 *   mmio-sim run examples/c/pl011_struct.c
 *   mmio-sim debug examples/c/pl011_struct.c      try: break main, next, p *uart, p/x uart->FR
 */
#include <coresrv/io/mmio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>

struct pl011_regs {
    volatile uint32_t DR;               /* 0x000 data */
    volatile uint32_t RSR_ECR;          /* 0x004 receive status / error clear */
    uint32_t reserved0[4];              /* 0x008-0x014 */
    volatile uint32_t FR;               /* 0x018 flags (read-only) */
    uint32_t reserved1;                 /* 0x01C */
    volatile uint32_t ILPR;             /* 0x020 IrDA low-power counter */
    volatile uint32_t IBRD;             /* 0x024 integer baud rate divisor */
    volatile uint32_t FBRD;             /* 0x028 fractional baud rate divisor */
    volatile uint32_t LCR_H;            /* 0x02C line control */
    volatile uint32_t CR;               /* 0x030 control */
    volatile uint32_t IFLS;             /* 0x034 FIFO level select */
    volatile uint32_t IMSC;             /* 0x038 interrupt mask set/clear */
    volatile uint32_t RIS;              /* 0x03C raw interrupt status */
    volatile uint32_t MIS;              /* 0x040 masked interrupt status */
    volatile uint32_t ICR;              /* 0x044 interrupt clear */
    volatile uint32_t DMACR;            /* 0x048 DMA control */
    uint32_t reserved2[997];            /* 0x04C-0xFDC */
    volatile uint32_t PeriphID[4];      /* 0xFE0 peripheral identification */
    volatile uint32_t PCellID[4];       /* 0xFF0 PrimeCell identification */
};

_Static_assert(offsetof(struct pl011_regs, FR) == 0x018, "UARTFR at 0x018");
_Static_assert(offsetof(struct pl011_regs, IBRD) == 0x024, "UARTIBRD at 0x024");
_Static_assert(offsetof(struct pl011_regs, LCR_H) == 0x02C, "UARTLCR_H at 0x02C");
_Static_assert(offsetof(struct pl011_regs, CR) == 0x030, "UARTCR at 0x030");
_Static_assert(offsetof(struct pl011_regs, ICR) == 0x044, "UARTICR at 0x044");
_Static_assert(offsetof(struct pl011_regs, PeriphID) == 0xFE0, "UARTPeriphID0 at 0xFE0");
_Static_assert(offsetof(struct pl011_regs, PCellID) == 0xFF0, "UARTPCellID0 at 0xFF0");
_Static_assert(sizeof(struct pl011_regs) == 0x1000, "one 4 KiB page");

enum {
    FR_BUSY = 1u << 3, FR_RXFE = 1u << 4, FR_TXFF = 1u << 5, FR_TXFE = 1u << 7,
    LCR_H_FEN = 1u << 4, LCR_H_WLEN8 = 3u << 5,
    CR_UARTEN = 1u << 0, CR_TXE = 1u << 8, CR_RXE = 1u << 9,
};

#define UART0_BASE 0x09000000u

/* the four identification registers hold one byte each, lowest first */
static uint32_t id_word(volatile const uint32_t id[4])
{
    uint32_t v = 0;
    for (int i = 3; i >= 0; i--)
        v = (v << 8) | (id[i] & 0xFFu);
    return v;
}

static void send(struct pl011_regs *uart, const char *s)
{
    while (*s) {
        while (uart->FR & FR_TXFF)
            ;
        uart->DR = (uint8_t)*s++;
    }
    while (!(uart->FR & FR_TXFE) || (uart->FR & FR_BUSY))
        ;
}

int main(void)
{
    IoMemHandles io;
    void *base;

    KnIoMemHandlesClear(&io);
    if (KnRegisterPhyMem(UART0_BASE, sizeof(struct pl011_regs), MMIO_K_SHARED, &io.rid) != rcOk)
        return 1;
    if (KnIoMapMem(io.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base,
                   &io.handle) != rcOk) {
        KnIoMemHandlesClose(&io);
        return 1;
    }
    struct pl011_regs *uart = base;

    uint32_t periph = id_word(uart->PeriphID), cell = id_word(uart->PCellID);
    printf("UARTPeriphID 0x%08x (part 0x%03x, revision %u), UARTPCellID 0x%08x\n", periph,
           periph & 0xFFFu, (periph >> 20) & 0xFu, cell);
    printf("at start: TXFE=%d RXFE=%d\n", (uart->FR & FR_TXFE) != 0, (uart->FR & FR_RXFE) != 0);

    uart->CR = 0;                       /* disable, let a character in progress finish */
    while (uart->FR & FR_BUSY)
        ;
    uart->IBRD = 13;                    /* 24 MHz / (16 x 115200) = 13 + 1/64 */
    uart->FBRD = 1;
    uart->LCR_H = LCR_H_WLEN8 | LCR_H_FEN;
    uart->IMSC = 0;
    uart->ICR = 0x7FF;
    uart->CR = CR_UARTEN | CR_TXE | CR_RXE;
    send(uart, "register block over the mapping\n");
    printf("CR=0x%03x LCR_H=0x%02x IBRD=%u FBRD=%u\n", uart->CR, uart->LCR_H, uart->IBRD, uart->FBRD);

    return KnIoMemHandlesClose(&io) == rcOk ? 0 : 1;
}
