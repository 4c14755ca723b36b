package org.mmioworkbench.debug.console;

import org.mmioworkbench.debug.CDebugSession;
import org.mmioworkbench.debug.RunResult;

/**
 * A run-control request of the debugger's commands: what moves the program, forward or back. A front end carries it
 * out through its {@link RunControl} (the Eclipse debugger through the thread the Debug view's buttons use, so its
 * views hear of the run and the stop); {@link #on(CDebugSession)} is the one call of the session each stands for.
 */
public sealed interface Motion {
    /**
     * Carries the request out on a session, on the thread that drives it.
     *
     * @param session the session
     * @return how it ended
     */
    RunResult on(CDebugSession session);

    /**
     * Tells whether it is a step (ends at the next place of its kind) rather than a run to a breakpoint.
     *
     * @return true for steps and going back to an event
     */
    default boolean isStep() {
        return true;
    }

    /** {@code step}: one statement, into a call. */
    record StepInto() implements Motion {
        @Override
        public RunResult on(CDebugSession session) {
            return session.stepInto();
        }
    }

    /** {@code next}: one statement of this function or a caller, over calls. */
    record StepOver() implements Motion {
        @Override
        public RunResult on(CDebugSession session) {
            return session.stepOver();
        }
    }

    /** {@code finish}: until the current function returns. */
    record StepOut() implements Motion {
        @Override
        public RunResult on(CDebugSession session) {
            return session.stepOut();
        }
    }

    /** {@code stepi}: to just after the next MMIO access or kernel call. */
    record StepToAccess() implements Motion {
        @Override
        public RunResult on(CDebugSession session) {
            return session.stepToAccess();
        }
    }

    /** {@code continue}: to a breakpoint, a watchpoint or the end. */
    record Resume() implements Motion {
        @Override
        public RunResult on(CDebugSession session) {
            return session.resume();
        }

        @Override
        public boolean isStep() {
            return false;
        }
    }

    /**
     * {@code run} and {@code start}: from the beginning again.
     *
     * @param stopAtStart whether to pause before the first statement ({@code start}) rather than continue
     */
    record Restart(boolean stopAtStart) implements Motion {
        @Override
        public RunResult on(CDebugSession session) {
            return session.restart(stopAtStart);
        }

        @Override
        public boolean isStep() {
            return stopAtStart;
        }
    }

    /**
     * {@code reverse-step [N]}: back a number of statements, into calls.
     *
     * @param count how many, at least 1
     */
    record ReverseStep(long count) implements Motion {
        @Override
        public RunResult on(CDebugSession session) {
            return session.reverseStepInto(count);
        }
    }

    /** {@code reverse-next}: back to the previous statement of this function or a caller. */
    record ReverseStepOver() implements Motion {
        @Override
        public RunResult on(CDebugSession session) {
            return session.reverseStepOver();
        }
    }

    /** {@code reverse-continue}: back to the latest breakpoint or watched change, or to the start. */
    record ReverseResume() implements Motion {
        @Override
        public RunResult on(CDebugSession session) {
            return session.reverseResume();
        }

        @Override
        public boolean isStep() {
            return false;
        }
    }

    /**
     * {@code reverse-to-event N}: back to right after the access or kernel call that made a trace event.
     *
     * @param seq the event's sequence number
     */
    record GoBackToEvent(long seq) implements Motion {
        @Override
        public RunResult on(CDebugSession session) {
            return session.goBackToEvent(seq);
        }
    }
}
