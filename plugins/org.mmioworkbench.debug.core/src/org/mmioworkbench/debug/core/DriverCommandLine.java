package org.mmioworkbench.debug.core;

import java.io.PrintStream;
import java.util.Optional;

import org.eclipse.debug.core.model.IDebugTarget;
import org.mmioworkbench.debug.console.DebugCommands;

/**
 * The debugger's commands ({@code mmio-sim debug}'s, gdb's syntax) for a driver being debugged, for the launch's
 * debugger console: each line runs on the launch's engine thread, after the commands queued before it, by the engine's
 * interpreter ({@link DebugCommands}); what moves the program goes through the run control of the Debug view's
 * buttons ({@link DriverThread}), so the Debug view and the Variables, Registers and MMIO views follow it. The
 * answers go to the console; the driver's own output stays in the launch's process console.
 */
public final class DriverCommandLine {
    /** What a line typed after the driver ended gets, as gdb says it. */
    static final String NOT_RUNNING = "The program is not being run.";

    private final DriverDebugTarget target;
    private volatile DebugCommands commands;
    private volatile PrintStream out;

    private DriverCommandLine(DriverDebugTarget target) {
        this.target = target;
    }

    /**
     * The command line of a debug target, when it is a driver's.
     *
     * @param target a debug target
     * @return its command line, or empty for another debugger's target
     */
    public static Optional<DriverCommandLine> of(IDebugTarget target) {
        return target instanceof DriverDebugTarget t ? Optional.of(t.commandLine()) : Optional.empty();
    }

    static DriverCommandLine create(DriverDebugTarget target) {
        return new DriverCommandLine(target);
    }

    /**
     * Starts the interpreter: it greets and says where the driver is paused, then calls {@code ready} (where the
     * console shows its prompt).
     *
     * @param answers where the answers go
     * @param ready called when the greeting has been printed, on the engine's thread or the caller's
     */
    public void open(PrintStream answers, Runnable ready) {
        this.out = answers;
        DriverRun run = target.run();
        run.console(() -> {
            DebugCommands c = DebugCommands.attach(run.session(), run.file(), answers,
                    target.thread()::runFromConsole);
            commands = c;
            c.start();
            ready.run();
        }, () -> {
            answers.println(NOT_RUNNING);
            ready.run();
        });
    }

    /**
     * Runs a command line on the engine's thread; {@code quit} terminates the launch, as in gdb's console.
     *
     * @param line the line as typed, without its break
     * @param done called when the command has ended (where the console shows its prompt again)
     */
    public void execute(String line, Runnable done) {
        target.run().console(() -> {
            try {
                DebugCommands c = commands;
                if (c != null && !c.execute(line)) {
                    target.terminate();
                }
            } finally {
                done.run();
            }
        }, () -> {
            PrintStream o = out;
            if (o != null) {
                o.println(NOT_RUNNING);
                o.flush();
            }
            done.run();
        });
    }

    /**
     * Tells whether the driver ended or was terminated: no command can run any more.
     *
     * @return true once the launch's program is over
     */
    public boolean isOver() {
        return target.isTerminated() || target.run().isOver();
    }

    /**
     * Returns the name of the driver's debug target, for the console's name.
     *
     * @return e.g. {@code pl011_console.c on qemu-virt}
     */
    public String name() {
        return target.getName();
    }
}
