/* PL061 GPIO driver: pins are configured and driven through an enum of pin modes and a switch, and an
 * LED on pin 3 blinks. GPIODATA is reached at offsets 0x000-0x3FC: address bits [9:2] are a mask of
 * the pins an access touches, so a driver changes one pin without a read-modify-write of the others.
 *
 * Register offsets: ARM PrimeCell GPIO (PL061) Technical Reference Manual, ARM DDI 0190, chapter 3.
 * QEMU's virt machine (the default board) maps the PL061 at 0x09030000.
 *
 *   mmio-sim run examples/c/pl061_gpio.c
 *   mmio-sim debug examples/c/pl061_gpio.c        try: break gpio_configure, continue, info args
 */
#include <coresrv/io/mmio.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdio.h>
#ifdef __MMIO_SIM__
#include <mmio_sim/sim.h>               /* Delay: simulated time passes */
#endif

#define GPIO_BASE       0x09030000u
#define GPIO_SIZE       0x1000u

#define GPIODATA        0x000u          /* data, masked by address bits [9:2] */
#define GPIODIR         0x400u          /* direction: 1 = output */
#define GPIOIS          0x404u          /* interrupt sense: 1 = level */
#define GPIOIBE         0x408u          /* interrupt on both edges */
#define GPIOIEV         0x40Cu          /* interrupt event: 1 = rising edge / high level */
#define GPIOIE          0x410u          /* interrupt mask */
#define GPIORIS         0x414u          /* raw interrupt status */
#define GPIOMIS         0x418u          /* masked interrupt status */
#define GPIOIC          0x41Cu          /* interrupt clear */
#define GPIOAFSEL       0x420u          /* alternate function select */

#define LED_PIN         3u
#define BUTTON_PIN      6u
#define HALF_PERIOD_NS  250000000u      /* 250 ms on, 250 ms off */
#define BLINKS          4

enum pin_mode {
    PIN_INPUT,
    PIN_OUTPUT_LOW,
    PIN_OUTPUT_HIGH,
    PIN_IRQ_RISING,
    PIN_HARDWARE,                       /* alternate function: the pin is driven by hardware */
};

static volatile uint8_t *gpio;

static uint8_t rd(uint32_t off) { return IoReadMmReg8(gpio + off); }
static void wr(uint32_t off, uint8_t v) { IoWriteMmReg8(gpio + off, v); }
static void set_bits(uint32_t off, uint8_t mask, bool on)
{
    uint8_t v = rd(off);
    wr(off, on ? (uint8_t)(v | mask) : (uint8_t)(v & ~mask));
}

/* the word of GPIODATA that reaches only the pins of mask */
static uint32_t data_for(uint8_t mask) { return GPIODATA + ((uint32_t)mask << 2); }

static int gpio_configure(unsigned pin, enum pin_mode mode)
{
    uint8_t m = (uint8_t)(1u << pin);
    if (pin > 7)
        return -1;
    set_bits(GPIOAFSEL, m, mode == PIN_HARDWARE);
    set_bits(GPIOIE, m, false);
    switch (mode) {
    case PIN_OUTPUT_LOW:
    case PIN_OUTPUT_HIGH:
        wr(data_for(m), mode == PIN_OUTPUT_HIGH ? m : 0);      /* latch the level first */
        set_bits(GPIODIR, m, true);
        break;
    case PIN_IRQ_RISING:
        set_bits(GPIOIS, m, false);                             /* edge */
        set_bits(GPIOIBE, m, false);                            /* one edge ... */
        set_bits(GPIOIEV, m, true);                             /* ... the rising one */
        wr(GPIOIC, m);
        set_bits(GPIOIE, m, true);
        /* fall through: an interrupt pin is an input */
    case PIN_INPUT:
    case PIN_HARDWARE:
        set_bits(GPIODIR, m, false);
        break;
    default:
        return -1;
    }
    return 0;
}

static void gpio_write(unsigned pin, bool level)
{
    uint8_t m = (uint8_t)(1u << pin);
    wr(data_for(m), level ? m : 0);
}

static bool gpio_read(unsigned pin)
{
    uint8_t m = (uint8_t)(1u << pin);
    return rd(data_for(m)) != 0;
}

static const char *mode_name(enum pin_mode mode)
{
    switch (mode) {
    case PIN_INPUT: return "input";
    case PIN_OUTPUT_LOW: return "output (low)";
    case PIN_OUTPUT_HIGH: return "output (high)";
    case PIN_IRQ_RISING: return "input, interrupt on rising edge";
    case PIN_HARDWARE: return "hardware";
    }
    return "?";
}

static void wait_ns(uint32_t ns)
{
#ifdef __MMIO_SIM__
    Delay(ns);
#else
    (void)ns;                           /* on the target: the platform's sleep call */
#endif
}

int main(void)
{
    IoMemHandles io;
    void *base;

    KnIoMemHandlesClear(&io);
    if (KnRegisterPhyMem(GPIO_BASE, GPIO_SIZE, 0, &io.rid) != rcOk)
        return 1;
    if (KnIoMapMem(io.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &io.handle)
        != rcOk) {
        KnIoMemHandlesClose(&io);
        return 1;
    }
    gpio = base;

    if (gpio_configure(LED_PIN, PIN_OUTPUT_LOW) != 0 || gpio_configure(BUTTON_PIN, PIN_IRQ_RISING) != 0)
        return 1;
    printf("GPIO%u: %s, GPIO%u: %s\n", LED_PIN, mode_name(PIN_OUTPUT_LOW), BUTTON_PIN,
           mode_name(PIN_IRQ_RISING));

    int highs = 0;
    for (int i = 0; i < BLINKS; i++) {
        gpio_write(LED_PIN, true);
        highs += gpio_read(LED_PIN);
        wait_ns(HALF_PERIOD_NS);
        gpio_write(LED_PIN, false);
        highs += gpio_read(LED_PIN);
        wait_ns(HALF_PERIOD_NS);
    }
    printf("blinked GPIO%u %d times (read high %d times); GPIODIR=0x%02x, button reads %d, MIS=0x%02x\n",
           LED_PIN, BLINKS, highs, rd(GPIODIR), gpio_read(BUTTON_PIN), rd(GPIOMIS));

    return KnIoMemHandlesClose(&io) == rcOk ? 0 : 1;
}
