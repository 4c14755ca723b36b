package org.mmioworkbench.debug;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.mmioworkbench.c.CCompileException;
import org.mmioworkbench.c.CMachine;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.c.internal.Evaluator;
import org.mmioworkbench.c.internal.Evaluator.EvalException;
import org.mmioworkbench.c.internal.Fn;
import org.mmioworkbench.c.internal.Insn;
import org.mmioworkbench.c.internal.Machine;
import org.mmioworkbench.c.internal.Mailbox;
import org.mmioworkbench.c.internal.Pos;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.SimulatorListener;
import org.mmioworkbench.core.Snapshot;
import org.mmioworkbench.core.SourceLine;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.TraceOrigins;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.devices.RegisterFileDevice;
import org.mmioworkbench.core.state.RegisterState;
import org.mmioworkbench.script.Script;
import org.mmioworkbench.script.ScriptMachine;
import org.mmioworkbench.script.ScriptOptions;
import org.mmioworkbench.script.ScriptOutput;

/**
 * A program on the C interpreter under a debugger — a C driver, or a {@code *.mmio} script lowered onto the same
 * interpreter ({@link #forScript}) — with run control forward and back, breakpoints, watches and expressions, typed
 * results and a {@link DebugListener} instead of console text. The terminal consoles of {@code mmio-sim debug} (for C
 * and for scripts) and the Eclipse debug model are front ends over it.
 *
 * <p>Going back restores the nearest checkpoint of the program and the simulator ({@link History}: dense near the
 * present, thinned out further back, so that memory stays bounded however long the run) and runs forward again to
 * the statement wanted, leaving checkpoints on the way; that replay is exact, because the machine and the simulator
 * are deterministic, and the program's output during it is not given again.
 *
 * <p>Run control is meant for one thread at a time; {@link #requestSuspend()} may be called from any thread.
 */
public final class CDebugSession {
    private final Debuggee program;
    private final Machine vm;
    private final Simulator sim;
    private final Evaluator evaluator;
    private final History history = new History();
    /** Changed from any thread (an Eclipse breakpoint set while the program runs), read by the run at each statement. */
    private final List<Breakpoint> breaks = new CopyOnWriteArrayList<>();
    private final List<Watch> watches = new ArrayList<>();
    /** Changed from any thread, read by the simulator's listener at each access of a forward run. */
    private final List<RegisterWatch> registerWatches = new CopyOnWriteArrayList<>();
    /** The condition, ignore count and hits of breakpoints that have any (changed from any thread). */
    private final Map<Breakpoint, BreakState> states = new ConcurrentHashMap<>();
    /** The breakpoint that stopped the current forward run; null when none did. */
    private Breakpoint stoppedAt;
    /** Why the condition of the breakpoint that stopped the run could not be tested; null when it could. */
    private String conditionError;

    /** A breakpoint's condition (parsed once per function it is tested in) and counts. */
    private static final class BreakState {
        volatile String condition;
        volatile int ignore;
        volatile int hits;
        final Map<String, Evaluator.Parsed> parsed = new ConcurrentHashMap<>();
    }

    /** How many times each register watchpoint suspended the program, going forward or back. */
    private final Map<RegisterWatch, Integer> registerHits = new ConcurrentHashMap<>();
    /** True while going back searches the history for a register watchpoint's access. */
    private boolean searchingAccesses;
    /** Accesses from this trace sequence number on are not searched (they come after the place the search began). */
    private long searchTraceLimit;
    /** The latest watched access the search found in the stretch it replays, and the boundary before its statement. */
    private SuspendReason.RegisterWatchTriggered searchHit;
    private long searchHitAt;
    /** The statement boundary the search back last asked its condition at. */
    private long searchBoundary;
    /** The access that ended the current forward run (a register watchpoint's, or a step to an access); or null. */
    private SuspendReason accessHit;
    /** True while {@link #stepToAccess()} runs: the program's next access ends it. */
    private boolean accessStepping;
    /** True while a run goes forward for the user (not while going back replays or searches). */
    private boolean forward;
    private final List<DebugListener> listeners = new CopyOnWriteArrayList<>();
    /** The value of each watch at the statement boundary last passed going forward (null: it could not be read). */
    private Long[] watched = new Long[0];
    /** Breakpoints and watches share one numbering, as in gdb. */
    private int numbered; // guarded by this
    private CMachine.Outcome end;
    private boolean replaying;
    private volatile boolean suspendRequested;
    /** Called every 1,024 statements of a run forward, e.g. to show what the UARTs sent meanwhile; may be null. */
    private Runnable progress;
    private long progressMask = 1023;
    /** The watch change that stopped the current run; null when none did. */
    private SuspendReason.WatchTriggered hit;
    /** A watch on a local whose frame returned during the current run. */
    private Watch scopeLeft;
    /** The source line of each event of the trace window that the program's statements made. */
    private EventOrigins origins;
    /** The event {@link #goBackToEvent(long)} replays to; -1 when none. */
    private long travelTo = -1;
    /** The event after whose access the program last paused mid-statement (a watch, a step to access, going back). */
    private long pausedAfter = -1;

