package org.mmioworkbench.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.script.Outcome;
import org.mmioworkbench.script.ScriptMachine;
import org.mmioworkbench.script.ScriptOptions;
import org.mmioworkbench.script.ScriptOutput;
import org.mmioworkbench.script.StatementInfo;

/**
 * The engine of {@code mmio-sim debug}: a {@link ScriptMachine} that can go forwards by statement, by
 * access or to a breakpoint or watchpoint, and backwards to any statement it passed.
 * <p>
 * <b>History.</b> Every statement boundary the script reaches going forwards (the state right before a
 * statement runs; boundary 0 is the start) is numbered, with the statement, the trace length and a
 * {@link ScriptMachine.State} snapshot. Going back restores the snapshot of an earlier boundary, which puts
 * every register, region, handle, variable and console back exactly. Going forwards from there runs the
 * script again (it is deterministic, so it does what it did before) and records the boundaries anew. So
 * that a long {@code continue} does not fill the memory, only the most recent {@value #DENSE} boundaries
 * keep their snapshot, and older ones every {@value #SPARSE}th; a boundary without one is reached by
 * restoring the nearest earlier snapshot and running forwards to it, without output.
 * <p>
 * <b>Output.</b> What the script prints, what the UARTs transmit and the simulated kernel's diagnostics
 * are collected while a command runs and handed to the console when it ends ({@link #takeOutput}).
 */
final class Debugger {
    /** How many of the most recent boundaries keep their snapshot. */
    static final int DENSE = 4096;
    /** Older boundaries keep every SPARSE-th snapshot. */
    static final int SPARSE = 256;

    final LoadedScript loaded;
    final Simulator sim;
    final ScriptMachine machine;
    private final Consoles consoles;
    private final ByteBuffer output = new ByteBuffer();
    private boolean replaying;
    private long polledTrace = -1;
    private int diagnosed;

    private ScriptMachine.State[] states = new ScriptMachine.State[256];
    private int[] statements = new int[256];
    private long[] traceLengths = new long[256];
    private int[] outputMarks = new int[256];
    private int size;
    /** The boundary the machine is at, or (when {@link #mid}) whose statement is in progress. */
    private int pos;
    /** True when paused in the middle of the statement after boundary {@link #pos} (after stepi). */
    private boolean mid;

    private final List<Stop> stops = new ArrayList<>();
    private int nextStopNumber = 1;
    /** Set from another thread (Ctrl-C) to pause a running command. */
    volatile boolean interrupted;
    /** Why the last command stopped: breakpoint and watchpoint reports, in order. */
    private final List<String> reasons = new ArrayList<>();

    /**
     * Loads a script, paused before its first statement.
     *
     * @param loaded the script and its board
     */
    Debugger(LoadedScript loaded) {
        this.loaded = loaded;
        this.sim = new Simulator(loaded.board());
        this.consoles = new Consoles(sim);
        this.machine = new ScriptMachine(loaded.script(), sim, ScriptOutput.of(this::printed, this::warned),
                ScriptOptions.defaults());
        for (String note : loaded.notes()) {
            output.appendText(note + "\n");
        }
        pollOutput();
        record(true);
    }

    // ----- output ----------------------------------------------------------------------------------

    private void printed(String text) {
        if (!replaying) {
            pollOutput();
            output.appendBytes(consoles.poll(true));
            output.appendText(text);
        }
    }

    private void warned(String message) {
        if (!replaying) {
            output.newLine();
            output.appendText(message + "\n");
        }
    }

    /** Collects new UART output and diagnostics. */
    private void pollOutput() {
        long length = sim.traceLength();
        if (length == polledTrace || replaying) {
            return;
        }
        polledTrace = length;
        output.appendBytes(consoles.poll(false));
        List<Diagnostic> diagnostics = sim.diagnostics();
        if (diagnostics.size() > diagnosed) {
            String where = machine.lastStatement().map(s -> loaded.fileName() + ":" + s.statement().line() + ": ")
                    .orElse("");
            for (int i = diagnosed; i < diagnostics.size(); i++) {
                output.newLine();
                output.appendText(RunCommand.diagnosticLine(where, diagnostics.get(i)) + "\n");
            }
            diagnosed = diagnostics.size();
        }
    }

