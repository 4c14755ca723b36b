/* Handing an MMIO region over IPC, part 2 of 2: the RTC driver process receives the region handle
 * that platform.c sent, maps the region through it (read-only: the rights it was given), reads the
 * PL031, and deregisters cleanly: closing the mapping handle frees the virtual region, closing the
 * last region handle frees the physical range.
 *
 * Register offsets: ARM PrimeCell Real Time Clock (PL031) TRM, ARM DDI 0224.
 *
 *   mmio-sim run examples/c/ipc_handover/platform.c examples/c/ipc_handover/driver.c
 */
#include <coresrv/io/mmio.h>
#include <stdint.h>
#include <stdio.h>
#include <mmio_sim/sim.h>       /* IpcReceiveHandle, Delay */

#define RTCDR           0x000u
#define RTCCR           0x00Cu
#define RTCPeriphID0    0xFE0u

int main(void)
{
    IoMemHandles rtc;
    void *base;

    KnIoMemHandlesClear(&rtc);
    Retcode rc = IpcReceiveHandle("platform", &rtc.rid);
    if (rc != rcOk) {
        printf("driver: no region handle was sent to me: %d\n", rc);
        return 1;
    }
    rc = KnIoMapMem(rtc.rid, VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE, &base, &rtc.handle);
    if (rc != rcOk) {
        printf("driver: cannot map the received region: %d\n", rc);
        KnIoMemHandlesClose(&rtc);
        return 1;
    }
    volatile const uint32_t *regs = base;

    int ok = (regs[RTCPeriphID0 / 4] & 0xFFu) == 0x31u && (regs[RTCCR / 4] & 1u) != 0;
    Delay(2000000000u);
    printf("driver: %s, RTC reads %u s after boot\n", ok ? "a running PL031 answers" : "no PL031",
           regs[RTCDR / 4]);

    /* KnIoMemHandlesClose closes the mapping handle, then the region handle */
    rc = KnIoMemHandlesClose(&rtc);
    if (rc != rcOk || rtc.rid != INVALID_HANDLE || rtc.handle != INVALID_HANDLE)
        return 1;
    printf("driver: deregistered\n");
    return ok ? 0 : 1;
}
