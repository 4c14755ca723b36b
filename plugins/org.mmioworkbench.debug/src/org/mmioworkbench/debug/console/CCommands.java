package org.mmioworkbench.debug.console;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.mmioworkbench.c.CCompileException;
import org.mmioworkbench.c.CMachine;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.c.internal.CType;
import org.mmioworkbench.c.internal.Evaluator;
import org.mmioworkbench.c.internal.Evaluator.EvalException;
import org.mmioworkbench.c.internal.Machine;
import org.mmioworkbench.c.internal.Pos;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.debug.Breakpoint;
import org.mmioworkbench.debug.CDebugSession;
import org.mmioworkbench.debug.DebugListener;
import org.mmioworkbench.debug.RegisterWatch;
import org.mmioworkbench.debug.RunResult;
import org.mmioworkbench.debug.SerialConsoles;
import org.mmioworkbench.debug.SuspendReason;
import org.mmioworkbench.debug.Watch;

/**
 * The C debugger's commands, as gdb's: {@code run}, {@code start}, {@code step}, {@code next}, {@code finish},
 * {@code continue}, {@code reverse-step}, {@code reverse-next}, {@code reverse-continue}, {@code reverse-to-event},
 * {@code break FUNCTION|FILE:LINE|LINE}, {@code delete}, {@code backtrace}, {@code frame N}, {@code up},
 * {@code down}, {@code info locals|args|frame|breakpoints|trace}, {@code print[/x] EXPR} and {@code x/N EXPR} (any C
 * expression without side effects, in the selected frame; registers in MMIO mappings are peeked, never read),
 * {@code watch EXPR}, {@code quit}. It holds no debugging logic: it turns commands into the session's calls (what
 * moves the program through a {@link RunControl}) and its typed results into gdb's words.
 */
public final class CCommands implements DebugCommands {
    private final CDebugSession session;
    private final RunControl control;
    private final Simulator sim;
    private final PrintStream out;
    /** The UARTs whose output this console shows, or null when the front end shows the program's output. */
    private final SerialConsoles consoles;
    private final Map<String, List<String>> sources = new HashMap<>();
    private final String file;
    private int selected;
    /** The function and depth of the frame the last stop was in (gdb's frame id, near enough). */
    private String lastFrame;
    private String last = "";

    /**
     * Makes a session of its own for a C program, paused before its first statement; the commands show what it
     * prints and what the UARTs send.
     *
     * @param program the program
     * @param sim the simulator it runs on
     * @param process the simulated process's name
     * @param out standard output
     * @return the commands
     * @throws CCompileException if the program cannot start (no {@code main}, say)
     */
    public static CCommands load(CProgram program, Simulator sim, String process, PrintStream out)
            throws CCompileException {
        return new CCommands(program, sim, process, out);
    }

    private CCommands(CProgram program, Simulator sim, String process, PrintStream out) throws CCompileException {
        this.out = out;
        this.sim = sim;
        this.file = program.file();
        SerialConsoles uarts = new SerialConsoles(sim);
        this.consoles = uarts;
        this.session = new CDebugSession(program, sim, process, b -> {
            out.print(uarts.poll(true));
            out.write(b, 0, b.length);
            out.flush();
        });
        this.control = RunControl.direct(session);
        session.addListener(new DebugListener() {
            @Override
            public void restored() {
                uarts.resync(); // what a replay sent on a UART was shown the first time
            }
        });
    }

    /** Attaches to a C program's session that a front end runs and shows the output of. */
    CCommands(CDebugSession session, String file, PrintStream out, RunControl control) {
        this.session = session;
        this.control = control;
        this.sim = session.simulator();
        this.out = out;
        this.file = file;
        this.consoles = null;
    }

    @Override
    public CDebugSession session() {
        return session;
    }

    @Override
    public void start() {
        out.println("C driver paused" + (session.statements() == 0 ? " before its first statement" : "")
                + "; 'help' lists the commands.");
        if (session.outcome() != null) {
            out.println("The program is not being run.");
        } else {
            where();
        }
        out.flush();
    }

