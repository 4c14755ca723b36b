package org.mmioworkbench.debug.core;

/**
 * The driver debugger's own run control, beyond the platform's steps: going back (Step Back, Run Back) and stepping
 * to the next access (Step to Access). The debug target, its thread and its frames adapt to it.
 */
public interface DriverStepping {
    /** Whether going back is possible: suspended, after at least one statement. */
    boolean canStepBack();

    /** Goes back one statement, into a call that ended there (gdb's {@code reverse-step}). */
    void stepBack();

    /** Goes back to the latest breakpoint, or to the start (gdb's {@code reverse-continue}). */
    void runBack();

    /** Whether the driver is suspended and can run on. */
    boolean canStepToAccess();

    /** Runs to just after the driver's next MMIO access or kernel call, in the middle of its statement. */
    void stepToAccess();
}
