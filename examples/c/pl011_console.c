/* PL011 console driver: initialise UART0 for 115200 8N1 and print text through small putc/puts
 * functions, polling the flag register (UARTFR.TXFF) before each character.
 *
 * Register offsets and bits: ARM PrimeCell UART (PL011) Technical Reference Manual, ARM DDI 0183,
 * chapter 3 "Programmers Model". QEMU's virt machine (the default board) clocks the PL011 with
 * UARTCLK = 24 MHz and maps it at 0x09000000.
 *
 *   mmio-sim run examples/c/pl011_console.c
 *   mmio-sim debug examples/c/pl011_console.c     try: break uart_putc, continue, bt, finish
 */
#include <coresrv/io/mmio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>

#define UART0_BASE      0x09000000u
#define UART0_SIZE      0x1000u

#define UARTDR          0x000u          /* data */
#define UARTFR          0x018u          /* flags */
#define UARTIBRD        0x024u          /* integer baud rate divisor */
#define UARTFBRD        0x028u          /* fractional baud rate divisor */
#define UARTLCR_H       0x02Cu          /* line control */
#define UARTCR          0x030u          /* control */
#define UARTIMSC        0x038u          /* interrupt mask set/clear */
#define UARTICR         0x044u          /* interrupt clear */

#define UARTFR_BUSY     (1u << 3)
#define UARTFR_TXFF     (1u << 5)
#define UARTFR_TXFE     (1u << 7)
#define UARTLCR_H_FEN   (1u << 4)
#define UARTLCR_H_WLEN8 (3u << 5)
#define UARTCR_UARTEN   (1u << 0)
#define UARTCR_TXE      (1u << 8)
#define UARTCR_RXE      (1u << 9)

#define UARTCLK_HZ      24000000u

static volatile uint8_t *uart;          /* the mapped register page */

static uint32_t uart_read(uint32_t offset)
{
    return IoReadMmReg32(uart + offset);
}

static void uart_write(uint32_t offset, uint32_t value)
{
    IoWriteMmReg32(uart + offset, value);
}

/* 8 data bits, no parity, 1 stop bit, FIFOs on, at the given baud rate. */
static void uart_init(uint32_t baud)
{
    /* 64 x the divisor UARTCLK / (16 x baud), rounded: IBRD is its integer part, FBRD the 1/64ths */
    uint32_t div_x64 = (UARTCLK_HZ * 4u + baud / 2u) / baud;

    uart_write(UARTCR, 0);                      /* disable before reprogramming (TRM 3.3.8) */
    while (uart_read(UARTFR) & UARTFR_BUSY)
        ;
    uart_write(UARTIBRD, div_x64 >> 6);
    uart_write(UARTFBRD, div_x64 & 0x3Fu);
    uart_write(UARTLCR_H, UARTLCR_H_WLEN8 | UARTLCR_H_FEN);     /* latches IBRD and FBRD */
    uart_write(UARTIMSC, 0);
    uart_write(UARTICR, 0x7FFu);
    uart_write(UARTCR, UARTCR_UARTEN | UARTCR_TXE | UARTCR_RXE);
}

static void uart_putc(char c)
{
    while (uart_read(UARTFR) & UARTFR_TXFF)
        ;
    uart_write(UARTDR, (uint8_t)c);
}

static size_t uart_puts(const char *s)
{
    size_t n = 0;
    for (; *s != '\0'; s++, n++)
        uart_putc(*s);
    return n;
}

/* Waits until the FIFO is empty and the last character has left the shift register. */
static void uart_flush(void)
{
    while (!(uart_read(UARTFR) & UARTFR_TXFE))
        ;
    while (uart_read(UARTFR) & UARTFR_BUSY)
        ;
}

int main(void)
{
    static const char *const lines[] = {
        "hello from the PL011 console driver\n",
        "115200 8N1, FIFOs on\n",
    };
    IoMemHandles io;
    void *base = NULL;
    char buf[48];

    KnIoMemHandlesClear(&io);
    /* The kernel uses UART0 as its console, so the driver shares the region with the kernel. */
    Retcode rc = KnRegisterPhyMem(UART0_BASE, UART0_SIZE, MMIO_K_SHARED, &io.rid);
    if (rc != rcOk) {
        printf("KnRegisterPhyMem failed: %d\n", rc);
        return 1;
    }
    rc = KnIoMapMem(io.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &io.handle);
    if (rc != rcOk) {
        printf("KnIoMapMem failed: %d\n", rc);
        KnIoMemHandlesClose(&io);
        return 1;
    }
    uart = base;

    uart_init(115200);
    size_t sent = 0;
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
        sent += uart_puts(lines[i]);
    snprintf(buf, sizeof buf, "IBRD=%u FBRD=%u\n", (unsigned)uart_read(UARTIBRD),
             (unsigned)uart_read(UARTFBRD));
    sent += uart_puts(buf);
    uart_flush();
    printf("%zu characters sent\n", sent);

    rc = KnIoMemHandlesClose(&io);              /* unmaps, then deregisters */
    return rc == rcOk ? 0 : 1;
}
