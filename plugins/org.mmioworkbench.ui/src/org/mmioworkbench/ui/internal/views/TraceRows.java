package org.mmioworkbench.ui.internal.views;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.TraceEvent;

/**
 * The rows of the Access Trace view: the simulator's trace window, or the events of it a {@link TraceFilter} lets
 * through, by position, for a virtual table that asks only for the rows on screen. Holds no events: the window is
 * the simulator's immutable view of its trace (made in O(1), its events built when asked), and a filter keeps the
 * sequence numbers of the matching events only. An {@link #update} takes the window as it is now (cheap, under the
 * simulator's lock) and drops the matches the window no longer holds and, after the simulation went back, those past
 * the point it went back to; {@link #scan} then looks at the events recorded since (at most the window), in slices
 * with a deadline and without the simulator's lock, as the window view is immutable. So a refresh costs what the
 * simulation did meanwhile, not the length of the trace, and never holds up the UI thread or the driver for long.
 * Eclipse-free; used on the UI thread only.
 */
final class TraceRows {
    private Object source;
    private TraceFilter filter = TraceFilter.NONE;
    private Predicate<TraceEvent> test;
    private Board board;
    private List<TraceEvent> window = List.of();
    /** The sequence number of the window's first event, and the trace's length. */
    private long first;
    private long length;
    /** The matching events' numbers, ascending, in {@code matches[start..end)}; unused without a filter. */
    private long[] matches = new long[1024];
    private int start;
    private int end;
    /** The events numbered below this were looked at. */
    private long scanned;
    /** Whether the last update changed rows other than by adding some at the end. */
    private boolean shifted;

    /**
     * Shows another filter from the next {@link #update} on (which then looks at the whole window again).
     *
     * @param newFilter the filter
     */
    void setFilter(TraceFilter newFilter) {
        if (!newFilter.equals(filter)) {
            filter = newFilter;
            test = null;
            scanned = 0;
            end = start;
        }
    }

    /** @return the filter shown */
    TraceFilter filter() {
        return filter;
    }

    /**
     * Brings the rows up to date with the trace.
     *
     * @param simulation what the trace is of (a new one starts afresh)
     * @param simBoard its board
     * @param trace the trace window now, oldest first
     * @param traceLength the number of events since boot
     * @param rewoundTo the shortest trace the simulation went back to since the last update, {@code Long.MAX_VALUE}
     *        for none
     */
    void update(Object simulation, Board simBoard, List<TraceEvent> trace, long traceLength, long rewoundTo) {
        long oldFirst = first;
        int oldStart = start;
        if (simulation != source || simBoard != board || test == null) {
            source = simulation;
            board = simBoard;
            test = filter.on(simBoard);
            scanned = 0;
            end = start;
            shifted = true;
        }
        long from = Math.min(Math.min(rewoundTo, traceLength), scanned);
        if (from < scanned) { // went back: what came after that point is another timeline
            while (end > start && matches[end - 1] >= from) {
                end--;
            }
            scanned = from;
            shifted = true;
        }
        window = trace;
        length = traceLength;
        first = traceLength - trace.size();
        if (filter.isNone()) {
            shifted |= first != oldFirst;
            scanned = traceLength;
            return;
        }
        while (start < end && matches[start] < first) {
            start++;
        }
        shifted |= start != oldStart;
        scanned = Math.max(scanned, first);
    }

    /**
     * Looks at the events the last {@link #update} brought, until a deadline; the matches are rows at once.
     *
     * @param deadlineNanos when to stop ({@link System#nanoTime()})
     * @return true when every event of the window is looked at
     */
    boolean scan(long deadlineNanos) {
        while (scanned < length) {
            long stop = Math.min(length, scanned + 1024);
            for (long seq = scanned; seq < stop; seq++) {
                if (test.test(window.get((int) (seq - first)))) {
                    add(seq);
                }
            }
            scanned = stop;
            if (System.nanoTime() - deadlineNanos > 0) {
                break;
            }
        }
        return scanned >= length;
    }

    /**
     * Tells whether events of the window are still to be looked at ({@link #scan}).
     *
     * @return true while the rows are not complete
     */
    boolean searching() {
        return scanned < length;
    }

    private void add(long seq) {
        if (end == matches.length) {
            int live = end - start;
            if (start < matches.length / 2) {
                matches = Arrays.copyOf(matches, matches.length * 2);
            }
            System.arraycopy(matches, start, matches, 0, live);
            start = 0;
            end = live;
        }
        matches[end++] = seq;
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

    /** @return the number of rows */
    int size() {
        return filter.isNone() ? window.size() : end - start;
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
        return window.get(filter.isNone() ? row : (int) (matches[start + row] - first));
    }

    /**
     * Finds the row of an event.
     *
     * @param seq the event's number
     * @return its row, or -1 when it is not shown
     */
    int rowOf(long seq) {
        if (seq < first || seq >= length) {
            return -1;
        }
        if (filter.isNone()) {
            return (int) (seq - first);
        }
        int i = Arrays.binarySearch(matches, start, end, seq);
        return i < 0 ? -1 : i - start;
    }
}
