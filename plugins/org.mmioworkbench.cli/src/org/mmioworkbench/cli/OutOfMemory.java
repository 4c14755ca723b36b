package org.mmioworkbench.cli;

import java.util.function.Supplier;

/**
 * What {@code mmio-sim} says when the Java heap runs out: one line with how far it got, the heap limit and how
 * to raise it, never a stack trace. A command names its progress ({@link #reached(Supplier)}); a few MiB are
 * held in reserve from the start and let go first, so the line can be made even when the heap is full of
 * simulation state.
 */
final class OutOfMemory {
    private static volatile byte[] reserve = new byte[4 << 20];
    private static volatile Supplier<String> progress;

    private OutOfMemory() {
    }

    /**
     * Names how far the running command has got, for the message.
     *
     * @param reached e.g. "12345 trace events"; asked only after the heap ran out
     */
    static void reached(Supplier<String> reached) {
        progress = reached;
    }

    /**
     * Makes the line: {@code mmio-sim: out of memory after N trace events (heap limit X MB); raise it with
     * MMIO_SIM_JAVA_OPTS=-Xmx...} (without "after ..." if the command named no progress).
     *
     * @return the line
     */
    static String line() {
        reserve = null;
        long limit = Runtime.getRuntime().maxMemory() >> 20;
        String where = "";
        Supplier<String> reached = progress;
        if (reached != null) {
            try {
                where = " after " + reached.get();
            } catch (RuntimeException | OutOfMemoryError e) {
                where = "";
            }
        }
        long suggested = Long.highestOneBit(Math.max(64, limit)) * 2;
        return "mmio-sim: out of memory" + where + " (heap limit " + limit + " MB); raise it with"
                + " MMIO_SIM_JAVA_OPTS=-Xmx" + (suggested >= 1024 ? suggested / 1024 + "g" : suggested + "m");
    }
}