    /** Takes the state as it is now as already shown (after going back in time). */
    private void resyncOutput() {
        consoles.resync();
        diagnosed = sim.diagnostics().size();
        polledTrace = sim.traceLength();
    }

    /**
     * Returns the output collected so far and forgets it.
     *
     * @return the buffer to write out
     */
    ByteBuffer takeOutput() {
        pollOutput();
        output.appendBytes(consoles.poll(true));
        return output;
    }

    /**
     * Returns why the last command stopped (breakpoint and watchpoint reports) and forgets it.
     *
     * @return the lines
     */
    List<String> takeReasons() {
        List<String> r = List.copyOf(reasons);
        reasons.clear();
        return r;
    }

    // ----- history ---------------------------------------------------------------------------------

    /**
     * Records the boundary the machine is at as the next one.
     *
     * @param snapshot true to keep its snapshot whatever its number; else only every {@value #SPARSE}th
     *        boundary keeps one (a {@code continue} through a long loop), the others being reached again by
     *        running forwards from the one before
     */
    private void record(boolean snapshot) {
        pollOutput();
        if (size == states.length) {
            int n = size * 2;
            states = Arrays.copyOf(states, n);
            statements = Arrays.copyOf(statements, n);
            traceLengths = Arrays.copyOf(traceLengths, n);
            outputMarks = Arrays.copyOf(outputMarks, n);
        }
        int k = size++;
        states[k] = snapshot || k % SPARSE == 0 ? machine.snapshot() : null;
        statements[k] = machine.currentStatement().map(StatementInfo::id).orElse(-1);
        traceLengths[k] = sim.traceLength();
        outputMarks[k] = output.length();
        int old = k - DENSE;
        if (old > 0 && old % SPARSE != 0) {
            states[old] = null;
        }
        pos = k;
        mid = false;
    }

    /** Forgets the boundaries after {@code last}. */
    private void truncate(int last) {
        for (int i = last + 1; i < size; i++) {
            states[i] = null;
        }
        size = last + 1;
    }

    /** Puts the machine back at a boundary of the history. */
    private void restoreTo(int k) {
        if (states[k] != null) {
            machine.restore(states[k]);
        } else {
            int j = k;
            while (states[j] == null) {
                j--;
            }
            machine.restore(states[j]);
            replaying = true;
            try {
                for (int i = j; i < k; i++) {
                    machine.step();
                }
            } finally {
                replaying = false;
            }
            states[k] = machine.snapshot();
        }
        pos = k;
        mid = false;
        resyncOutput();
    }

    /**
     * Returns the boundary the machine is at (or whose statement is in progress).
     *
     * @return the number of statements run before it since the start
     */
    int position() {
        return pos;
    }

    /**
     * Tells whether the machine is paused in the middle of a statement (after {@code stepi}).
     *
     * @return true between two accesses of one statement
     */
    boolean inStatement() {
        return mid && !machine.isTerminated();
    }

    // ----- breakpoints and watchpoints -------------------------------------------------------------

    /**
     * Adds a breakpoint.
     *
     * @param line a line with a statement
     * @return the breakpoint
     */
    Stop.Breakpoint addBreakpoint(int line) {
        Stop.Breakpoint b = new Stop.Breakpoint(nextStopNumber++, line);
        stops.add(b);
        return b;
    }

    /**
     * Adds a watchpoint.
     *
     * @param kind what it stops on
     * @param register {@code DEV.REG}
     * @param field the field, or null
     * @return the watchpoint
     */
    Stop.Watchpoint addWatchpoint(Stop.Kind kind, String register, String field) {
        Stop.Watchpoint w = new Stop.Watchpoint(nextStopNumber++, kind, register, field);
        stops.add(w);
        return w;
    }

