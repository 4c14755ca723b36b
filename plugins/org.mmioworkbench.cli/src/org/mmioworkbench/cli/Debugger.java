package org.mmioworkbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.SourceLine;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.debug.SerialConsoles;
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
 * statement runs; boundary 0 is the start) is numbered. Going back to a boundary restores the nearest
 * checkpoint at or before it (a {@link ScriptMachine.State} snapshot, which puts every register, region,
 * handle, variable, console and the trace window back exactly) and runs forwards from there to the boundary,
 * silently: the simulation is deterministic, so it does what it did before. Going forwards after going back
 * runs the script again. So that any run, and any number of steps back, fits in a bounded memory, the
 * checkpoints thin themselves out:
 * <ul>
 * <li>the start (boundary 0) is always kept, so every boundary can be reached again;</li>
 * <li>in the last {@value #DENSE} boundaries, every {@value #SPARSE}th keeps one, and so do the last
 * {@value #STEPPED} boundaries a command stopped at (a reverse step there costs no re-execution);</li>
 * <li>further back, at most {@value #FAR}: when there are more, the one whose removal leaves the smallest gap
 * for its distance from the present goes, so they end up spaced roughly geometrically (going back
 * {@code d} statements re-executes a fraction of {@code d}).</li>
 * </ul>
 * Going back to a boundary far from any checkpoint re-executes the gap once and leaves checkpoints on the way
 * (the dense ones near the target, and a few spread over the gap), so the next steps back are cheap again. A
 * snapshot holds at most the simulator's trace window, so the history holds at most about
 * {@code (16 + STEPPED + FAR)} windows however long the run; a checkpoint made while going back is never kept
 * for the target itself, whose re-executed trace is a copy of storage another checkpoint already holds.
 * Reverse stepping is exact everywhere; {@code reverse-continue} re-executes the history segment by segment,
 * newest first, to find the last breakpoint or watchpoint hit.
 * <p>
 * <b>Output.</b> What the script prints, what the UARTs transmit and the simulated kernel's diagnostics
 * are collected while a command runs and handed to the console when it ends ({@link #takeOutput}).
 */
final class Debugger {
    /** How many of the most recent boundaries have checkpoints every {@value #SPARSE} boundaries. */
    static final long DENSE = 4096;
    /** The spacing of checkpoints in the dense part. */
    static final long SPARSE = 256;
    /** How many of the boundaries commands stopped at keep their checkpoint (in the dense part). */
    static final int STEPPED = 64;
    /** How many checkpoints are kept further back than the dense part (besides the start). */
    static final int FAR = 24;

    /** A boundary with a snapshot, what was known there, and the boundary before it. */
    private record Checkpoint(long position, ScriptMachine.State state, int statement, int statementBefore,
            long traceLength, int outputMark, int outputMarkBefore) {
    }

    final LoadedScript loaded;
    final Simulator sim;
    final ScriptMachine machine;
    private final SerialConsoles consoles;
    private final ByteBuffer output = new ByteBuffer();
    private boolean replaying;
    private long polledTrace = -1;
    private long diagnosed;

    private final TreeMap<Long, Checkpoint> checkpoints = new TreeMap<>();
    /** The boundary the machine is at, or (when {@link #mid}) whose statement is in progress. */
    private long pos;
    /** True when paused in the middle of the statement after boundary {@link #pos} (after stepi). */
    private boolean mid;
    /** The statement about to run at boundary {@link #pos}, and the one at the boundary before (-1: none). */
    private int statementHere = -1;
    private int statementBefore = -1;
    /** The trace length at boundary {@link #pos}. */
    private long traceHere;
    /** The output buffer's length at boundary {@link #pos} and at the boundary before. */
    private int outputHere;
    private int outputBefore;

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
     * @param traceWindow how many of the most recent trace events the simulator keeps
     */
    Debugger(LoadedScript loaded, int traceWindow) {
        this.loaded = loaded;
        this.sim = new Simulator(loaded.board(), traceWindow);
        this.consoles = new SerialConsoles(sim);
        this.machine = new ScriptMachine(loaded.script(), sim, ScriptOutput.of(this::printed, this::warned),
                ScriptOptions.defaults());
        for (String note : loaded.notes()) {
            output.appendText(note + "\n");
        }
        pollOutput();
        arrive(true);
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
        long count = sim.diagnosticCount();
        if (count > diagnosed) {
            SourceLine at = machine.lastStatement().map(s -> new SourceLine(loaded.fileName(), s.statement().line()))
                    .orElse(null);
            for (String line : RunCommand.newDiagnostics(sim, diagnosed, at)) {
                output.newLine();
                output.appendText(line + "\n");
            }
            diagnosed = count;
        }
    }

    /** Takes the state as it is now as already shown (after going back in time). */
    private void resyncOutput() {
        consoles.resync();
        diagnosed = sim.diagnosticCount();
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
     * Takes note of the boundary the machine has just reached going forwards ({@link #pos} already counts it).
     *
     * @param checkpoint true to keep a checkpoint here whatever its number (a boundary a command stops at)
     */
    private void arrive(boolean checkpoint) {
        pollOutput();
        statementBefore = statementHere;
        statementHere = machine.currentStatement().map(StatementInfo::id).orElse(-1);
        traceHere = sim.traceLength();
        outputBefore = outputHere;
        outputHere = output.length();
        mid = false;
        if (checkpoint || pos % SPARSE == 0) {
            addCheckpoint();
        }
    }

    /** Keeps a checkpoint at the boundary the machine is at, and thins the others out. */
    private void addCheckpoint() {
        if (!checkpoints.containsKey(pos)) {
            checkpoints.put(pos, new Checkpoint(pos, machine.snapshot(), statementHere, statementBefore, traceHere,
                    outputHere, outputBefore));
            thin();
        }
    }

    /** Keeps the checkpoints the class comment promises, and no more. */
    private void thin() {
        long denseFrom = pos - DENSE;
        int stepped = 0;
        for (Long p : checkpoints.descendingKeySet().toArray(Long[]::new)) {
            if (p > denseFrom && p % SPARSE != 0 && p != pos && ++stepped > STEPPED) {
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
                long gap = checkpoints.higherKey(p) - checkpoints.lowerKey(p);
                double relative = (double) gap / (pos - p);
                if (relative < worstGap) {
                    worstGap = relative;
                    worst = p;
                }
            }
            checkpoints.remove(worst);
        }
    }

    /** Restores a checkpoint, without forgetting what comes after it. */
    private void load(Checkpoint c) {
        machine.restore(c.state());
        pos = c.position();
        statementHere = c.statement();
        statementBefore = c.statementBefore();
        traceHere = c.traceLength();
        outputHere = c.outputMark();
        outputBefore = c.outputMarkBefore();
        mid = false;
    }

    /** Runs one statement silently while re-executing history, taking note of the boundary it reaches. */
    private void replayStep() {
        machine.step();
        pos++;
        statementBefore = statementHere;
        statementHere = machine.currentStatement().map(StatementInfo::id).orElse(-1);
        traceHere = sim.traceLength();
        outputBefore = outputHere;
    }

    /**
     * Puts the machine back at a boundary of the history: restores the nearest checkpoint before it and runs
     * forwards to it, leaving checkpoints on the way. Forgets the history after it.
     */
    private void restoreTo(long k) {
        checkpoints.tailMap(k, false).clear();
        Checkpoint c = checkpoints.floorEntry(k).getValue();
        load(c);
        if (pos < k) {
            long gap = k - pos;
            long spread = Math.max(SPARSE, (gap / 8 + SPARSE - 1) / SPARSE * SPARSE);
            replaying = true;
            try {
                while (pos < k) {
                    replayStep();
                    if (pos < k && pos % SPARSE == 0 && (pos > k - DENSE || (pos - c.position()) % spread == 0)) {
                        addCheckpoint();
                    }
                }
            } finally {
                replaying = false;
            }
        }
        resyncOutput();
    }

    /**
     * Returns the boundary the machine is at (or whose statement is in progress).
     *
     * @return the number of statements run before it since the start
     */
    long position() {
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

    /**
     * Returns how many checkpoints the history keeps (for tests of the thinning).
     *
     * @return the number of snapshots held
     */
    int checkpointCount() {
        return checkpoints.size();
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

    /** The breakpoint that pauses the machine at a boundary (k >= 1) with these statements, or null. */
    private Stop.Breakpoint breakpointAt(long k, int statement, int before) {
        if (k < 1 || statement < 0) {
            return null;
        }
        int line = lineOfStatement(statement);
        if (lineOfStatement(before) == line && statement > before) {
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
        if (pos != 0 || mid || statementHere < 0) {
            return null;
        }
        int line = lineOfStatement(statementHere);
        for (Stop s : stops) {
            if (s instanceof Stop.Breakpoint b && b.line == line) {
                b.hits++;
                return b;
            }
        }
        return null;
    }

    private List<Stop.Watchpoint> watchpoints() {
        List<Stop.Watchpoint> watches = new ArrayList<>();
        for (Stop s : stops) {
            if (s instanceof Stop.Watchpoint w) {
                watches.add(w);
            }
        }
        return watches;
    }

    /** The trace events from..to that the trace window still holds. */
    private List<TraceEvent> events(long from, long to) {
        if (from >= to) {
            return List.of();
        }
        List<TraceEvent> trace = sim.traceSince(from);
        long start = trace.isEmpty() ? to : trace.get(0).seq();
        return trace.subList(0, (int) Math.max(0, Math.min(trace.size(), to - start)));
    }

    /** Reports the watchpoints that trace events from..to trigger; returns true if any did. */
    private boolean watchHits(long from, long to) {
        List<Stop.Watchpoint> watches = watchpoints();
        if (watches.isEmpty()) {
            return false;
        }
        boolean any = false;
        for (TraceEvent e : events(from, to)) {
            for (Stop.Watchpoint w : watches) {
                if (w.matches(e)) {
                    w.hits++;
                    reasons.add(Format.watchReport(w, e, false));
                    any = true;
                }
            }
        }
        return any;
    }

    /** The last event from..to that triggers a watchpoint, or null. */
    private static TraceEvent lastWatched(List<Stop.Watchpoint> watches, List<TraceEvent> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            for (Stop.Watchpoint w : watches) {
                if (w.matches(events.get(i))) {
                    return events.get(i);
                }
            }
        }
        return null;
    }

    /** Reports the watchpoints an event triggers, going backwards. */
    private void reportBackwards(List<Stop.Watchpoint> watches, TraceEvent e) {
        for (Stop.Watchpoint w : watches) {
            if (w.matches(e)) {
                w.hits++;
                reasons.add(Format.watchReport(w, e, true));
            }
        }
    }

    // ----- going forwards --------------------------------------------------------------------------

    /** Decides at each boundary whether to pause there. */
    @FunctionalInterface
    private interface BoundaryTest {
        boolean stopAt(long k);
    }

    /**
     * Runs forwards, taking note of each boundary, until a test says to pause.
     *
     * @param test asked at each boundary
     * @param checkpointsUntil the boundaries up to this number keep a checkpoint whatever their number (the
     *        few a stepping command passes); beyond it only every {@value #SPARSE}th does
     * @return the outcome
     */
    private Outcome forward(BoundaryTest test, long checkpointsUntil) {
        checkpoints.tailMap(pos, false).clear();
        interrupted = false;
        Outcome outcome = machine.runUntil((next, m) -> {
            pos++;
            arrive(pos <= checkpointsUntil);
            if (test.stopAt(pos) || interrupted) {
                addCheckpoint();
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
        return forward(k -> true, Long.MAX_VALUE);
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
            Stop.Breakpoint b = breakpointAt(k, statementHere, statementBefore);
            if (watchHits(checked[0], traceHere)) {
                stop = true;
            }
            checked[0] = traceHere;
            if (b != null) {
                b.hits++;
                reasons.add("Breakpoint " + b.number + ", " + loaded.fileName() + ":" + b.line);
                stop = true;
            }
            return stop;
        }, -1);
        if (outcome.isTerminal()) {
            watchHits(checked[0], sim.traceLength());
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
        long startPos = pos;
        boolean startMid = mid;
        int startStatement = statementHere;
        int startBefore = statementBefore;
        long startTrace = traceHere;
        int startOutputHere = outputHere;
        int startOutputBefore = outputBefore;
        ScriptMachine.State start = machine.snapshot();
        int startOutput = output.length();
        Outcome outcome = forward(k -> sim.traceLength() > before, pos + 64);
        if (outcome.isTerminal() || interrupted) {
            return outcome;
        }
        // The statement before boundary pos made the access: run it again from its start to the access.
        long r = pos - 1;
        if (r > startPos) {
            int mark = outputBefore;
            restoreTo(r);
            output.setLength(mark);
        } else {
            checkpoints.tailMap(startPos, false).clear();
            machine.restore(start);
            output.setLength(startOutput);
            pos = startPos;
            mid = startMid;
            statementHere = startStatement;
            statementBefore = startBefore;
            traceHere = startTrace;
            outputHere = startOutputHere;
            outputBefore = startOutputBefore;
            resyncOutput();
        }
        Outcome after = machine.stepAccess();
        mid = !after.isTerminal();
        pollOutput();
        if (mid && atBoundary()) {
            pos++;
            arrive(true); // the access was the statement's last instruction: the next statement is due
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
        output.setLength(0);
        outputHere = 0;
    }

    // ----- going backwards -------------------------------------------------------------------------

    /**
     * Goes back up to {@code n} statement boundaries: to the start of the statement in progress (or the last
     * one, after the end), then to the ones before.
     *
     * @param n how many, at least 1
     * @return how many it went back: fewer than {@code n} when it reached the start, 0 if it was there
     */
    long reverseStep(long n) {
        long first = mid || machine.isTerminated() ? pos : pos - 1;
        if (first < 0) {
            return 0;
        }
        long target = Math.max(0, first - (n - 1));
        restoreTo(target);
        return first - target + 1;
    }

    /**
     * Goes back to the last boundary where a breakpoint pauses, or to the statement whose access triggered a
     * watchpoint (before it runs), or to the start. Re-executes the history segment by segment, from the
     * newest checkpoint back, to find it.
     *
     * @return false if it went back to the start without finding one
     */
    boolean reverseContinue() {
        long target = mid || machine.isTerminated() ? pos : pos - 1;
        if (target < 0) {
            return false;
        }
        List<Stop.Watchpoint> watches = watchpoints();
        if (target == pos) {
            // the statement in progress, or the last one: its events so far are in the trace now
            TraceEvent e = lastWatched(watches, events(traceHere, sim.traceLength()));
            Stop.Breakpoint b = breakpointAt(pos, statementHere, statementBefore);
            if (e != null || b != null) {
                report(watches, e, b);
                restoreTo(pos);
                return true;
            }
        }
        long end = pos; // boundaries before this one are still to search
        while (end > 1) {
            Checkpoint c = checkpoints.floorEntry(end - 1).getValue();
            load(c);
            long hit = -1;
            TraceEvent hitEvent = null;
            Stop.Breakpoint hitBreak = null;
            replaying = true;
            try {
                while (pos < end && !machine.isTerminated()) {
                    long k = pos;
                    Stop.Breakpoint b = breakpointAt(k, statementHere, statementBefore);
                    long from = traceHere;
                    replayStep();
                    TraceEvent e = lastWatched(watches, events(from, traceHere));
                    if (k >= 1 && (e != null || b != null)) {
                        hit = k;
                        hitEvent = e;
                        hitBreak = e != null ? null : b;
                    }
                }
            } finally {
                replaying = false;
            }
            if (hit >= 0) {
                report(watches, hitEvent, hitBreak);
                restoreTo(hit);
                return true;
            }
            end = c.position();
        }
        restoreTo(0);
        return false;
    }

    /** Reports a hit found going backwards: the watchpoints an event triggers, else a breakpoint. */
    private void report(List<Stop.Watchpoint> watches, TraceEvent e, Stop.Breakpoint b) {
        if (e != null) {
            reportBackwards(watches, e);
        } else {
            b.hits++;
            reasons.add("Breakpoint " + b.number + ", " + loaded.fileName() + ":" + b.line);
        }
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
