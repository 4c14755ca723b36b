package org.mmioworkbench.core.devices;

/**
 * A queue of characters whose snapshots share storage: input waiting to arrive at a UART. Adding text costs
 * its length (amortised), taking a character O(1), and {@link #mark()} O(1), however much text waits: the
 * characters taken are dropped when the storage has to grow, by copying only those still waiting. A queue
 * restored to a mark that adds where another timeline already wrote copies what it holds first.
 */
final class TextQueue {
    /** Shared storage; {@code written} is the highest end any timeline reached in it. */
    private static final class Storage {
        final char[] data;
        int written;

        Storage(char[] data, int written) {
            this.data = data;
            this.written = written;
        }
    }

    /** An immutable state of a queue, for snapshots. */
    record Mark(Object storage, int start, int end) {
    }

    private Storage storage = new Storage(new char[0], 0);
    /** The next character to take. */
    private int start;
    /** One past the last character added. */
    private int end;

    /**
     * Adds characters at the end.
     *
     * @param text the characters
     */
    void add(CharSequence text) {
        int n = text.length();
        if (n == 0) {
            return;
        }
        if (end < storage.written || end + n > storage.data.length) {
            int waiting = end - start;
            char[] data = new char[Math.max(64, Math.max(2 * waiting, waiting + n))];
            System.arraycopy(storage.data, start, data, 0, waiting);
            storage = new Storage(data, waiting);
            start = 0;
            end = waiting;
        }
        for (int i = 0; i < n; i++) {
            storage.data[end + i] = text.charAt(i);
        }
        end += n;
        storage.written = end;
    }

    boolean isEmpty() {
        return start == end;
    }

    /** Takes the next character; the queue must not be empty. */
    char take() {
        return storage.data[start++];
    }

    /** The characters waiting, as text. */
    @Override
    public String toString() {
        return new String(storage.data, start, end - start);
    }

    Mark mark() {
        return new Mark(storage, start, end);
    }

    void restore(Mark mark) {
        storage = (Storage) mark.storage();
        start = mark.start();
        end = mark.end();
    }

    void clear() {
        storage = new Storage(new char[0], 0);
        start = 0;
        end = 0;
    }
}
