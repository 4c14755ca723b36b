package org.mmioworkbench.script.internal;

import java.util.Arrays;

/**
 * The side table from simulator trace sequence numbers to the script statements that caused them. It keeps
 * the same window as the simulator's trace (the most recent events), in chunks of 4096 entries, and forgets
 * older chunks, so it stays as small as the trace however long the script runs. Append-only; copies share
 * storage and cost O(1), each seeing exactly the entries present when it was made. A copy restored to an
 * earlier length that appends where another timeline already wrote forks that chunk first (never the
 * whole table).
 */
public final class EventOrigins {
    private static final int SHIFT = 12;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;

    /** A chunk shared by copies; {@code written} is how far any copy has written in it. */
    private static final class Chunk {
        final int[] ids;
        int written;

        Chunk(int[] ids, int written) {
            this.ids = ids;
            this.written = written;
        }
    }

    private final long base;
    private final int window;
    /** {@code chunks[i]} holds the entries of chunk number {@code first + i}; never changed once shared. */
    private Chunk[] chunks;
    private long first;
    private long size;

    /**
     * Creates an empty table.
     *
     * @param base the trace length when the script started: earlier events have no statement
     * @param window how many of the most recent events to keep, as the simulator's trace window
     */
    public EventOrigins(long base, int window) {
        this(base, window, new Chunk[4], 0, 0);
    }

    private EventOrigins(long base, int window, Chunk[] chunks, long first, long size) {
        this.base = base;
        this.window = window;
        this.chunks = chunks;
        this.first = first;
        this.size = size;
    }

    /**
     * Records that trace events {@code from} (inclusive) to {@code to} (exclusive) came from a statement;
     * events between the last recorded one and {@code from} get no statement.
     *
     * @param from the first sequence number
     * @param to the end sequence number
     * @param statement the statement id
     */
    public void record(long from, long to, int statement) {
        if (from < base + size) {
            size = Math.max(first << SHIFT, from - base);
        }
        while (base + size < from) {
            append(-1);
        }
        for (long seq = from; seq < to; seq++) {
            append(statement);
        }
    }

    /**
     * Returns the statement that caused a trace event.
     *
     * @param seq the event's sequence number
     * @return the statement id, or -1 if the event did not come from the script or is older than the window
     */
    public int statementOf(long seq) {
        long index = seq - base;
        if (index < 0 || index >= size || index < size - window || index < first << SHIFT) {
            return -1;
        }
        return chunks[(int) ((index >>> SHIFT) - first)].ids[(int) (index & MASK)];
    }

    /**
     * Returns a copy sharing storage; appending to either afterwards never changes what the other sees.
     *
     * @return the copy
     */
    public EventOrigins copy() {
        return new EventOrigins(base, window, chunks, first, size);
    }

    private void append(int id) {
        long number = size >>> SHIFT;
        int i = (int) (size & MASK);
        if (i == 0 && number > first) {
            forgetOld();
        }
        int c = (int) (number - first);
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, Math.max(4, c * 2));
        }
        Chunk chunk = chunks[c];
        if (chunk == null) {
            chunk = new Chunk(new int[CHUNK], 0);
            chunks[c] = chunk;
        } else if (i < chunk.written) {
            Chunk[] own = Arrays.copyOf(chunks, chunks.length);
            Arrays.fill(own, c + 1, own.length, null);
            chunk = new Chunk(Arrays.copyOf(chunk.ids, CHUNK), i);
            own[c] = chunk;
            chunks = own;
        }
        chunk.ids[i] = id;
        chunk.written = i + 1;
        size++;
    }

    /** Forgets the chunks wholly before the window, in a new directory. */
    private void forgetOld() {
        long keep = size - window;
        long drop = keep <= 0 ? 0 : (keep >>> SHIFT) - first;
        if (drop > 0) {
            int n = (int) Math.min(drop, chunks.length);
            Chunk[] kept = new Chunk[Math.max(4, chunks.length - n)];
            System.arraycopy(chunks, n, kept, 0, chunks.length - n);
            chunks = kept;
            first += drop;
        }
    }
}
