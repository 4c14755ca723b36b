package org.mmioworkbench.core;

/**
 * One live registration of an MMIO region.
 *
 * @param process the process that called {@code KnRegisterPhyMem}
 * @param flags the flags it passed ({@code MMIO_K_SHARED}, {@code MMIO_U_SHARED})
 * @param timeNanos when it registered
 */
public record RegistrationInfo(String process, int flags, long timeNanos) {

    /**
     * Renders the flags by name.
     *
     * @return e.g. {@code MMIO_U_SHARED}, or {@code 0}
     */
    public String flagsText() {
        return MmioConstants.registrationFlagsText(flags);
    }
}
