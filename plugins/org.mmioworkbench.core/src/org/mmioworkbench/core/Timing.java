package org.mmioworkbench.core;

/**
 * Fixed costs of the deterministic simulated clock, in nanoseconds. Every operation advances
 * {@link Simulator#now()} by its cost after it is recorded, so a polling loop sees time pass and the
 * same script always yields the same timestamps. Bookkeeping events (process start, the kernel's boot
 * claims) cost nothing; {@link Simulator#advance(long)} adds exactly the delay given.
 */
public final class Timing {
    /** Cost of one 8-, 16- or 32-bit register access (also per element of a buffer access, and per fault). */
    public static final long REGISTER_ACCESS_NANOS = 100;
    /** Cost of one kernel call: KnRegisterPhyMem, KnIoMapMem, KnHandleClose, KnHandleRevoke, IPC transfer, kernel access. */
    public static final long KERNEL_CALL_NANOS = 1_000;
    /** Cost of a pure user-space library call (KnIoMemHandlesClear, and KnIoMemHandlesClose apart from the closes it makes). */
    public static final long LIBRARY_CALL_NANOS = 0;

    private Timing() {
    }
}
