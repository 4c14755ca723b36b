package org.mmioworkbench.debug.core;

/**
 * Going back in a suspended driver: what the Step Back and Run Back commands act on. The debug target, its thread
 * and its frames adapt to it.
 */
public interface ReverseStepping {
    /** Whether going back is possible: suspended, after at least one statement. */
    boolean canStepBack();

    /** Goes back one statement, into a call that ended there (gdb's {@code reverse-step}). */
    void stepBack();

    /** Goes back to the latest breakpoint, or to the start (gdb's {@code reverse-continue}). */
    void runBack();
}
