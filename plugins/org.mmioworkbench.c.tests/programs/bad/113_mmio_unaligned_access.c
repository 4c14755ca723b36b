// expect: exit=1 stderr~113_mmio_unaligned_access.c:15:19: error: the address is not aligned to the access width
#include <coresrv/io/mmio.h>
#include <stdint.h>

int main(void)
{
    IoMemHandles io;
    void *base;
    KnIoMemHandlesClear(&io);
    if (KnRegisterPhyMem(0x09000000u, 0x1000u, MMIO_K_SHARED, &io.rid) != rcOk)
        return 1;
    if (KnIoMapMem(io.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &io.handle) != rcOk)
        return 1;
    volatile uint8_t *regs = base;
    uint32_t fr = *(volatile uint32_t *)(regs + 0x18 + 2);
    KnIoMemHandlesClose(&io);
    return (int)fr;
}
