package org.mmioworkbench.debug.core;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.Platform;
import org.eclipse.debug.core.ILaunch;
import org.mmioworkbench.c.CCompileException;
import org.mmioworkbench.c.CMachine;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.debug.CDebugSession;
import org.mmioworkbench.debug.ConsoleCapture;
import org.mmioworkbench.debug.DebugListener;
import org.mmioworkbench.debug.RunResult;
import org.mmioworkbench.debug.SerialConsoles;
import org.mmioworkbench.debug.console.Motion;
import org.mmioworkbench.script.Script;
import org.mmioworkbench.script.ScriptOptions;
import org.mmioworkbench.script.ScriptOutput;

/**
 * One launch of a driver: the headless {@link CDebugSession} on the simulator of a {@link SimulationSession}, the
 * thread that drives it (run control never blocks the UI), and the {@link DriverProcess} whose console shows its
 * output. Run mode and Debug mode both run this way; Debug mode adds a {@link DriverDebugTarget} that issues the
 * commands. No engine logic here: each command is a call of the session's.
 */
final class DriverRun implements DebugListener {
    /** The exit value of a run a user terminated, as a shell reports a process ended by SIGTERM. */
    static final int TERMINATED_BY_USER = 143;

    private final CDebugSession session;
    private final SimulationSession simulation;
    private final DriverProcess process;
    private final ConsoleCapture capture;
    private final ExecutorService engine;
    private final String file;
    private final String processName;
    private final Consumer<CMachine.Outcome> ended;
    private volatile boolean over;
    /** True while the engine's thread runs a command. */
    private volatile boolean running;
    /** A suspend asked for before the engine's thread began the command queued. */
    private volatile boolean suspendPending;

    /** A driver ready to run: a compiled C program or a parsed script, made into a debug session. */
    interface Program {
        /** The file that runs, as the session's frames name it. */
        String file();

        /**
         * Makes the session, paused before the program's first statement.
         *
         * @param sim the simulator
         * @param output where what the program prints goes
         * @param warnings where the language's run-time warnings go, one line each
         */
        CDebugSession session(Simulator sim, Consumer<byte[]> output, Consumer<String> warnings)
                throws CCompileException;
    }

    /** A C driver, run as one process. */
    static Program c(CProgram program, String processName) {
        return new Program() {
            @Override
            public String file() {
                return program.file();
            }

            @Override
            public CDebugSession session(Simulator sim, Consumer<byte[]> output, Consumer<String> warnings)
                    throws CCompileException {
                return new CDebugSession(program, sim, processName, output::accept);
            }
        };
    }

    /** A driver script, lowered onto the C interpreter; it names the processes it runs as itself. */
    static Program script(Script script, long loopBound) {
        return new Program() {
            @Override
            public String file() {
                return script.fileName();
            }

            @Override
            public CDebugSession session(Simulator sim, Consumer<byte[]> output, Consumer<String> warnings) {
                return CDebugSession.forScript(script, sim, ScriptOptions.defaults().withLoopBound(loopBound),
                        ScriptOutput.of(
                        text -> output.accept(text.getBytes(StandardCharsets.UTF_8)), warnings));
            }
        };
    }