    /**
     * Deletes a breakpoint or watchpoint.
     *
     * @param number its number
     * @return true if it existed
     */
    boolean delete(int number) {
        return stops.removeIf(s -> s.number == number);
    }

    /** Deletes every breakpoint and watchpoint. */
    void deleteAll() {
        stops.clear();
    }

    /**
     * Lists the breakpoints and watchpoints.
     *
     * @return them, by number
     */
    List<Stop> stops() {
        return List.copyOf(stops);
    }

    private int lineOfStatement(int id) {
        return id < 0 ? -1 : loaded.script().statements().get(id).line();
    }

    /** The breakpoint that pauses the machine at boundary k, or null. */
    private Stop.Breakpoint breakpointAt(int k) {
        if (k < 1 || statements[k] < 0) {
            return null;
        }
        int line = lineOfStatement(statements[k]);
        if (lineOfStatement(statements[k - 1]) == line && statements[k] > statements[k - 1]) {
            return null; // moving on within one line: a line is one stop, as in gdb
        }
        for (Stop s : stops) {
            if (s instanceof Stop.Breakpoint b && b.line == line) {
                return b;
            }
        }
        return null;
    }

    /**
     * Finds a breakpoint on the line of the first statement, where {@code run} pauses at once; counts the hit.
     *
     * @return the breakpoint, or null
     */
    Stop.Breakpoint breakpointAtStart() {
        if (pos != 0 || mid || statements[0] < 0) {
            return null;
        }
        int line = lineOfStatement(statements[0]);
        for (Stop s : stops) {
            if (s instanceof Stop.Breakpoint b && b.line == line) {
                b.hits++;
                return b;
            }
        }
        return null;
    }

    /** Reports the watchpoints that trace events from..to trigger; returns true if any did. */
    private boolean watchHits(long from, long to, boolean reverse) {
        boolean any = false;
        List<Stop.Watchpoint> watches = new ArrayList<>();
        for (Stop s : stops) {
            if (s instanceof Stop.Watchpoint w) {
                watches.add(w);
            }
        }
        if (watches.isEmpty() || from >= to) {
            return false;
        }
        List<TraceEvent> trace = sim.traceSince(from);
        long start = trace.isEmpty() ? to : trace.get(0).seq();
        int n = (int) Math.max(0, Math.min(trace.size(), to - start));
        for (int i = reverse ? n - 1 : 0; reverse ? i >= 0 : i < n; i += reverse ? -1 : 1) {
            TraceEvent e = trace.get(i);
            for (Stop.Watchpoint w : watches) {
                if (w.matches(e)) {
                    w.hits++;
                    reasons.add(Format.watchReport(w, e, reverse));
                    any = true;
                }
            }
            if (any && reverse) {
                break;
            }
        }
        return any;
    }

    // ----- going forwards --------------------------------------------------------------------------

    /** Decides at each boundary whether to pause there. */
    @FunctionalInterface
    private interface BoundaryTest {
        boolean stopAt(int k);
    }

    /**
     * Runs forwards, recording each boundary, until a test says to pause.
     *
     * @param test asked at each boundary
     * @param snapshotsUntil the boundaries up to this number keep a snapshot whatever their number (the
     *        few a stepping command passes); beyond it only every {@value #SPARSE}th does
     * @return the outcome
     */
    private Outcome forward(BoundaryTest test, int snapshotsUntil) {
        truncate(pos);
        interrupted = false;
        Outcome outcome = machine.runUntil((next, m) -> {
            record(size <= snapshotsUntil);
            if (test.stopAt(pos) || interrupted) {
                if (states[pos] == null) {
                    states[pos] = machine.snapshot();
                }
                return true;
            }
            return false;
        });
        pollOutput();
        return outcome;
    }

    /**
     * Runs to the next statement boundary.
     *
     * @return the outcome: paused, or how the script ended
     */
    Outcome step() {
        return forward(k -> true, Integer.MAX_VALUE);
    }

