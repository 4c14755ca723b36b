package org.mmioworkbench.core;

/**
 * Return codes of the simulated KasperskyOS calls, named as in the SDK's {@code rtl/retcode.h}: only names
 * that public KasperskyOS code and documentation use (there is no {@code rcNotFound} or
 * {@code rcAccessDenied} in KasperskyOS).
 * The numeric {@link #code()} values are the simulator's own (0 for success, negative for errors),
 * not the SDK's binary encoding.
 *
 * <p>Which failure gives which code:
 * <ul>
 * <li>{@link #rcOk} - the call succeeded.</li>
 * <li>{@link #rcFail} - never returned by the simulator; present because the SDK defines it.</li>
 * <li>{@link #rcInvalidArgument} - {@code KnRegisterPhyMem}: unknown flag bits, base not
 *     page-aligned, size zero or not a multiple of the board's page size, range wrapping past
 *     2^64, range overlapping RAM (also leaves a diagnostic); {@code KnIoMapMem}: {@code prot} zero
 *     or with bits other than {@code VMM_FLAG_READ}/{@code VMM_FLAG_WRITE}, {@code attr} not exactly
 *     one cache flag, a mapping handle passed as {@code rid}; any call given
 *     {@code INVALID_HANDLE}; a kernel access with an invalid or RAM range.</li>
 * <li>{@link #rcAlreadyExists} - a shared-access conflict: registering a region that is registered
 *     without {@code MMIO_U_SHARED} on either side, partly overlapping a live registration, or used
 *     by the kernel while {@code MMIO_K_SHARED} is missing; and a kernel access to a region a
 *     process registered without {@code MMIO_K_SHARED}. Every such conflict also leaves a
 *     diagnostic.</li>
 * <li>{@link #rcResourceNotFound} - a handle value that names nothing in the calling process: never
 *     issued there or already closed. Handle values are per process, so a value of another process's
 *     table names nothing here (or, by chance, a different handle of this process). KasperskyOS documents
 *     {@code rcInvalidArgument} or {@code rcResourceNotFound} for this; the simulator keeps
 *     {@code rcInvalidArgument} for malformed arguments, {@code INVALID_HANDLE} among them, so a driver
 *     author can tell "no such handle" from "bad argument".</li>
 * <li>{@link #rcOutOfMemory} - {@code KnIoMapMem} found no room left in the process's MMIO virtual
 *     address window.</li>
 * <li>{@link #rcNoCapability} - the handle's rights ({@link HandleRights}) forbid the call: an IPC
 *     transfer of a handle without {@link HandleRights#TRANSFER} (such as any mapping handle from
 *     {@code KnIoMapMem}) or with rights the sender's handle lacks; {@code KnIoMapMem} through a region
 *     handle without {@link HandleRights#MAP_READ} for {@code VMM_FLAG_READ} or
 *     {@link HandleRights#MAP_WRITE} for {@code VMM_FLAG_WRITE}.</li>
 * <li>{@link #rcBusy} - {@code KnIoMapMem} on a region that is already mapped (in any process).</li>
 * <li>{@link #rcQuotaExceeded} - a call that would issue a handle in a process that has used every
 *     handle value (values are never reused, so this takes 2^32 - 2 handles in one process).</li>
 * <li>{@link #rcHandleRevoked} - a revoked handle given to {@code KnIoMapMem},
 *     {@code KnHandleRevoke} or an IPC transfer ({@code KnHandleClose} of a revoked handle frees its
 *     slot and returns {@link #rcOk}).</li>
 * </ul>
 */
public enum Retcode {
    /** Success. */
    rcOk(0),
    /** Generic failure; not produced by the simulator. */
    rcFail(-1),
    /** An argument is malformed or not allowed (see the type's javadoc for the exact cases). */
    rcInvalidArgument(-2),
    /** Shared-access conflict over an MMIO region. */
    rcAlreadyExists(-3),
    /** The handle value names nothing in the calling process's handle table. */
    rcResourceNotFound(-4),
    /** The process's MMIO virtual address window is exhausted. */
    rcOutOfMemory(-5),
    /** The handle's rights do not allow the call (transfer, elevated rights, mapping for read or write). */
    rcNoCapability(-6),
    /** The region is already mapped. */
    rcBusy(-7),
    /** The handle was revoked. */
    rcHandleRevoked(-8),
    /** The calling or receiving process has no handle value left. */
    rcQuotaExceeded(-9);

    private final int code;

    Retcode(int code) {
        this.code = code;
    }

    /**
     * Returns the simulator's numeric value of this code.
     *
     * @return 0 for {@link #rcOk}, a negative number for errors
     */
    public int code() {
        return code;
    }

    /**
     * Tells whether this is {@link #rcOk}, like the SDK's {@code rcOk == rc} test.
     *
     * @return true for success
     */
    public boolean isOk() {
        return this == rcOk;
    }

    /**
     * Finds the return code with the given numeric value.
     *
     * @param code a value returned by {@link #code()}
     * @return the matching return code
     * @throws IllegalArgumentException if no code has that value
     */
    public static Retcode fromCode(int code) {
        for (Retcode rc : values()) {
            if (rc.code == code) {
                return rc;
            }
        }
        throw new IllegalArgumentException("unknown return code " + code);
    }
}
