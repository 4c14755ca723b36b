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
 */
final class AppendLog<T> {
    private Object[] items;
    private int size;

    AppendLog() {
        this(new Object[64], 0);
    }

    private AppendLog(Object[] items, int size) {
        this.items = items;
        this.size = size;
    }

    void append(T item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        } else if (items[size] != null) {
            Object[] fork = new Object[items.length];
            System.arraycopy(items, 0, fork, 0, size);
            items = fork;
        }
        items[size++] = item;
    }

    int size() {
        return size;
    }

    /** Returns a copy sharing storage with this log; it must not be appended to while shared. */
    AppendLog<T> copy() {
        return new AppendLog<>(items, size);
    }

    void restoreFrom(AppendLog<T> other) {
        items = other.items;
        size = other.size;
    }

    /** Returns an immutable view of the current entries that later appends never change. */
    List<T> view() {
        return Collections.unmodifiableList(new Prefix<>(items, size));
    }

    private static final class Prefix<T> extends AbstractList<T> implements RandomAccess {
        private final Object[] items;
        private final int size;

        Prefix(Object[] items, int size) {
            this.items = items;
            this.size = size;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return (T) items[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