    /**
     * Runs to the next breakpoint, watchpoint or the end.
     *
     * @return the outcome
     */
    Outcome cont() {
        long[] checked = {sim.traceLength()};
        Outcome outcome = forward(k -> {
            boolean stop = false;
            Stop.Breakpoint b = breakpointAt(k);
            if (watchHits(checked[0], traceLengths[k], false)) {
                stop = true;
            }
            checked[0] = traceLengths[k];
            if (b != null) {
                b.hits++;
                reasons.add("Breakpoint " + b.number + ", " + loaded.fileName() + ":" + b.line);
                stop = true;
            }
            return stop;
        }, -1);
        if (outcome.isTerminal()) {
            watchHits(checked[0], sim.traceLength(), false);
        }
        if (interrupted && !outcome.isTerminal()) {
            reasons.add("Interrupted.");
        }
        return outcome;
    }

    /**
     * Runs until the next call into the simulator that produced trace events (a register access or an MMIO
     * API call), and pauses right after it, possibly in the middle of a statement.
     *
     * @return the outcome
     */
    Outcome stepAccess() {
        long before = sim.traceLength();
        int startPos = pos;
        boolean startMid = mid;
        ScriptMachine.State start = machine.snapshot();
        int startOutput = output.length();
        Outcome outcome = forward(k -> sim.traceLength() > before, pos + 64);
        if (outcome.isTerminal() || interrupted) {
            return outcome;
        }
        // The statement before boundary pos made the access: run it again from its start to the access.
        int r = pos - 1;
        if (r > startPos) {
            restoreTo(r);
            output.setLength(outputMarks[r]);
            truncate(r);
        } else {
            machine.restore(start);
            output.setLength(startOutput);
            truncate(startPos);
            pos = startPos;
            mid = startMid;
            resyncOutput();
        }
        Outcome after = machine.stepAccess();
        mid = !after.isTerminal();
        pollOutput();
        if (mid && atBoundary()) {
            record(true); // the access was the statement's last instruction: the next statement is due
        }
        return after;
    }

    /**
     * Tells whether the machine, paused after an access, stands before the next statement rather than inside
     * the one that made the access: then the statement it reports as current differs from the one that
     * ran last. (Inside a statement they are the same; a statement's code is never directly followed by its
     * own boundary, since loops jump back to it.)
     */
    private boolean atBoundary() {
        Optional<StatementInfo> current = machine.currentStatement();
        return current.isPresent() && machine.lastStatement()
                .map(last -> last.statement().id() != current.get().id()).orElse(true);
    }

    /**
     * Goes back to the beginning and pauses before the first statement.
     */
    void restart() {
        restoreTo(0);
        truncate(0);
        output.setLength(0);
    }

    // ----- going backwards -------------------------------------------------------------------------

    /**
     * Goes back to the previous statement boundary: the start of the statement in progress, or the one before.
     *
     * @return false if already at the start
     */
    boolean reverseStep() {
        int target = mid || machine.isTerminated() ? pos : pos - 1;
        if (target < 0) {
            return false;
        }
        restoreTo(target);
        return true;
    }

    /**
     * Goes back to the last boundary where a breakpoint pauses, or to the statement whose access triggered a
     * watchpoint (before it runs), or to the start.
     *
     * @return false if it went back to the start without finding one
     */
    boolean reverseContinue() {
        int target = mid || machine.isTerminated() ? pos : pos - 1;
        if (target < 0) {
            return false;
        }
        long now = sim.traceLength();
        for (int k = target; k >= 1; k--) {
            long end = k == pos ? now : traceLengths[k + 1];
            if (watchHits(traceLengths[k], end, true)) {
                restoreTo(k);
                return true;
            }
            Stop.Breakpoint b = breakpointAt(k);
            if (b != null) {
                b.hits++;
                reasons.add("Breakpoint " + b.number + ", " + loaded.fileName() + ":" + b.line);
                restoreTo(k);
                return true;
            }
        }
        restoreTo(0);
        return false;
    }

    /**
     * Returns the statement the machine stands at.
     *
     * @return the statement, or empty after the end
     */
    Optional<StatementInfo> current() {
        return machine.currentStatement();
    }
}
