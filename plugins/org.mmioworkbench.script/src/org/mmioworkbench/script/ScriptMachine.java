package org.mmioworkbench.script;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.mmioworkbench.c.internal.Insn;
import org.mmioworkbench.c.internal.Machine;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.Snapshot;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.script.internal.DebugExpression;
import org.mmioworkbench.script.internal.Lowering;
import org.mmioworkbench.script.internal.Program;
import org.mmioworkbench.script.internal.ScriptRuntime;

/**
 * Runs a {@link Script} on a {@link Simulator}, one instruction, statement, simulator access or run at a
 * time. Every call goes through the core's Java API as the script's current process, so it appears in
 * the simulator's trace; the machine keeps a side table from trace sequence numbers to statements.
 * Its whole state, together with the simulator's, can be captured with {@link #snapshot()} and put back
 * with {@link #restore(State)}, for a debugger that steps backwards. Not thread-safe: drive it from one
 * thread (a {@link StopCondition} may read a flag set by another, to pause it).
 */
public final class ScriptMachine {
    /** The process a script runs as before its first {@code process} statement. */
    private static final String INITIAL_PROCESS = "main";

    private final Script script;
    private final Program program;
    private final Simulator sim;
    private final ScriptRuntime runtime;
    private final Machine machine;
    /** How the script ended, or null while it can go on. */
    private Outcome end;

    /** How far one call of {@link #advance} runs. */
    private enum Mode { INSTRUCTION, STATEMENT, ACCESS, RUN }

    /**
     * The machine's state together with the simulator's, immutable; restore it with
     * {@link ScriptMachine#restore(State)} on the machine that took it, as often as wanted.
     */
    public static final class State {
        private final ScriptMachine owner;
        private final Machine.State machine;
        private final ScriptRuntime.Frozen runtime;
        private final Outcome end;
        private final Snapshot simulator;

        private State(ScriptMachine owner, Machine.State machine, ScriptRuntime.Frozen runtime, Outcome end,
                Snapshot simulator) {
            this.owner = owner;
            this.machine = machine;
            this.runtime = runtime;
            this.end = end;
            this.simulator = simulator;
        }

        /**
         * Returns the simulator's part of the state.
         *
         * @return the simulator snapshot taken with the machine's state
         */
        public Snapshot simulatorSnapshot() {
            return simulator;
        }
    }

    /**
     * Creates a machine with the default options (loop bound one million, standard environment).
     *
     * @param script the script
     * @param simulator the simulator to run it on
     * @param output where {@code printf} text and warnings go
     */
    public ScriptMachine(Script script, Simulator simulator, ScriptOutput output) {
        this(script, simulator, output, ScriptOptions.defaults());
    }

    /**
     * Creates a machine, paused before the script's first statement.
     *
     * @param script the script
     * @param simulator the simulator to run it on
     * @param output where {@code printf} text and warnings go
     * @param options the loop bound and environment
     */
    public ScriptMachine(Script script, Simulator simulator, ScriptOutput output, ScriptOptions options) {
        this.script = Objects.requireNonNull(script, "script");
        this.sim = Objects.requireNonNull(simulator, "simulator");
        this.runtime = new ScriptRuntime(script.fileName(), simulator, Objects.requireNonNull(output, "output"),
                Objects.requireNonNull(options, "options"));
        this.program = Lowering.lower(script.parsed(), script.fileName(), runtime);
        this.machine = new Machine(program.function(), simulator, INITIAL_PROCESS, script.fileName());
        runtime.attach(machine);
    }

    /**
     * Runs one instruction of the C machine the script is lowered to.
     *
     * @return {@link Outcome.Kind#PAUSED}, or the outcome that ended the script
     */
    public Outcome stepInstruction() {
        return advance(Mode.INSTRUCTION, null);
    }

    /**
     * Runs to the next statement boundary: finishes the statement in progress, or runs the next one, and
     * pauses before the statement after it. Loop conditions are statements, so each iteration pauses there.
     *
     * @return {@link Outcome.Kind#PAUSED}, or the outcome that ended the script
     */
    public Outcome step() {
        return advance(Mode.STATEMENT, null);
    }

    /**
     * The same as {@link #step()}: the language has no functions to step over.
     *
     * @return {@link Outcome.Kind#PAUSED}, or the outcome that ended the script
     */
    public Outcome next() {
        return step();
    }

