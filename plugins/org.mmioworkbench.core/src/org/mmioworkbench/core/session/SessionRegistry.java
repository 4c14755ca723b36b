package org.mmioworkbench.core.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.mmioworkbench.core.Board;

/**
 * The running simulation sessions of one application and which of them is active (the one the views
 * show). Thread-safe: sessions may be started from any thread; listeners are called on the thread that
 * made the change.
 */
public final class SessionRegistry {
    private static final SessionRegistry DEFAULT = new SessionRegistry();

    private final List<SimulationSession> sessions = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private SimulationSession active;

    /** Observer of the registry. */
    @FunctionalInterface
    public interface Listener {
        /**
         * Called after a session was started, ended or made active.
         *
         * @param registry the registry that changed
         */
        void sessionsChanged(SessionRegistry registry);
    }

    /**
     * Creates an empty registry of its own, e.g. for a headless tool or a test; the workbench and the
     * debugger share {@link #getDefault()}.
     */
    public SessionRegistry() {
    }

    /**
     * Returns the registry shared by the whole application (the workbench, the debugger, the views).
     *
     * @return the default registry
     */
    public static SessionRegistry getDefault() {
        return DEFAULT;
    }

    /**
     * Starts a session on a board and makes it active. A name already in use gets a suffix
     * ({@code demo (2)}), so every session keeps a distinct name.
     *
     * @param name the wanted name
     * @param board the board
     * @return the new session
     */
    public SimulationSession start(String name, Board board) {
        SimulationSession session;
        synchronized (this) {
            session = new SimulationSession(uniqueName(name), board);
            sessions.add(session);
            active = session;
        }
        fire();
        return session;
    }

    private String uniqueName(String name) {
        String candidate = name;
        for (int n = 2; nameInUse(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private boolean nameInUse(String name) {
        return sessions.stream().anyMatch(s -> s.name().equals(name));
    }

    /**
     * Ends a session; if it was active, the most recently started remaining session becomes active.
     *
     * @param session the session to end
     */
    public void end(SimulationSession session) {
        synchronized (this) {
            if (!sessions.remove(session)) {
                return;
            }
            if (active == session) {
                active = sessions.isEmpty() ? null : sessions.get(sessions.size() - 1);
            }
        }
        fire();
    }

    /**
     * Makes a running session the active one.
     *
     * @param session a session of this registry
     * @throws IllegalArgumentException if the session is not running in this registry
     */
    public void setActive(SimulationSession session) {
        synchronized (this) {
            if (!sessions.contains(session)) {
                throw new IllegalArgumentException("Session '" + session + "' is not running");
            }
            if (active == session) {
                return;
            }
            active = session;
        }
        fire();
    }

    /**
     * Returns the active session: the one made active last, else the last started.
     *
     * @return the active session, or empty when none is running
     */
    public synchronized Optional<SimulationSession> active() {
        return Optional.ofNullable(active);
    }

    /**
     * Lists the running sessions.
     *
     * @return a copy, in start order
     */
    public synchronized List<SimulationSession> sessions() {
        return List.copyOf(sessions);
    }

    /**
     * Adds a listener.
     *
     * @param listener the listener
     */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /**
     * Removes a listener.
     *
     * @param listener the listener
     */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Listener listener : listeners) {
            listener.sessionsChanged(this);
        }
    }
}
