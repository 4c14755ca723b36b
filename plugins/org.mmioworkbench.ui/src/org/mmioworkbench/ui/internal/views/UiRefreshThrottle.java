package org.mmioworkbench.ui.internal.views;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Coalesces refresh requests from any thread into at most one UI-thread refresh per period, so a
 * simulation running at full speed does not flood the UI thread.
 */
final class UiRefreshThrottle {
    private final Display display;
    private final IntSupplier periodMillis;
    private final Runnable refresh;
    private final AtomicBoolean pending = new AtomicBoolean();

    UiRefreshThrottle(Display display, IntSupplier periodMillis, Runnable refresh) {
        this.display = display;
        this.periodMillis = periodMillis;
        this.refresh = refresh;
    }

    /** Asks for a refresh; callable from any thread, cheap when one is already pending. */
    void request() {
        if (display.isDisposed() || !pending.compareAndSet(false, true)) {
            return;
        }
        display.asyncExec(() -> display.timerExec(periodMillis.getAsInt(), () -> {
            pending.set(false);
            refresh.run();
        }));
    }
}
