/* SPDX-License-Identifier: EPL-2.0
 * coresrv/handle/handle_api.h - handles, as MMIO Workbench simulates them.
 *
 * Written from the public KasperskyOS documentation ("Closing handles", "Revoking handles").
 * A Handle names a resource in one process: each process has its own handle space. Handles of one
 * resource form an inheritance tree (a handle transferred over IPC is a descendant of the sender's).
 *
 * Declared here are the calls the simulator implements. The SDK also has KnHandleRevokeEx(h, close)
 * and KnHandleRevokeSubtree(h, badge); the simulator does not model them, so they are not declared.
 */
#ifndef MMIO_CORESRV_HANDLE_HANDLE_API_H
#define MMIO_CORESRV_HANDLE_HANDLE_API_H

#include <rtl/types.h>
#include <rtl/retcode.h>

typedef rtl_uint32_t Handle;

/* "no handle"; the value is the simulator's (org.mmioworkbench.core.MmioConstants) */
#define INVALID_HANDLE  ((Handle)0xFFFFFFFFu)

/* Closes h only: its ancestors and descendants stay valid. rcOk, or an error code. */
Retcode KnHandleClose(Handle h);

/* Closes h and revokes all its descendants in every process; any call given a revoked handle fails
 * with rcHandleRevoked. rcOk, or an error code. */
Retcode KnHandleRevoke(Handle h);

#endif /* MMIO_CORESRV_HANDLE_HANDLE_API_H */
