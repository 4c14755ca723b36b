/* SPDX-License-Identifier: EPL-2.0
 * vmm/flags.h - access-right and cache flags for KnIoMapMem(), as MMIO Workbench simulates them.
 *
 * Written from the public KasperskyOS documentation ("KnIoMapMem()"). The names are the SDK's; the
 * numeric values are the simulator's own (org.mmioworkbench.core.MmioConstants): the SDK does not
 * publish them, so always use the names.
 *
 *   prot: VMM_FLAG_READ (required), VMM_FLAG_WRITE
 *   attr: at most one of VMM_FLAG_WRITE_BACK, VMM_FLAG_WRITE_THROUGH, VMM_FLAG_WRITE_COMBINE,
 *         VMM_FLAG_CACHE_DISABLE (recommended for MMIO), or 0; plus the guard-page flags
 *         VMM_FLAG_LOW_GUARD / VMM_FLAG_HIGH_GUARD (older documentation), which are opt-in.
 */
#ifndef MMIO_VMM_FLAGS_H
#define MMIO_VMM_FLAGS_H

#define VMM_FLAG_READ           0x1u
#define VMM_FLAG_WRITE          0x2u
/* Listed by older documentation. The simulator maps no executable MMIO: KnIoMapMem() refuses a prot
 * with this bit with rcInvalidArgument. */
#define VMM_FLAG_EXECUTE        0x4u
#define VMM_FLAG_RWX_MASK       (VMM_FLAG_READ | VMM_FLAG_WRITE | VMM_FLAG_EXECUTE)

#define VMM_FLAG_WRITE_BACK     0x100u
#define VMM_FLAG_WRITE_THROUGH  0x200u
#define VMM_FLAG_WRITE_COMBINE  0x400u
#define VMM_FLAG_CACHE_DISABLE  0x800u

#define VMM_FLAG_LOW_GUARD      0x1000u    /* a guard page before the mapping */
#define VMM_FLAG_HIGH_GUARD     0x2000u    /* a guard page after the mapping */
/* Listed by older documentation; not simulated: KnIoMapMem() refuses it with rcInvalidArgument. */
#define VMM_FLAG_ALIAS          0x4000u

#endif /* MMIO_VMM_FLAGS_H */
