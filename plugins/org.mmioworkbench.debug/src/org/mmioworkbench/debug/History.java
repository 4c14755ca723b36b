package org.mmioworkbench.debug;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The checkpoints a {@link CDebugSession} goes back with: states of the program and its simulator at statement
 * boundaries, by the number of statements run before them, thinned out so that memory stays bounded however long the
 * run and however often a user steps back and forth:
 * <ul>
 * <li>the start (boundary 0) is always kept, so every boundary can be reached again;</li>
 * <li>in the last {@value #DENSE} boundaries before the present, every {@value #SPARSE}th keeps one, and so do the last
 * {@value #STEPPED} boundaries a command stopped at (a reverse step there costs no re-execution);</li>
 * <li>further back, at most {@value #FAR}: when there are more, the one whose removal leaves the smallest gap for its
 * distance from the present goes, so they end up spaced roughly geometrically (going back {@code d} statements
 * re-executes a fraction of {@code d}).</li>
 * </ul>
 * A simulator snapshot holds at most the simulator's trace window (shared with the other snapshots where they
 * overlap), so the history holds at most about {@code 16 + STEPPED + FAR} windows.
 */
final class History {
    /** How many of the most recent boundaries have checkpoints every {@value #SPARSE} boundaries. */
    static final long DENSE = 4096;
    /** The spacing of checkpoints in the dense part. */
    static final long SPARSE = 256;
    /** How many of the boundaries commands stopped at keep their checkpoint (in the dense part). */
    static final int STEPPED = 64;
    /** How many checkpoints are kept further back than the dense part (besides the start). */
    static final int FAR = 24;

    /** A state at the boundary after {@code steps} statements. */
    record Checkpoint(long steps, Object state) {
    }

    private final TreeMap<Long, Checkpoint> checkpoints = new TreeMap<>();

    /** Whether a checkpoint is kept at a boundary. */
    boolean has(long steps) {
        return checkpoints.containsKey(steps);
    }

    /**
     * Keeps a checkpoint and thins the others out.
     *
     * @param steps its boundary
     * @param state the state there
     * @param present the boundary the program is at (the dense part ends there)
     */
    void add(long steps, Object state, long present) {
        if (checkpoints.putIfAbsent(steps, new Checkpoint(steps, state)) == null) {
            thin(present);
        }
    }

    /** The latest checkpoint at or before a boundary (the start, at least). */
    Checkpoint floor(long steps) {
        Map.Entry<Long, Checkpoint> e = checkpoints.floorEntry(steps);
        return e != null ? e.getValue() : checkpoints.firstEntry().getValue();
    }

    /** The latest checkpoint that a condition accepts, or the start's when none does. */
    Checkpoint latest(java.util.function.Predicate<Checkpoint> accepted) {
        for (Checkpoint c : checkpoints.descendingMap().values()) {
            if (accepted.test(c)) {
                return c;
            }
        }
        return first();
    }

    /** The first checkpoint, the start's. */
    Checkpoint first() {
        return checkpoints.firstEntry().getValue();
    }

    /** Forgets the checkpoints after a boundary: the program is there, and will take them again going forward. */
    void forgetAfter(long steps) {
        checkpoints.tailMap(steps, false).clear();
    }

    /** How many checkpoints are kept. */
    int size() {
        return checkpoints.size();
    }

    private void thin(long present) {
        long denseFrom = present - DENSE;
        int stepped = 0;
        for (Long p : checkpoints.descendingKeySet().toArray(Long[]::new)) {
            if (p > denseFrom && p % SPARSE != 0 && p != present && p != 0 && ++stepped > STEPPED) {
                checkpoints.remove(p);
            }
        }
        while (true) {
            NavigableMap<Long, Checkpoint> far = checkpoints.subMap(0L, false, Math.max(0, denseFrom), false);
            if (far.size() <= FAR) {
                return;
            }
            long worst = -1;
            double worstGap = Double.MAX_VALUE;
            for (long p : far.keySet()) {
                Long higher = checkpoints.higherKey(p);
                long gap = higher - checkpoints.lowerKey(p);
                double relative = (double) gap / (present - p);
                if (relative < worstGap) {
                    worstGap = relative;
                    worst = p;
                }
            }
            checkpoints.remove(worst);
        }
    }
}
