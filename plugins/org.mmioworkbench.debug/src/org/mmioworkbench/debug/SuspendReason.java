package org.mmioworkbench.debug;

/**
 * Why a {@link CDebugSession} suspended: the program is paused before a statement (after an access, for a register
 * watchpoint) and can be inspected.
 */
public sealed interface SuspendReason {
    /** A step (into, over, out, or one of them in reverse) ended. */
    record StepEnd() implements SuspendReason {
    }

    /**
     * A breakpoint is at the statement the program is paused before.
     *
     * @param breakpoint the breakpoint
     * @param conditionError why its condition could not be tested (gdb's "Error in testing condition for breakpoint
     *        N: ..."), or null
     */
    record BreakpointHit(Breakpoint breakpoint, String conditionError) implements SuspendReason {
        /** A hit of a breakpoint whose condition, if any, was true. */
        public BreakpointHit(Breakpoint breakpoint) {
            this(breakpoint, null);
        }
    }

    /**
     * A watched expression changed: going forward, the program is paused just after the statement that changed it;
     * going back, just before it.
     *
     * @param watch the watch
     * @param oldValue its value before (going back: after) that statement; null when it could not be read
     * @param newValue its value after (going back: before) it; null when it could not be read
     */
    record WatchTriggered(Watch watch, Long oldValue, Long newValue) implements SuspendReason {
    }

    /**
     * The frame a watch on a local was set in returned; the watch has been deleted.
     *
     * @param watch the watch, no longer installed
     */
    record WatchOutOfScope(Watch watch) implements SuspendReason {
    }

    /**
     * Going back reached the program's first statement.
     *
     * @param noEarlierMatch true when a reverse resume or step found no earlier statement that it looked for
     */
    record AtStart(boolean noEarlierMatch) implements SuspendReason {
    }

    /**
     * The program made an access that register watchpoints stop at: it is paused right after the instruction that
     * made it, in the middle of that statement. Every watchpoint the access matches is named (as gdb reports each
     * watchpoint a write triggers), in the order they were set, and each counts a hit.
     *
     * @param watches the register watchpoints, at least one
     * @param access the access, as the simulator traced it (register, direction, width, value)
     */
    record RegisterWatchTriggered(java.util.List<RegisterWatch> watches, org.mmioworkbench.core.TraceEvent access)
            implements SuspendReason {
        public RegisterWatchTriggered {
            watches = java.util.List.copyOf(watches);
            if (watches.isEmpty()) {
                throw new IllegalArgumentException("no watchpoint");
            }
        }

        /** A hit of one watchpoint. */
        public RegisterWatchTriggered(RegisterWatch watch, org.mmioworkbench.core.TraceEvent access) {
            this(java.util.List.of(watch), access);
        }

        /** The first watchpoint (in the order they were set) the access matches. */
        public RegisterWatch watch() {
            return watches.get(0);
        }
    }

    /**
     * A step to the next access ended: the program made an MMIO access or a kernel call and is paused right after
     * it, in the middle of that statement.
     *
     * @param access the access or call, as the simulator traced it
     */
    record AccessMade(org.mmioworkbench.core.TraceEvent access) implements SuspendReason {
    }

    /**
     * Going back to an event of the trace ended ({@link CDebugSession#goBackToEvent(long)}): the program is paused
     * right after the access or kernel call that made it, in the middle of its statement.
     *
     * @param event the event, as the simulator traced it again
     */
    record EventReached(org.mmioworkbench.core.TraceEvent event) implements SuspendReason {
    }

    /** Another thread asked the session to suspend ({@link CDebugSession#requestSuspend()}). */
    record ClientRequest() implements SuspendReason {
    }
}