    /**
     * Prepares a run, paused before the program's first statement.
     *
     * @param launch the launch
     * @param program the C program or script
     * @param simulation the session whose simulator it runs on (shown by the MMIO views while the launch lasts)
     * @param processName the simulated process's name
     * @param problems marks the lines that caused diagnostics
     * @param ended told how the program ended (null when a user terminated it), on the engine's thread
     */
    DriverRun(ILaunch launch, Program program, SimulationSession simulation, String processName,
            Consumer<ConsoleCapture.Diagnosed> problems, Consumer<CMachine.Outcome> ended) throws CCompileException {
        this.simulation = simulation;
        this.file = program.file();
        this.processName = processName;
        this.ended = ended;
        this.process = new DriverProcess(launch, processName + " [" + simulation + "]", this::terminate,
                this::input);
        this.capture = new ConsoleCapture(simulation.simulator(), process::print, process::printError);
        capture.onDiagnostic(problems);
        this.session = program.session(simulation.simulator(),
                bytes -> capture.programOutput(bytes, session().statementPlace().orElse(null)),
                warning -> process.printError(warning + "\n"));
        session.setProgress(() -> capture.pump(false, session.statementPlace().orElse(null)));
        simulation.setTraceOrigins(session.traceOrigins()); // the Access Trace view shows and opens each event's line
        session.addListener(this);
        this.engine = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "MMIO driver " + processName);
            t.setDaemon(true);
            return t;
        });
    }

    CDebugSession session() {
        return session;
    }

    SimulationSession simulation() {
        return simulation;
    }

    /** The file that runs, as messages name it. */
    String file() {
        return file;
    }

    String processName() {
        return processName;
    }

    DriverProcess process() {
        return process;
    }

    /** Opens the console. */
    void start() {
        process.start();
    }

    /**
     * Runs a command of the session on the engine's thread, unless the run is over.
     *
     * @param command the command
     * @param refused run when the command does not run (the session refused it, or a suspend came first): the
     *        program stays suspended where it was
     */
    void submit(Motion command, Runnable refused) {
        if (over || engine.isShutdown()) {
            return;
        }
        execute(() -> {
            if (over) {
                return;
            }
            if (suspendPending) { // suspended before this thread began the command: it does not run at all
                suspendPending = false;
                refused.run();
                return;
            }
            running = true;
            try {
                command.on(session);
            } catch (IllegalStateException | IllegalArgumentException e) { // step return in the outermost frame, an
                // event to go back to that the trace no longer holds
                process.printError(e.getMessage() + "\n");
                refused.run();
            } catch (RuntimeException | LinkageError e) { // a defect: shown and logged, never lost in the executor
                process.printError("internal error: " + e + "\n");
                Platform.getLog(DriverRun.class).error("The driver's engine failed", e);
                refused.run();
            } finally {
                running = false;
            }
            capture.pump(true, session.statementPlace().orElse(null));
        });
    }

    /**
     * Carries a request of the debugger console out at once, on the engine's thread, where the console runs its
     * commands; exceptions go to the console, which says them in one line.
     *
     * @param command the request
     * @return how it ended, or null when a suspend came before it began: it did not run
     */
    RunResult runNow(Motion command) {
        if (suspendPending) {
            suspendPending = false;
            return null;
        }
        running = true;
        try {
            return command.on(session);
        } finally {
            running = false;
            capture.pump(true, session.statementPlace().orElse(null));
        }
    }

    /**
     * Runs a task of the debugger console on the engine's thread, after the commands queued before it.
     *
     * @param task the task
     * @param over run instead, on the caller's thread, when the run is over
     */
    void console(Runnable task, Runnable over) {
        if (this.over || engine.isShutdown()) {
            over.run();
            return;
        }
        try {
            engine.execute(() -> {
                if (this.over) {
                    over.run();
                } else {
                    task.run();
                }
            });
        } catch (RejectedExecutionException endedMeanwhile) {
            over.run();
        }
    }

    /** Whether the program ended or was terminated. */
    boolean isOver() {
        return over;
    }

    /**
     * Asks the session something on the engine's thread, while no command runs, and waits for the answer.
     *
     * @param query the question
     * @return the answer
     * @throws IllegalStateException when the run is over (or ends before the question is asked)
     */
    <T> T call(Function<CDebugSession, T> query) {
        FutureTask<T> task = new FutureTask<>(() -> query.apply(session));
        try {
            if (over) {
                throw new RejectedExecutionException();
            }
            engine.execute(task);
        } catch (RejectedExecutionException ended) {
            throw new IllegalStateException("The driver's run is over.");
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(false);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the driver's engine was busy.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Queues a task for the engine's thread; none runs once the run is over and the thread shut down. */
    private void execute(Runnable task) {
        try {
            engine.execute(task);
        } catch (RejectedExecutionException endedMeanwhile) {
            // the program ended between the check and the call: nothing is left to run
        }
    }

    /**
     * Asks a running program to suspend at its next statement; any thread. A command queued but not begun yet (a
     * Resume just clicked) is not run at all.
     */
    void suspend() {
        if (!running) {
            suspendPending = true;
        }
        session.requestSuspend();
    }

    /** Ends the run: a running program stops at its next statement, and nothing runs after that. */
    void terminate() {
        if (over || engine.isShutdown()) {
            return;
        }
        suspend(); // a running program stops at its next statement, a command not begun does not run
        execute(() -> {
            if (!over) {
                over = true;
                process.printError("terminated\n");
                process.exited(TERMINATED_BY_USER);
                ended.accept(null);
            }
        });
        engine.shutdown();
    }

    private void input(String text) {
        SerialConsoles uarts = new SerialConsoles(simulation.simulator());
        if (uarts.devices().isEmpty()) {
            process.printError("the board has no UART to send typed text to\n");
            return;
        }
        StringBuilder bytes = new StringBuilder();
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            bytes.append((char) (b & 0xFF));
        }
        simulation.simulator().input(uarts.devices().get(0), bytes.toString());
    }

    @Override
    public void restored() {
        capture.resync();
    }

    @Override
    public void terminated(CMachine.Outcome outcome) {
        int status = capture.end(outcome, file);
        over = true;
        process.exited(status);
        ended.accept(outcome);
        engine.shutdown();
    }
}
