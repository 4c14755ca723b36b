package org.mmioworkbench.core;

import java.util.Optional;

/**
 * Names the line of driver source whose statement made a trace event, as {@link Diagnostic#origin()} names the line
 * that caused a diagnostic. What runs driver code (a debug session) records the lines as the events are made and
 * attaches itself to its {@link org.mmioworkbench.core.session.SimulationSession}; views of the trace (the Access
 * Trace view) ask it for the rows they show. Implementations keep the lines of the trace window at most, so memory
 * stays bounded however long the run; they are safe to ask from any thread.
 */
@FunctionalInterface
public interface TraceOrigins {
    /**
     * Names the line whose statement made an event.
     *
     * @param seq the event's {@link TraceEvent#seq()}
     * @return the line, or empty for an event no driver statement made (the kernel's, the simulator's, a view's
     *         reads and writes), or one no longer kept
     */
    Optional<SourceLine> originOf(long seq);
}
