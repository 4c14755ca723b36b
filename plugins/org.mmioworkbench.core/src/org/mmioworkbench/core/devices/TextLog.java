package org.mmioworkbench.core.devices;

import java.util.Arrays;

/**
 * Append-only text whose snapshots share storage: {@link #mark()} costs O(1) and a restored log that
 * appends where another timeline already wrote copies its prefix first. Used for consoles, which grow
 * for the whole session while a debugger takes a snapshot per step.
 */
final class TextLog {
    /** Shared storage; {@code written} is the highest length any timeline reached in it. */
    private static final class Storage {
        char[] data;
        int written;

        Storage(char[] data, int written) {
            this.data = data;
            this.written = written;
        }
    }

    /** An immutable position in a log, for snapshots. */
    record Mark(Object storage, int length) {
    }

    private Storage storage = new Storage(new char[64], 0);
    private int length;

    void append(char c) {
        if (length < storage.written) {
            storage = new Storage(Arrays.copyOf(storage.data, Math.max(64, storage.data.length)), length);
        }
        if (length == storage.data.length) {
            storage.data = Arrays.copyOf(storage.data, length * 2);
        }
        storage.data[length++] = c;
        storage.written = length;
    }

    int length() {
        return length;
    }

    Mark mark() {
        return new Mark(storage, length);
    }

    void restore(Mark mark) {
        storage = (Storage) mark.storage();
        length = mark.length();
    }

    void clear() {
        storage = new Storage(new char[64], 0);
        length = 0;
    }

    /** The text from a position on (empty if there is none). */
    String substring(int from) {
        int start = Math.min(Math.max(0, from), length);
        return new String(storage.data, start, length - start);
    }

    @Override
    public String toString() {
        return new String(storage.data, 0, length);
    }
}
