// expect: exit=1 stderr~115_mmio_after_unmap.c:17:21: error: the mapping was freed
#include <coresrv/io/mmio.h>
#include <stdint.h>

int main(void)
{
    IoMemHandles io;
    void *base;
    KnIoMemHandlesClear(&io);
    if (KnRegisterPhyMem(0x09030000u, 0x1000u, 0, &io.rid) != rcOk)
        return 1;
    if (KnIoMapMem(io.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &io.handle) != rcOk)
        return 1;
    volatile uint32_t *regs = base;
    regs[0] = 1;
    KnIoMemHandlesClose(&io);
    return (int)regs[0];
}
