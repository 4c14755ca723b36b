package org.mmioworkbench.core.session;

import java.util.Objects;

import java.util.Optional;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceOrigins;
import org.mmioworkbench.core.inspect.RegisterValues;
import org.mmioworkbench.core.state.RegisterHistory;

/**
 * A simulation session: a name, a board and the simulator (kernel, processes, trace) running on it.
 * The Eclipse views show sessions; the stepping console and the command line start them.
 */
public final class SimulationSession {
    private final String name;
    private final Simulator simulator;
    private volatile TraceOrigins origins;
    private volatile RegisterHistory history;
    private final RegisterValues registerValues;

    /**
     * Creates a session with a fresh simulator on a board.
     *
     * @param name the name users see, e.g. {@code demo}
     * @param board the board to simulate
     */
    public SimulationSession(String name, Board board) {
        this.name = Objects.requireNonNull(name, "name");
        this.simulator = new Simulator(Objects.requireNonNull(board, "board"));
        this.registerValues = new RegisterValues(simulator);
    }

    /**
     * Returns the session name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the simulated board.
     *
     * @return the board
     */
    public Board board() {
        return simulator.board();
    }

    /**
     * Returns the simulator of this session.
     *
     * @return the simulator
     */
    public Simulator simulator() {
        return simulator;
    }

    /**
     * Attaches what names the source line of each trace event: the debug session that runs driver code on this
     * session's simulator does, so that a view of the trace can show, and open, the line that made an event.
     *
     * @param origins the lines, or null for none (a session that runs no driver code)
     */
    public void setTraceOrigins(TraceOrigins origins) {
        this.origins = origins;
    }

    /**
     * Returns what names the source line of each trace event.
     *
     * @return the lines, or empty when no driver code runs on this session (the demo, a board file's session)
     */
    public Optional<TraceOrigins> traceOrigins() {
        return Optional.ofNullable(origins);
    }

    /**
     * Attaches what gives the board's register state at earlier events of the trace: a debug session of driver code,
     * which can go back.
     *
     * @param history the history, or null for none
     */
    public void setRegisterHistory(RegisterHistory history) {
        this.history = history;
    }

    /**
     * Returns what gives the register state at earlier events of the trace.
     *
     * @return the history, or empty when no debugger runs driver code on this session
     */
    public Optional<RegisterHistory> registerHistory() {
        return Optional.ofNullable(history);
    }

    /**
     * Returns the register values of this session, with the one "changed since the last stop" baseline that its
     * views and its debugger share (a debugger advances it on every suspend).
     *
     * @return the values
     */
    public RegisterValues registerValues() {
        return registerValues;
    }

    /**
     * Names the session and its board.
     *
     * @return e.g. {@code demo (qemu-virt)}
     */
    @Override
    public String toString() {
        return name + " (" + board().name() + ")";
    }
}
