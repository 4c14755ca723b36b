/* SPDX-License-Identifier: EPL-2.0
 * rtl/retcode.h - KasperskyOS return codes, as MMIO Workbench simulates them.
 *
 * Written from the public KasperskyOS documentation. Retcode is a 32-bit signed integer; rcOk is 0
 * and every error is non-zero. Only names that public KasperskyOS code and documentation use appear
 * here: there is no rcNotFound, rcAccessDenied or rcResourceBusy (a missing right is rcNoCapability,
 * or rcSecurityDisallow when a security policy refuses; a handle value that names nothing is
 * rcInvalidArgument or rcResourceNotFound; a resource in use is rcBusy).
 *
 * NUMERIC VALUES: the SDK does not publish them. The values below are the simulator's own: the first
 * ten are exactly those of the simulator's Retcode enum (org.mmioworkbench.core.Retcode), which are
 * the codes its kernel calls return; the others continue the same negative sequence and are never
 * returned by a simulated call today. A driver must compare with the names, never with numbers.
 */
#ifndef MMIO_RTL_RETCODE_H
#define MMIO_RTL_RETCODE_H

#include <rtl/types.h>

typedef rtl_int32_t Retcode;

/* returned by the simulator (values of org.mmioworkbench.core.Retcode) */
#define rcOk                  0
#define rcFail                (-1)
#define rcInvalidArgument     (-2)
#define rcAlreadyExists       (-3)
#define rcResourceNotFound    (-4)
#define rcOutOfMemory         (-5)
#define rcNoCapability        (-6)
#define rcBusy                (-7)
#define rcHandleRevoked       (-8)
#define rcQuotaExceeded       (-9)

/* documented names the simulator does not return (values: ours, unpublished in the SDK) */
#define rcNotConnected        (-10)
#define rcBufferTooSmall      (-11)
#define rcBufferTooLarge      (-12)
#define rcInternalError       (-13)
#define rcTransferError       (-14)
#define rcReceiveError        (-15)
#define rcSourceFault         (-16)
#define rcTargetFault         (-17)
#define rcIpcInterrupt        (-18)
#define rcRestart             (-19)
#define rcNotReady            (-20)
#define rcUnimplemented       (-21)
#define rcTimeout             (-22)
#define rcSecurityDisallow    (-23)
#define rcFutexWouldBlock     (-24)
#define rcAbort               (-25)
#define rcInvalidThreadState  (-26)
#define rcInvalidOperation    (-27)
#define rcDeviceNotFound      (-28)

#endif /* MMIO_RTL_RETCODE_H */
