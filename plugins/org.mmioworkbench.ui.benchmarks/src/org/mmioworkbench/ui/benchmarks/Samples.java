package org.mmioworkbench.ui.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations measured for one benchmark, and their summary in milliseconds. */
final class Samples {
    private final List<Long> nanos = new ArrayList<>();

    /**
     * Records one duration.
     *
     * @param durationNanos the duration in nanoseconds
     */
    void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    /**
     * Records every duration of another set.
     *
     * @param other the durations to add
     */
    void addAll(Samples other) {
        nanos.addAll(other.nanos);
    }

    /** @return the number of durations recorded */
    int count() {
        return nanos.size();
    }

    /**
     * Returns a percentile by the nearest-rank method.
     *
     * @param percent 0 to 100; 50 is the median, 100 the maximum
     * @return the duration in milliseconds
     */
    double percentileMillis(double percent) {
        if (nanos.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    /** @return the largest duration in milliseconds */
    double maxMillis() {
        return percentileMillis(100);
    }

    /** @return "median m ms, p90 p ms, max x ms (n samples)" */
    String summary() {
        return String.format("median %.1f ms, p90 %.1f ms, max %.1f ms (%d samples)", percentileMillis(50),
                percentileMillis(90), maxMillis(), count());
    }
}
