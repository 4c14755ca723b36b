package org.mmioworkbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.SourceLine;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.debug.ConsoleCapture;
import org.mmioworkbench.debug.SerialConsoles;
import org.mmioworkbench.script.Outcome;
import org.mmioworkbench.script.ScriptMachine;
import org.mmioworkbench.script.ScriptOptions;
import org.mmioworkbench.script.ScriptOutput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mmio-sim run [--board B] [--trace FILE.jsonl] [--max-loop N] [--trace-window N|all] SCRIPT}: runs a
 * driver script to its end. The trace file is written by a listener of the simulator, which is given every
 * event, so it holds the whole trace however small the window the simulator keeps in memory. UART output and {@code printf} text go to standard output as they happen; the simulated kernel's
 * diagnostics go to standard error as {@code diagnostic: ...} lines. Exit status 0 when the script ends
 * normally, 1 for a failed assertion, an MMIO fault or the loop bound, 2 for usage errors, script errors
 * (also those found while running, such as an undefined variable) and board errors.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a driver script (*.mmio), or driver code in C (*.c: each file a process, run in the "
                + "order given; main's return value is the exit status, 0 or 1 with 'main returned N'), on a "
                + "simulated board.",
            "UART output and printf text go to standard output as they happen; the simulated kernel's "
                    + "diagnostics go to standard error, each on a line starting with 'diagnostic:'.",
            "The board: the one the script names in its first line (board qemu-virt, board rpi4b, "
                    + "board \"path/board.yaml\" relative to the script), else --board, else qemu-virt.",
            "Memory stays bounded however long the script runs: the simulator keeps the last --trace-window trace "
                    + "events in memory and --trace streams all of them to the file.",
            "Exit status: 0 the script ended normally; 1 an assert failed, an MMIO fault occurred, a loop "
                    + "hit its bound or the Java heap ran out (raise it with MMIO_SIM_JAVA_OPTS=-Xmx...); 2 usage, "
                    + "script or board error (FILE:LINE:COL: error: MESSAGE)."})
final class RunCommand implements Callable<Integer> {
    @Option(names = "--board", paramLabel = "BOARD",
            description = "a built-in board (qemu-virt, rpi4b) or a board file, for a script that names none")
    private String board;

    @Option(names = "--trace", paramLabel = "FILE.jsonl",
            description = "write every trace event as one JSON object per line")
    private Path trace;

    @Option(names = "--max-loop", paramLabel = "N", defaultValue = "1000000",
            description = "the most iterations one execution of a loop may run (default: ${DEFAULT-VALUE})")
    private long maxLoop;

    @Option(names = "--trace-window", paramLabel = "N|all", defaultValue = "65536",
            converter = TraceWindowOption.class, description = TraceWindowOption.DESCRIPTION)
    private int traceWindow;

    @Option(names = "--regs", paramLabel = "FILE",
            description = "at the end, write the state of the board's readable registers, as JSON if FILE is named"
                    + " *.json, else as CSV (see 'mmio-sim regs')")
    private Path regs;

    @Option(names = "-I", paramLabel = "DIR", description = "C files: a folder to search for included headers")
    private List<Path> includes = new java.util.ArrayList<>();

    @Option(names = "--process", paramLabel = "NAME",
            description = "C files: the process name (default: the file name without .c)")
    private String process;

    @Option(names = "--max-statements", paramLabel = "N", defaultValue = "1000000000",
            description = "C files: the most statements a program may run (default: ${DEFAULT-VALUE})")
    private long maxStatements;

    @Parameters(paramLabel = "SCRIPT", arity = "1..*",
            description = "the driver script (*.mmio), or C files (*.c), each run as a process in the order given")
    private List<Path> files;

    private Path script;

    @Override
    public Integer call() {
        Terminal term = Terminal.standard();
        try {
            return run(term);
        } catch (CliException e) {
            term.error(e.getMessage());
            return e.status();
        } finally {
            term.flush();
        }
    }

