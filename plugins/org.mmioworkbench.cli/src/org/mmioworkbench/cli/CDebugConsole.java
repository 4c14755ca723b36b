package org.mmioworkbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mmioworkbench.c.CMachine;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.c.internal.CFault;
import org.mmioworkbench.c.internal.CType;
import org.mmioworkbench.c.internal.Evaluator;
import org.mmioworkbench.c.internal.Evaluator.EvalException;
import org.mmioworkbench.c.internal.Fn;
import org.mmioworkbench.c.internal.Insn;
import org.mmioworkbench.c.internal.Machine;
import org.mmioworkbench.c.internal.Pos;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.Snapshot;

/**
 * {@code mmio-sim debug driver.c}: steps through C with gdb's commands: {@code run}, {@code start}, {@code step},
 * {@code next}, {@code finish},
 * {@code continue}, {@code reverse-step}, {@code break FUNCTION|FILE:LINE|LINE}, {@code delete}, {@code backtrace},
 * {@code reverse-next}, {@code reverse-continue}, {@code frame N}, {@code up}, {@code down}, {@code info locals|args|frame|breakpoints},
 * {@code print[/x] EXPR} and {@code x/N EXPR} (any C expression without side effects, in the selected frame, by the
 * program's own parser: see {@link Evaluator}; registers in MMIO mappings are peeked, never read), {@code watch EXPR}
 * (evaluated at each statement boundary in the frame it was set in, so {@code continue} stops after a change and
 * {@code reverse-continue} before it; a watch on a local ends when its frame returns), {@code quit}. Going back
 * restores the nearest checkpoint of the machine and the simulator and runs forward to the statement before.
 */
final class CDebugConsole {
    private static final long CHECKPOINT_EVERY = 4096;
    private static final int MAX_CHECKPOINTS = 256;

    private final CMachine machine;
    private final Machine vm;
    private final Simulator sim;
    private final PrintStream out;
    private final Consoles consoles;
    private final Evaluator evaluator;
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final List<Breakpoint> breaks = new ArrayList<>();
    private final List<Watch> watches = new ArrayList<>();
    /** The value of each watch at the statement boundary last passed going forward (null: it could not be read). */
    private Long[] watched = new Long[0];
    /** Breakpoints and watchpoints share one numbering, as in gdb. */
    private int numbered;
    private final Map<String, List<String>> sources = new HashMap<>();
    private final String file;
    private CMachine.Outcome end;
    private boolean replaying;
    private int selected;
    private String lastFunction;

    CDebugConsole(CProgram program, Simulator sim, String process, PrintStream out) throws Exception {
        this.sim = sim;
        this.out = out;
        this.file = program.file();
        this.consoles = new Consoles(sim);
        this.machine = new CMachine(program, sim, process, new org.mmioworkbench.c.internal.Mailbox(), b -> {
            if (replaying) {
                return; // re-running from a checkpoint: the output was shown the first time
            }
            out.print(consoles.poll(true));
            out.write(b, 0, b.length);
            out.flush();
        });
        this.vm = machine.machine();
        this.evaluator = new Evaluator(vm, sim, process);
        checkpoint();
    }