    /**
     * Runs until the script has made its next call into the simulator that produced trace events (a
     * register access, an API call, an IPC transfer, a delay, a process start), possibly in the middle of
     * a statement, and pauses right after it.
     *
     * @return {@link Outcome.Kind#PAUSED}, or the outcome that ended the script
     */
    public Outcome stepAccess() {
        return advance(Mode.ACCESS, null);
    }

    /**
     * Runs to the end or to the first error.
     *
     * @return the outcome that ended the script
     */
    public Outcome run() {
        return advance(Mode.RUN, null);
    }

    /**
     * Runs until a condition asks to pause before a statement, to the end, or to the first error. The
     * statement the machine is paused at is run before the condition is first asked.
     *
     * @param condition asked before each further statement
     * @return {@link Outcome.Kind#PAUSED} if the condition paused it, else the outcome that ended the script
     */
    public Outcome runUntil(StopCondition condition) {
        return advance(Mode.RUN, Objects.requireNonNull(condition, "condition"));
    }

    private Outcome advance(Mode mode, StopCondition condition) {
        if (end != null) {
            return end;
        }
        Machine.Result r = switch (mode) {
            case INSTRUCTION -> machine.runOne();
            case STATEMENT -> machine.run(m -> true);
            case RUN -> machine.run(condition == null ? null
                    : m -> condition.shouldStop(program.statements().get(m.current().tag), this));
            case ACCESS -> {
                Machine.Result one;
                do {
                    long before = sim.traceLength();
                    one = settle(machine.runOne());
                    if (sim.traceLength() != before) {
                        break;
                    }
                } while (one.kind() == Machine.Kind.PAUSED);
                yield one;
            }
        };
        return conclude(settle(r));
    }

    /** The outcome of a run of the machine: paused, or the script's end (remembered). */
    private Outcome conclude(Machine.Result r) {
        switch (r.kind()) {
            case PAUSED -> {
                return outcome();
            }
            case EXITED -> end = Outcome.finished(script.fileName());
            case HALTED -> end = (Outcome) r.reason();
            default -> {
                // the machine's own errors (an expression nested too deeply for the Java stack)
                String m = r.message();
                int at = m.indexOf(": error: ");
                end = Outcome.error(Outcome.Kind.RUNTIME_ERROR, script.fileName(), currentStatement()
                        .map(StatementInfo::position).orElse(new SourcePosition(1, 1)), at < 0 ? m : m.substring(at + 9),
                        null);
            }
        }
        return end;
    }

    /**
     * Runs until a condition on the C machine pauses it at a statement boundary, an instruction asks the machine to
     * pause ({@link Machine#pauseAfterThisInstruction()}, a debugger's register watchpoint), or to the end: run control
     * for a debug engine that drives scripts and C programs alike on the C machine.
     *
     * @param stop asked at each statement boundary after the one the machine is paused at
     * @return {@link Outcome.Kind#PAUSED}, or the outcome that ended the script
     */
    public Outcome runUntil(Machine.Stop stop) {
        if (end != null) {
            return end;
        }
        return conclude(settle(machine.run(Objects.requireNonNull(stop, "stop"))));
    }

    /**
     * Returns the C machine the script is lowered onto, for a debug engine: its statement count, frames, current
     * instruction and pause requests.
     *
     * @return the machine
     */
    public Machine machine() {
        return machine;
    }

    /**
     * Evaluates an integer expression as the script would, without side effects, for a debugger's {@code print} and
     * {@code x}: numbers, characters, the variables that have a value ({@code hs.rid} too), predefined constants and
     * the script's {@code #define}s, operators and casts; no calls.
     *
     * @param expression the expression
     * @return its value, 64 bits
     * @throws ScriptException for a mistake, with the reason in {@link ScriptException#detail()}
     */
    public long evaluate(String expression) {
        return DebugExpression.evaluate(expression, script.parsed(), variables());
    }

    /**
     * Returns the C type of each variable that has a value: the type it was last declared with, else
     * {@code uint64_t} ({@code Handle} for the fields of an {@code IoMemHandles}).
     *
     * @return names and type names, in the order of {@link #variables()}
     */
    public Map<String, String> variableTypes() {
        return program.types(machine.top().s);
    }

    /** A pause before the end of the program is its end: the script has finished. */
    private Machine.Result settle(Machine.Result r) {
        if (r.kind() == Machine.Kind.PAUSED && machine.current().op == Insn.RET) {
            return machine.runOne();
        }
        return r;
    }

