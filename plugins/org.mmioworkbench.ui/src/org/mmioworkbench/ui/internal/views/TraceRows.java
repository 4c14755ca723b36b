package org.mmioworkbench.ui.internal.views;

import java.util.Arrays;
import java.util.List;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.ui.internal.views.TraceIndex.Matches;
import org.mmioworkbench.ui.internal.views.TraceIndex.Request;

/**
 * The rows of the Access Trace view, by position, for a virtual table that asks only for the rows on screen: the
 * simulator's trace window, or, with a filter, the events of it the view's background search ({@link TraceSearch})
 * found. Holds no events: the window is the simulator's immutable view of its trace, and a search's result the
 * matching events' numbers with the window they are read from. An {@link #update} takes the window as a refresh sees
 * it (cheap, under the simulator's lock) and, with a filter, makes the request for the search; {@link #accept} takes
 * what the search found. Both tell whether the rows only grew at the end or moved ({@link #takeShifted}), so the
 * table reads again only the rows it must. Eclipse-free; used on the UI thread only.
 */
final class TraceRows {
    private Object source;
    private TraceFilter filter = TraceFilter.NONE;
    private List<TraceEvent> window = List.of();
    /** The sequence number of the window's first event, and the trace's length. */
    private long first;
    private long length;
    /** What the search found for the filter, the rows with one; null until it found something. */
    private Matches matches;
    /** The number of the last request for the search. */
    private long requested = -1;
    /** Whether rows changed other than by adding some at the end. */
    private boolean shifted;

    /**
     * Shows another filter: no rows until the search for it found some.
     *
     * @param newFilter the filter
     */
    void setFilter(TraceFilter newFilter) {
        if (!newFilter.equals(filter)) {
            filter = newFilter;
            matches = null;
            shifted = true;
        }
    }

    /** @return the filter shown */
    TraceFilter filter() {
        return filter;
    }

    /**
     * Takes the trace as a refresh sees it.
     *
     * @param simulation what the trace is of (another starts afresh); null for none
     * @param simBoard its board
     * @param trace the trace window now, oldest first
     * @param traceLength the number of events since boot
     * @param rewoundTo the shortest trace the simulation went back to since the last update, {@code Long.MAX_VALUE}
     *        for none
     * @return what the search is to look at for the filter; null without a filter or a simulation
     */
    Request update(Object simulation, Board simBoard, List<TraceEvent> trace, long traceLength, long rewoundTo) {
        long newFirst = traceLength - trace.size();
        if (simulation != source) {
            source = simulation;
            matches = null;
            shifted = true;
        }
        if (filter.isNone() && (newFirst != first || rewoundTo < length || traceLength < length)) {
            shifted = true; // slid, or another timeline after the point the simulation went back to
        }
        window = trace;
        length = traceLength;
        first = newFirst;
        if (filter.isNone() || simulation == null) {
            return null;
        }
        return new Request(simulation, simBoard, filter, trace, traceLength, rewoundTo, ++requested);
    }

    /**
     * Takes what the search found, unless it is of another filter or simulation (a search superseded since).
     *
     * @param found the search's result
     * @return true when the rows are now those found
     */
    boolean accept(Matches found) {
        if (found.simulation() != source || !found.filter().equals(filter) || filter.isNone()) {
            return false;
        }
        Matches before = matches;
        if (before == null || found.generation() != before.generation()
                || before.size() > 0 && (found.size() == 0 || found.seq(0) != before.seq(0))) {
            shifted = true; // another search's, going back, or the oldest rows slid out of the window
        }
        matches = found;
        return true;
    }

    /**
     * Tells whether the rows moved or were replaced since the last call (the window slid, the simulation went back,
     * the filter or the session changed), rather than only grew at the end, and forgets it.
     *
     * @return true when the rows shown must all be read again
     */
    boolean takeShifted() {
        boolean s = shifted;
        shifted = false;
        return s;
    }

    /**
     * Tells whether the search has not yet found every row of the last trace it was asked to look at.
     *
     * @return true while the rows are not complete
     */
    boolean searching() {
        return !filter.isNone() && source != null
                && (matches == null || matches.request() != requested || !matches.complete());
    }

    /**
     * Tells whether the rows shown are those of a search still looking at the window for the first time or after a
     * long stretch: what a user should be told is in progress (not the few events a running driver made since the
     * last refresh).
     *
     * @return true until the search for the filter has found every row once
     */
    boolean filtering() {
        return !filter.isNone() && source != null && (matches == null || !matches.complete());
    }

    /** @return how many events of the window the search for the rows shown looked at */
    long lookedAt() {
        if (matches == null) {
            return 0;
        }
        return Math.max(0, matches.scanned() - (matches.length() - matches.window().size()));
    }

    /** @return the number of rows */
    int size() {
        if (filter.isNone()) {
            return window.size();
        }
        return matches == null ? 0 : matches.size();
    }

    /** @return the number of events in the trace window */
    int windowSize() {
        return window.size();
    }

    /** @return the number of events since boot */
    long traceLength() {
        return length;
    }

    /**
     * Returns a row's event.
     *
     * @param row from 0
     * @return the event
     */
    TraceEvent get(int row) {
        if (filter.isNone()) {
            return window.get(row);
        }
        List<TraceEvent> in = matches.window();
        return in.get((int) (matches.seq(row) - (matches.length() - in.size())));
    }

    /**
     * Finds the row of an event.
     *
     * @param seq the event's number
     * @return its row, or -1 when it is not shown
     */
    int rowOf(long seq) {
        if (filter.isNone()) {
            return seq < first || seq >= length ? -1 : (int) (seq - first);
        }
        if (matches == null) {
            return -1;
        }
        int i = Arrays.binarySearch(matches.seqs(), matches.start(), matches.end(), seq);
        return i < 0 ? -1 : i - matches.start();
    }
}