    /**
     * Prepares a program, paused before its first statement.
     *
     * @param program the compiled program
     * @param sim the simulator it runs on
     * @param process the name of its process
     * @param output where the program's standard output goes (not given again while going back replays)
     * @throws CCompileException for an error found when laying out and lowering the program
     */
    public CDebugSession(CProgram program, Simulator sim, String process, CMachine.Output output)
            throws CCompileException {
        Objects.requireNonNull(output, "output");
        this.sim = sim;
        this.program = Debuggee.C.compile(program, sim, process, b -> {
            if (!replaying) {
                output.print(b);
            }
        });
        this.vm = this.program.machine();
        this.evaluator = new Evaluator(vm, sim, process);
        attach();
    }

    private CDebugSession(Simulator sim, ScriptOutput given, Script script, ScriptOptions options) {
        this.sim = sim;
        ScriptMachine m = new ScriptMachine(script, sim, ScriptOutput.of(text -> {
            if (!replaying) {
                given.print(text);
            }
        }, message -> {
            if (!replaying) {
                given.warning(message);
            }
        }), options);
        this.program = new Debuggee.Script(m);
        this.vm = m.machine();
        this.evaluator = new Evaluator(vm, sim, m.process());
        attach();
    }

    /**
     * Prepares a script, paused before its first statement: the script is lowered onto the C interpreter and debugged
     * as a C program is, with one frame (the script's file) whose variables are the script's, and the script
     * language's own expressions ({@link #evaluate}).
     *
     * @param script the parsed script
     * @param sim the simulator it runs on (a fresh one, on the script's board)
     * @param options the loop bound and environment
     * @param output where {@code printf} text and warnings go (not given again while going back replays)
     * @return the session
     */
    public static CDebugSession forScript(Script script, Simulator sim, ScriptOptions options, ScriptOutput output) {
        return new CDebugSession(Objects.requireNonNull(sim, "sim"), Objects.requireNonNull(output, "output"),
                Objects.requireNonNull(script, "script"), Objects.requireNonNull(options, "options"));
    }

    private void attach() {
        // the kernel's diagnostics name the statement of this program that caused them
        sim.setSourceLocator(p -> p.equals(vm.processName()) ? statementPlace().orElse(null) : null);
        this.origins = new EventOrigins(sim.traceWindow());
        sim.addListener(new SimulatorListener() {
            @Override
            public void traced(TraceEvent e) {
                eventMade(e);
                TraceSink sink = traceSink;
                if (sink != null && !replaying) {
                    boolean ours = e.actor().equals(vm.processName());
                    Pos at = ours ? vm.statementPos() : null;
                    sink.event(e, at == null || at.line() < 1 ? null : new SourceLine(at.file(), at.line()),
                            ours && at != null ? vm.statementFunction() : null);
                }
                accessMade(e);
            }

            @Override
            public void restored(Snapshot snapshot) {
                origins.forgetFrom(snapshot.traceLength());
            }
        });
        history.add(0, program.snapshot(), 0);
    }

    /**
     * The script machine of a session made by {@link #forScript}, for what only a script has (its statements, the
     * process it runs as, how it ended in the script's own terms); empty for a C program.
     */
    public Optional<ScriptMachine> script() {
        return program instanceof Debuggee.Script s ? Optional.of(s.program()) : Optional.empty();
    }

    /** The simulator the program runs on. */
    public Simulator simulator() {
        return sim;
    }

    /** Where every event the program makes as it runs goes (a launch's trace file), or null. */
    private volatile TraceSink traceSink;

    /** Takes each event of the trace as the program makes it, with the statement that made it. */
    @FunctionalInterface
    public interface TraceSink {
        /**
         * Takes one event, on the thread that made it.
         *
         * @param e the event
         * @param at the file and line of the program's statement that made it, or null (the kernel's, a device's)
         * @param function the function of that statement (C), or null
         */
        void event(TraceEvent e, SourceLine at, String function);
    }

    /**
     * Sends every event of the trace to a sink as it happens: what the program makes going forward, and what a
     * debugger's reads and writes make while it is suspended; not what going back makes again (a trace file is the
     * run as it happened, so after going back the events made again going forward are there again).
     *
     * @param sink the sink, or null for none
     */
    public void setTraceSink(TraceSink sink) {
        this.traceSink = sink;
    }

