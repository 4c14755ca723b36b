package org.mmioworkbench.core;

/**
 * Outcome of {@code KnIoMapMem}: the return code, the {@code addr} and the {@code handle} out-values.
 *
 * @param rc the return code
 * @param address the base virtual address of the mapping, 0 on failure
 * @param handle the mapping handle, {@code INVALID_HANDLE} on failure
 */
public record MapResult(Retcode rc, long address, int handle) {

    /**
     * Tells whether the call succeeded.
     *
     * @return true for {@code rcOk}
     */
    public boolean ok() {
        return rc.isOk();
    }
}
