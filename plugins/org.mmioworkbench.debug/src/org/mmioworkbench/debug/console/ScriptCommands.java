package org.mmioworkbench.debug.console;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.mmioworkbench.c.internal.Evaluator.EvalException;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.SourceLine;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.devices.RegisterFile;
import org.mmioworkbench.debug.Breakpoint;
import org.mmioworkbench.debug.ConsoleCapture;
import org.mmioworkbench.debug.CDebugSession;
import org.mmioworkbench.debug.DebugListener;
import org.mmioworkbench.debug.MappedRegister;
import org.mmioworkbench.debug.RegisterWatch;
import org.mmioworkbench.debug.RunResult;
import org.mmioworkbench.debug.SerialConsoles;
import org.mmioworkbench.debug.SuspendReason;
import org.mmioworkbench.script.ExecutedStatement;
import org.mmioworkbench.script.Outcome;
import org.mmioworkbench.script.Script;
import org.mmioworkbench.script.ScriptMachine;
import org.mmioworkbench.script.ScriptOptions;
import org.mmioworkbench.script.ScriptOutput;
import org.mmioworkbench.script.StatementInfo;

/**
 * The script debugger's commands, with gdb's names, abbreviations and habits (an empty line repeats the last command;
 * {@code list} and {@code x} go on where they stopped; see {@link #HELP}) over the debug engine's
 * {@link CDebugSession}, which runs the script lowered onto the C interpreter, forward and back. It parses commands,
 * hands what moves the script to a {@link RunControl}, and prints what the engine's typed results mean. Made by
 * {@link #load} it owns its session and shows the script's output too (what it prints, what the UARTs send, the
 * kernel's diagnostics), collected in order while a command runs and printed when it ends; attached to a front end's
 * session ({@link DebugCommands#attach}) it prints only its answers.
 */
public final class ScriptCommands implements DebugCommands {
    private static final int MAX_EVENTS_SHOWN = 24;

    /** What {@code help} prints. */
    public static final String HELP = """
            Running (an empty line repeats the last command):
              step [N], s           run to the next statement (next, n: the same; the language has no functions)
              stepi [N], si         run to just after the next MMIO access or API call (nexti, ni: the same)
              continue, c           run to a breakpoint, a watchpoint or the end
              run, r                start again from the beginning and continue
              start                 start again from the beginning and pause before the first statement
            Going back in time (registers, regions, handles, variables and consoles are restored exactly):
              reverse-step [N], rs  back to the previous statement (reverse-next, rn; reverse-stepi, rsi)
              reverse-continue, rc  back to the previous breakpoint or watchpoint hit, or to the start
              reverse-to-event N    back to just after the access or call that made trace event #N
                                    (info trace lists the events with their numbers)
            Stopping:
              break [LINE], b       pause before the statements of a line (default: the current line)
              watch DEV.REG[.FIELD] pause after a write to the register, or an access that changes the field
              rwatch DEV.REG[.FIELD] pause after a read of the register
              awatch DEV.REG[.FIELD] pause after any access of the register (of a field: a read, or a change)
              delete [N...], d      delete breakpoints and watchpoints (all without a number)
            Looking (without side effects):
              info breakpoints      breakpoints and watchpoints (info b, info watchpoints)
              info registers [DEV]  device registers with their decoded fields (info r)
              info regions | handles | processes | variables | console | diagnostics | program
              info trace [N]        the last N trace events (default 10), with their numbers
              print[/x|d|u|o|t|c] EXPR, p   a C integer expression of variables, #defines and constants
              x/NFU ADDR            examine N units (U: b, h, w) at a virtual address of the current
                                    process, F: x (default), d, u, t, c; e.g. x/4xw base
              list [LINE|A,B], l    show source lines
              help, h               this text
              quit, q               leave (exit status: 0, or 1/2 if the script ended with a failure/error)""";

