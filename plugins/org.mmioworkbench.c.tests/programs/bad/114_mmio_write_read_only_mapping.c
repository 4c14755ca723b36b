// expect: exit=1 stderr~114_mmio_write_read_only_mapping.c:15:8: error: write through a mapping without VMM_FLAG_WRITE
#include <coresrv/io/mmio.h>
#include <stdint.h>

int main(void)
{
    IoMemHandles io;
    void *base;
    KnIoMemHandlesClear(&io);
    if (KnRegisterPhyMem(0x09010000u, 0x1000u, 0, &io.rid) != rcOk)
        return 1;
    if (KnIoMapMem(io.rid, VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE, &base, &io.handle) != rcOk)
        return 1;
    volatile uint32_t *rtc = base;
    rtc[2] = 0;
    KnIoMemHandlesClose(&io);
    return 0;
}
