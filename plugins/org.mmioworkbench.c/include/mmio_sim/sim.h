/* SPDX-License-Identifier: EPL-2.0
 * mmio_sim/sim.h - MMIO Workbench's own calls, which a real KasperskyOS SDK does not have.
 *
 * They stand in for what happens outside a driver on real hardware: time passing, a person typing on
 * the serial console, and the IPC message in which a platform manager hands a region handle to a
 * driver process. They are the C form of the .mmio script language's Delay, UartInput and
 * IpcTransferHandle. Keep them out of code you ship, e.g.:
 *
 *     #ifdef __MMIO_SIM__
 *     #include <mmio_sim/sim.h>
 *     #endif
 *
 * The simulator's C interpreter predefines __MMIO_SIM__ (to 1). gcc does not, so code inside such an
 * #ifdef is skipped by a gcc syntax check; the declarations below also compile without it.
 */
#ifndef MMIO_SIM_SIM_H
#define MMIO_SIM_SIM_H

#include <rtl/types.h>
#include <rtl/retcode.h>
#include <coresrv/handle/handle_api.h>

/* Lets ns nanoseconds of simulated time pass (devices such as the PL031 RTC or the BCM2711 system
 * timer count it), as a driver sleeping would. */
void Delay(rtl_uint64_t ns);

/* Types text on the serial line of the UART device named device (a name from `mmio-sim boards`,
 * e.g. "UART0"): the characters arrive in its receive FIFO, to be read through its data register. */
void UartInput(const char *device, const char *text);

/* Sends handle to the process named process in an IPC message (that process's handle table gets a
 * descendant of handle, with the same rights). Only a region handle can be sent; a mapping handle
 * cannot. rcOk, or an error code. If newHandle is not NULL, *newHandle is set to the value of the
 * receiver's handle (a value of the receiver's table, meaningless in the sender's). The receiving
 * process picks the handle up with IpcReceiveHandle(). */
Retcode IpcTransferHandle(Handle handle, const char *process, Handle *newHandle);

/* As IpcTransferHandle, with the receiver's rights given as text: "map-read", "map-write" and
 * "transfer" joined with '|' (e.g. "map-read|map-write"), or "none". The rights cannot exceed the
 * sender's: rcNoCapability, and nothing is sent, if they would. */
Retcode IpcTransferHandleRights(Handle handle, const char *process, const char *rights, Handle *newHandle);

/* Picks up the oldest handle that another process (sender, or any process if sender is NULL) has
 * sent to the calling process with IpcTransferHandle(Rights) and that it has not yet picked up.
 * rcOk and *handle set; rcResourceNotFound (and *handle = INVALID_HANDLE) if there is none. Processes
 * given on one command line run in that order, each main to its end, so a handle sent by an earlier
 * process is waiting when a later one starts. */
Retcode IpcReceiveHandle(const char *sender, Handle *handle);

#endif /* MMIO_SIM_SIM_H */
