/* Handing an MMIO region over IPC, part 1 of 2: the platform manager process owns the hardware
 * description, registers the RTC's page and sends the region handle to the driver process (as a
 * KasperskyOS driver manager would, in the handle field of an IPC message), read-only and not to be
 * passed on. Then it closes its own copy: the driver's handle, a descendant, stays valid.
 *
 *   mmio-sim run examples/c/ipc_handover/platform.c examples/c/ipc_handover/driver.c
 *
 * Each file runs as a process named after its stem ("platform", "driver"), in the order given, each
 * main to its end; driver.c picks the handle up with IpcReceiveHandle.
 */
#include <coresrv/io/mmio.h>
#include <stdio.h>
#include <mmio_sim/sim.h>       /* IpcTransferHandleRights: the IPC message of a real system */

#define RTC_BASE        0x09010000u
#define RTC_SIZE        0x1000u

int main(void)
{
    Handle rtc_region;
    Retcode rc = KnRegisterPhyMem(RTC_BASE, RTC_SIZE, 0, &rtc_region);
    if (rc != rcOk) {
        printf("platform: cannot register the RTC page: %d\n", rc);
        return 1;
    }

    /* "map-read": the driver may map the region read-only and cannot pass the handle on */
    rc = IpcTransferHandleRights(rtc_region, "driver", "map-read", NULL);
    if (rc != rcOk) {
        printf("platform: sending the handle failed: %d\n", rc);
        KnHandleClose(rtc_region);
        return 1;
    }
    printf("platform: RTC region sent to driver\n");

    rc = KnHandleClose(rtc_region);             /* the manager keeps no copy */
    return rc == rcOk ? 0 : 1;
}
