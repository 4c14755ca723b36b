/* BCM2711 GPIO driver (Raspberry Pi 4 Model B): blink the green activity LED on GPIO 42 and read a
 * button on GPIO 17 with the internal pull-up, timing the blink with the 1 MHz system timer.
 *
 * Register offsets: BCM2711 ARM Peripherals datasheet, chapter 5 "General Purpose I/O" and chapter 10
 * "System Timer", at their ARM low-peripheral-mode addresses (0xFE000000 + offset).
 *
 *   mmio-sim run examples/c/bcm2711_gpio.c         (the pragma selects the rpi4b board)
 *   mmio-sim debug examples/c/bcm2711_gpio.c       try: break gpio_set_function, continue, finish
 */
#ifdef __MMIO_SIM__
#pragma mmio board("rpi4b")             /* inside #ifdef: gcc -Wall warns of pragmas it does not know */
#endif

#include <coresrv/io/mmio.h>
#include <stdint.h>
#include <stdio.h>
#ifdef __MMIO_SIM__
#include <mmio_sim/sim.h>               /* Delay: simulated time passes */
#endif

#define GPIO_BASE       0xFE200000u
#define SYSTIMER_BASE   0xFE003000u
#define PAGE            0x1000u

#define GPFSEL(n)       (0x00u + 4u * (n))      /* function select, 10 pins each, 3 bits a pin */
#define GPSET(n)        (0x1Cu + 4u * (n))      /* output set (write 1 to set) */
#define GPCLR(n)        (0x28u + 4u * (n))      /* output clear (write 1 to clear) */
#define GPLEV(n)        (0x34u + 4u * (n))      /* pin level */
#define GPIO_PUP_PDN_CNTRL(n) (0xE4u + 4u * (n)) /* pull-up/down, 16 pins each, 2 bits a pin */

#define ST_CLO          0x04u                   /* system timer counter, low 32 bits, 1 MHz */

enum gpio_function { FSEL_INPUT = 0, FSEL_OUTPUT = 1 };
enum gpio_pull { PULL_NONE = 0, PULL_UP = 1, PULL_DOWN = 2 };

#define LED_PIN         42u             /* ACT LED */
#define BUTTON_PIN      17u
#define HALF_PERIOD_US  500000u

struct bcm_io {
    IoMemHandles gpio_io, timer_io;
    volatile uint8_t *gpio, *timer;
};

static struct bcm_io hw;

static uint32_t gpio_rd(uint32_t off) { return IoReadMmReg32(hw.gpio + off); }
static void gpio_wr(uint32_t off, uint32_t v) { IoWriteMmReg32(hw.gpio + off, v); }
static uint32_t timer_now(void) { return IoReadMmReg32(hw.timer + ST_CLO); }

static void gpio_set_function(unsigned pin, enum gpio_function f)
{
    uint32_t shift = (pin % 10u) * 3u;
    uint32_t v = gpio_rd(GPFSEL(pin / 10u));
    gpio_wr(GPFSEL(pin / 10u), (v & ~(7u << shift)) | ((uint32_t)f << shift));
}

static void gpio_set_pull(unsigned pin, enum gpio_pull p)
{
    uint32_t shift = (pin % 16u) * 2u;
    uint32_t v = gpio_rd(GPIO_PUP_PDN_CNTRL(pin / 16u));
    gpio_wr(GPIO_PUP_PDN_CNTRL(pin / 16u), (v & ~(3u << shift)) | ((uint32_t)p << shift));
}

static void gpio_write(unsigned pin, int level)
{
    uint32_t bit = 1u << (pin % 32u);
    gpio_wr(level ? GPSET(pin / 32u) : GPCLR(pin / 32u), bit);
}

static int gpio_read(unsigned pin) { return (int)((gpio_rd(GPLEV(pin / 32u)) >> (pin % 32u)) & 1u); }

static void wait_us(uint32_t us)
{
#ifdef __MMIO_SIM__
    Delay((rtl_uint64_t)us * 1000u);
#else
    uint32_t start = timer_now();
    while (timer_now() - start < us)
        ;
#endif
}

static Retcode map_page(uint32_t phys, rtl_uint32_t prot, IoMemHandles *io, volatile uint8_t **regs)
{
    void *base;
    KnIoMemHandlesClear(io);
    Retcode rc = KnRegisterPhyMem(phys, PAGE, 0, &io->rid);
    if (rc == rcOk)
        rc = KnIoMapMem(io->rid, prot, VMM_FLAG_CACHE_DISABLE, &base, &io->handle);
    if (rc != rcOk) {
        KnIoMemHandlesClose(io);
        return rc;
    }
    *regs = base;
    return rcOk;
}

int main(void)
{
    if (map_page(GPIO_BASE, VMM_FLAG_READ | VMM_FLAG_WRITE, &hw.gpio_io, &hw.gpio) != rcOk)
        return 1;
    if (map_page(SYSTIMER_BASE, VMM_FLAG_READ, &hw.timer_io, &hw.timer) != rcOk) {
        KnIoMemHandlesClose(&hw.gpio_io);
        return 1;
    }

    gpio_set_function(LED_PIN, FSEL_OUTPUT);
    gpio_set_function(BUTTON_PIN, FSEL_INPUT);
    gpio_set_pull(BUTTON_PIN, PULL_UP);

    uint32_t longest = 0;
    for (int i = 0; i < 3; i++) {
        uint32_t start = timer_now();
        gpio_write(LED_PIN, 1);
        if (!gpio_read(LED_PIN))
            printf("LED pin did not go high\n");
        wait_us(HALF_PERIOD_US);
        gpio_write(LED_PIN, 0);
        if (gpio_read(LED_PIN))
            printf("LED pin did not go low\n");
        wait_us(HALF_PERIOD_US);
        uint32_t elapsed = timer_now() - start;
        if (elapsed > longest)
            longest = elapsed;
    }
    printf("LED on GPIO%u blinked 3 times (each blink %s 1 s); button on GPIO%u reads %d\n", LED_PIN,
           longest >= 1000000u ? "at least" : "under", BUTTON_PIN, gpio_read(BUTTON_PIN));

    Retcode rc1 = KnIoMemHandlesClose(&hw.timer_io);
    Retcode rc2 = KnIoMemHandlesClose(&hw.gpio_io);
    return rc1 == rcOk && rc2 == rcOk ? 0 : 1;
}
