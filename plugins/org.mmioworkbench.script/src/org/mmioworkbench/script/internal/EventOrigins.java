package org.mmioworkbench.script.internal;

import java.util.Arrays;

/**
 * The side table from simulator trace sequence numbers to the script statements that caused them.
 * Append-only; copies share storage and cost O(1), each seeing exactly the entries present when it was
 * made. A copy restored to an earlier length that appends where another timeline already wrote forks
 * its storage first.
 */
public final class EventOrigins {
    /** Storage shared by copies; {@code used} is how far any copy has written. */
    private static final class Store {
        int[] ids;
        int used;

        Store(int[] ids, int used) {
            this.ids = ids;
            this.used = used;
        }
    }

    private final long base;
    private Store store;
    private int size;

    /**
     * Creates an empty table.
     *
     * @param base the trace length when the script started: earlier events have no statement
     */
    public EventOrigins(long base) {
        this(base, new Store(new int[64], 0), 0);
    }

    private EventOrigins(long base, Store store, int size) {
        this.base = base;
        this.store = store;
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
            size = (int) Math.max(0, from - base);
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
     * @return the statement id, or -1 if the event did not come from the script
     */
    public int statementOf(long seq) {
        long index = seq - base;
        return index >= 0 && index < size ? store.ids[(int) index] : -1;
    }

    /**
     * Returns a copy sharing storage; appending to either afterwards never changes what the other sees.
     *
     * @return the copy
     */
    public EventOrigins copy() {
        return new EventOrigins(base, store, size);
    }

    private void append(int id) {
        if (size < store.used) {
            store = new Store(Arrays.copyOf(store.ids, Math.max(64, size * 2)), size);
        } else if (size == store.ids.length) {
            store.ids = Arrays.copyOf(store.ids, size * 2);
        }
        store.ids[size++] = id;
        store.used = size;
    }
}
