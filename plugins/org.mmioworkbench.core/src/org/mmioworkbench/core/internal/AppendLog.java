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
 * <p>
 * Entries are numbered from 0 with {@code long}s for the life of the log. {@link #dropBefore(long)} forgets
 * the chunks wholly before an entry (the trace's side log follows the trace's window this way); the
 * numbers of later entries do not change. A directory is never changed once a copy may share it: dropping
 * and growing make a new one.
 */
final class AppendLog<T> {
    private static final int DEFAULT_SHIFT = 10;

    private final int shift;
    private final int mask;

    /** {@code chunks[i]} holds the entries of chunk number {@code first + i}. */
    private Object[][] chunks;
    private long first;
    private long size;

    /** Creates a log with chunks of 1024 entries. */
    AppendLog() {
        this(DEFAULT_SHIFT);
    }

    /**
     * Creates a log with chunks of {@code 2^shift} entries (small chunks for a log that drops old entries, so a
     * copy holds few more than it needs).
     *
     * @param shift log2 of the chunk size
     */
    AppendLog(int shift) {
        this(shift, new Object[16][], 0, 0);
    }

    private AppendLog(int shift, Object[][] chunks, long first, long size) {
        this.shift = shift;
        this.mask = (1 << shift) - 1;
        this.chunks = chunks;
        this.first = first;
        this.size = size;
    }

    void append(T item) {
        int c = (int) ((size >>> shift) - first);
        int i = (int) (size & mask);
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, Math.max(4, c * 2));
        }
        Object[] chunk = chunks[c];
        if (chunk == null) {
            chunk = new Object[mask + 1];
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
        Object[] chunk = new Object[mask + 1];
        System.arraycopy(chunks[c], 0, chunk, 0, i);
        own[c] = chunk;
        chunks = own;
        return chunk;
    }

    /**
     * Forgets the chunks that hold only entries before an index (never one that holds a later entry).
     *
     * @param index the first entry that must stay
     */
    void dropBefore(long index) {
        if (index <= 0) {
            return;
        }
        long drop = Math.min(index, size) >>> shift;
        if (drop > first) {
            int n = (int) Math.min(drop - first, chunks.length);
            Object[][] kept = new Object[Math.max(4, chunks.length - n)][];
            System.arraycopy(chunks, n, kept, 0, chunks.length - n);
            chunks = kept;
            first = drop;
        }
    }

    /** The number of entries ever appended (also those dropped since). */
    long size() {
        return size;
    }

    /** The index of the first entry still held. */
    long firstKept() {
        return Math.min(size, first << shift);
    }

    /** Returns a copy sharing storage with this log; it must not be appended to while shared. */
    AppendLog<T> copy() {
        return new AppendLog<>(shift, chunks, first, size);
    }

    void restoreFrom(AppendLog<T> other) {
        chunks = other.chunks;
        first = other.first;
        size = other.size;
    }

    /** Returns the entries as they are now, for reading by index; later appends never change it. */
    Reader<T> reader() {
        return new Reader<>(shift, chunks, first, size);
    }

    /**
     * Returns an immutable view of the entries held now ({@link #firstKept()} on) that later appends never
     * change; its index 0 is entry {@link #firstKept()}.
     */
    List<T> view() {
        return view(0);
    }

    /**
     * Returns an immutable view of the entries from one on that are held now, which later appends never change;
     * its index 0 is entry {@code max(from, firstKept())}.
     *
     * @param from the first entry wanted
     */
    List<T> view(long from) {
        Reader<T> r = reader();
        long start = Math.min(size, Math.max(from, firstKept()));
        return Collections.unmodifiableList(new Range<>(r, start, size));
    }

    /** The entries of a log at one moment, by their index. */
    static final class Reader<T> {
        private final int shift;
        private final Object[][] chunks;
        private final long first;
        private final long size;

        Reader(int shift, Object[][] chunks, long first, long size) {
            this.shift = shift;
            this.chunks = chunks;
            this.first = first;
            this.size = size;
        }

        /** Returns entry {@code index}, which must be held. */
        @SuppressWarnings("unchecked")
        T get(long index) {
            if (index < (first << shift) || index >= size) {
                throw new IndexOutOfBoundsException("entry " + index + " is not held");
            }
            return (T) chunks[(int) ((index >>> shift) - first)][(int) (index & ((1 << shift) - 1))];
        }

        long size() {
            return size;
        }
    }

    private static final class Range<T> extends AbstractList<T> implements RandomAccess {
        private final Reader<T> reader;
        private final long from;
        private final int size;

        Range(Reader<T> reader, long from, long to) {
            this.reader = reader;
            this.from = from;
            this.size = (int) Math.min(Integer.MAX_VALUE, to - from);
        }

        @Override
        public T get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return reader.get(from + index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
