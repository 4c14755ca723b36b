package org.mmioworkbench.ui.internal.views;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.TraceEvent;

/**
 * The numbers of the events of a trace window that a {@link TraceFilter} lets through, kept up to date as the trace
 * grows, slides and goes back: the Access Trace view's filter search. Holds no events, only the matching events'
 * sequence numbers (at most the window's length); the events are read from the window, the simulator's immutable
 * view of its trace taken under its lock by a refresh. Each {@link #take} of the trace as a refresh saw it keeps what
 * is still true: a new simulation or filter starts afresh; going back drops the matches past the point it went back
 * to; a slid window drops the matches it no longer holds; and {@link #scan} then looks only at the events not yet
 * looked at. So keeping up with a driver costs what the driver did since the last refresh, never the whole window.
 * Eclipse-free; confined to the one thread that searches (the view's search job), and what it hands out
 * ({@link #matches}) is immutable: the array it shares is only ever appended to past the shared part, and copied
 * before anything of that part would be written again.
 */
final class TraceIndex {
    /** How many events {@link #scan} looks at between two looks at whether to stop. */
    private static final int STRIDE = 4096;

    /**
     * The trace as a refresh saw it, to search.
     *
     * @param simulation what the trace is of (another starts afresh)
     * @param board its board, for the device windows
     * @param filter the filter
     * @param window the trace window, oldest first, an immutable view
     * @param length the number of events since boot (the first of the window is {@code length - window.size()})
     * @param rewoundTo the shortest trace the simulation went back to since the previous request, {@code MAX_VALUE}
     *        for none
     * @param id the request's number, increasing
     */
    record Request(Object simulation, Board board, TraceFilter filter, List<TraceEvent> window, long length,
            long rewoundTo, long id) {
        /**
         * Merges a later request into this one, for a search that had no time to take this one.
         *
         * @param later the later request
         * @return the later one, going back as far as either did
         */
        Request then(Request later) {
            return new Request(later.simulation, later.board, later.filter, later.window, later.length,
                    Math.min(rewoundTo, later.rewoundTo), later.id);
        }
    }

    /**
     * The search's result so far: the matching events' numbers, ascending, {@code seqs[start..end)}, in the window they
     * were found in. Immutable (the array is shared, never written in that range again).
     *
     * @param simulation what the trace is of
     * @param filter the filter
     * @param window the window the events are read from
     * @param length the trace's length when the window was taken
     * @param scanned the events numbered below this were looked at
     * @param request the number of the last request taken
     * @param generation changes whenever rows were dropped other than the oldest (a new filter or simulation,
     *        going back), so a table knows to read every row again
     * @param seqs the matching events' numbers
     * @param start the first in {@code seqs}
     * @param end past the last
     */
    record Matches(Object simulation, TraceFilter filter, List<TraceEvent> window, long length, long scanned,
            long request, long generation, long[] seqs, int start, int end) {
        /** @return whether every event of the window was looked at */
        boolean complete() {
            return scanned >= length;
        }

        /** @return the number of matches */
        int size() {
            return end - start;
        }

        /**
         * Returns a match's number.
         *
         * @param row from 0
         * @return its sequence number
         */
        long seq(int row) {
            return seqs[start + row];
        }
    }

    private Object source;
    private Board board;
    private TraceFilter filter;
    private Predicate<TraceEvent> test;
    private List<TraceEvent> window = List.of();
    private long first;
    private long length;
    private long request = -1;
    private long generation;
    private long[] seqs = new long[1024];
    private int start;
    private int end;
    /** {@code seqs[0..shared)} was handed out: copied before any of it is written again. */
    private int shared;
    /** The events numbered below this were looked at. */
    private long scanned;

    /**
     * Takes the trace as a refresh saw it: keeps the matches still true, drops the others.
     *
     * @param r the request
     */
    void take(Request r) {
        if (r.simulation() != source || r.board() != board || !r.filter().equals(filter)) {
            source = r.simulation();
            board = r.board();
            filter = r.filter();
            test = filter.on(board);
            scanned = 0;
            truncate(start);
        }
        long from = Math.min(Math.min(r.rewoundTo(), r.length()), scanned);
        if (from < scanned) { // went back: what came after that point is another timeline
            int keep = end;
            while (keep > start && seqs[keep - 1] >= from) {
                keep--;
            }
            truncate(keep);
            scanned = from;
        }
        window = r.window();
        length = r.length();
        first = length - window.size();
        while (start < end && seqs[start] < first) {
            start++; // slid out of the window: the rows before the first are dropped, the others stay
        }
        scanned = Math.max(scanned, first);
        request = r.id();
    }

    /**
     * Looks at the events not looked at yet, until done or told to stop.
     *
     * @param stop asked every few thousand events; true stops
     * @return true when every event of the window was looked at
     */
    boolean scan(BooleanSupplier stop) {
        while (scanned < length) {
            long to = Math.min(length, scanned + STRIDE);
            for (long seq = scanned; seq < to; seq++) {
                if (test.test(window.get((int) (seq - first)))) {
                    add(seq);
                }
            }
            scanned = to;
            if (scanned < length && stop.getAsBoolean()) {
                return false;
            }
        }
        return true;
    }

    /** @return true when every event of the last request's window was looked at */
    boolean complete() {
        return scanned >= length;
    }

    /**
     * Hands out the matches so far.
     *
     * @return an immutable result
     */
    Matches matches() {
        shared = end;
        return new Matches(source, filter, window, length, scanned, request, generation, seqs, start, end);
    }

    private void truncate(int newEnd) {
        if (newEnd < end) {
            generation++;
            if (newEnd < shared) { // the part handed out stays as it was
                long[] fresh = new long[Math.max(1024, seqs.length)];
                System.arraycopy(seqs, start, fresh, 0, newEnd - start);
                seqs = fresh;
                newEnd -= start;
                start = 0;
                shared = 0;
            }
            end = newEnd;
        } else if (newEnd == start && start == end) {
            generation++; // a new search, nothing dropped: the rows are another search's all the same
        }
    }

    private void add(long seq) {
        if (end == seqs.length) { // a new array: the old one may be shared
            int live = end - start;
            long[] bigger = new long[Math.max(1024, live * 2)];
            System.arraycopy(seqs, start, bigger, 0, live);
            seqs = bigger;
            start = 0;
            end = live;
            shared = 0;
        }
        seqs[end++] = seq;
    }
}
