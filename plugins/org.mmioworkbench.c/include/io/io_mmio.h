/* SPDX-License-Identifier: EPL-2.0
 * io/io_mmio.h - registration flags for KnRegisterPhyMem(), as MMIO Workbench simulates them.
 *
 * Written from the public KasperskyOS documentation ("Memory-mapped I/O (mmio.h)"). The names are
 * the SDK's; the values are the simulator's own (org.mmioworkbench.core.MmioConstants), as the SDK
 * does not publish them.
 */
#ifndef MMIO_IO_IO_MMIO_H
#define MMIO_IO_IO_MMIO_H

/* shared access with the kernel (the region is also used by kernel code, e.g. its console UART) */
#define MMIO_K_SHARED   0x1u
/* shared access with multiple registrations (every registration of the region must give it) */
#define MMIO_U_SHARED   0x2u

#endif /* MMIO_IO_IO_MMIO_H */
