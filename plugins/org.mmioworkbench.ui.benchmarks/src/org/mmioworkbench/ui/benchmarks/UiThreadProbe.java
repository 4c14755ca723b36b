package org.mmioworkbench.ui.benchmarks;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread keeps events waiting: a background thread posts a small runnable to
 * the display every few milliseconds and records how long each waited before it ran. The longest wait
 * is the longest time the UI thread was blocked (give or take one posting period).
 */
final class UiThreadProbe implements AutoCloseable {
    private static final long PERIOD_MILLIS = 5;

    private final Display display;
    private final Samples waits = new Samples();
    private final Thread poster;
    private volatile boolean running = true;

    /**
     * Starts probing.
     *
     * @param display the display whose UI thread to watch
     */
    UiThreadProbe(Display display) {
        this.display = display;
        this.poster = new Thread(this::post, "UI thread probe");
        poster.setDaemon(true);
        poster.start();
    }

    private void post() {
        while (running && !display.isDisposed()) {
            long posted = System.nanoTime();
            display.asyncExec(() -> {
                long waited = System.nanoTime() - posted;
                synchronized (waits) {
                    waits.add(waited);
                }
            });
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** @return the waits recorded so far */
    Samples waits() {
        synchronized (waits) {
            Samples copy = new Samples();
            copy.addAll(waits);
            return copy;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poster.join();
    }
}
