package org.mmioworkbench.core;

/**
 * Outcome of a simulated IPC handle transfer.
 *
 * @param rc the return code
 * @param handle the receiver's new handle, {@code INVALID_HANDLE} on failure
 */
public record TransferResult(Retcode rc, int handle) {

    /**
     * Tells whether the transfer succeeded.
     *
     * @return true for {@code rcOk}
     */
    public boolean ok() {
        return rc.isOk();
    }
}
