package org.mmioworkbench.ui.internal.views;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.SimulatorListener;
import org.mmioworkbench.core.Snapshot;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.ui.internal.preferences.MmioPreferences;

/**
 * Follows the active simulation session for a view: the session selected in the window's Debug view,
 * else the last started (see {@link DebugContextSessionFollower}). Listens to the session registry and
 * to the active session's simulator, and asks the view to re-render on the UI thread, at most once per
 * refresh period (a preference), however fast the simulation moves.
 */
final class ActiveSessionTracker {
    private final SessionRegistry registry;
    private final UiRefreshThrottle throttle;
    private final DebugContextSessionFollower debugFollower;
    private Simulator observed;
    /** The shortest trace the observed simulator was restored to since {@link #takeRewind()}; MAX_VALUE: none. */
    private final AtomicLong rewoundTo = new AtomicLong(Long.MAX_VALUE);
    private final SimulatorListener simulatorListener = new SimulatorListener() {
        @Override
        public void traced(TraceEvent event) {
            throttle.request();
        }

        @Override
        public void restored(Snapshot snapshot) {
            rewoundTo.accumulateAndGet(snapshot.traceLength(), Math::min);
            throttle.request();
        }
    };
    private final SessionRegistry.Listener registryListener = r -> throttleRequest();

    /**
     * Starts tracking.
     *
     * @param registry the sessions to follow
     * @param window the view's window, whose Debug view selection chooses the session
     * @param render re-renders the view from {@link #active()}; runs on the UI thread
     */
    ActiveSessionTracker(SessionRegistry registry, IWorkbenchWindow window, Runnable render) {
        this.registry = registry;
        Display display = window.getShell().getDisplay();
        this.throttle = new UiRefreshThrottle(display, MmioPreferences::refreshMillis, () -> {
            follow();
            if (observed != null) {
                // one consistent state, one wait for the lock; painting under it too keeps a driver running
                // at full speed from competing with the UI thread for the CPU while the view catches up
                observed.inspect(() -> {
                    render.run();
                    display.update();
                });
            } else {
                render.run();
            }
        });
        registry.addListener(registryListener);
        this.debugFollower = new DebugContextSessionFollower(window, registry);
        follow();
    }

    private void throttleRequest() {
        throttle.request();
    }

    /** Attaches the simulator listener to the active session's simulator; runs on the UI thread. */
    private void follow() {
        Simulator simulator = active().map(SimulationSession::simulator).orElse(null);
        if (simulator != observed) {
            if (observed != null) {
                observed.removeListener(simulatorListener);
            }
            observed = simulator;
            if (observed != null) {
                observed.addListener(simulatorListener);
            }
        }
    }

    /**
     * Returns the session the view shows.
     *
     * @return the registry's active session, if any
     */
    Optional<SimulationSession> active() {
        return registry.active();
    }

    /**
     * Returns how far back the observed simulation went since the last call, and forgets it: a view that keeps what
     * it saw of the trace drops what came after that point, which another timeline replaced.
     *
     * @return the shortest trace length restored to, or {@code Long.MAX_VALUE} when the simulation did not go back
     */
    long takeRewind() {
        return rewoundTo.getAndSet(Long.MAX_VALUE);
    }

    /** Asks for a re-render soon, e.g. after the view itself changed the simulation. */
    void refreshSoon() {
        throttle.request();
    }

    /** Stops tracking. */
    void dispose() {
        debugFollower.dispose();
        registry.removeListener(registryListener);
        if (observed != null) {
            observed.removeListener(simulatorListener);
        }
    }
}
