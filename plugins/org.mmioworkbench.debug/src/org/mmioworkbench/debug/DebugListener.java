package org.mmioworkbench.debug;

import org.mmioworkbench.c.CMachine;

/**
 * Told what a {@link CDebugSession} does, on the thread that drives it. Every method does nothing by default.
 */
public interface DebugListener {
    /** Run control started: the program runs until it suspends or terminates. */
    default void resumed() {
    }

    /**
     * The program is paused.
     *
     * @param reason why
     */
    default void suspended(SuspendReason reason) {
    }

    /**
     * The program ended.
     *
     * @param outcome how
     */
    default void terminated(CMachine.Outcome outcome) {
    }

    /**
     * The machine and the simulator were put back to an earlier point (going back, or starting again). What the
     * program and its devices print while the session re-runs from a checkpoint was given the first time and is not
     * given again; a view of device output should read it afresh from the simulator.
     */
    default void restored() {
    }
}