    int run(LineInput in) throws IOException {
        out.println("C driver paused before its first statement; 'help' lists the commands.");
        where();
        String last = "";
        for (;;) {
            String line = in.readLine("(mmio) ");
            if (line == null) {
                out.println("quit"); // as gdb, and the script console, say at the end of input
                break;
            }
            line = line.trim();
            if (line.isEmpty()) {
                line = last;
            }
            last = line;
            if (line.isEmpty()) {
                continue;
            }
            String[] w = line.split("\\s+", 2);
            String cmd = w[0];
            String arg = w.length > 1 ? w[1].trim() : "";
            switch (cmd) {
                case "q", "quit" -> {
                    return end != null && (end.error() || end.status() != 0) ? MmioSim.FAILED : MmioSim.OK;
                }
                case "s", "step" -> go(x -> true);
                case "n", "next" -> {
                    int d = vm.top().depth();
                    go(x -> x.top().depth() <= d);
                }
                case "finish" -> {
                    int d = vm.top().depth();
                    if (d == 1) {
                        out.println("\"finish\" not meaningful in the outermost frame.");
                    } else {
                        go(x -> x.top().depth() < d);
                    }
                }
                case "c", "continue" -> go(this::breakpointOrWatchChanged);
                case "watch" -> addWatch(arg);
                case "r", "run", "start" -> {
                    // as gdb: the program starts again from its first statement (the checkpoint taken there)
                    restore(checkpoints.get(0));
                    out.println("Starting " + file + " from the beginning.");
                    if (cmd.equals("start") || atBreakpoint(vm)) {
                        where();
                    } else {
                        go(this::breakpointOrWatchChanged);
                    }
                }
                case "rs", "reverse-step" -> reverseStep();
                case "rn", "reverse-next" -> {
                    int d = vm.top().depth();
                    reverseUntil(() -> x -> x.top().depth() <= d ? x.steps() : -1);
                }
                case "rc", "reverse-continue" -> reverseUntil(this::breakpointOrWatchedChange);
                case "b", "break" -> addBreak(arg);
                case "delete", "d" -> {
                    breaks.clear();
                    watches.clear();
                    watched = new Long[0];
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
                case "help", "h" -> out.println("run (start again and continue), start (start again), step, next, finish, continue, reverse-step (rs), reverse-next (rn), "
                        + "reverse-continue (rc), break FUNCTION|FILE:LINE|"
                        + "LINE, watch EXPR, delete, backtrace (bt), frame N, up, down, info locals|args|frame|breakpoints, "
                        + "print[/x] EXPR, x[/N] EXPR (32-bit words at an address; registers are peeked), quit");
            }
            out.flush();
        }
        return end != null && (end.error() || end.status() != 0) ? MmioSim.FAILED : MmioSim.OK;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The machine and the simulator as they were after a number of statements. */
    private record Checkpoint(long steps, Machine.State machine, Snapshot simulator) {
    }

    private void checkpoint() {
        checkpoints.add(new Checkpoint(vm.steps(), vm.snapshot(), sim.snapshot()));
        if (checkpoints.size() > MAX_CHECKPOINTS) {
            for (int i = checkpoints.size() - 2; i > 0; i -= 2) {
                checkpoints.remove(i); // keep the first and the newest; thin out the rest
            }
        }
    }

    private void go(Machine.Stop stop) {
        if (end != null) {
            out.println("The program is not being run.");
            return;
        }
        selected = 0;
        CMachine.Outcome o = machine.runUntil(x -> {
            if (x.steps() % CHECKPOINT_EVERY == 0 && x.steps() > checkpoints.get(checkpoints.size() - 1).steps()) {
                checkpoint();
            }
            return stop.stop(x);
        });
        out.print(consoles.poll(true));
        if (o.paused()) {
            reportWatchHit(false);
            where();
            return;
        }
        end = o;
        if (o.error()) {
            out.println(o.message());
            o.backtrace().forEach(out::println);
        } else {
            out.println("[program exited with code " + o.status() + "]");
        }
    }

    /**
     * Goes back to the latest earlier statement boundary a condition names (or to the start). A condition is asked
     * at each boundary in turn and answers with the boundary to stop at, or -1; it is made afresh for each stretch
     * re-run from a checkpoint, since it may remember the boundary before (a watch does).
     */
    private void reverseUntil(java.util.function.Supplier<java.util.function.ToLongFunction<Machine>> conditions) {
        long now = vm.steps();
        if (now == 0) {
            out.println("Already at the start of the program.");
            return;
        }
        for (int ci = checkpoints.size() - 1; ci >= 0; ci--) {
            Checkpoint c = checkpoints.get(ci);
            if (c.steps() >= now) {
                continue;
            }
            restore(c);
            java.util.function.ToLongFunction<Machine> condition = conditions.get();
            long[] found = {-1};
            WatchHit[] foundHit = {null};
            java.util.function.Predicate<Machine> ask = x -> {
                long at = condition.applyAsLong(x);
                if (at >= 0 && at < now) {
                    found[0] = at;
                    foundHit[0] = hit;
                }
                return x.steps() >= now;
            };
            if (!ask.test(vm)) {
                replaying = true;
                try {
                    machine.runUntil(ask::test);
                } finally {
                    replaying = false;
                }
            }
            if (found[0] >= 0) {
                restore(c);
                runTo(found[0]);
                hit = foundHit[0];
                reportWatchHit(true);
                where();
                return;
            }
        }
        restore(checkpoints.get(0));
        out.println("No earlier statement matches; back at the start of the program.");
        where();
    }

    private void restore(Checkpoint c) {
        vm.restore(c.machine());
        sim.restore(c.simulator());
        consoles.resync();
        end = null;
        selected = 0;
        watched = watchValues();
        hit = null;
    }

    private void runTo(long target) {
        if (vm.steps() < target) {
            replaying = true;
            try {
                machine.runUntil(x -> x.steps() >= target);
            } finally {
                replaying = false;
            }
        }
        consoles.resync(); // what the replay sent on a UART was shown the first time
    }

    private void reverseStep() {
        long target = vm.steps() - 1;
        if (target < 0) {
            out.println("Already at the start of the program.");
            return;
        }
        Checkpoint best = checkpoints.get(0);
        for (Checkpoint c : checkpoints) {
            if (c.steps() <= target) {
                best = c;
            }
        }
        restore(best);
        runTo(target);
        where();
    }

    /** A watchpoint: an expression, evaluated at each statement boundary in the frame it was set in. */
    private record Watch(int number, Evaluator.Parsed expr) {
    }

    /** A watch that stopped the program: its value before and after the statement that changed it. */
    private record WatchHit(Watch watch, Long oldValue, Long newValue) {
    }

    /** The watch that stopped the last run; null when none did. */
    private WatchHit hit;
    /** A watch on a local whose frame returned during the last run: it is reported and deleted. */
    private Watch scopeLeft;

    private void addWatch(String arg) {
        Evaluator.Parsed e;
        try {
            e = evaluator.parse(arg, selected);
            evaluator.evaluate(e);
        } catch (EvalException ex) {
            out.println(ex.getMessage());
            return;
        }
        if (!e.type().isScalar()) {
            out.println("Can watch only an expression of integer or pointer type; \"" + e.text() + "\" is a "
                    + e.type() + ".");
            return;
        }
        watches.add(new Watch(++numbered, e));
        watched = watchValues();
        out.println("Hardware watchpoint " + numbered + ": " + e.text());
    }

    /** The value of a watch now, or null when it cannot be read (its frame gone, or memory unreadable). */
    private Long watchValue(Watch w) {
        try {
            return evaluator.inScope(w.expr()) ? evaluator.evaluate(w.expr()).value() : null;
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

    /** Where {@code continue} and {@code run} stop: a breakpoint, or just after a watched value changed. */
    private boolean breakpointOrWatchChanged(Machine x) {
        return atBreakpoint(x) || watchChanged();
    }

    /**
     * Going forward: true at the boundary after a statement that changed a watched value (remembered in {@link #hit}),
     * or after the return of the frame a watch on a local was set in (remembered in {@link #scopeLeft}).
     */
    private boolean watchChanged() {
        for (int i = 0; i < watched.length; i++) {
            Watch w = watches.get(i);
            if (!evaluator.inScope(w.expr())) {
                scopeLeft = w;
                return true;
            }
            Long now = watchValue(w);
            if (!java.util.Objects.equals(now, watched[i])) {
                hit = new WatchHit(w, watched[i], now);
                watched[i] = now;
                return true;
            }
        }
        return false;
    }

    /**
     * Going back: a breakpoint, or the boundary before a statement that changed a watched value, so that
     * reverse-continue stops before the change, as gdb does (its Old value is the later one, New the earlier).
     * Boundaries where a watch's frame does not exist are not changes.
     */
    private java.util.function.ToLongFunction<Machine> breakpointOrWatchedChange() {
        Long[][] before = {null};
        long[] beforeSteps = {-1};
        return x -> {
            Long[] values = watchValues();
            long at = atBreakpoint(x) ? x.steps() : -1;
            if (before[0] != null) {
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null && before[0][i] != null && !values[i].equals(before[0][i])) {
                        at = beforeSteps[0];
                        hit = new WatchHit(watches.get(i), values[i], before[0][i]);
                        break;
                    }
                }
            }
            before[0] = values;
            beforeSteps[0] = x.steps();
            return at;
        };
    }

    /** Says which watch stopped the program and how its value changed, as gdb does; nothing if none did. */
    private void reportWatchHit(boolean reverse) {
        if (scopeLeft != null) {
            out.println();
            out.println("Watchpoint " + scopeLeft.number() + " deleted because the program has left the block in");
            out.println("which its expression is valid.");
            int i = watches.indexOf(scopeLeft);
            watches.remove(i);
            watched = watchValues();
            scopeLeft = null;
        }
        if (hit == null) {
            return;
        }
        Watch w = hit.watch();
        out.println();
        out.println("Hardware watchpoint " + w.number() + ": " + w.expr().text());
        out.println();
        out.println("Old value = " + shown(w, hit.oldValue()));
        out.println("New value = " + shown(w, hit.newValue()));
        hit = null;
        if (reverse) {
            watched = watchValues();
        }
    }

    private String shown(Watch w, Long value) {
        return value == null ? "<unreadable>" : evaluator.format(new Evaluator.Value(w.expr().type(), value), false);
    }

    /** A breakpoint: at the first statement of a function, or at the statements of a line (of a file, or any). */
    private record Breakpoint(int number, String function, String file, int line, String spec) {
    }

    private boolean atBreakpoint(Machine x) {
        Insn in = x.current();
        if (in == null || in.stmtPos == null) {
            return false;
        }
        for (Breakpoint b : breaks) {
            if (b.function() != null) {
                Fn fn = x.top().fn;
                if (fn.name.equals(b.function()) && firstStatement(fn) == x.top().pc) {
                    return true;
                }
            } else if (in.stmtPos.line() == b.line() && (b.file().isEmpty() || sameFile(in.stmtPos.file(), b.file()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFile(String a, String b) {
        return a.equals(b) || a.endsWith("/" + b) || Path.of(a).getFileName().toString().equals(b);
    }

    private static int firstStatement(Fn fn) {
        for (int i = 0; i < fn.code.length; i++) {
            if (fn.code[i].stmt) {
                return i;
            }
        }
        return 0;
    }

    private void addBreak(String arg) {
        if (arg.isEmpty()) {
            out.println("Argument required (function, FILE:LINE or LINE).");
            return;
        }
        int colon = arg.lastIndexOf(':');
        if (arg.matches("\\d{1,9}")) {
            breaks.add(new Breakpoint(++numbered, null, "", Integer.parseInt(arg), arg));
        } else if (arg.matches(".+:\\d{1,9}")) {
            breaks.add(new Breakpoint(++numbered, null, arg.substring(0, colon), Integer.parseInt(arg.substring(colon + 1)),
                    arg));
        } else if (arg.matches("[A-Za-z_]\\w*")) {
            breaks.add(new Breakpoint(++numbered, arg, null, 0, arg));
        } else {
            out.println("Function \"" + arg + "\" not defined; a breakpoint is FUNCTION, FILE:LINE or LINE.");
            return;
        }
        out.println("Breakpoint " + numbered + " at " + arg);
    }

    private void where() {
        List<Machine.FrameView> frames = vm.frames();
        if (frames.isEmpty()) {
            return;
        }
        Machine.FrameView f = frames.get(0);
        if (!f.function().equals(lastFunction)) {
            out.println(describe(f));
            lastFunction = f.function();
        }
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
        List<Machine.FrameView> frames = vm.frames();
        for (int i = 0; i < frames.size(); i++) {
            out.println("#" + i + "  " + describe(frames.get(i)));
        }
    }

    private void selectFrame(int n) {
        List<Machine.FrameView> frames = vm.frames();
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
        List<Machine.FrameView> frames = vm.frames();
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
                if (breaks.isEmpty() && watches.isEmpty()) {
                    out.println("No breakpoints or watchpoints.");
                }
                for (Breakpoint b : breaks) {
                    out.println(b.number() + "  breakpoint  " + b.spec());
                }
                for (Watch w : watches) {
                    out.println(w.number() + "  watchpoint  " + w.expr().text());
                }
            }
            default -> out.println("info locals, info args, info frame or info breakpoints");
        }
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
            Evaluator.Value v = evaluator.evaluate(arg, selected);
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
                sb.append("\t0x").append(String.format("%08x", evaluator.load(at, CType.UINT)));
            } catch (EvalException e) {
                out.println(sb + "\t" + e.getMessage());
                return;
            }
        }
        out.println(sb);
    }

    /** {@code print[/x] EXPR}: a C expression in the selected frame, shown as gdb shows it. */
    private void print(String expr, boolean hex) {
        if (vm.frames().isEmpty()) {
            out.println("No frame selected.");
            return;
        }
        try {
            out.println("$ = " + evaluator.format(evaluator.evaluate(expr, selected), hex));
        } catch (EvalException e) {
            out.println(e.getMessage());
        }
    }
}
