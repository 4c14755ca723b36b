package org.mmioworkbench.debug;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mmioworkbench.c.internal.Pos;
import org.mmioworkbench.core.SourceLine;
import org.mmioworkbench.core.TraceOrigins;

/**
 * The source line of each trace event a debugged program's statements made, for the events of the trace window: a
 * ring of (sequence number, line number) pairs, 12 bytes an event, that holds at most as many events as the
 * simulator's trace window, so memory stays bounded however long the run. Lines are interned: a program has as many
 * as it has statements. Written by the thread that runs the program (from the session's simulator listener), read
 * from any thread (a view of the trace).
 *
 * <p>Going back restores the simulator to an earlier trace length; the events recorded from there on are forgotten,
 * and the replay that follows records them again. Events older than the window when they were forgotten stay
 * forgotten: after going back further than the trace window, the oldest events of the restored window have no line
 * until the program makes them again.
 */
final class EventOrigins implements TraceOrigins {
    private static final int FIRST_CAPACITY = 256;

    private final int window;
    private long[] seqs = new long[FIRST_CAPACITY];
    private int[] lines = new int[FIRST_CAPACITY];
    /** The index of the oldest pair in the ring, and how many pairs it holds. */
    private int head;
    private int count;
    private final List<SourceLine> interned = new ArrayList<>();
    private final Map<SourceLine, Integer> ids = new HashMap<>();
    /** The position last interned and its line's id: a statement makes its events one after another. */
    private Pos lastPos;
    private int lastId;

    /**
     * Creates an empty record.
     *
     * @param window the simulator's trace window: at most this many events are kept
     */
    EventOrigins(int window) {
        this.window = Math.max(1, window);
    }

    /**
     * Records that the statement at a position made an event.
     *
     * @param seq the event's sequence number, larger than any recorded since the last {@link #forgetFrom(long)}
     * @param at the statement's position
     */
    synchronized void record(long seq, Pos at) {
        int id;
        if (at == lastPos) {
            id = lastId;
        } else {
            SourceLine line = new SourceLine(at.file(), at.line());
            Integer known = ids.get(line);
            if (known == null) {
                known = interned.size();
                interned.add(line);
                ids.put(line, known);
            }
            id = known;
            lastPos = at;
            lastId = id;
        }
        if (count == seqs.length && count < window) {
            grow();
        }
        if (count == seqs.length) { // full at the window's size: the oldest goes
            seqs[head] = seq;
            lines[head] = id;
            head = (head + 1) % seqs.length;
        } else {
            int i = (head + count) % seqs.length;
            seqs[i] = seq;
            lines[i] = id;
            count++;
        }
    }

    private void grow() {
        int capacity = (int) Math.min(window, 2L * seqs.length);
        long[] s = new long[capacity];
        int[] l = new int[capacity];
        for (int k = 0; k < count; k++) {
            int i = (head + k) % seqs.length;
            s[k] = seqs[i];
            l[k] = lines[i];
        }
        seqs = s;
        lines = l;
        head = 0;
    }

    /**
     * Forgets the events numbered {@code seq} or later: the simulator went back to a trace of that length.
     *
     * @param seq the restored trace length
     */
    synchronized void forgetFrom(long seq) {
        while (count > 0 && seqs[(head + count - 1) % seqs.length] >= seq) {
            count--;
        }
    }

    /** The pairs at one moment, for {@link #restore(Object)}. */
    private record Saved(long[] seqs, int[] lines, int head, int count) {
    }

    /**
     * Copies what is recorded, so that an excursion into the past (which forgets and records again) can leave the
     * record as it found it.
     *
     * @return the copy
     */
    synchronized Object save() {
        return new Saved(seqs.clone(), lines.clone(), head, count);
    }

    /**
     * Puts back what {@link #save()} copied.
     *
     * @param saved the copy
     */
    synchronized void restore(Object saved) {
        Saved s = (Saved) saved;
        seqs = s.seqs().clone();
        lines = s.lines().clone();
        head = s.head();
        count = s.count();
    }

    /** Where the pair of an event is among the ring's pairs, oldest first; -1 if it has none. */
    private int find(long seq) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long s = seqs[(head + mid) % seqs.length];
            if (s < seq) {
                lo = mid + 1;
            } else if (s > seq) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    @Override
    public synchronized Optional<SourceLine> originOf(long seq) {
        int k = find(seq);
        return k < 0 ? Optional.empty() : Optional.of(interned.get(lines[(head + k) % seqs.length]));
    }

    /** Whether a statement of the program made an event that is still recorded. */
    synchronized boolean has(long seq) {
        return find(seq) >= 0;
    }
}
