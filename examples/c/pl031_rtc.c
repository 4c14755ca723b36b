/* PL031 real-time clock driver with goto-style cleanup: each step that can fail jumps to the label
 * that undoes what was done so far (the usual shape of driver set-up code). It checks the device's
 * identity, measures three seconds of simulated time, sets the wall-clock time and waits for a match.
 *
 * Register offsets: ARM PrimeCell Real Time Clock (PL031) Technical Reference Manual, ARM DDI 0224,
 * chapter 3. On QEMU's virt machine (the default board) the RTC runs from power-on, counting seconds.
 *
 *   mmio-sim run examples/c/pl031_rtc.c
 *   mmio-sim debug examples/c/pl031_rtc.c         try: break rtc_wait_match, continue, bt
 */
#include <coresrv/io/mmio.h>
#include <stdint.h>
#include <stdio.h>
#ifdef __MMIO_SIM__
#include <mmio_sim/sim.h>               /* Delay: simulated time passes */
#endif

#define RTC_BASE        0x09010000u
#define RTC_SIZE        0x1000u

#define RTCDR           0x000u          /* data: the counter (read-only) */
#define RTCMR           0x004u          /* match */
#define RTCLR           0x008u          /* load */
#define RTCCR           0x00Cu          /* control: bit 0 RTCSTART */
#define RTCIMSC         0x010u          /* interrupt mask */
#define RTCRIS          0x014u          /* raw interrupt status */
#define RTCICR          0x01Cu          /* interrupt clear */
#define RTCPeriphID0    0xFE0u          /* 0x31 for the PL031 */

#define RTCCR_START     (1u << 0)
#define RTC_INT         (1u << 0)
#define EPOCH_2025      1735689600u     /* 2025-01-01T00:00:00Z */
#define MS              1000000u        /* nanoseconds */

struct rtc {
    IoMemHandles io;
    volatile uint8_t *regs;
};

static uint32_t rtc_read(const struct rtc *r, uint32_t off) { return IoReadMmReg32(r->regs + off); }
static void rtc_write(const struct rtc *r, uint32_t off, uint32_t v) { IoWriteMmReg32(r->regs + off, v); }

static void sleep_ms(const struct rtc *r, uint32_t ms)
{
#ifdef __MMIO_SIM__
    (void)r;
    Delay((rtl_uint64_t)ms * MS);
#else
    /* without a timer: wait for whole seconds of the RTC itself */
    for (uint32_t s = 0; s < (ms + 999) / 1000; s++) {
        uint32_t now = rtc_read(r, RTCDR);
        while (rtc_read(r, RTCDR) == now)
            ;
    }
#endif
}

static Retcode rtc_open(struct rtc *r)
{
    Retcode rc;
    void *base;

    KnIoMemHandlesClear(&r->io);
    rc = KnRegisterPhyMem(RTC_BASE, RTC_SIZE, 0, &r->io.rid);
    if (rc != rcOk)
        goto fail;
    rc = KnIoMapMem(r->io.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &r->io.handle);
    if (rc != rcOk)
        goto release_region;
    r->regs = base;
    if ((rtc_read(r, RTCPeriphID0) & 0xFFu) != 0x31u) {
        printf("no PL031 at 0x%08x\n", RTC_BASE);
        rc = rcDeviceNotFound;
        goto unmap;
    }
    if (!(rtc_read(r, RTCCR) & RTCCR_START))
        rtc_write(r, RTCCR, RTCCR_START);           /* cannot be stopped again */
    return rcOk;

unmap:
    KnHandleClose(r->io.handle);
    r->io.handle = INVALID_HANDLE;
release_region:
    KnHandleClose(r->io.rid);
    r->io.rid = INVALID_HANDLE;
fail:
    return rc;
}

/* Polls the raw interrupt status every 100 ms; returns the number of polls. */
static int rtc_wait_match(const struct rtc *r, uint32_t when)
{
    int polls = 0;
    rtc_write(r, RTCICR, RTC_INT);
    rtc_write(r, RTCMR, when);
    rtc_write(r, RTCIMSC, 0);                       /* masked: polled, no interrupt line */
    while (!(rtc_read(r, RTCRIS) & RTC_INT)) {
        sleep_ms(r, 100);
        polls++;
    }
    rtc_write(r, RTCICR, RTC_INT);
    return polls;
}

int main(void)
{
    struct rtc r;
    int status = 1;

    Retcode rc = rtc_open(&r);
    if (rc != rcOk) {
        printf("RTC not available: %d\n", rc);
        goto out;
    }

    uint32_t boot = rtc_read(&r, RTCDR);
    sleep_ms(&r, 3000);
    uint32_t later = rtc_read(&r, RTCDR);
    printf("RTC counted %u seconds in 3 s of simulated time\n", later - boot);
    if (later - boot != 3)
        goto close;

    rtc_write(&r, RTCLR, EPOCH_2025);
    int polls = rtc_wait_match(&r, EPOCH_2025 + 2);
    printf("match after %d polls, RTCDR=%u\n", polls, rtc_read(&r, RTCDR));
    if (rtc_read(&r, RTCRIS) & RTC_INT)
        goto close;
    status = 0;

close:
    if (KnIoMemHandlesClose(&r.io) != rcOk)
        status = 1;
out:
    return status;
}
