package org.mmioworkbench.core;

import java.util.OptionalLong;

/**
 * A simulated fault of a register access (what would be a data abort on hardware). It names the
 * process, the virtual address, the physical address where known and the cause; it is recorded in the
 * trace and in the diagnostics before it is thrown. The process is not terminated: a script may catch
 * the fault and go on.
 */
public final class MmioFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String process;
    private final long virtualAddress;
    private final boolean hasPhysicalAddress;
    private final long physicalAddress;
    private final FaultCause cause;
    private final int widthBits;
    private final boolean write;
    private final long timeNanos;

    /**
     * Creates a fault.
     *
     * @param process the faulting process
     * @param virtualAddress the accessed virtual address
     * @param physicalAddress the physical address it translates to, if known
     * @param cause why it faulted
     * @param widthBits access width: 8, 16 or 32
     * @param write true for a write, false for a read
     * @param timeNanos simulated time of the access
     */
    public MmioFault(String process, long virtualAddress, OptionalLong physicalAddress, FaultCause cause,
            int widthBits, boolean write, long timeNanos) {
        super(describe(process, virtualAddress, physicalAddress, cause, widthBits, write));
        this.process = process;
        this.virtualAddress = virtualAddress;
        this.hasPhysicalAddress = physicalAddress.isPresent();
        this.physicalAddress = physicalAddress.orElse(0);
        this.cause = cause;
        this.widthBits = widthBits;
        this.write = write;
        this.timeNanos = timeNanos;
    }

    private static String describe(String process, long va, OptionalLong pa, FaultCause cause, int width,
            boolean write) {
        return "MMIO fault in process '" + process + "': " + width + "-bit " + (write ? "write" : "read")
                + " at virtual address " + AddressRange.hex(va)
                + (pa.isPresent() ? " (physical " + AddressRange.hex(pa.getAsLong()) + ")" : "")
                + ": " + cause.description();
    }

    /**
     * Returns the name of the faulting process.
     *
     * @return the process name
     */
    public String process() {
        return process;
    }

    /**
     * Returns the virtual address of the access.
     *
     * @return the virtual address
     */
    public long virtualAddress() {
        return virtualAddress;
    }

    /**
     * Returns the physical address the access translated to, if it translated.
     *
     * @return the physical address, or empty for {@link FaultCause#UNMAPPED}
     */
    public OptionalLong physicalAddress() {
        return hasPhysicalAddress ? OptionalLong.of(physicalAddress) : OptionalLong.empty();
    }

    /**
     * Returns why the access faulted.
     *
     * @return the cause
     */
    public FaultCause faultCause() {
        return cause;
    }

    /**
     * Returns the access width.
     *
     * @return 8, 16 or 32
     */
    public int widthBits() {
        return widthBits;
    }

    /**
     * Tells whether the access was a write.
     *
     * @return true for a write, false for a read
     */
    public boolean isWrite() {
        return write;
    }

    /**
     * Returns the simulated time of the access.
     *
     * @return nanoseconds since boot
     */
    public long timeNanos() {
        return timeNanos;
    }
}