    private int run(Terminal term) {
        if (CDrivers.isC(files)) {
            if (maxStatements < 1) {
                throw new CliException(MmioSim.USAGE, "mmio-sim: --max-statements must be at least 1");
            }
            return CDrivers.run(term, files, new CDrivers.Options(board, process, includes, trace, traceWindow,
                    maxStatements, regs));
        }
        if (files.size() > 1) {
            throw new CliException(MmioSim.USAGE, "mmio-sim: run takes one script (*.mmio), or C files (*.c)");
        }
        if (process != null || !includes.isEmpty()) {
            throw new CliException(MmioSim.USAGE, "mmio-sim: -I and --process apply to C files only");
        }
        script = files.get(0);
        if (maxLoop < 1) {
            throw new CliException(MmioSim.USAGE, "mmio-sim: --max-loop must be at least 1, not " + maxLoop);
        }
        LoadedScript loaded = LoadedScript.load(script, board);
        loaded.notes().forEach(term::error);
        Simulator sim = new Simulator(loaded.board(), traceWindow);
        OutOfMemory.reached(() -> sim.traceLength() + " trace events");
        TraceFile traceFile = trace == null ? null : TraceFile.create(trace, loaded.inputs());
        Progress progress = new Progress(sim, term, loaded.fileName());
        ScriptMachine machine = new ScriptMachine(loaded.script(), sim,
                ScriptOutput.of(progress::printed, term::error),
                ScriptOptions.defaults().withLoopBound(maxLoop));
        progress.machine = machine;
        if (traceFile != null) {
            for (TraceEvent e : sim.trace()) {
                traceFile.write(e, 0); // the kernel's boot claims, before the script
            }
            sim.addListener(e -> traceFile.write(e, progress.lineNow()));
        }
        Outcome outcome;
        try {
            outcome = machine.runUntil((next, m) -> {
                progress.poll();
                return false;
            });
            progress.poll();
            progress.ended = true;
            if (progress.consoles.drain()) {
                progress.poll();
            }
            term.consoleBytes(progress.consoles.poll(true));
        } finally {
            if (traceFile != null) {
                traceFile.close();
            }
            if (regs != null) {
                RegsCommand.write(org.mmioworkbench.core.state.RegisterState.capture(sim, List.of()), regs,
                        org.mmioworkbench.core.state.RegisterState.Format.of(regs), null,
                        loaded.inputs());
            }
        }
        return report(outcome, term);
    }

    /** Prints how the script ended and returns the exit status. */
    static int report(Outcome outcome, Terminal term) {
        return switch (outcome.kind()) {
            case FINISHED, PAUSED -> MmioSim.OK;
            case ASSERTION_FAILED, FAULT, LOOP_BOUND -> {
                term.error(outcome.message());
                yield MmioSim.FAILED;
            }
            case RUNTIME_ERROR -> {
                term.error(outcome.message());
                yield MmioSim.USAGE;
            }
        };
    }

    /**
     * What the runner does between statements: prints new diagnostics and new UART output. Work is only done
     * when the trace grew, since every change of the simulator (time, diagnostics, console) comes with a trace
     * event.
     */
    static final class Progress {
        private final Simulator sim;
        private final Terminal term;
        private final String fileName;
        final SerialConsoles consoles;
        ScriptMachine machine;
        /** Set once the script ended: later events and diagnostics belong to no statement. */
        boolean ended;
        private long traced;
        private long diagnosed;

        Progress(Simulator sim, Terminal term, String fileName) {
            this.sim = sim;
            this.term = term;
            this.fileName = fileName;
            this.consoles = new SerialConsoles(sim);
        }

        /** Brings the outputs up to date with the simulator. */
        void poll() {
            long length = sim.traceLength();
            if (length == traced) {
                return;
            }
            traced = length;
            term.consoleBytes(consoles.poll(false));
            long count = sim.diagnosticCount();
            if (count > diagnosed) {
                SourceLine at = ended ? null : machine.lastStatement()
                        .map(s -> new SourceLine(fileName, s.statement().line())).orElse(null);
                newDiagnostics(sim, diagnosed, at).forEach(term::error);
                diagnosed = count;
            }
        }

        /**
         * Returns the script line of the statement running now, which caused the events being recorded (as the
         * machine's side table will say once the call returns), or 0 before the script and after it ended.
         */
        int lineNow() {
            return ended || machine == null ? 0 : machine.lastStatement().map(s -> s.statement().line()).orElse(0);
        }

        /** Prints {@code printf} text, after the UART output that came before it. */
        void printed(String text) {
            poll();
            term.consoleBytes(consoles.poll(true));
            term.print(text);
        }
    }

    /**
     * The lines that show the diagnostics recorded since a count, each naming the line that caused it.
     *
     * @param sim the simulator
     * @param from the count already shown
     * @param at the statement running now (named by a diagnostic whose origin is unknown), or null
     * @return {@code diagnostic: FILE:LINE: [TIMEns] KIND: message} lines, after one that counts those the simulator
     *         no longer keeps, if any
     */
    static List<String> newDiagnostics(Simulator sim, long from, SourceLine at) {
        return ConsoleCapture.recent(sim, from, at).lines(" (--trace-window all keeps every one)");
    }
}