    /** Adds a listener; it is told of what happens from now on. */
    public void addListener(DebugListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(DebugListener listener) {
        listeners.remove(listener);
    }

    // ------------------------------------------------------------------ inspection

    /** The call stack, innermost first; empty once the program has ended. */
    public List<Machine.FrameView> frames() {
        return vm.frames();
    }

    /**
     * The call stack with typed variables, innermost first; empty once the program has ended. Read now, from the
     * state the session is suspended in: a front end asks again after each suspend.
     */
    public List<CallFrame> callStack() {
        return end != null ? List.of() : program.callStack(evaluator);
    }

    /**
     * Evaluates an integer (or pointer) expression in a frame, without side effects: a C expression for a C program,
     * the script language's own for a script.
     *
     * @param expression the expression
     * @param frame the frame's number, 0 being the innermost
     * @return its value, 64 bits
     * @throws EvalException with the reason
     */
    public long evaluate(String expression, int frame) {
        return program.evaluate(evaluator, expression, frame);
    }

    /**
     * Whether the program is paused in the middle of a statement (after an access: a register watchpoint, a step to
     * an access), rather than before one. After the last instruction of a statement it stands before the next one.
     */
    public boolean inStatement() {
        Insn in = vm.current();
        return end == null && vm.pausedMidStatement() && in != null && !in.stmt;
    }

    /**
     * Has a task run every 1,024 statements while the program runs forward (not while going back replays), on the
     * thread that runs it: a front end shows the UARTs' output as it appears with it.
     */
    public void setProgress(Runnable task) {
        setProgress(task, 1024);
    }

    /**
     * Has a task run every {@code period} statements while the program runs forward (not while going back replays),
     * on the thread that runs it: a terminal shows what each statement made the UARTs send and the kernel diagnose,
     * in order, with a period of 1.
     *
     * @param task the task, or null for none
     * @param period a power of two
     */
    public void setProgress(Runnable task, int period) {
        if (period < 1 || Integer.bitCount(period) != 1) {
            throw new IllegalArgumentException("period " + period);
        }
        this.progressMask = period - 1;
        this.progress = task;
    }

    /** The file and line of the statement running now (or last run), if any: where a diagnostic came from. */
    public Optional<SourceLine> statementPlace() {
        Pos p = vm.statementPos();
        return p == null || p.line() < 1 ? Optional.empty() : Optional.of(new SourceLine(p.file(), p.line()));
    }

    /**
     * Evaluates an expression in a frame, as gdb's {@code print} does and an editor's hover shows it: without side
     * effects (registers in an MMIO mapping are peeked; assignments and calls are refused). A C expression for a C
     * program, the script language's own for a script.
     *
     * @param expression the C expression
     * @param frame the frame's number, 0 being the innermost
     * @return the value as a variable named by the expression (with children for structures)
     * @throws EvalException when it cannot be parsed or evaluated there
     */
    public Variable inspect(String expression, int frame) {
        if (program instanceof Debuggee.Script) {
            // a script's expressions are integers of the script language, 64 bits
            return Variable.of(evaluator, expression.strip(), org.mmioworkbench.c.internal.CType.ULONG,
                    program.evaluate(evaluator, expression, frame));
        }
        Evaluator.Parsed e = evaluator.parse(expression, frame);
        Evaluator.Value v = evaluator.evaluate(e);
        return Variable.of(evaluator, e.text(), v.type(), v.value());
    }

    /**
     * The device register that a virtual address of this session's process falls on, through one of its MMIO
     * mappings, with its value read without side effects.
     *
     * @param virtualAddress an address of the process
     * @return the register, or empty when the address is in no mapping or on no register
     */
    public Optional<MappedRegister> registerAt(long virtualAddress) {
        return MappedRegister.at(sim, vm.processName(), virtualAddress);
    }

    /** The evaluator of expressions in this session's frames. */
    public Evaluator evaluator() {
        return evaluator;
    }

    /** How the program ended, or null while it has not. */
    public CMachine.Outcome outcome() {
        return end;
    }

    /** The number of statements run (or begun) since the start (going back lowers it). */
    public long statements() {
        return vm.steps();
    }

    /** How many checkpoints going back keeps now (bounded however long the run). */
    public int checkpointCount() {
        return history.size();
    }

    /** The breakpoints, in the order they were set. */
    public List<Breakpoint> breakpoints() {
        return List.copyOf(breaks);
    }

    /** The watches, in the order they were set. */
    public List<Watch> watches() {
        return List.copyOf(watches);
    }

    // ------------------------------------------------------------------ breakpoints and watches

    /** Installs a breakpoint at the first statement of a function; may be called from any thread. */
    public synchronized Breakpoint breakAtFunction(String function) {
        Breakpoint b = new Breakpoint(++numbered, Objects.requireNonNull(function), null, 0);
        breaks.add(b);
        return b;
    }

    /**
     * Installs a breakpoint at the statements of a line; may be called from any thread, also while the program runs.
     *
     * @param file the file (a path, its end or its name), or empty for the line in any file
     * @param line the line, from 1
     */
    public synchronized Breakpoint breakAtLine(String file, int line) {
        Breakpoint b = new Breakpoint(numbered + 1, null, file, line); // checks the line before it takes a number
        numbered++;
        breaks.add(b);
        return b;
    }

    /**
     * Installs a watch on an expression of integer or pointer type, in the scope of a frame.
     *
     * @param expression the C expression
     * @param frame the frame's number, 0 being the innermost
     * @throws EvalException when it cannot be parsed or evaluated there, or is not a scalar
     */
    public Watch watch(String expression, int frame) {
        Evaluator.Parsed e = evaluator.parse(expression, frame);
        evaluator.evaluate(e);
        if (!e.type().isScalar()) {
            throw new EvalException("Can watch only an expression of integer or pointer type; \"" + e.text()
                    + "\" is a " + e.type() + ".");
        }
        Watch w;
        synchronized (this) {
            w = new Watch(++numbered, e);
        }
        watches.add(w);
        watched = watchValues();
        return w;
    }

    /**
     * Deletes a breakpoint; may be called from any thread, also while the program runs.
     *
     * @return whether it was installed
     */
    public boolean delete(Breakpoint breakpoint) {
        states.remove(breakpoint);
        return breaks.remove(breakpoint);
    }

    /**
     * Installs a register watchpoint; may be called from any thread, also while the program runs.
     *
     * @param device the device, as the board names it ({@code UART0})
     * @param register the register ({@code UARTCR})
     * @param field a field of the register, or null for the whole register
     * @param access the accesses to stop at
     * @param value the value to stop at (of the field, if one is named), or null for any
     * @throws IllegalArgumentException naming what the board does not have
     */
    public synchronized RegisterWatch watchRegister(String device, String register, String field,
            RegisterWatch.Access access, Long value) {
        RegisterFileDevice d = sim.device(device).filter(RegisterFileDevice.class::isInstance)
                .map(RegisterFileDevice.class::cast)
                .orElseThrow(() -> new IllegalArgumentException("The board has no device with registers named '"
                        + device + "'."));
        Register r = d.registers().registers().stream().filter(x -> x.name().equals(register)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(device + " has no register '" + register + "'."));
        long mask = r.sizeBytes() == 8 ? -1L : (1L << (8 * r.sizeBytes())) - 1;
        int shift = 0;
        if (field != null) {
            Register.Field f = r.fields().stream().filter(x -> x.name().equals(field)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(r.qualifiedName() + " has no field '" + field
                            + "'."));
            mask = f.mask();
            shift = f.bitOffset();
        }
        if (value != null && (value < 0 || (value << shift & ~mask) != 0)) {
            throw new IllegalArgumentException("0x" + Long.toHexString(value) + " does not fit in "
                    + r.qualifiedName() + (field == null ? "" : "." + field) + ".");
        }
        RegisterWatch w = new RegisterWatch(++numbered, r.qualifiedName(), field, access, value, mask, shift);
        registerWatches.add(w);
        return w;
    }

    /** The register watchpoints, in the order they were set. */
    public List<RegisterWatch> registerWatches() {
        return List.copyOf(registerWatches);
    }

    /**
     * Deletes a register watchpoint; may be called from any thread.
     *
     * @return whether it was installed
     */
    public boolean delete(RegisterWatch watch) {
        registerHits.remove(watch);
        return registerWatches.remove(watch);
    }

    /** How many times a register watchpoint suspended the program, going forward or back. */
    public int hitCount(RegisterWatch watch) {
        return registerHits.getOrDefault(watch, 0);
    }

    /**
     * Told of every event the simulator traces, on the thread that made it: notes the line of the statement that made
     * it (while the program runs, forward or replaying), and pauses right after the event going back is looking for.
     */
    private void eventMade(TraceEvent e) {
        if (!(forward || replaying) || !e.actor().equals(vm.processName())) {
            return;
        }
        Pos at = vm.statementPos();
        if (at != null && at.line() >= 1) {
            origins.record(e.seq(), at);
        }
        if (e.seq() == travelTo) {
            accessHit = new SuspendReason.EventReached(e);
            pausedAfter = e.seq();
            vm.pauseAfterThisInstruction();
        }
    }

    /** Told of every access the simulator makes, on the thread that made it; suspends at a watched one. */
    private void accessMade(TraceEvent e) {
        if (searchingAccesses) {
            if (e.seq() < searchTraceLimit && e.actor().equals(vm.processName())) {
                List<RegisterWatch> matched = matching(e);
                if (!matched.isEmpty()) {
                    searchHit = new SuspendReason.RegisterWatchTriggered(matched, e);
                    // the boundary before the statement that made it: the last one the search asked at (the
                    // machine's counter is not kept up to date inside a statement)
                    searchHitAt = searchBoundary;
                }
            }
            return;
        }
        if (!forward || accessHit != null || registerWatches.isEmpty() && !accessStepping
                || !e.actor().equals(vm.processName())) {
            return;
        }
        List<RegisterWatch> matched = matching(e);
        if (!matched.isEmpty()) {
            matched.forEach(w -> registerHits.merge(w, 1, Integer::sum));
            accessHit = new SuspendReason.RegisterWatchTriggered(matched, e);
            pausedAfter = e.seq();
            vm.pauseAfterThisInstruction();
            return;
        }
        if (accessStepping) {
            accessHit = new SuspendReason.AccessMade(e);
            pausedAfter = e.seq();
            vm.pauseAfterThisInstruction();
        }
    }

    /** The register watchpoints an access matches, in the order they were set (usually none or one). */
    private List<RegisterWatch> matching(TraceEvent e) {
        List<RegisterWatch> matched = List.of();
        for (RegisterWatch w : registerWatches) {
            if (w.matches(e)) {
                if (matched.isEmpty()) {
                    matched = new ArrayList<>(1);
                }
                matched.add(w);
            }
        }
        return matched;
    }

    /**
     * Makes a breakpoint conditional, as gdb's {@code condition N EXPR}: it stops only where the C expression is
     * non-zero in the innermost frame (evaluated without side effects); null or blank makes it unconditional. May be
     * called from any thread.
     */
    public void setCondition(Breakpoint b, String condition) {
        BreakState st = states.computeIfAbsent(b, k -> new BreakState());
        st.parsed.clear();
        st.condition = condition == null || condition.isBlank() ? null : condition.trim();
    }

    /** A breakpoint's condition, or null. */
    public String condition(Breakpoint b) {
        BreakState st = states.get(b);
        return st == null ? null : st.condition;
    }

    /** Lets a breakpoint pass its next {@code count} crossings going forward, as gdb's {@code ignore N COUNT}. */
    public void setIgnoreCount(Breakpoint b, int count) {
        states.computeIfAbsent(b, k -> new BreakState()).ignore = Math.max(0, count);
    }

    /** The crossings a breakpoint still lets pass. */
    public int ignoreCount(Breakpoint b) {
        BreakState st = states.get(b);
        return st == null ? 0 : st.ignore;
    }

    /** How many times going forward reached a breakpoint with its condition true (ignored crossings included). */
    public int hitCount(Breakpoint b) {
        BreakState st = states.get(b);
        return st == null ? 0 : st.hits;
    }

    /** Deletes every breakpoint and watch. */
    public void deleteAll() {
        registerWatches.clear();
        registerHits.clear();
        breaks.clear();
        states.clear();
        watches.clear();
        watched = new Long[0];
    }

    // ------------------------------------------------------------------ run control, forward

    /** Runs one statement, entering a call. */
    public RunResult stepInto() {
        return run(x -> true, false);
    }

    /**
     * Runs until the program's next MMIO access or kernel call (the next event it adds to the trace), and suspends
     * right after it, in the middle of its statement (gdb's {@code stepi}, as the script debugger's).
     */
    public RunResult stepToAccess() {
        accessStepping = true;
        try {
            return run(x -> false, false);
        } finally {
            accessStepping = false;
        }
    }

    /** Runs to the next statement of this function or a caller, over calls. */
    public RunResult stepOver() {
        int d = depth();
        return run(x -> x.top().depth() <= d, false);
    }

    /**
     * Runs until the current function returns.
     *
     * @throws IllegalStateException in the outermost frame, which does not return to a caller
     */
    public RunResult stepOut() {
        int d = depth();
        if (d == 1) {
            throw new IllegalStateException("\"finish\" not meaningful in the outermost frame.");
        }
        return run(x -> x.top().depth() < d, false);
    }

    /** Runs until a breakpoint, a watch's change, the end, or a {@link #requestSuspend() request}. */
    public RunResult resume() {
        return run(this::breakpointOrWatchChanged, true);
    }

    /**
     * Starts the program again from its first statement.
     *
     * @param stopAtStart whether to stay there (gdb's {@code start}) rather than resume (gdb's {@code run})
     */
    public RunResult restart(boolean stopAtStart) {
        history.forgetAfter(0);
        restore(history.first());
        conditionError = null;
        Breakpoint b = stopsAt(vm, true);
        if (stopAtStart || b != null) {
            SuspendReason r = b != null ? new SuspendReason.BreakpointHit(b, conditionError)
                    : new SuspendReason.StepEnd();
            fire(l -> l.suspended(r));
            return new RunResult.Suspended(r);
        }
        return resume();
    }

    /** Asks a run going on in another thread to suspend at the next statement boundary. */
    public void requestSuspend() {
        suspendRequested = true;
    }

    private int depth() {
        return vm.top() == null ? 0 : vm.top().depth();
    }

    private RunResult run(Machine.Stop stop, boolean resume) {
        if (end != null) {
            return new RunResult.NotRunning();
        }
        hit = null;
        scopeLeft = null;
        accessHit = null;
        stoppedAt = null;
        conditionError = null;
        suspendRequested = false;
        boolean[] requested = {false};
        history.forgetAfter(vm.steps()); // going forward after going back takes them again
        fire(DebugListener::resumed);
        forward = true;
        CMachine.Outcome o;
        try {
            o = program.runUntil(x -> {
                long at = x.steps();
                if (at % History.SPARSE == 0 && !history.has(at)) {
                    history.add(at, program.snapshot(), at);
                }
                if ((at & progressMask) == 0 && progress != null) {
                    progress.run();
                }
                if (suspendRequested) {
                    requested[0] = true;
                    return true;
                }
                return stop.stop(x);
            });
        } finally {
            forward = false;
        }
        suspendRequested = false;
        if (!o.paused()) {
            end = o;
            fire(l -> l.terminated(o));
            return new RunResult.Terminated(o);
        }
        if (!vm.pausedMidStatement()) {
            history.add(vm.steps(), program.snapshot(), vm.steps()); // a place a command stopped at
        }
        SuspendReason r;
        if (accessHit != null && vm.pausedMidStatement()) {
            r = accessHit;
        } else if (scopeLeft != null) {
            watches.remove(scopeLeft);
            watched = watchValues();
            r = new SuspendReason.WatchOutOfScope(scopeLeft);
        } else if (hit != null) {
            r = hit;
        } else if (requested[0]) {
            r = new SuspendReason.ClientRequest();
        } else {
            r = suspendedAt(resume);
        }
        hit = null;
        scopeLeft = null;
        accessHit = null;
        SuspendReason reason = r;
        fire(l -> l.suspended(reason));
        return new RunResult.Suspended(reason);
    }

    private SuspendReason suspendedAt(boolean resume) {
        // a step that ends where a breakpoint is reports (and counts) it, as gdb does: "Breakpoint 2, ..."
        Breakpoint b = resume ? stoppedAt : vm.pausedMidStatement() ? null : stopsAt(vm, true);
        return b != null ? new SuspendReason.BreakpointHit(b, conditionError) : new SuspendReason.StepEnd();
    }

    // ------------------------------------------------------------------ run control, back

    /** Goes back one statement (into a call that ended there, as gdb's {@code reverse-step}). */
    public RunResult reverseStepInto() {
        return reverseStepInto(1);
    }

    /**
     * Goes back a number of statements (gdb's {@code reverse-step N}): to the start of the statement in progress (or
     * of the last one, after the end), then to the ones before; at most to the start.
     *
     * @param count how many, at least 1
     * @return suspended where it went (at the start, when it went back fewer: {@link #statements()} tells how far)
     */
    public RunResult reverseStepInto(long count) {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
        long now = vm.steps();
        if (now == 0) {
            return atStart(false);
        }
        backTo(Math.max(0, now - count));
        return suspended(now < count ? new SuspendReason.AtStart(true) : new SuspendReason.StepEnd());
    }

    /** Goes back to the previous statement of this function or a caller, over calls. */
    public RunResult reverseStepOver() {
        int d = depth();
        return reverseUntil(() -> x -> x.top().depth() <= d ? x.steps() : -1, false);
    }

    /** Goes back to the latest breakpoint, or to just before the latest change of a watch, or to the start. */
    public RunResult reverseResume() {
        return reverseUntil(this::breakpointOrWatchedChange, true);
    }

    /**
     * Names the source line of each event of the trace window that this program's statements made (its MMIO accesses
     * and kernel calls), for a view of the trace; a front end attaches it to the program's
     * {@link org.mmioworkbench.core.session.SimulationSession}. Safe to ask from any thread.
     */
    public TraceOrigins traceOrigins() {
        return origins;
    }

    /**
     * Tells whether {@link #goBackToEvent(long)} can go back to an event: a statement of this program made it, and
     * the trace window still holds it.
     *
     * @param seq the event's sequence number
     */
    public boolean canGoBackToEvent(long seq) {
        return origins.has(seq) && seq < sim.traceLength();
    }

    /**
     * Goes back to the moment an event of the trace was made: restores the latest checkpoint before it and runs
     * forward again to right after the access or kernel call that made it, in the middle of its statement (as a
     * register watchpoint stops), so the registers and variables are as that event left them. The replay is exact
     * and its output is not given again.
     *
     * @param seq the event's sequence number
     * @return suspended with {@link SuspendReason.EventReached}
     * @throws IllegalArgumentException for an event this program's statements did not make, or one the trace window
     *         no longer holds ({@link #canGoBackToEvent(long)})
     */
    public RunResult goBackToEvent(long seq) {
        if (!canGoBackToEvent(seq)) {
            throw new IllegalArgumentException("Event #" + seq + " was not made by a statement of this program, or"
                    + " the trace no longer holds it.");
        }
        restore(history.latest(c -> program.traceLength(c.state()) <= seq));
        accessHit = null;
        replaying = true;
        try {
            replayTo(seq);
        } finally {
            replaying = false;
        }
        SuspendReason r = accessHit != null && vm.pausedMidStatement() ? accessHit : new SuspendReason.StepEnd();
        accessHit = null;
        watched = watchValues();
        fire(DebugListener::restored); // what the replay sent on a UART was given the first time
        return suspended(r);
    }

    /**
     * Runs the program forward silently from where it was put back to right after the access or kernel call that made
     * an event, in the middle of its statement.
     */
    private void replayTo(long seq) {
        travelTo = seq;
        try {
            program.runUntil(x -> sim.traceLength() > seq);
        } finally {
            travelTo = -1;
        }
    }

    /**
     * The board's register state right after each of some events of the trace, as {@link #goBackToEvent(long)} would
     * show it, for comparing two points of the run: for each event, the latest checkpoint before it is restored and
     * the program re-run to right after the access that made it (exact, as going back is), and the registers are
     * captured without side effects ({@link RegisterState#capture}). Then the program is put back where it was: at a
     * statement boundary (or after its end) from a checkpoint taken before the excursion; paused in the middle of a
     * statement, by re-running to the access it had paused after. Breakpoints, watches, their hit counts, the history
     * of checkpoints and the source lines of the trace's events are as they were, no output is given again, the trace
     * file is not written, and listeners are not told: the program has not moved. Runs on the session's thread, while
     * the program is suspended.
     *
     * @param seqs the events, each one that {@link #canGoBackToEvent(long)}
     * @param devices the devices to capture, or an empty collection for every device of the board
     * @return the states, one for each event in the order given
     * @throws IllegalArgumentException for an event the program cannot go back to, or a device the board lacks
     */
    public List<RegisterState> registerStatesAt(List<Long> seqs, Collection<String> devices) {
        for (long seq : seqs) {
            if (!canGoBackToEvent(seq)) {
                throw new IllegalArgumentException("Event #" + seq + " was not made by a statement of this program,"
                        + " or the trace no longer holds it.");
            }
        }
        RegisterState.capture(sim, devices); // an unknown device is refused before the program moves
        boolean mid = vm.pausedMidStatement();
        long after = pausedAfter;
        Object here = mid ? null : program.snapshot();
        Object lines = origins.save();
        List<RegisterState> out = new ArrayList<>();
        replaying = true;
        try {
            for (long seq : seqs) {
                program.restore(history.latest(c -> program.traceLength(c.state()) <= seq).state());
                replayTo(seq);
                out.add(RegisterState.capture(sim, devices));
            }
        } finally {
            try {
                if (mid) {
                    program.restore(history.latest(c -> program.traceLength(c.state()) <= after).state());
                    replayTo(after);
                } else {
                    program.restore(here);
                }
            } finally {
                replaying = false;
                accessHit = null;
                pausedAfter = after;
                origins.restore(lines);
            }
        }
        return List.copyOf(out);
    }

    private RunResult atStart(boolean noEarlierMatch) {
        SuspendReason r = new SuspendReason.AtStart(noEarlierMatch);
        fire(l -> l.suspended(r));
        return new RunResult.Suspended(r);
    }

    private RunResult suspended(SuspendReason r) {
        fire(l -> l.suspended(r));
        return new RunResult.Suspended(r);
    }

    /**
     * Goes back to the latest earlier statement boundary a condition names (or to the start). The stretches between
     * checkpoints are searched from the newest back, each re-run once from its checkpoint up to and including the
     * first boundary of the stretch searched before it (so a change across that boundary is seen), which keeps a
     * search back over a long run linear in its length. A condition is asked at each boundary in turn and answers
     * with the boundary to stop at, or -1; it is made afresh for each stretch, since it may remember the boundary
     * before (a watch does). A {@link #requestSuspend() request} ends the search where it began.
     */
    private RunResult reverseUntil(Supplier<ToLongFunction<Machine>> conditions, boolean resume) {
        long now = vm.steps();
        if (now == 0) {
            return atStart(false);
        }
        suspendRequested = false;
        long traceNow = sim.traceLength();
        long limit = now;
        while (true) {
            History.Checkpoint c = history.floor(limit - 1);
            restore(c);
            ToLongFunction<Machine> condition = conditions.get();
            long[] found = {-1};
            boolean[] interrupted = {false};
            SuspendReason.WatchTriggered[] foundHit = {null};
            long end = limit;
            Machine.Stop ask = x -> {
                searchBoundary = x.steps();
                if (suspendRequested) {
                    interrupted[0] = true;
                    return true;
                }
                long at = condition.applyAsLong(x);
                if (at >= 0 && at < now) {
                    found[0] = at;
                    foundHit[0] = hit;
                }
                return x.steps() >= end;
            };
            searchHit = null;
            searchHitAt = -1;
            if (!ask.stop(vm)) {
                replaying = true;
                searchingAccesses = resume && !registerWatches.isEmpty();
                searchTraceLimit = traceNow;
                try {
                    program.runUntil(ask);
                } finally {
                    replaying = false;
                    searchingAccesses = false;
                }
            }
            if (interrupted[0]) {
                suspendRequested = false;
                backTo(now);
                return suspended(new SuspendReason.ClientRequest());
            }
            long at = found[0];
            SuspendReason reason = foundHit[0];
            if (searchHit != null && searchHitAt >= at && searchHitAt < now) {
                at = searchHitAt;
                reason = searchHit;
                searchHit.watches().forEach(w -> registerHits.merge(w, 1, Integer::sum));
            }
            if (at >= 0) {
                backTo(at);
                watched = watchValues();
                if (reason != null) {
                    return suspended(reason);
                }
                conditionError = null;
                Breakpoint b = resume ? stopsAt(vm, false) : null;
                return suspended(b != null ? new SuspendReason.BreakpointHit(b, conditionError)
                        : new SuspendReason.StepEnd());
            }
            if (c.steps() == 0) {
                break;
            }
            limit = c.steps();
        }
        backTo(0);
        return atStart(true);
    }

    /**
     * Puts the program at a statement boundary of the run: restores the nearest checkpoint at or before it and runs
     * forward to it silently, leaving checkpoints on the way (the dense ones near the target, and a few spread over a
     * long gap), so that the next steps back are cheap again. Forgets the checkpoints after it.
     */
    private void backTo(long target) {
        history.forgetAfter(target);
        History.Checkpoint c = history.floor(target);
        restore(c);
        long from = c.steps();
        if (from < target) {
            long gap = target - from;
            long spread = Math.max(History.SPARSE, (gap / 8 + History.SPARSE - 1) / History.SPARSE * History.SPARSE);
            replaying = true;
            try {
                program.runUntil(x -> {
                    long at = x.steps();
                    if (at >= target) {
                        return true;
                    }
                    if (at % History.SPARSE == 0 && (at > target - History.DENSE || (at - from) % spread == 0)) {
                        history.add(at, program.snapshot(), at);
                    }
                    return false;
                });
            } finally {
                replaying = false;
            }
        }
        end = null;
        fire(DebugListener::restored); // what the replay sent on a UART was given the first time
    }

    private void restore(History.Checkpoint c) {
        program.restore(c.state());
        end = null;
        watched = watchValues();
        hit = null;
        fire(DebugListener::restored);
    }

    // ------------------------------------------------------------------ conditions

    /** The value of a watch now, or null when it cannot be read (its frame gone, or memory unreadable). */
    private Long watchValue(Watch w) {
        return evaluator.inScope(w.expression()) ? read(w) : null;
    }

    /** The value of a watch whose frame is known to be on the stack, or null when memory cannot be read. */
    private Long read(Watch w) {
        try {
            return evaluator.evaluate(w.expression()).value();
        } catch (EvalException e) {
            return null;
        }
    }

    private Long[] watchValues() {
        Long[] values = new Long[watches.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = watchValue(watches.get(i));
        }
        return values;
    }

    private boolean breakpointOrWatchChanged(Machine x) {
        stoppedAt = stopsAt(x, true);
        return stoppedAt != null || watchChanged();
    }

    /**
     * Going forward: true at the boundary after a statement that changed a watched value (remembered in {@link #hit}),
     * or after the return of the frame a watch on a local was set in (remembered in {@link #scopeLeft}).
     */
    private boolean watchChanged() {
        for (int i = 0; i < watched.length; i++) {
            Watch w = watches.get(i);
            if (!evaluator.inScope(w.expression())) {
                scopeLeft = w;
                return true;
            }
            Long now = read(w);
            if (!Objects.equals(now, watched[i])) {
                hit = new SuspendReason.WatchTriggered(w, watched[i], now);
                watched[i] = now;
                return true;
            }
        }
        return false;
    }

    /**
     * Going back: a breakpoint, or the boundary before a statement that changed a watched value, so that a reverse
     * resume stops before the change, as gdb does (its old value is the later one, the new the earlier). Boundaries
     * where a watch cannot be read (its frame does not exist) are not changes.
     */
    private ToLongFunction<Machine> breakpointOrWatchedChange() {
        Long[][] before = {null};
        long[] beforeSteps = {-1};
        return x -> {
            Long[] values = watchValues();
            long at = stopsAt(x, false) != null ? x.steps() : -1;
            if (before[0] != null) {
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null && before[0][i] != null && !values[i].equals(before[0][i])) {
                        at = beforeSteps[0];
                        hit = new SuspendReason.WatchTriggered(watches.get(i), values[i], before[0][i]);
                        break;
                    }
                }
            }
            before[0] = values;
            beforeSteps[0] = x.steps();
            return at;
        };
    }

    /**
     * The breakpoint that stops the program at the statement it is paused before: one is there, its condition (if
     * any) is true in the innermost frame, and, going forward ({@code counting}), the crossings it is to ignore are
     * used up. Going forward, a crossing whose condition is true counts as a hit, ignored or not (as gdb counts). A
     * condition that cannot be evaluated stops the program, with the error in {@link #conditionError}.
     */
    private Breakpoint stopsAt(Machine x, boolean counting) {
        Breakpoint b = breakpointAt(x);
        if (b == null) {
            return null;
        }
        BreakState st = counting ? states.computeIfAbsent(b, k -> new BreakState()) : states.get(b);
        if (st == null) {
            return b;
        }
        String condition = st.condition;
        if (condition != null) {
            try {
                String fn = x.top().fn.name;
                Evaluator.Parsed p = st.parsed.get(fn);
                if (p == null) {
                    p = evaluator.parse(condition, 0);
                    st.parsed.put(fn, p);
                }
                if (evaluator.evaluate(p).value() == 0) {
                    return null;
                }
            } catch (EvalException e) {
                conditionError = "Error in testing condition for breakpoint " + b.number() + ": " + e.getMessage();
                return b;
            }
        }
        if (!counting) {
            return b;
        }
        st.hits++;
        if (st.ignore > 0) {
            st.ignore--;
            return null;
        }
        return b;
    }

    /** The breakpoint at the statement the machine is paused before, or null. */
    private Breakpoint breakpointAt(Machine x) {
        Insn in = x.current();
        if (in == null || in.stmtPos == null) {
            return null;
        }
        for (Breakpoint b : breaks) {
            if (b.function() != null) {
                Fn fn = x.top().fn;
                if (fn.name.equals(b.function()) && firstStatement(fn) == x.top().pc) {
                    return b;
                }
            } else if (b.atLine(in.stmtPos.file(), in.stmtPos.line())) {
                return b;
            }
        }
        return null;
    }

    private static int firstStatement(Fn fn) {
        for (int i = 0; i < fn.code.length; i++) {
            if (fn.code[i].stmt) {
                return i;
            }
        }
        return 0;
    }

    private void fire(java.util.function.Consumer<DebugListener> event) {
        for (DebugListener l : listeners) {
            event.accept(l);
        }
    }
}
