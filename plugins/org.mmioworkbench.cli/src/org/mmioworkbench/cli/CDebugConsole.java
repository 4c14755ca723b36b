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
 * {@code reverse-next}, {@code reverse-continue}, {@code frame N}, {@code up}, {@code down}, {@code info locals|args|frame|breakpoints}, {@code print[/x] EXPR}
 * (names, {@code .}, {@code ->}, {@code [N]}, {@code *}), {@code watch VARIABLE} (a global or static variable: read at
 * each statement boundary, so {@code continue} stops after a change and {@code reverse-continue} before it),
 * {@code quit}. Going back restores the nearest checkpoint of
 * the machine and the simulator and runs forward to the statement before.
 */
final class CDebugConsole {
    private static final long CHECKPOINT_EVERY = 4096;
    private static final int MAX_CHECKPOINTS = 256;

    private final CMachine machine;
    private final Machine vm;
    private final Simulator sim;
    private final PrintStream out;
    private final Consoles consoles;
    private final List<Object[]> checkpoints = new ArrayList<>();
    private final List<String> breaks = new ArrayList<>();
    /** The number of each breakpoint of {@link #breaks}: breakpoints and watchpoints share one numbering, as in gdb. */
    private final List<Integer> breakNumbers = new ArrayList<>();
    private final List<Watch> watches = new ArrayList<>();
    /** The value of each watch at the statement boundary last passed going forward. */
    private long[] watched = new long[0];
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
                    breakNumbers.clear();
                    watches.clear();
                    watched = new long[0];
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
                        + "LINE, watch VARIABLE, delete, backtrace (bt), frame N, up, down, info locals|args|frame|breakpoints, "
                        + "print[/x] EXPR, x[/N] ADDRESS|POINTER (program memory, 32-bit words), quit");
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

    private void checkpoint() {
        checkpoints.add(new Object[] {vm.steps(), vm.snapshot(), sim.snapshot()});
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
            if (x.steps() % CHECKPOINT_EVERY == 0 && x.steps() > (long) checkpoints.get(checkpoints.size() - 1)[0]) {
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
            Object[] c = checkpoints.get(ci);
            if ((long) c[0] >= now) {
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

    private void restore(Object[] c) {
        vm.restore((Machine.State) c[1]);
        sim.restore((Snapshot) c[2]);
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
        Object[] best = checkpoints.get(0);
        for (Object[] c : checkpoints) {
            if ((long) c[0] <= target) {
                best = c;
            }
        }
        restore(best);
        runTo(target);
        where();
    }

    /** A watched variable of static storage: its address never changes, so it is read at each statement boundary. */
    private record Watch(int number, String name, long address, CType type) {
    }

    /** A watch that stopped the program: its value before and after the statement that changed it. */
    private record WatchHit(Watch watch, long oldValue, long newValue) {
    }

    /** The watch that stopped the last run; null when none did. */
    private WatchHit hit;

    private void addWatch(String arg) {
        Machine.VarView v = arg.isEmpty() ? null : global(arg.trim());
        if (v == null || !v.type().isScalar()) {
            out.println(arg.isEmpty() ? "Argument required (a global or static variable)."
                    : v == null ? "Can watch only a global or static variable; \"" + arg.trim() + "\" is not one here."
                    : "Can watch only a variable of integer or pointer type; \"" + arg.trim() + "\" is a " + v.type() + ".");
            return;
        }
        watches.add(new Watch(++numbered, v.name(), v.address(), v.type()));
        watched = watchValues();
        out.println("Hardware watchpoint " + numbered + ": " + v.name());
    }

    private long[] watchValues() {
        long[] values = new long[watches.size()];
        for (int i = 0; i < values.length; i++) {
            Watch w = watches.get(i);
            values[i] = vm.memory().load(w.address(), w.type());
        }
        return values;
    }

    /** Where {@code continue} and {@code run} stop: a breakpoint, or just after a watched value changed. */
    private boolean breakpointOrWatchChanged(Machine x) {
        return atBreakpoint(x) || watchChanged(x);
    }

    /** Going forward: true at the boundary after a statement that changed a watched value (remembered in {@link #hit}). */
    private boolean watchChanged(Machine x) {
        for (int i = 0; i < watched.length; i++) {
            Watch w = watches.get(i);
            long now = x.memory().load(w.address(), w.type());
            if (now != watched[i]) {
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
     */
    private java.util.function.ToLongFunction<Machine> breakpointOrWatchedChange() {
        long[][] before = {null};
        long[] beforeSteps = {-1};
        return x -> {
            long[] values = watchValues();
            long at = atBreakpoint(x) ? x.steps() : -1;
            if (before[0] != null) {
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != before[0][i]) {
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
        if (hit == null) {
            return;
        }
        Watch w = hit.watch();
        out.println();
        out.println("Hardware watchpoint " + w.number() + ": " + w.name());
        out.println();
        out.println("Old value = " + render(w.type(), hit.oldValue(), false, 0));
        out.println("New value = " + render(w.type(), hit.newValue(), false, 0));
        hit = null;
        if (reverse) {
            watched = watchValues();
        }
    }

    private boolean atBreakpoint(Machine x) {
        Insn in = x.current();
        if (in == null || in.stmtPos == null) {
            return false;
        }
        for (String b : breaks) {
            if (b.startsWith("fn:")) {
                Fn fn = x.top().fn;
                if (fn.name.equals(b.substring(3)) && firstStatement(fn) == x.top().pc) {
                    return true;
                }
            } else {
                int colon = b.lastIndexOf(':');
                String file = b.substring(0, colon);
                int line = Integer.parseInt(b.substring(colon + 1));
                if (in.stmtPos.line() == line && (file.isEmpty() || sameFile(in.stmtPos.file(), file))) {
                    return true;
                }
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
        if (arg.matches("\\d+")) {
            breaks.add(":" + arg);
        } else if (arg.matches(".+:\\d+")) {
            breaks.add(arg);
        } else {
            breaks.add("fn:" + arg);
        }
        breakNumbers.add(++numbered);
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
                for (int i = 0; i < breaks.size(); i++) {
                    String b = breaks.get(i);
                    out.println(breakNumbers.get(i) + "  breakpoint  " + (b.startsWith("fn:") ? b.substring(3)
                            : b.startsWith(":") ? b.substring(1) : b));
                }
                for (Watch w : watches) {
                    out.println(w.number() + "  watchpoint  " + w.name());
                }
            }
            default -> out.println("info locals, info args, info frame or info breakpoints");
        }
    }

    /** {@code x/N ADDR}: N 32-bit words of program memory, from a number or a pointer variable. */
    private void examine(String fmt, String arg) {
        int n = 1;
        java.util.regex.Matcher c = java.util.regex.Pattern.compile("^(\\d+)").matcher(fmt);
        if (c.find()) {
            n = Math.min(256, Integer.parseInt(c.group(1)));
        }
        long a;
        try {
            a = Long.decode(arg.trim());
        } catch (NumberFormatException e) {
            long[] v = evaluate(arg);
            if (v == null) {
                return;
            }
            a = v[0];
        }
        if (a >= Simulator.MMIO_VIRTUAL_BASE && a < Simulator.MMIO_VIRTUAL_LIMIT) {
            out.println("0x" + Long.toHexString(a) + " is in an MMIO mapping: reading it would be a register access;"
                    + " print a register through its pointer instead.");
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
            if (!vm.memory().readable(at)) {
                out.println(sb + "\tCannot access memory at address 0x" + Long.toHexString(at));
                return;
            }
            sb.append("\t0x").append(String.format("%08x", vm.memory().loadU32(at)));
        }
        out.println(sb);
    }

    /** The value of a pointer or integer variable of the selected frame, or null (after saying why). */
    private long[] evaluate(String expr) {
        List<Machine.FrameView> frames = vm.frames();
        String name = expr.trim();
        if (frames.isEmpty()) {
            out.println("No frame selected.");
            return null;
        }
        Machine.FrameView f = frames.get(Math.min(selected, frames.size() - 1));
        for (List<Machine.VarView> vs : List.of(f.locals(), f.args())) {
            for (Machine.VarView v : vs) {
                if (v.name().equals(name)) {
                    return new long[] {v.value()};
                }
            }
        }
        Machine.VarView g = global(name);
        if (g != null) {
            return new long[] {g.value()};
        }
        out.println("No symbol \"" + name + "\" in current context.");
        return null;
    }

    /** The global or static variable of that name (the first declared, for static locals of several functions). */
    private Machine.VarView global(String name) {
        for (Machine.VarView g : vm.globals()) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        return null;
    }

    /** Prints a name with {@code .m}, {@code ->m}, {@code [N]} and a leading {@code *}, from the selected frame. */
    private void print(String expr, boolean hex) {
        List<Machine.FrameView> frames = vm.frames();
        if (frames.isEmpty() || expr.isEmpty()) {
            out.println("The history is empty.");
            return;
        }
        Machine.FrameView f = frames.get(Math.min(selected, frames.size() - 1));
        String e = expr.trim();
        boolean deref = e.startsWith("*");
        if (deref) {
            e = e.substring(1).trim();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Za-z_]\\w*)").matcher(e);
        if (!m.find()) {
            out.println("A syntax error in expression, near `" + e + "'.");
            return;
        }
        String name = m.group(1);
        Machine.VarView v = null;
        for (Machine.VarView x : f.locals()) {
            if (x.name().equals(name)) {
                v = x;
            }
        }
        for (Machine.VarView x : f.args()) {
            if (x.name().equals(name)) {
                v = x;
            }
        }
        if (v == null) {
            v = global(name); // as in C, a local or argument hides a global of the same name
        }
        if (v == null) {
            out.println("No symbol \"" + name + "\" in current context.");
            return;
        }
        CType t = v.type();
        long value = v.value();
        String rest = e.substring(m.end());
        try {
            while (!rest.isEmpty()) {
                java.util.regex.Matcher s = java.util.regex.Pattern
                        .compile("^(\\.|->)\\s*([A-Za-z_]\\w*)|^\\[\\s*(\\d+)\\s*\\]").matcher(rest);
                if (!s.find()) {
                    out.println("A syntax error in expression, near `" + rest + "'.");
                    return;
                }
                if (s.group(3) != null) {
                    long i = Long.parseLong(s.group(3));
                    CType elem = t.isArray() || t.isPtr() ? t.base : null;
                    if (elem == null) {
                        out.println("cannot subscript something of type `" + t + "'");
                        return;
                    }
                    long a = value + i * elem.size();
                    t = elem;
                    value = t.isScalar() ? vm.memory().load(a, t) : a;
                } else {
                    CType rt = s.group(1).equals("->") ? (t.isPtr() ? t.base : null) : t;
                    if (rt == null || !rt.isRecord()) {
                        out.println("The member access is not to a struct or union.");
                        return;
                    }
                    CType.Member mem = rt.rec.find(s.group(2));
                    if (mem == null) {
                        out.println("There is no member named " + s.group(2) + ".");
                        return;
                    }
                    long a = value + mem.offset;
                    t = mem.type;
                    value = t.isScalar() ? vm.memory().load(a, t) : a;
                    if (mem.isBitField()) {
                        long u = value << (64 - mem.bitPos - mem.bitWidth);
                        value = t.isUnsigned() ? u >>> (64 - mem.bitWidth) : u >> (64 - mem.bitWidth);
                    }
                }
                rest = rest.substring(s.end()).trim();
            }
            if (deref) {
                if (!t.isPtr()) {
                    out.println("Attempt to take contents of a non-pointer value.");
                    return;
                }
                long a = value;
                t = t.base;
                value = t.isScalar() ? vm.memory().load(a, t) : a;
            }
        } catch (RuntimeException ex) {
            out.println("Cannot access memory: " + ex.getMessage());
            return;
        }
        out.println("$ = " + render(t, value, hex, 0));
    }

    /**
     * The text a {@code char *} points at, as gdb shows it after the address: up to 200 characters in quotes, with
     * C's escapes; nothing for a null pointer, and no read of an MMIO address (that would access a register).
     */
    private String string(long address) {
        if (address == 0 || (address >= Simulator.MMIO_VIRTUAL_BASE && address < Simulator.MMIO_VIRTUAL_LIMIT)) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" \"");
        try {
            for (int i = 0; i < 200; i++) {
                int ch = (int) vm.memory().loadU8(address + i);
                if (ch == 0) {
                    return sb.append('"').toString();
                }
                switch (ch) {
                    case '"', '\\' -> sb.append('\\').append((char) ch);
                    case '\n' -> sb.append("\\n");
                    case '\t' -> sb.append("\\t");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(ch >= 0x20 && ch < 0x7F ? String.valueOf((char) ch)
                            : String.format(java.util.Locale.ROOT, "\\%03o", ch));
                }
            }
            return sb.append("\"...").toString();
        } catch (CFault e) { // the pointer leads out of the program's memory
            return sb.length() == 2 ? " <error: Cannot access memory at address 0x" + Long.toHexString(address) + ">"
                    : sb.append("\"...").toString();
        }
    }

    private String render(CType t, long value, boolean hex, int depth) {
        if (t.isRecord() && depth < 3) {
            StringBuilder sb = new StringBuilder("{");
            for (CType.Member mem : t.rec.members) {
                if (mem.name == null) {
                    continue;
                }
                long a = value + mem.offset;
                long v = mem.type.isScalar() ? vm.memory().load(a, mem.type) : a;
                if (mem.isBitField()) {
                    long u = v << (64 - mem.bitPos - mem.bitWidth);
                    v = mem.type.isUnsigned() ? u >>> (64 - mem.bitWidth) : u >> (64 - mem.bitWidth);
                }
                sb.append(sb.length() > 1 ? ", " : "").append(mem.name).append(" = ")
                        .append(render(mem.type, v, hex, depth + 1));
            }
            return sb.append('}').toString();
        }
        if (t.isArray() && t.len >= 0 && depth < 3) {
            StringBuilder sb = new StringBuilder("{");
            for (long i = 0; i < Math.min(t.len, 64); i++) {
                long a = value + i * t.base.size();
                long v = t.base.isScalar() ? vm.memory().load(a, t.base) : a;
                sb.append(i > 0 ? ", " : "").append(render(t.base, v, hex, depth + 1));
            }
            return sb.append(t.len > 64 ? "...}" : "}").toString();
        }
        if (hex || t.isPtr()) {
            long masked = t.size() < 8 && t.isScalar() ? value & ((1L << (8 * t.size())) - 1) : value;
            String shown = "0x" + Long.toHexString(masked);
            return t.isPtr() && t.base.isInteger() && t.base.size() == 1 ? shown + string(value) : shown;
        }
        return t.isUnsigned() ? Long.toUnsignedString(value) : Long.toString(value);
    }
}