    /**
     * Returns where the machine stands.
     *
     * @return paused (at {@link #currentStatement()}), or the outcome that ended the script
     */
    public Outcome outcome() {
        if (end != null) {
            return end;
        }
        return Outcome.paused(script.fileName(), currentStatement().map(StatementInfo::position).orElse(null));
    }

    /**
     * Tells whether the script has ended (finished or stopped by an error).
     *
     * @return true if no more steps can run
     */
    public boolean isTerminated() {
        return end != null;
    }

    /**
     * Returns the statement the machine stands at: the one about to run when paused at a boundary, the
     * one in progress after {@link #stepInstruction()} or {@link #stepAccess()}, or the one that failed.
     *
     * @return the statement, or empty before a script with no statements and after it finished
     */
    public Optional<StatementInfo> currentStatement() {
        if (end != null && end.kind() == Outcome.Kind.FINISHED) {
            return Optional.empty();
        }
        Insn next = machine.current();
        if (end == null && next != null && next.stmt) {
            return Optional.of(program.statements().get(next.tag));
        }
        return lastStarted();
    }

    private Optional<StatementInfo> lastStarted() {
        int id = machine.statementTag();
        return id < 0 ? Optional.empty() : Optional.of(program.statements().get(id));
    }

    /**
     * Returns the statement that ran last (or is in progress) and the trace events it produced so far,
     * so a console can print the accesses a step made.
     *
     * @return the statement and its event range, or empty before the first statement
     */
    public Optional<ExecutedStatement> lastStatement() {
        Optional<StatementInfo> last = lastStarted();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        long first = runtime.statementFirstEvent();
        String process = runtime.statementProcess();
        if (first < 0) {
            first = sim.traceLength();
            process = machine.processName();
        }
        return Optional.of(new ExecutedStatement(last.get(), process, first, Math.max(first, sim.traceLength())));
    }

    /**
     * Returns the trace events of {@link #lastStatement()} that the simulator's trace window still holds.
     *
     * @return the events, possibly none
     */
    public List<TraceEvent> lastStatementEvents() {
        Optional<ExecutedStatement> last = lastStatement();
        if (last.isEmpty()) {
            return List.of();
        }
        List<TraceEvent> events = sim.traceSince(last.get().firstEvent());
        long from = events.isEmpty() ? last.get().firstEvent() : events.get(0).seq();
        return events.subList(0, (int) Math.max(0, Math.min(events.size(), last.get().endEvent() - from)));
    }

    /**
     * Tells which statement caused a trace event, for writing the script line into a trace file.
     *
     * @param seq the event's sequence number
     * @return the statement, or empty if the event did not come from this script or is older than the
     *         simulator's trace window
     */
    public Optional<StatementInfo> statementOfEvent(long seq) {
        int id = runtime.origins().statementOf(seq);
        return id < 0 ? Optional.empty() : Optional.of(program.statements().get(id));
    }

    /**
     * Returns the process the script runs as now.
     *
     * @return {@code main} before the first {@code process} statement, else the last one named
     */
    public String process() {
        return machine.processName();
    }

    /**
     * Returns the variables that have a value, in order of first appearance in the script; the fields of
     * an {@code IoMemHandles} structure appear as {@code NAME.rid} and {@code NAME.handle}.
     *
     * @return names and values (unsigned 64-bit)
     */
    public Map<String, Long> variables() {
        return program.values(machine.top().s);
    }

    /**
     * Captures the machine's whole state and the simulator's.
     *
     * @return an immutable state
     */
    public State snapshot() {
        return new State(this, machine.snapshot(), runtime.freeze(), end, sim.snapshot());
    }

    /**
     * Puts the machine and the simulator back exactly as they were when a state was captured; running on
     * from there repeats the same continuation (same trace, same output).
     *
     * @param saved a state captured by this machine's {@link #snapshot()}
     * @throws IllegalArgumentException for a state of another machine
     */
    public void restore(State saved) {
        if (Objects.requireNonNull(saved, "saved").owner != this) {
            throw new IllegalArgumentException("the state was captured by another script machine");
        }
        sim.restore(saved.simulator);
        machine.restore(saved.machine);
        runtime.thaw(saved.runtime);
        end = saved.end;
    }

    /**
     * Returns the script.
     *
     * @return the script this machine runs
     */
    public Script script() {
        return script;
    }

    /**
     * Returns the simulator.
     *
     * @return the simulator this machine runs on
     */
    public Simulator simulator() {
        return sim;
    }
}
