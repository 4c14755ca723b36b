package org.mmioworkbench.core.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * An append-only log whose copies share storage: a copy costs O(1) and sees exactly the entries
 * present when it was made. Entries are only ever written into empty slots; when a log restored to
 * an earlier length appends where another timeline already wrote, it forks its storage first.
 * <p>
 * Storage is a directory of fixed-size chunks, so appending never copies entries (only the small
 * directory grows) and a new entry is stored into a recently allocated chunk: with a generational
 * collector that store needs no old-to-young bookkeeping, which keeps recording a trace event cheap
 * however long the trace is.
 */
final class AppendLog<T> {
    private static final int SHIFT = 10;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;

    private Object[][] chunks;
    private int size;

    AppendLog() {
        this(new Object[16][], 0);
    }

    private AppendLog(Object[][] chunks, int size) {
        this.chunks = chunks;
        this.size = size;
    }

    void append(T item) {
        int c = size >>> SHIFT;
        int i = size & MASK;
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c * 2);
        }
        Object[] chunk = chunks[c];
        if (chunk == null) {
            chunk = new Object[CHUNK];
            chunks[c] = chunk;
        } else if (chunk[i] != null) {
            chunk = fork(c, i);
        }
        chunk[i] = item;
        size++;
    }

    /** Gives this log storage of its own holding its entries, and returns the chunk to append to. */
    private Object[] fork(int c, int i) {
        Object[][] own = new Object[chunks.length][];
        System.arraycopy(chunks, 0, own, 0, c);
        Object[] chunk = new Object[CHUNK];
        System.arraycopy(chunks[c], 0, chunk, 0, i);
        own[c] = chunk;
        chunks = own;
        return chunk;
    }

    int size() {
        return size;
    }

    /** Returns a copy sharing storage with this log; it must not be appended to while shared. */
    AppendLog<T> copy() {
        return new AppendLog<>(chunks, size);
    }

    void restoreFrom(AppendLog<T> other) {
        chunks = other.chunks;
        size = other.size;
    }

    /** Returns an immutable view of the current entries that later appends never change. */
    List<T> view() {
        return Collections.unmodifiableList(new Prefix<>(chunks, size));
    }

    private static final class Prefix<T> extends AbstractList<T> implements RandomAccess {
        private final Object[][] chunks;
        private final int size;

        Prefix(Object[][] chunks, int size) {
            this.chunks = chunks;
            this.size = size;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return (T) chunks[index >>> SHIFT][index & MASK];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
