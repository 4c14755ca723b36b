package org.mmioworkbench.core;

/** Why a simulated register access faulted. */
public enum FaultCause {
    /** Nothing was ever mapped at the virtual address. */
    UNMAPPED("no mapping at this virtual address"),
    /** The address was mapped, but the mapping handle has been closed since (use after free). */
    FREED("the mapping was freed: its handle was closed"),
    /** A 16-bit access at an odd address or a 32-bit access at an address not a multiple of 4. */
    MISALIGNED("the address is not aligned to the access width"),
    /** A write through a mapping without {@code VMM_FLAG_WRITE}. */
    WRITE_NOT_PERMITTED("write through a mapping without VMM_FLAG_WRITE"),
    /** The physical address is in a hole of the board's map: no device answers. */
    BUS_ERROR("bus error: no device at this physical address");

    private final String description;

    FaultCause(String description) {
        this.description = description;
    }

    /**
     * Returns a sentence explaining the cause to a driver writer.
     *
     * @return the explanation
     */
    public String description() {
        return description;
    }
}
