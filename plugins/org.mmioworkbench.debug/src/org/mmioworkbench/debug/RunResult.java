package org.mmioworkbench.debug;

import org.mmioworkbench.c.CMachine;

/** What a run-control request of a {@link CDebugSession} ended in. */
public sealed interface RunResult {
    /**
     * The program is paused before a statement.
     *
     * @param reason why
     */
    record Suspended(SuspendReason reason) implements RunResult {
    }

    /**
     * The program ended: it returned from {@code main}, called {@code exit} or {@code abort}, or stopped with an
     * error (a fault, a failed assertion), with its message and backtrace.
     *
     * @param outcome how it ended
     */
    record Terminated(CMachine.Outcome outcome) implements RunResult {
    }

    /** Nothing ran: the program has already ended (going back, or starting again, still works). */
    record NotRunning() implements RunResult {
    }
}