    private static final List<String> COMMANDS = List.of("step", "next", "stepi", "nexti", "continue", "run", "start",
            "reverse-step", "reverse-next", "reverse-stepi", "reverse-nexti", "reverse-continue", "reverse-to-event", "break", "watch",
            "rwatch", "awatch", "delete", "info", "print", "x", "list", "help", "quit");
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("s", "step"), Map.entry("n", "next"),
            Map.entry("si", "stepi"), Map.entry("ni", "nexti"), Map.entry("c", "continue"),
            Map.entry("cont", "continue"), Map.entry("fg", "continue"), Map.entry("r", "run"),
            Map.entry("rs", "reverse-step"), Map.entry("rn", "reverse-next"), Map.entry("rsi", "reverse-stepi"),
            Map.entry("rni", "reverse-nexti"), Map.entry("rc", "reverse-continue"), Map.entry("b", "break"),
            Map.entry("br", "break"), Map.entry("d", "delete"), Map.entry("i", "info"), Map.entry("p", "print"),
            Map.entry("inspect", "print"), Map.entry("l", "list"), Map.entry("h", "help"), Map.entry("q", "quit"),
            Map.entry("exit", "quit"));
    private static final List<String> INFO_TOPICS = List.of("breakpoints", "watchpoints", "registers",
            "all-registers", "regions", "handles", "processes", "variables", "locals", "console", "diagnostics",
            "program", "trace");
    private static final Map<String, String> INFO_ALIASES = Map.of("b", "breakpoints", "br", "breakpoints", "r",
            "registers", "reg", "registers");

    private final String fileName;
    private final Board board;
    private final Simulator sim;
    private final CDebugSession session;
    private final RunControl control;
    private final ScriptMachine machine;
    /** The UARTs whose output this console shows, or null when the front end shows the script's output. */
    private final SerialConsoles consoles;
    private final Inspector inspector;
    private final Script script;
    private final PrintStream out;
    /** What the script printed, what the UARTs sent and the kernel diagnosed, since the last command's output. */
    private final HeldOutput output = new HeldOutput();
    private long polledTrace = -1;
    private long diagnosed;
    /** Why the command running stopped: breakpoint and watchpoint reports, in order. */
    private final List<String> reasons = new ArrayList<>();
    private String lastLine;
    private int listNext = -1;
    private int listCenter = 1;
    private long xNext;
    private char xFormat = 'x';
    private int xBytes = 4;
    private int values;

    /**
     * Loads a script into a debug session of its own, paused before its first statement; the commands show its
     * output.
     *
     * @param script the script
     * @param fileName its name in messages, as given
     * @param board the board it runs on
     * @param notes lines shown before the first command's output (where the board came from)
     * @param traceWindow how many of the most recent trace events the simulator keeps
     * @param out standard output
     * @return the commands
     */
    public static ScriptCommands load(Script script, String fileName, Board board, List<String> notes,
            int traceWindow, PrintStream out) {
        return new ScriptCommands(script, fileName, board, notes, traceWindow, out);
    }

    private ScriptCommands(Script script, String fileName, Board board, List<String> notes, int traceWindow,
            PrintStream out) {
        this.fileName = fileName;
        this.board = board;
        this.script = script;
        this.out = out;
        this.sim = new Simulator(board, traceWindow);
        this.consoles = new SerialConsoles(sim);
        this.inspector = new Inspector(sim);
        this.session = CDebugSession.forScript(script, sim, ScriptOptions.defaults(),
                ScriptOutput.of(this::printed, this::warned));
        this.control = RunControl.direct(session);
        this.machine = session.script().orElseThrow();
        session.setProgress(this::pollOutput, 1); // each statement's UART bytes and diagnostics, in order
        session.addListener(new DebugListener() {
            @Override
            public void restored() {
                resyncOutput(); // what a replay does was shown the first time
            }
        });
        for (String note : notes) {
            output.appendText(note + "\n");
        }
        pollOutput();
    }

    /** Attaches to a script's session that a front end runs and shows the output of. */
    ScriptCommands(CDebugSession session, String fileName, PrintStream out, RunControl control) {
        this.fileName = fileName;
        this.session = session;
        this.control = control;
        this.out = out;
        this.machine = session.script().orElseThrow();
        this.script = machine.script();
        this.sim = session.simulator();
        this.board = sim.board();
        this.consoles = null;
        this.inspector = new Inspector(sim);
    }

    @Override
    public CDebugSession session() {
        return session;
    }

    /**
     * Returns how far the script has run, for the out-of-memory line.
     *
     * @return e.g. {@code 123 statements (456 trace events)}
     */
    public String progress() {
        return session.statements() + " statements (" + sim.traceLength() + " trace events)";
    }

    // ----- output ----------------------------------------------------------------------------------

    private void printed(String text) {
        pollOutput();
        output.appendBytes(consoles.poll(true));
        output.appendText(text);
    }

    private void warned(String message) {
        output.newLine();
        output.appendText(message + "\n");
    }

    /** Collects new UART output and diagnostics (called after each statement while the script runs). */
    private void pollOutput() {
        long length = sim.traceLength();
        if (consoles == null || length == polledTrace) {
            return;
        }
        polledTrace = length;
        output.appendBytes(consoles.poll(false));
        long count = sim.diagnosticCount();
        if (count > diagnosed) {
            SourceLine at = machine.lastStatement()
                    .map(s -> new SourceLine(fileName, s.statement().line())).orElse(null);
            for (String line : ConsoleCapture.recent(sim, diagnosed, at).lines(" (--trace-window all keeps every one)")) {
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

    @Override
    public void start() {
        out.println("MMIO Workbench debugger: " + fileName + " on board " + board.name()
                + ". Type \"help\" for the commands.");
        flushOutput();
        if (session.statements() > 0) { // attached to a session that has run already
            showLocation();
        } else if (machine.currentStatement().isPresent()) {
            showLine(machine.currentStatement().get().line());
        } else {
            out.println("The script has no statements.");
        }
        out.flush();
    }

    @Override
    public boolean execute(String typed) {
        String line = typed.strip();
        if (line.isEmpty()) {
            if (lastLine == null) {
                return true;
            }
            line = lastLine;
        }
        boolean more = command(line);
        out.flush();
        return more;
    }

    /**
     * Returns the exit status for the script's state: 0 unless it ended with a failure (1: assertion, fault,
     * loop bound) or an error (2).
     *
     * @return the status
     */
    @Override
    public int exitStatus() {
        if (!machine.isTerminated()) {
            return OK;
        }
        return switch (machine.outcome().kind()) {
            case FINISHED, PAUSED -> OK;
            case ASSERTION_FAILED, FAULT, LOOP_BOUND -> FAILED;
            case RUNTIME_ERROR -> ERROR;
        };
    }

    /** Runs one command line, not empty; returns false for quit. */
    private boolean command(String line) {
        String word = line.split("\\s+", 2)[0];
        String modifier = "";
        int slash = word.indexOf('/');
        if (slash > 0) {
            modifier = word.substring(slash + 1);
            word = word.substring(0, slash);
        } else if (word.startsWith("x/")) {
            modifier = word.substring(2);
            word = "x";
        }
        String rest = line.substring(Math.min(line.length(), line.split("\\s+", 2)[0].length())).strip();
        String command = resolve(word);
        if (command == null) {
            out.println("Undefined command: \"" + word + "\".  Try \"help\".");
            lastLine = null;
            return true;
        }
        lastLine = switch (command) {
            case "break", "watch", "rwatch", "awatch", "delete", "run", "start", "quit", "help" -> null;
            case "list" -> "list";
            case "x" -> null; // set by examine()
            default -> line;
        };
        try {
            switch (command) {
                case "step", "next" -> forward(count(rest), false);
                case "stepi", "nexti" -> forward(count(rest), true);
                case "continue" -> cont();
                case "run" -> {
                    RunResult atStart = restart();
                    if (atStart instanceof RunResult.Suspended s && s.reason() instanceof SuspendReason.BreakpointHit b) {
                        out.println(breakpointLine(b));
                        showLocation();
                    } else {
                        cont();
                    }
                }
                case "start" -> {
                    restart();
                    showLocation();
                }
                case "reverse-step", "reverse-next", "reverse-stepi", "reverse-nexti" -> reverseStep(count(rest));
                case "reverse-continue" -> reverseContinue();
                case "reverse-to-event" -> toEvent(rest);
                case "break" -> breakpoint(rest);
                case "watch" -> watch(RegisterWatch.Access.WRITE, rest);
                case "rwatch" -> watch(RegisterWatch.Access.READ, rest);
                case "awatch" -> watch(RegisterWatch.Access.ACCESS, rest);
                case "delete" -> delete(rest);
                case "info" -> info(rest);
                case "print" -> print(modifier, rest);
                case "x" -> examine(modifier, rest);
                case "list" -> list(rest);
                case "help" -> out.println(HELP);
                case "quit" -> {
                    return false;
                }
                default -> out.println("Undefined command: \"" + word + "\".");
            }
        } catch (CommandError e) {
            out.println(e.getMessage());
            lastLine = null;
        } catch (RuntimeException e) {
            out.println("Internal error in \"" + line + "\": " + e);
            lastLine = null;
        }
        out.flush();
        return true;
    }

    /** A mistake in a command: printed, and the command does nothing. */
    private static final class CommandError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CommandError(String message) {
            super(message);
        }
    }

    private static String resolve(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (ALIASES.containsKey(w)) {
            return ALIASES.get(w);
        }
        if (COMMANDS.contains(w)) {
            return w;
        }
        List<String> matches = COMMANDS.stream().filter(c -> c.startsWith(w)).toList();
        return matches.size() == 1 ? matches.get(0) : null;
    }

    private static int count(String rest) {
        if (rest.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(rest);
            if (n < 1) {
                throw new CommandError("The count must be at least 1.");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CommandError("Invalid count \"" + rest + "\".");
        }
    }

    // ----- running ---------------------------------------------------------------------------------

    /** Starts again from the beginning, paused before the first statement (at a breakpoint there, if any). */
    private RunResult restart() {
        RunResult r = control.run(new Motion.Restart(true));
        output.setLength(0);
        out.println("Starting " + fileName + " from the beginning.");
        return r;
    }

    private void requireRunning() {
        if (machine.isTerminated()) {
            throw new CommandError("The script is not running (it ended: " + machine.outcome().message()
                    + "). Use \"run\" or \"start\" to start again, or \"reverse-step\" to go back.");
        }
    }

    /** Whether the machine, paused after an access that was its statement's last instruction, is before the next. */
    private boolean beforeNextStatement() {
        return machine.machine().pausedMidStatement() && !session.inStatement();
    }

    private void forward(int n, boolean access) {
        requireRunning();
        long from = sim.traceLength();
        RunResult r = null;
        for (int i = 0; i < n; i++) {
            if (access) {
                r = control.run(new Motion.StepToAccess());
            } else {
                if (beforeNextStatement()) {
                    control.run(new Motion.StepInto()); // the statement that made the access has no instruction left
                }
                r = control.run(new Motion.StepInto());
            }
            if (!(r instanceof RunResult.Suspended s) || s.reason() instanceof SuspendReason.ClientRequest) {
                break;
            }
            if (s.reason() instanceof SuspendReason.BreakpointHit b) {
                reasons.add(breakpointLine(b)); // a step onto a breakpoint reports it, as gdb does
            }
        }
        showStop(r, from);
    }

    private void cont() {
        requireRunning();
        long from = sim.traceLength();
        RunResult r = control.run(new Motion.Resume());
        // the engine stops at the watched access; the console reports it and finishes its statement, as software
        // watchpoints do (further watched accesses of the statement are reported too)
        while (r instanceof RunResult.Suspended s) {
            switch (s.reason()) {
                case SuspendReason.RegisterWatchTriggered h -> h.watches()
                        .forEach(w -> reasons.add(Format.watchReport(w, h.access(), false)));
                case SuspendReason.BreakpointHit b -> reasons.add(breakpointLine(b));
                case SuspendReason.ClientRequest c -> reasons.add("Interrupted.");
                default -> {
                }
            }
            if (!(s.reason() instanceof SuspendReason.RegisterWatchTriggered)
                    || !machine.machine().pausedMidStatement()) {
                break;
            }
            r = control.run(new Motion.StepInto());
        }
        showStop(r, from);
    }

    private void reverseStep(int n) {
        long before = session.statements();
        control.run(new Motion.ReverseStep(n));
        long back = before - session.statements();
        flushOutput();
        if (back == 0) {
            out.println("No more reverse-execution history.");
        } else if (back < n) {
            out.println("No more reverse-execution history: went back " + back + " of " + n + " statements, to the"
                    + " start of the script.");
        }
        showLocation();
    }

    private void reverseContinue() {
        RunResult r = control.run(new Motion.ReverseResume());
        flushOutput();
        if (r instanceof RunResult.Suspended s) {
            switch (s.reason()) {
                case SuspendReason.RegisterWatchTriggered h -> h.watches()
                        .forEach(w -> out.println(Format.watchReport(w, h.access(), true)));
                case SuspendReason.BreakpointHit b -> out.println(breakpointLine(b));
                case SuspendReason.AtStart a -> out.println("No more reverse-execution history.");
                default -> {
                }
            }
        }
        showLocation();
    }

    /** {@code reverse-to-event N}: back to just after the access or kernel call that made event N. */
    private void toEvent(String rest) {
        long seq;
        try {
            seq = Inspector.eventToGoBackTo(session, rest);
        } catch (IllegalArgumentException e) {
            throw new CommandError(e.getMessage());
        }
        control.run(new Motion.GoBackToEvent(seq));
        flushOutput();
        List<TraceEvent> events = sim.traceSince(seq);
        if (!events.isEmpty() && events.get(0).seq() == seq) {
            out.println("  #" + seq + " " + Format.event(events.get(0), machine.process()));
        }
        showLocation();
    }

    private void flushOutput() {
        if (consoles == null) {
            return; // the front end shows the script's output
        }
        pollOutput();
        output.appendBytes(consoles.poll(true));
        output.flushTo(out);
    }

    /** Prints the program's output, why it stopped, the accesses of the last statement and where it is. */
    private String breakpointLine(SuspendReason.BreakpointHit b) {
        return "Breakpoint " + b.breakpoint().number() + ", " + fileName + ":" + b.breakpoint().line();
    }

    private void showStop(RunResult r, long fromTrace) {
        flushOutput();
        for (String reason : reasons) {
            out.println(reason);
        }
        reasons.clear();
        Outcome o = r instanceof RunResult.Terminated ? machine.outcome() : null;
        Optional<ExecutedStatement> last = machine.lastStatement();
        if (last.isPresent()) {
            List<TraceEvent> events = machine.lastStatementEvents();
            List<TraceEvent> shown = new ArrayList<>();
            for (TraceEvent e : events) {
                if (e.seq() >= fromTrace) {
                    shown.add(e);
                }
            }
            String process = last.get().process();
            for (int i = 0; i < Math.min(shown.size(), MAX_EVENTS_SHOWN); i++) {
                out.println("  " + Format.event(shown.get(i), process));
            }
            if (shown.size() > MAX_EVENTS_SHOWN) {
                out.println("  ... and " + (shown.size() - MAX_EVENTS_SHOWN) + " more");
            }
        }
        if (o != null && o.isTerminal()) {
            if (o.kind() == Outcome.Kind.FINISHED) {
                out.println("[script finished normally]");
            } else {
                out.println(o.message());
                o.position().ifPresent(p -> showLine(p.line()));
                out.println("[script stopped: " + kindText(o.kind()) + "]");
            }
            return;
        }
        showLocation();
    }

    private static String kindText(Outcome.Kind kind) {
        return switch (kind) {
            case ASSERTION_FAILED -> "assertion failed";
            case FAULT -> "MMIO fault";
            case LOOP_BOUND -> "loop bound";
            case RUNTIME_ERROR -> "error";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }

    private void showLocation() {
        if (machine.isTerminated()) {
            Outcome o = machine.outcome();
            out.println(o.kind() == Outcome.Kind.FINISHED ? "[script finished normally]" : o.message());
            return;
        }
        Optional<StatementInfo> s = machine.currentStatement();
        if (s.isPresent()) {
            showLine(s.get().line());
        } else {
            out.println("[script finished normally]");
        }
    }

    private void showLine(int line) {
        out.println(line + "\t" + script.line(line));
        listNext = -1;
        listCenter = line;
    }

    // ----- breakpoints and watchpoints -------------------------------------------------------------

    private void breakpoint(String rest) {
        int line;
        String arg = rest;
        int colon = arg.lastIndexOf(':');
        if (colon >= 0) {
            arg = arg.substring(colon + 1).strip();
        }
        if (arg.isEmpty()) {
            line = machine.currentStatement().map(StatementInfo::line)
                    .orElseThrow(() -> new CommandError("No current line: give a line number."));
        } else {
            try {
                line = Integer.parseInt(arg);
            } catch (NumberFormatException e) {
                throw new CommandError("Give a line number: \"break 14\" (the language has no functions).");
            }
        }
        if (line < 1 || line > script.lineCount()) {
            throw new CommandError("Line " + line + " is out of range for \"" + fileName + "\" (it has "
                    + script.lineCount() + " lines).");
        }
        int at = -1;
        for (StatementInfo s : script.statements()) {
            if (s.line() >= line && (at < 0 || s.line() < at)) {
                at = s.line();
            }
        }
        if (at < 0) {
            throw new CommandError("No statement at or after line " + line + ".");
        }
        Breakpoint b = session.breakAtLine("", at);
        out.println("Breakpoint " + b.number() + " at " + fileName + ":" + at
                + (at != line ? " (the first statement after line " + line + ")" : ""));
    }

    /** gdb's name of a watchpoint of a kind. */
    static String watchTitle(RegisterWatch.Access access) {
        return switch (access) {
            case READ -> "Hardware read watchpoint";
            case WRITE -> "Hardware watchpoint";
            case ACCESS -> "Hardware access (read/write) watchpoint";
        };
    }

    /** The type column of {@code info breakpoints} for a watchpoint of a kind. */
    private static String watchType(RegisterWatch.Access access) {
        return switch (access) {
            case READ -> "read watchpoint";
            case WRITE -> "hw watchpoint";
            case ACCESS -> "acc watchpoint";
        };
    }

    private void watch(RegisterWatch.Access kind, String rest) {
        String[] parts = rest.strip().split("\\.");
        if (rest.isBlank() || parts.length < 2 || parts.length > 3) {
            throw new CommandError("Watch a device register or field: DEV.REG or DEV.REG.FIELD, e.g. UART0.UARTCR.UARTEN");
        }
        DeviceWindow w = inspector.window(parts[0]).orElseThrow(() -> new CommandError("No device '" + parts[0]
                + "' on board " + board.name() + " (devices: " + deviceNames() + ")."));
        RegisterFile file = inspector.registers(w.name()).orElseThrow(() -> new CommandError("Device " + w.name()
                + " has no register description to watch."));
        Register reg = file.registers().stream().filter(r -> r.name().equals(parts[1])).findFirst()
                .or(() -> file.registers().stream().filter(r -> r.name().equalsIgnoreCase(parts[1])).findFirst())
                .orElseThrow(() -> new CommandError("Device " + w.name() + " has no register '" + parts[1] + "' (registers: "
                        + String.join(" ", file.registers().stream().map(Register::name).toList()) + ")."));
        String field = null;
        if (parts.length == 3) {
            field = reg.fields().stream().map(Register.Field::name).filter(f -> f.equals(parts[2])).findFirst()
                    .or(() -> reg.fields().stream().map(Register.Field::name).filter(f -> f.equalsIgnoreCase(parts[2]))
                            .findFirst())
                    .orElseThrow(() -> new CommandError("Register " + reg.qualifiedName() + " has no field '" + parts[2]
                            + "' (fields: " + String.join(" ", reg.fields().stream().map(Register.Field::name).toList())
                            + ")."));
        }
        RegisterWatch wp;
        try {
            wp = session.watchRegister(w.name(), reg.name(), field, kind, null);
        } catch (IllegalArgumentException e) {
            throw new CommandError(e.getMessage());
        }
        out.println(watchTitle(kind) + " " + wp.number() + ": " + wp.spec());
    }

    private String deviceNames() {
        return String.join(", ", board.devices().stream().map(DeviceWindow::name).toList());
    }

    private void delete(String rest) {
        if (rest.isBlank()) {
            session.deleteAll();
            out.println("Deleted all breakpoints and watchpoints.");
            return;
        }
        for (String n : rest.split("[\\s,]+")) {
            int number;
            try {
                number = Integer.parseInt(n);
            } catch (NumberFormatException e) {
                throw new CommandError("Convenience variables and ranges are not supported: \"" + n + "\".");
            }
            if (!delete(number)) {
                out.println("No breakpoint number " + number + ".");
            }
        }
    }

    private boolean delete(int number) {
        for (Breakpoint b : session.breakpoints()) {
            if (b.number() == number) {
                return session.delete(b);
            }
        }
        for (RegisterWatch w : session.registerWatches()) {
            if (w.number() == number) {
                return session.delete(w);
            }
        }
        return false;
    }

    // ----- info ------------------------------------------------------------------------------------

    private void info(String rest) {
        String[] parts = rest.strip().split("\\s+", 2);
        String topic = parts[0].toLowerCase(Locale.ROOT);
        String arg = parts.length > 1 ? parts[1].strip() : "";
        if (topic.isEmpty()) {
            throw new CommandError("\"info\" must be followed by: " + String.join(", ", INFO_TOPICS) + ".");
        }
        String resolved = INFO_ALIASES.get(topic);
        if (resolved == null) {
            List<String> matches = INFO_TOPICS.stream().filter(t -> t.startsWith(topic)).toList();
            if (matches.size() != 1) {
                throw new CommandError("Undefined info command: \"" + topic + "\".  Try \"help\".");
            }
            resolved = matches.get(0);
        }
        switch (resolved) {
            case "breakpoints", "watchpoints" -> infoBreakpoints(resolved.equals("watchpoints"));
            case "registers", "all-registers" -> infoRegisters(arg);
            case "regions" -> inspector.regionLines().forEach(out::println);
            case "handles" -> inspector.handleLines().forEach(out::println);
            case "processes" -> inspector.processLines(machine.process()).forEach(out::println);
            case "variables", "locals" -> infoVariables();
            case "console" -> infoConsole();
            case "diagnostics" -> infoDiagnostics();
            case "program" -> infoProgram();
            case "trace" -> infoTrace(arg);
            default -> throw new CommandError("Undefined info command: \"" + topic + "\".");
        }
    }

    /** A breakpoint or a watchpoint as {@code info breakpoints} lists it. */
    private record Listed(int number, String type, String what, int hits) {
    }

    private void infoBreakpoints(boolean watchOnly) {
        List<Listed> stops = new ArrayList<>();
        if (!watchOnly) {
            for (Breakpoint b : session.breakpoints()) {
                stops.add(new Listed(b.number(), "breakpoint", fileName + ":" + b.line(), session.hitCount(b)));
            }
        }
        for (RegisterWatch w : session.registerWatches()) {
            stops.add(new Listed(w.number(), watchType(w.access()), w.spec(), session.hitCount(w)));
        }
        if (stops.isEmpty()) {
            out.println(watchOnly ? "No watchpoints." : "No breakpoints or watchpoints.");
            return;
        }
        stops.sort(java.util.Comparator.comparingInt(Listed::number));
        out.println(String.format(Locale.ROOT, "%-7s %-16s %-30s %s", "Num", "Type", "What", "Hits"));
        for (Listed s : stops) {
            out.println(String.format(Locale.ROOT, "%-7d %-16s %-30s %d", s.number(), s.type(), s.what(), s.hits()));
        }
    }

    private void infoRegisters(String device) {
        List<DeviceWindow> windows;
        if (device.isEmpty()) {
            windows = board.devices();
        } else {
            String name = device.split("\\.")[0];
            windows = List.of(inspector.window(name).orElseThrow(() -> new CommandError("No device '" + name
                    + "' on board " + board.name() + " (devices: " + deviceNames() + ").")));
        }
        for (DeviceWindow w : windows) {
            List<String> lines = inspector.registerLines(w);
            if (device.contains(".")) {
                String prefix = device.toUpperCase(Locale.ROOT) + " ";
                lines = lines.stream().filter(l -> l.toUpperCase(Locale.ROOT).startsWith(prefix)).toList();
                if (lines.isEmpty()) {
                    throw new CommandError("No register " + device + ".");
                }
            }
            lines.forEach(out::println);
        }
    }

    private void infoVariables() {
        Map<String, Long> vars = machine.variables();
        if (vars.isEmpty()) {
            out.println("No variables have a value yet.");
        }
        vars.forEach((name, value) -> out.println(name + " = " + Format.number(value, (char) 0)));
    }

    private void infoConsole() {
        List<String> devices = new ArrayList<>();
        for (DeviceWindow w : board.devices()) {
            if (sim.device(w.name(), org.mmioworkbench.core.SerialPort.class).isPresent()) {
                devices.add(w.name());
            }
        }
        if (devices.isEmpty()) {
            out.println("The board has no serial devices.");
        }
        for (String d : devices) {
            out.println(d + ": " + Format.quoted(sim.console(d)));
        }
    }

    private void infoDiagnostics() {
        List<Diagnostic> diagnostics = sim.diagnostics();
        if (diagnostics.isEmpty()) {
            out.println("No diagnostics.");
        } else if (diagnostics.get(0).seq() > 0) {
            out.println("The last " + diagnostics.size() + " of " + sim.diagnosticCount() + " diagnostics (the"
                    + " simulator keeps " + diagnostics.size() + "; --trace-window all keeps every one):");
        }
        diagnostics.forEach(d -> out.println(d.toString()));
    }

    private void infoTrace(String arg) {
        try {
            inspector.traceLines(arg).forEach(out::println);
        } catch (IllegalArgumentException e) {
            throw new CommandError(e.getMessage());
        }
    }

    private void infoProgram() {
        if (machine.isTerminated()) {
            out.println("The script ended: " + machine.outcome().message());
        } else {
            String where = machine.currentStatement().map(s -> "line " + s.line()).orElse("the end");
            out.println("The script is paused " + (session.inStatement() ? "in the middle of " : "before ") + where
                    + ", running as process " + machine.process() + ".");
        }
        out.println(position() + " statements run; simulated time " + sim.now() + " ns; " + sim.traceLength()
                + " trace events.");
    }

    /**
     * The statement boundaries passed since the start (the one the script stands at, or whose statement is in
     * progress or ended the script): the statements begun, less one in progress or that ended it.
     */
    private long position() {
        return session.statements() - (machine.isTerminated() || session.inStatement() ? 1 : 0);
    }

    // ----- print and x -----------------------------------------------------------------------------

    private long evaluate(String expression) {
        try {
            return session.evaluate(expression, 0);
        } catch (EvalException e) {
            throw new CommandError(e.getMessage());
        }
    }

    private void print(String modifier, String rest) {
        char format = 0;
        if (!modifier.isEmpty()) {
            if (modifier.length() != 1 || "xduotc".indexOf(modifier.charAt(0)) < 0) {
                throw new CommandError("Undefined output format \"" + modifier + "\" (x, d, u, o, t, c).");
            }
            format = modifier.charAt(0);
        }
        long v = evaluate(rest);
        values++;
        out.println("$" + values + " = " + Format.number(v, format));
    }

    private static char unit(int bytes) {
        return bytes == 1 ? 'b' : bytes == 2 ? 'h' : 'w';
    }

    private void examine(String modifier, String rest) {
        int count = 1;
        String m = modifier;
        int i = 0;
        while (i < m.length() && Character.isDigit(m.charAt(i))) {
            i++;
        }
        if (i > 0) {
            try {
                count = Integer.parseInt(m.substring(0, i));
            } catch (NumberFormatException e) {
                throw new CommandError("Invalid count \"" + m.substring(0, i) + "\".");
            }
        }
        for (char c : m.substring(i).toCharArray()) {
            switch (c) {
                case 'b' -> xBytes = 1;
                case 'h' -> xBytes = 2;
                case 'w' -> xBytes = 4;
                case 'g' -> throw new CommandError("Giant words are not supported: device registers are at most 32 bits.");
                case 'x', 'd', 'u', 't', 'c', 'o' -> xFormat = c;
                default -> throw new CommandError("Invalid format letter '" + c + "' (formats x d u o t c, units b h w).");
            }
        }
        if (count < 1 || count > 4096) {
            throw new CommandError("The count must be between 1 and 4096.");
        }
        long address = rest.isBlank() ? xNext : evaluate(rest);
        if (address % xBytes != 0) {
            throw new CommandError("Address " + hex(address) + " is not aligned to " + xBytes + " bytes.");
        }
        String process = machine.process();
        int perLine = xBytes == 4 ? 4 : 8;
        StringBuilder line = null;
        for (int n = 0; n < count; n++) {
            long a = address + (long) n * xBytes;
            OptionalLong t = MappedRegister.physicalAddress(sim, process, a);
            if (t.isEmpty()) {
                flushLine(line);
                throw new CommandError("Cannot access memory at address " + hex(a) + ": process " + process
                        + " has no mapping there.");
            }
            OptionalInt v = sim.peek(t.getAsLong(), xBytes * 8);
            if (v.isEmpty()) {
                flushLine(line);
                throw new CommandError("Cannot access memory at address " + hex(a) + " (physical "
                        + hex(t.getAsLong()) + "): no device there.");
            }
            if (n % perLine == 0) {
                flushLine(line);
                line = new StringBuilder(hex(a)).append(':');
            }
            line.append('\t').append(unitText(v.getAsInt()));
            xNext = a + xBytes;
        }
        flushLine(line);
        lastLine = "x/" + count + xFormat + unit(xBytes);
    }

    private void flushLine(StringBuilder line) {
        if (line != null && line.length() > 0) {
            out.println(line);
            line.setLength(0);
        }
    }

    private String unitText(int raw) {
        long v = xBytes == 4 ? Integer.toUnsignedLong(raw) : raw & ((1L << (8 * xBytes)) - 1);
        return switch (xFormat) {
            case 'd' -> Long.toString(xBytes == 4 ? raw : xBytes == 2 ? (short) raw : (byte) raw);
            case 'u' -> Long.toString(v);
            case 'o' -> "0" + Long.toOctalString(v);
            case 't' -> String.format(Locale.ROOT, "%" + (8 * xBytes) + "s", Long.toBinaryString(v)).replace(' ', '0');
            case 'c' -> Format.number(v & 0xFF, 'c');
            default -> String.format(Locale.ROOT, "0x%0" + (2 * xBytes) + "x", v);
        };
    }

    private static String hex(long a) {
        return "0x" + Long.toHexString(a);
    }

    // ----- list ------------------------------------------------------------------------------------

    private void list(String rest) {
        int lines = script.lineCount();
        int first;
        int last;
        String arg = rest.strip();
        int colon = arg.lastIndexOf(':');
        if (colon >= 0 && !arg.contains(",")) {
            arg = arg.substring(colon + 1);
        }
        try {
            if (arg.isEmpty()) {
                if (listNext > 0) {
                    first = listNext;
                } else {
                    first = Math.max(1, listCenter - 5);
                }
                last = first + 9;
            } else if (arg.contains(",")) {
                String[] ab = arg.split(",", 2);
                first = ab[0].isBlank() ? Math.max(1, Integer.parseInt(ab[1].strip()) - 9) : Integer.parseInt(ab[0].strip());
                last = ab[1].isBlank() ? first + 9 : Integer.parseInt(ab[1].strip());
            } else {
                int center = Integer.parseInt(arg);
                first = center < 1 ? center : Math.max(1, center - 5);
                last = first + 9;
            }
        } catch (NumberFormatException e) {
            throw new CommandError("Give a line number or a range: list 14, list 10,20.");
        }
        if (first < 1 || last < 1) {
            throw new CommandError("Line number " + Math.min(first, last) + " out of range; \"" + fileName
                    + "\" has lines 1 to " + lines + ".");
        }
        if (last < first) {
            throw new CommandError("The range " + first + "," + last + " goes backwards; give the first line first.");
        }
        if (first > lines) {
            listNext = lines + 1;
            throw new CommandError("Line number " + first + " out of range; \"" + fileName + "\" has "
                    + lines + " lines.");
        }
        last = Math.min(last, lines);
        for (int l = first; l <= last; l++) {
            out.println(l + "\t" + script.line(l));
        }
        listNext = last + 1;
    }
}