    @Override
    public boolean execute(String typed) {
        String line = typed.trim();
        if (line.isEmpty()) {
            line = last;
        }
        last = line;
        if (line.isEmpty()) {
            return true;
        }
        try {
            return command(line);
        } catch (RuntimeException e) { // a defect: one line, and the console goes on
            out.println("Internal error in \"" + line + "\": " + e);
            return true;
        } finally {
            out.flush();
        }
    }

    /** Runs one command line, not empty; returns false for quit. */
    private boolean command(String line) {
        String[] w = line.split("\\s+", 2);
        String cmd = w[0];
        String arg = w.length > 1 ? w[1].trim() : "";
        switch (cmd) {
            case "q", "quit" -> {
                return false;
            }
            case "s", "step" -> show(control.run(new Motion.StepInto()));
            case "si", "stepi", "ni", "nexti" -> show(control.run(new Motion.StepToAccess()));
            case "n", "next" -> show(control.run(new Motion.StepOver()));
            case "finish" -> {
                if (session.outcome() == null && session.frames().size() == 1) {
                    out.println("\"finish\" not meaningful in the outermost frame.");
                } else {
                    show(session.outcome() != null ? new RunResult.NotRunning() : control.run(new Motion.StepOut()));
                }
            }
            case "c", "continue" -> show(control.run(new Motion.Resume()));
            case "watch" -> addWatch(arg, RegisterWatch.Access.WRITE);
            case "rwatch" -> addWatch(arg, RegisterWatch.Access.READ);
            case "awatch" -> addWatch(arg, RegisterWatch.Access.ACCESS);
            case "r", "run", "start" -> {
                out.println("Starting " + file + " from the beginning.");
                lastFrame = null; // a new run: say where it stopped in full
                show(control.run(new Motion.Restart(cmd.equals("start"))));
            }
            case "rs", "reverse-step" -> show(control.run(new Motion.ReverseStep(1)));
            case "rn", "reverse-next" -> show(control.run(new Motion.ReverseStepOver()));
            case "rc", "reverse-continue" -> show(control.run(new Motion.ReverseResume()));
            case "reverse-to-event" -> toEvent(arg);
            case "b", "break" -> addBreak(arg);
            case "condition" -> condition(arg);
            case "ignore" -> ignore(arg);
            case "delete", "d" -> {
                session.deleteAll();
                out.println("Deleted all breakpoints.");
            }
            case "bt", "backtrace", "where" -> backtrace();
            case "frame", "f" -> selectFrame(arg.isEmpty() ? selected : parse(arg));
            case "up" -> selectFrame(selected + (arg.isEmpty() ? 1 : parse(arg)));
            case "down" -> selectFrame(selected - (arg.isEmpty() ? 1 : parse(arg)));
            case "info", "i" -> info(arg);
            case "p", "print", "p/x", "print/x" -> print(arg, cmd.endsWith("/x"));
            default -> {
                if (cmd.equals("x") || cmd.startsWith("x/")) {
                    examine(cmd.length() > 2 ? cmd.substring(2) : "", arg);
                } else {
                    out.println("Undefined command: \"" + cmd + "\".  Try \"help\".");
                }
            }
            case "help", "h" -> out.println("run (start again and continue), start (start again), step, next, stepi (to just after the next access"
                    + " or call), finish, continue, reverse-step (rs), reverse-next (rn), "
                    + "reverse-continue (rc), reverse-to-event N (back to just after the access or call that made trace event #N;"
                    + " info trace [N] lists the last N events with their numbers), break FUNCTION|FILE:LINE|"
                    + "LINE [if EXPR], condition N [EXPR], ignore N COUNT, watch EXPR, watch|rwatch|awatch DEV.REG[.FIELD] (stops at the access), delete, backtrace (bt), frame N, up, down, info locals|args|frame|breakpoints|trace, "
                    + "print[/x] EXPR, x[/N] EXPR (32-bit words at an address; registers are peeked), quit");
        }
        return true;
    }

