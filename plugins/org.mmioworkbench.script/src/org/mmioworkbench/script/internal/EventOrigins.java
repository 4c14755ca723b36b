package org.mmioworkbench.script.internal;

import java.util.Arrays;

/**
 * The side table from simulator trace sequence numbers to the script statements that caused them, as runs: each
 * run is the sequence number of its first event and a statement id (-1 for events no statement made), and lasts
 * until the next run begins, the last one until the end of the table. A call that made its events right after the
 * last recorded ones, for the statement of the last run, only moves the end: a loop of register accesses in one
 * statement, a driver's hot path, writes nothing per access (before, each event took an entry of its own, the
 * cost of a script's access beyond a C driver's). Runs are kept in chunks of 1024; the table keeps the runs that
 * hold events of the same window as the simulator's trace (the most recent events) and forgets older chunks, so
 * it holds at most as many runs as the window holds events, and two chunks more, however long the script runs.
 * Append-only; copies share storage and cost O(1), each seeing exactly the runs, and the end, present when it was
 * made. A copy restored to an earlier length that appends where another timeline already wrote forks that chunk
 * first (never the whole table).
 */
public final class EventOrigins {
    private static final int SHIFT = 10;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;
    /** The id of the last run before the first: no call matches it. */
    private static final int NO_RUN = Integer.MIN_VALUE;

    /** A chunk shared by copies; {@code written} is how far any copy has written in it. */
    private static final class Chunk {
        final long[] starts;
        final int[] ids;
        int written;

        Chunk(long[] starts, int[] ids, int written) {
            this.starts = starts;
            this.ids = ids;
            this.written = written;
        }
    }

    private final long base;
    private final int window;
    /** {@code chunks[i]} holds the runs of chunk number {@code first + i}; never changed once shared. */
    private Chunk[] chunks;
    private long first;
    /** How many runs were ever appended (the next run's number). */
    private long runs;
    /** The sequence number after the last event the table covers. */
    private long end;
    /** The statement id of the last run, or {@link #NO_RUN}. */
    private int lastId;

    /**
     * Creates an empty table.
     *
     * @param base the trace length when the script started: earlier events have no statement
     * @param window how many of the most recent events to keep, as the simulator's trace window
     */
    public EventOrigins(long base, int window) {
        this(base, window, new Chunk[4], 0, 0, base, NO_RUN);
    }

    private EventOrigins(long base, int window, Chunk[] chunks, long first, long runs, long end, int lastId) {
        this.base = base;
        this.window = window;
        this.chunks = chunks;
        this.first = first;
        this.runs = runs;
        this.end = end;
        this.lastId = lastId;
    }

    /**
     * Records that trace events {@code from} (inclusive) to {@code to} (exclusive) came from a statement;
     * events between the last recorded one and {@code from} get no statement. A {@code from} before the end
     * of the table (the simulator went back) first forgets the events from there on.
     *
     * @param from the first sequence number
     * @param to the end sequence number
     * @param statement the statement id
     */
    public void record(long from, long to, int statement) {
        if (from == end && statement == lastId) {
            end = to; // the same statement goes on: the hot path
            return;
        }
        recordRun(from, to, statement);
    }

    private void recordRun(long from, long to, int statement) {
        long at = Math.max(from, base);
        if (at < end) {
            truncate(at);
            if (at == end && statement == lastId) {
                end = Math.max(to, at);
                return;
            }
        }
        if (to <= at) {
            return;
        }
        if (at > end) {
            if (lastId != -1) {
                append(end, -1);
            }
        }
        append(at, statement);
        end = to;
    }

    /** Forgets the events from a sequence number on (one the table covers, not before its first kept run). */
    private void truncate(long seq) {
        long lo = first << SHIFT;
        if (runs <= lo || seq <= start(lo)) {
            runs = lo;
            lastId = NO_RUN;
            end = Math.max(seq, base);
            return;
        }
        long k = lastStartingBefore(seq, lo, runs - 1);
        runs = k + 1;
        lastId = id(k);
        end = seq;
    }

    /**
     * Returns the statement that caused a trace event.
     *
     * @param seq the event's sequence number
     * @return the statement id, or -1 if the event did not come from the script or is older than the window
     */
    public int statementOf(long seq) {
        if (seq < base || seq >= end || seq < end - window) {
            return -1;
        }
        long lo = first << SHIFT;
        if (runs <= lo || seq < start(lo)) {
            return -1;
        }
        return id(lastStartingBefore(seq + 1, lo, runs - 1));
    }

    /** The number of the last run in [lo, hi] that starts before {@code seq}; the run lo must. */
    private long lastStartingBefore(long seq, long lo, long hi) {
        while (lo < hi) {
            long mid = (lo + hi + 1) >>> 1;
            if (start(mid) < seq) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private long start(long run) {
        return chunks[(int) ((run >>> SHIFT) - first)].starts[(int) (run & MASK)];
    }

    private int id(long run) {
        return chunks[(int) ((run >>> SHIFT) - first)].ids[(int) (run & MASK)];
    }

    /**
     * Returns a copy sharing storage; recording in either afterwards never changes what the other sees.
     *
     * @return the copy
     */
    public EventOrigins copy() {
        return new EventOrigins(base, window, chunks, first, runs, end, lastId);
    }

    private void append(long start, int id) {
        long number = runs >>> SHIFT;
        int i = (int) (runs & MASK);
        if (i == 0 && number > first) {
            forgetOld(start);
        }
        int c = (int) (number - first);
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, Math.max(4, c * 2));
        }
        Chunk chunk = chunks[c];
        if (chunk == null) {
            chunk = new Chunk(new long[CHUNK], new int[CHUNK], 0);
            chunks[c] = chunk;
        } else if (i < chunk.written) {
            Chunk[] own = Arrays.copyOf(chunks, chunks.length);
            Arrays.fill(own, c + 1, own.length, null);
            chunk = new Chunk(Arrays.copyOf(chunk.starts, CHUNK), Arrays.copyOf(chunk.ids, CHUNK), i);
            own[c] = chunk;
            chunks = own;
        }
        chunk.starts[i] = start;
        chunk.ids[i] = id;
        chunk.written = i + 1;
        runs++;
        lastId = id;
    }

    /**
     * Forgets, in a new directory, the chunks whose runs all end before the window, when a run starting at a
     * sequence number begins a new chunk (the chunk before it is kept).
     */
    private void forgetOld(long start) {
        long keep = start - window;
        int c = (int) ((runs >>> SHIFT) - first);
        int drop = 0;
        while (drop + 1 < c && chunks[drop + 1].starts[0] <= keep) {
            drop++;
        }
        if (drop > 0) {
            Chunk[] kept = new Chunk[Math.max(4, chunks.length - drop)];
            System.arraycopy(chunks, drop, kept, 0, chunks.length - drop);
            chunks = kept;
            first += drop;
        }
    }
}
