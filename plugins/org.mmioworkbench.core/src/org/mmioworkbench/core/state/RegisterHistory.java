package org.mmioworkbench.core.state;

import java.util.List;

/**
 * The board's register state at earlier points of a session's run, by the trace events that mark them. What runs
 * driver code under a debugger (a debug session, which can go back) attaches itself to its
 * {@link org.mmioworkbench.core.session.SimulationSession}; a view of the trace asks it, as it asks
 * {@link org.mmioworkbench.core.TraceOrigins} for the events' lines, with no dependency on the debugger.
 */
public interface RegisterHistory {
    /**
     * Whether the registers right after an event can be had now: the program is suspended, one of its statements made
     * the event, and the trace still holds it. Safe to ask from any thread.
     *
     * @param seq the event's sequence number
     * @return whether {@link #statesAt} takes it
     */
    boolean canCapture(long seq);

    /**
     * The board's register state right after each of some events, exactly as it was then; the program is left where
     * it is. Blocks until the program's thread has them.
     *
     * @param seqs the events, each one {@link #canCapture} takes
     * @return the states, one for each event in the order given
     * @throws IllegalArgumentException for an event it cannot capture
     * @throws IllegalStateException when the program is not suspended (it runs, or its run is over)
     */
    List<RegisterState> statesAt(List<Long> seqs);
}
