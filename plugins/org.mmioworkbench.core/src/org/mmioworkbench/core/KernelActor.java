package org.mmioworkbench.core;

import java.util.List;

/**
 * The simulated kernel as an actor that uses MMIO ranges itself. At boot it claims the device windows
 * the board marks as kernel-used (e.g. the console UART); {@link #access(long, long)} models a later
 * use, which fails if a process registered an overlapping region without {@code MMIO_K_SHARED}.
 */
public final class KernelActor {
    /** The actor name of the kernel in traces and diagnostics. */
    public static final String NAME = "kernel";

    private final Simulator simulator;

    KernelActor(Simulator simulator) {
        this.simulator = simulator;
    }

    /**
     * The kernel starts using a physical range. Fails with {@code rcInvalidArgument} for a range that
     * is not page-aligned, has a bad size, wraps or overlaps RAM; with {@code rcAlreadyExists} and a
     * {@link DiagnosticKind#KERNEL_ACCESS_FAILED} diagnostic if a live registration overlapping it
     * lacks {@code MMIO_K_SHARED}. On success the range is recorded as a kernel claim (once).
     * Costs {@link Timing#KERNEL_CALL_NANOS}.
     *
     * @param addr page-aligned physical base
     * @param size size, a non-zero multiple of the page size
     * @return the return code
     */
    public Retcode access(long addr, long size) {
        return simulator.call(e -> e.kernelAccess(addr, size));
    }

    /**
     * Lists the ranges the kernel uses.
     *
     * @return boot claims first, then later ones, in claim order
     */
    public List<KernelClaimInfo> claims() {
        return simulator.kernelClaims();
    }
}
