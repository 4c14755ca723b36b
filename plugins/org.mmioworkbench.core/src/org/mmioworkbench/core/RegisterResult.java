package org.mmioworkbench.core;

/**
 * Outcome of {@code KnRegisterPhyMem}: the return code and the {@code outRid} value.
 *
 * @param rc the return code
 * @param rid the region handle, {@code INVALID_HANDLE} on failure
 */
public record RegisterResult(Retcode rc, int rid) {

    /**
     * Tells whether the call succeeded.
     *
     * @return true for {@code rcOk}
     */
    public boolean ok() {
        return rc.isOk();
    }
}