    @Override
    public int exitStatus() {
        CMachine.Outcome end = session.outcome();
        return end != null && (end.error() || end.status() != 0) ? FAILED : OK;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Says what a run-control request ended in, in gdb's words. */
    private void show(RunResult result) {
        selected = 0;
        if (consoles != null) {
            out.print(consoles.poll(true));
        }
        switch (result) {
            case RunResult.NotRunning n -> out.println("The program is not being run.");
            case RunResult.Terminated t -> {
                CMachine.Outcome o = t.outcome();
                if (o.error()) {
                    out.println(o.message());
                    o.backtrace().forEach(out::println);
                } else {
                    out.println("[program exited with code " + o.status() + "]");
                }
            }
            case RunResult.Suspended s -> {
                switch (s.reason()) {
                    case SuspendReason.AtStart a when !a.noEarlierMatch() -> {
                        out.println("Already at the start of the program.");
                        return;
                    }
                    case SuspendReason.AtStart a -> out.println("No earlier statement matches; back at the start of"
                            + " the program.");
                    case SuspendReason.ClientRequest c -> out.println("Interrupted.");
                    case SuspendReason.WatchOutOfScope g -> {
                        out.println();
                        out.println("Watchpoint " + g.watch().number() + " deleted because the program has left the"
                                + " block in");
                        out.println("which its expression is valid.");
                    }
                    case SuspendReason.AccessMade a -> out.println("  " + a.access().operation() + " "
                            + (a.access().register().isEmpty() ? a.access().arguments() : a.access().register())
                            + (a.access().accessValue().isPresent() ? (a.access().isWrite() ? " <- 0x" : " -> 0x")
                                    + Long.toHexString(a.access().accessValue().getAsLong())
                                    : " -> " + a.access().result()));
                    case SuspendReason.EventReached e -> out.println("  #" + e.event().seq() + " "
                            + Format.event(e.event(), e.event().actor()));
                    case SuspendReason.RegisterWatchTriggered h -> {
                        for (RegisterWatch w : h.watches()) { // each watchpoint the access hit, as gdb
                            out.println();
                            out.println(watchKind(w.access()) + " " + w.number() + ": " + w.spec());
                        }
                        out.println();
                        TraceEvent e = h.access();
                        out.println("Value = 0x" + Long.toHexString(e.accessValue().orElse(0)));
                        out.println("  " + e.operation() + " " + e.register() + (e.isWrite() ? " <- " : " -> ")
                                + (e.accessValue().isPresent() ? "0x" + Long.toHexString(e.accessValue().getAsLong())
                                        : e.result()));
                    }
                    case SuspendReason.WatchTriggered h -> {
                        out.println();
                        out.println("Hardware watchpoint " + h.watch().number() + ": " + h.watch().text());
                        out.println();
                        out.println("Old value = " + shown(h.watch(), h.oldValue()));
                        out.println("New value = " + shown(h.watch(), h.newValue()));
                    }
                    default -> {
                    }
                }
                switch (s.reason()) {
                    case SuspendReason.StepEnd e -> where();
                    case SuspendReason.BreakpointHit b -> {
                        if (b.conditionError() != null) {
                            out.println(b.conditionError());
                        }
                        where(true, "Breakpoint " + b.breakpoint().number() + ", ");
                    }
                    default -> where(true, "");
                }
            }
        }
    }

    /** gdb's name of a watchpoint of a kind. */
    private static String watchKind(RegisterWatch.Access access) {
        return switch (access) {
            case READ -> "Hardware read watchpoint";
            case WRITE -> "Hardware watchpoint";
            case ACCESS -> "Hardware access (read/write) watchpoint";
        };
    }

    private String shown(Watch w, Long value) {
        return value == null ? "<unreadable>"
                : session.evaluator().format(new Evaluator.Value(w.expression().type(), value), false);
    }

    /**
     * {@code watch DEV.REG[.FIELD]} (and {@code rwatch}, {@code awatch}) when the first name is a device of the
     * board; otherwise {@code watch EXPR} of a C expression.
     */
    private void addWatch(String arg, RegisterWatch.Access access) {
        String[] parts = arg.split("\\.", -1);
        boolean register = (parts.length == 2 || parts.length == 3) && sim.device(parts[0]).isPresent();
        if (register) {
            try {
                RegisterWatch w = session.watchRegister(parts[0], parts[1], parts.length == 3 ? parts[2] : null, access,
                        null);
                out.println(watchKind(access) + " " + w.number() + ": " + w.spec());
            } catch (IllegalArgumentException e) {
                out.println(e.getMessage());
            }
            return;
        }
        if (access != RegisterWatch.Access.WRITE) {
            out.println("rwatch and awatch take a register: DEV.REG or DEV.REG.FIELD.");
            return;
        }
        try {
            Watch w = session.watch(arg, selected);
            out.println("Hardware watchpoint " + w.number() + ": " + w.text());
        } catch (EvalException e) {
            out.println(e.getMessage());
        }
    }

    /** {@code condition N [EXPR]}: as gdb, makes breakpoint N stop only where EXPR holds, or always without one. */
    private void condition(String arg) {
        String[] parts = arg.trim().split("\\s+", 2);
        Breakpoint b = breakpoint(parts[0]);
        if (b == null) {
            return;
        }
        session.setCondition(b, parts.length > 1 ? parts[1] : null);
        if (parts.length == 1) {
            out.println("Breakpoint " + b.number() + " now unconditional.");
        }
    }

    /** {@code ignore N COUNT}: as gdb, lets breakpoint N pass its next COUNT crossings. */
    private void ignore(String arg) {
        String[] parts = arg.trim().split("\\s+");
        Breakpoint b = parts.length == 2 ? breakpoint(parts[0]) : null;
        if (parts.length != 2) {
            out.println("Argument required (a breakpoint number and a count).");
        }
        if (b == null) {
            return;
        }
        int count = parse(parts[1]);
        if (count < 0) {
            out.println("Invalid count \"" + parts[1] + "\".");
            return;
        }
        session.setIgnoreCount(b, count);
        out.println(count == 0 ? "Will stop next time breakpoint " + b.number() + " is reached."
                : count == 1 ? "Will ignore next crossing of breakpoint " + b.number() + "."
                        : "Will ignore next " + count + " crossings of breakpoint " + b.number() + ".");
    }

    /** The breakpoint a number names, or null after saying there is none. */
    private Breakpoint breakpoint(String number) {
        int n = parse(number);
        for (Breakpoint b : session.breakpoints()) {
            if (b.number() == n) {
                return b;
            }
        }
        out.println(number.isEmpty() ? "Argument required (breakpoint number)." : "No breakpoint number " + number
                + ".");
        return null;
    }

    /** {@code reverse-to-event N}: back to just after the access or kernel call that made event N. */
    private void toEvent(String arg) {
        long seq;
        try {
            seq = Inspector.eventToGoBackTo(session, arg);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return;
        }
        show(control.run(new Motion.GoBackToEvent(seq)));
    }

    private void addBreak(String arg) {
        String condition = null;
        int iff = arg.indexOf(" if ");
        if (iff >= 0) {
            condition = arg.substring(iff + 4).trim();
            arg = arg.substring(0, iff).trim();
        }
        if (arg.isEmpty()) {
            out.println("Argument required (function, FILE:LINE or LINE).");
            return;
        }
        int colon = arg.lastIndexOf(':');
        Breakpoint b;
        if (arg.matches("\\d{1,9}") && Integer.parseInt(arg) > 0) {
            b = session.breakAtLine("", Integer.parseInt(arg));
        } else if (arg.matches(".+:\\d{1,9}") && Integer.parseInt(arg.substring(colon + 1)) > 0) {
            b = session.breakAtLine(arg.substring(0, colon), Integer.parseInt(arg.substring(colon + 1)));
        } else if (arg.matches("[A-Za-z_]\\w*")) {
            b = session.breakAtFunction(arg);
        } else {
            out.println("Function \"" + arg + "\" not defined; a breakpoint is FUNCTION, FILE:LINE or LINE.");
            return;
        }
        out.println("Breakpoint " + b.number() + " at " + b.spec());
        if (condition != null) {
            session.setCondition(b, condition);
        }
    }

    private void where() {
        where(false, "");
    }

    /**
     * Shows where the program is paused, as gdb does: the frame's line ({@code FUNCTION (ARGS) at FILE:LINE}) when
     * the stop was not a step, or a step ended in another frame than it started in; then the source line.
     *
     * @param always whether the frame's line is shown whatever frame the last stop was in
     * @param prefix what goes before the frame's line ({@code Breakpoint N, })
     */
    private void where(boolean always, String prefix) {
        List<Machine.FrameView> frames = session.frames();
        if (frames.isEmpty()) {
            return;
        }
        Machine.FrameView f = frames.get(0);
        String frame = f.function() + "#" + frames.size();
        if (always || !frame.equals(lastFrame)) {
            out.println(prefix + describe(f));
        }
        lastFrame = frame;
        out.println(f.pos().line() + "\t" + sourceLine(f.pos()));
    }

    private String describe(Machine.FrameView f) {
        StringBuilder sb = new StringBuilder(f.function()).append(" (");
        for (int i = 0; i < f.args().size(); i++) {
            Machine.VarView a = f.args().get(i);
            sb.append(i > 0 ? ", " : "").append(a.name()).append('=').append(a.shown());
        }
        return sb.append(") at ").append(f.pos().file()).append(':').append(f.pos().line()).toString();
    }

    private String sourceLine(Pos pos) {
        List<String> lines = sources.computeIfAbsent(pos.file(), file -> {
            try {
                return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        return pos.line() >= 1 && pos.line() <= lines.size() ? lines.get(pos.line() - 1).strip() : "";
    }

    private void backtrace() {
        List<Machine.FrameView> frames = session.frames();
        for (int i = 0; i < frames.size(); i++) {
            out.println("#" + i + "  " + describe(frames.get(i)));
        }
    }

    private void selectFrame(int n) {
        List<Machine.FrameView> frames = session.frames();
        if (n < 0 || n >= frames.size()) {
            out.println(n < 0 ? "Bottom (innermost) frame selected; you cannot go down." : "Initial frame selected;"
                    + " you cannot go up.");
            return;
        }
        selected = n;
        out.println("#" + n + "  " + describe(frames.get(n)));
        out.println(frames.get(n).pos().line() + "\t" + sourceLine(frames.get(n).pos()));
    }

    private void info(String what) {
        if (what.equals("trace") || what.startsWith("trace ")) {
            try {
                new Inspector(sim).traceLines(what.substring(5)).forEach(out::println);
            } catch (IllegalArgumentException e) {
                out.println(e.getMessage());
            }
            return;
        }
        List<Machine.FrameView> frames = session.frames();
        if (frames.isEmpty()) {
            out.println("No frame selected.");
            return;
        }
        Machine.FrameView f = frames.get(Math.min(selected, frames.size() - 1));
        switch (what) {
            case "locals" -> {
                if (f.locals().isEmpty()) {
                    out.println("No locals.");
                }
                f.locals().forEach(v -> out.println(v.name() + " = " + v.shown()));
            }
            case "args" -> {
                if (f.args().isEmpty()) {
                    out.println("No arguments.");
                }
                f.args().forEach(v -> out.println(v.name() + " = " + v.shown()));
            }
            case "frame" -> {
                out.println("Stack level " + selected + ", " + describe(f));
                if (selected + 1 < frames.size()) {
                    out.println(" called by frame at level " + (selected + 1) + " (" + frames.get(selected + 1).function()
                            + ")");
                }
                for (Machine.VarView v : f.locals()) {
                    out.println(" " + v.name() + ": " + v.type() + (v.address() >= 0 ? " at 0x"
                            + Long.toHexString(v.address()) : " (in a register)"));
                }
            }
            case "breakpoints", "b" -> {
                if (session.breakpoints().isEmpty() && session.watches().isEmpty()
                        && session.registerWatches().isEmpty()) {
                    out.println("No breakpoints or watchpoints.");
                }
                // in number order, whatever their kind, as gdb lists them
                SortedMap<Integer, String> listed = new TreeMap<>();
                for (Breakpoint b : session.breakpoints()) {
                    StringBuilder t = new StringBuilder(b.number() + "  breakpoint  " + b.spec());
                    if (session.condition(b) != null) {
                        t.append("\n\tstop only if ").append(session.condition(b));
                    }
                    t.append(hits(session.hitCount(b)));
                    if (session.ignoreCount(b) > 0) {
                        t.append("\n\tWill ignore next ").append(session.ignoreCount(b))
                                .append(" crossings of breakpoint.");
                    }
                    listed.put(b.number(), t.toString());
                }
                for (RegisterWatch w : session.registerWatches()) {
                    listed.put(w.number(), w.number() + "  " + switch (w.access()) {
                        case READ -> "read watchpoint";
                        case WRITE -> "hw watchpoint";
                        case ACCESS -> "acc watchpoint";
                    } + "  " + w.spec() + hits(session.hitCount(w)));
                }
                for (Watch w : session.watches()) {
                    listed.put(w.number(), w.number() + "  watchpoint  " + w.text());
                }
                listed.values().forEach(out::println);
            }
            default -> out.println("info locals, info args, info frame, info breakpoints or info trace [N]");
        }
    }

    /** gdb's line under a breakpoint or watchpoint that has stopped the program, or nothing. */
    private static String hits(int n) {
        return n == 0 ? "" : "\n\tbreakpoint already hit " + n + (n == 1 ? " time" : " times");
    }

    /**
     * {@code x/N EXPR}: N 32-bit words from the address an expression gives (a number, a pointer, {@code &x}): program
     * memory, or device registers in an MMIO mapping, peeked without a register access.
     */
    private void examine(String fmt, String arg) {
        int n = 1;
        java.util.regex.Matcher c = java.util.regex.Pattern.compile("^(\\d{1,9})").matcher(fmt);
        if (c.find()) {
            n = Math.min(256, Integer.parseInt(c.group(1)));
        }
        long a;
        try {
            Evaluator.Value v = session.evaluator().evaluate(arg, selected);
            if (!v.type().isScalar() && !v.type().isArray()) {
                out.println("Cannot examine a value of type " + v.type() + "; give an address.");
                return;
            }
            a = v.value();
        } catch (EvalException e) {
            out.println(e.getMessage());
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            long at = a + 4L * i;
            if (i % 4 == 0) {
                if (i > 0) {
                    out.println(sb);
                    sb.setLength(0);
                }
                sb.append("0x").append(Long.toHexString(at)).append(':');
            }
            try {
                sb.append("\t0x").append(String.format("%08x", session.evaluator().load(at, CType.UINT)));
            } catch (EvalException e) {
                out.println(sb + "\t" + e.getMessage());
                return;
            }
        }
        out.println(sb);
    }

    /** {@code print[/x] EXPR}: a C expression in the selected frame, shown as gdb shows it. */
    private void print(String expr, boolean hex) {
        if (session.frames().isEmpty()) {
            out.println("No frame selected.");
            return;
        }
        try {
            out.println("$ = " + session.evaluator().format(session.evaluator().evaluate(expr, selected), hex));
        } catch (EvalException e) {
            out.println(e.getMessage());
        }
    }
}
