package org.mmioworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.mmioworkbench.debug.console.CCommands;
import org.mmioworkbench.debug.console.DebugCommands;
import org.mmioworkbench.debug.console.ScriptCommands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mmio-sim debug [--board B] [--trace-window N|all] SCRIPT}: the stepping console, with gdb's commands and habits; see
 * {@link ScriptCommands#HELP}. Exit status when leaving: 0, unless the script had ended with a failed
 * assertion, an MMIO fault or the loop bound (1) or another error (2); 2 also for usage, script and board
 * errors before it starts.
 */
@Command(name = "debug", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Steps through a driver script in a console with gdb's commands: step, next, stepi, "
                + "continue, reverse-step, reverse-continue, reverse-to-event, break, watch, rwatch, awatch, delete, "
                + "info, print, x, list, run, start, quit (\"help\" lists them). The prompt is '(mmio) '; an empty line repeats "
                + "the last command.",
            "Line editing and history when standard input is a terminal; otherwise commands are read line by "
                    + "line from standard input.",
            "Going back is exact however long the run: the history keeps checkpoints, dense near the present and "
                    + "thinned out further back, and re-executes from the nearest one; memory stays bounded.",
            "Exit status on quit (or end of input): 0, or 1 if the script had ended with a failed assertion, an "
                    + "MMIO fault or the loop bound, 2 if with another error; 1 if the Java heap ran out (raise it "
                    + "with MMIO_SIM_JAVA_OPTS=-Xmx...); 2 for usage, script or board errors."})
final class DebugCommand implements Callable<Integer> {
    @Option(names = "--board", paramLabel = "BOARD",
            description = "a built-in board (qemu-virt, rpi4b) or a board file, for a script that names none")
    private String board;

    @Option(names = "--trace-window", paramLabel = "N|all", defaultValue = "65536",
            converter = TraceWindowOption.class, description = TraceWindowOption.DESCRIPTION)
    private int traceWindow;

    @Parameters(paramLabel = "SCRIPT", description = "the driver script")
    private Path script;

    @Override
    public Integer call() throws IOException {
        Terminal term = Terminal.standard();
        if (CDrivers.isCFile(script)) {
            return debugC(term);
        }
        LoadedScript loaded;
        try {
            loaded = LoadedScript.load(script, board);
        } catch (CliException e) {
            term.error(e.getMessage());
            return e.status();
        }
        ScriptCommands console = ScriptCommands.load(loaded.script(), loaded.fileName(), loaded.board(), loaded.notes(),
                traceWindow, term.out());
        OutOfMemory.reached(console::progress);
        try (LineInput in = LineInput.standard(term.out())) {
            return run(console, in, term);
        } catch (OutOfMemoryError e) {
            String line = OutOfMemory.line(); // lets the reserve go first
            term.out().println();
            term.out().flush();
            term.error(line);
            return MmioSim.FAILED;
        } finally {
            term.flush();
        }
    }

    /** A C file: one process named after the file, paused before its first statement. */
    private int debugC(Terminal term) throws IOException {
        try {
            if (!java.nio.file.Files.isRegularFile(script)) {
                throw new CliException(MmioSim.USAGE, "mmio-sim: " + script + ": no such C file");
            }
            org.mmioworkbench.c.CProgram program;
            try {
                program = org.mmioworkbench.c.CProgram.compile(script, java.util.List.of(), CDrivers.includeDir());
            } catch (org.mmioworkbench.c.CCompileException e) {
                term.error(Terminal.printable(e.getMessage()));
                return MmioSim.USAGE;
            }
            String name = script.getFileName().toString();
            name = name.substring(0, name.length() - 2);
            org.mmioworkbench.core.Board b = CDrivers.board(java.util.List.of(script), java.util.List.of(program), board,
                    new java.util.ArrayList<>(), term);
            org.mmioworkbench.core.Simulator sim = new org.mmioworkbench.core.Simulator(b, traceWindow);
            CCommands console;
            try {
                console = CCommands.load(program, sim, name, term.out());
            } catch (Exception e) {
                term.error(Terminal.printable(e.getMessage()));
                return MmioSim.USAGE;
            }
            try (LineInput in = LineInput.standard(term.out())) {
                return run(console, in, term);
            }
        } catch (CliException e) {
            term.error(e.getMessage());
            return e.status();
        } finally {
            term.flush();
        }
    }

    /**
     * The terminal's part: reads lines until {@code quit} or the end of input (where it says {@code quit}, as gdb
     * does), Ctrl-C pausing a running command, and hands each line to the engine's interpreter.
     *
     * @return the exit status: the interpreter's (0, 1 or 2), which this command's statuses equal
     */
    private static int run(DebugCommands console, LineInput in, Terminal term) throws IOException {
        in.onInterrupt(console.session()::requestSuspend);
        console.start();
        for (;;) {
            String line = in.readLine(DebugCommands.PROMPT);
            if (line == null) {
                term.out().println("quit");
                break;
            }
            if (!console.execute(line)) {
                break;
            }
        }
        term.out().flush();
        return console.exitStatus();
    }
}
