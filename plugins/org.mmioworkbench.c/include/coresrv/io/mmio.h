/* SPDX-License-Identifier: EPL-2.0
 * coresrv/io/mmio.h - the KasperskyOS memory-mapped I/O API, as MMIO Workbench simulates it.
 *
 * Written from the public KasperskyOS documentation ("Memory-mapped I/O (mmio.h)"): register an MMIO
 * region (KnRegisterPhyMem), map it (KnIoMapMem), read and write its registers (IoReadMmReg*,
 * IoWriteMmReg*, or plain loads and stores through a volatile pointer into the mapping), and release
 * it (close the mapping handle, then the region handle; KnIoMemHandlesClose does both).
 *
 * The SDK does not publish the field names of the structure that KnIoMemHandlesClear/Close work on;
 * this project names them rid (the region handle, as KnRegisterPhyMem's outRid) and handle (the
 * mapping handle, as KnIoMapMem's parameter).
 */
#ifndef MMIO_CORESRV_IO_MMIO_H
#define MMIO_CORESRV_IO_MMIO_H

#include <rtl/types.h>
#include <rtl/retcode.h>
#include <io/io_mmio.h>
#include <vmm/flags.h>
#include <coresrv/handle/handle_api.h>

/* The handles of one MMIO region and its mapping. */
typedef struct IoMemHandles {
    Handle rid;     /* the MMIO region handle (KnRegisterPhyMem), or INVALID_HANDLE */
    Handle handle;  /* the mapping handle (KnIoMapMem), or INVALID_HANDLE */
} IoMemHandles;

/* Registers the MMIO region [addr, addr + size): addr page-aligned, size a multiple of the page size;
 * flags 0 or MMIO_K_SHARED / MMIO_U_SHARED (io/io_mmio.h). rcOk and *outRid set, or an error code
 * (rcAlreadyExists when another registration holds the range without sharing it). */
Retcode KnRegisterPhyMem(rtl_uint64_t addr, rtl_size_t size, rtl_uint32_t flags, Handle *outRid);

/* Reserves a virtual memory region and maps the MMIO region rid to it. prot: VMM_FLAG_READ and
 * optionally VMM_FLAG_WRITE; attr: a cache flag (VMM_FLAG_CACHE_DISABLE recommended) or 0
 * (vmm/flags.h). rcOk with *addr the base address and *handle the mapping handle (closing it
 * unmaps), or an error code. The mapping handle cannot be transferred over IPC. */
Retcode KnIoMapMem(Handle rid, rtl_uint32_t prot, rtl_uint32_t attr, void **addr, Handle *handle);

/* Reads an 8-, 16- or 32-bit word at the virtual address reg inside a mapping. */
rtl_uint8_t  IoReadMmReg8(volatile void *reg);
rtl_uint16_t IoReadMmReg16(volatile void *reg);
rtl_uint32_t IoReadMmReg32(volatile void *reg);

/* Writes an 8-, 16- or 32-bit word at the virtual address reg inside a mapping. */
void IoWriteMmReg8(volatile void *reg, rtl_uint8_t data);
void IoWriteMmReg16(volatile void *reg, rtl_uint16_t data);
void IoWriteMmReg32(volatile void *reg, rtl_uint32_t data);

/* Buffer variants: count accesses of the one register reg, into buf (read) or from buf (write).
 * The SDK has these functions; the parameter names here are ours. */
void IoReadMmBuffer8(volatile void *reg, rtl_uint8_t *buf, rtl_size_t count);
void IoReadMmBuffer16(volatile void *reg, rtl_uint16_t *buf, rtl_size_t count);
void IoReadMmBuffer32(volatile void *reg, rtl_uint32_t *buf, rtl_size_t count);
void IoWriteMmBuffer8(volatile void *reg, const rtl_uint8_t *buf, rtl_size_t count);
void IoWriteMmBuffer16(volatile void *reg, const rtl_uint16_t *buf, rtl_size_t count);
void IoWriteMmBuffer32(volatile void *reg, const rtl_uint32_t *buf, rtl_size_t count);

/* Sets both fields of *handles to INVALID_HANDLE. */
void KnIoMemHandlesClear(IoMemHandles *handles);

/* Closes the mapping handle, then the region handle, of those that are not INVALID_HANDLE, and sets
 * both fields to INVALID_HANDLE. rcOk, or an error code. */
Retcode KnIoMemHandlesClose(IoMemHandles *handles);

#endif /* MMIO_CORESRV_IO_MMIO_H */
