package org.mmioworkbench.ui.internal.views;

import java.util.Objects;

import org.eclipse.core.runtime.IAdaptable;
import org.mmioworkbench.core.SourceLine;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.session.SimulationSession;

/**
 * A row of the Access Trace view, its selection: an event of a session's trace and the line that made it. Adapts to
 * {@link TraceEvent}, {@link SimulationSession} and {@link SourceLine}, so commands of other bundles (the debugger's
 * Go Back to This Event) act on it without knowing this class. Two rows are equal when they show the same event of the
 * same session (compared by sequence number: cheap, and exact within one timeline).
 *
 * @param session the session
 * @param event the event
 * @param origin the line whose statement made it, or null
 */
public record TraceRow(SimulationSession session, TraceEvent event, SourceLine origin) implements IAdaptable {
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == TraceEvent.class) {
            return adapter.cast(event);
        }
        if (adapter == SimulationSession.class) {
            return adapter.cast(session);
        }
        if (adapter == SourceLine.class) {
            return adapter.cast(origin);
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TraceRow r && r.session == session && r.event.seq() == event.seq();
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(session), event.seq());
    }
}
