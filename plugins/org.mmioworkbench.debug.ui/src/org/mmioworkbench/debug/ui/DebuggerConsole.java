package org.mmioworkbench.debug.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.ILaunch;
import org.eclipse.ui.console.IOConsole;
import org.mmioworkbench.debug.console.DebugCommands;
import org.mmioworkbench.debug.core.DriverCommandLine;

/**
 * The MMIO Debugger Console of a driver's debug launch, as CDT's gdb console: a console page of its own, beside the
 * launch's process console (the driver's output, typed UART input), that takes {@code mmio-sim debug}'s commands in
 * gdb's syntax. Each line typed goes to the launch's {@link DriverCommandLine}, which runs it on the engine's thread;
 * the answer and the prompt follow it here. Up and Down recall the commands typed before.
 */
public final class DebuggerConsole extends IOConsole {
    /** The console type, which the history's page participant is registered for. */
    public static final String TYPE = "org.mmioworkbench.debug.ui.debuggerConsole";

    private final ILaunch launch;
    private final DriverCommandLine commands;
    private final PrintStream answers;
    private final List<String> history = new ArrayList<>();

    DebuggerConsole(ILaunch launch, DriverCommandLine commands) {
        super("MMIO Debugger Console [" + commands.name() + "]", TYPE, null, StandardCharsets.UTF_8.name(), true);
        this.launch = launch;
        this.commands = commands;
        this.answers = new PrintStream(newOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** The launch whose driver it debugs. */
    ILaunch launch() {
        return launch;
    }

    /**
     * Returns the command lines typed so far, oldest first.
     *
     * @return a copy
     */
    public synchronized List<String> history() {
        return List.copyOf(history);
    }

    /** Greets, and reads the lines typed until the console goes. */
    void begin() {
        commands.open(answers, this::prompt);
        Thread reader = new Thread(this::read, "MMIO debugger console " + commands.name());
        reader.setDaemon(true);
        reader.start();
    }

    private void prompt() {
        answers.print(DebugCommands.PROMPT);
        answers.flush();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    synchronized (this) {
                        if (history.isEmpty() || !history.get(history.size() - 1).equals(line)) {
                            history.add(line);
                        }
                    }
                }
                commands.execute(line, this::prompt);
            }
        } catch (IOException closed) {
            // the console was removed with its launch
        }
    }

    @Override
    protected void dispose() {
        try {
            getInputStream().close();
        } catch (IOException e) {
            // already closed
        }
        super.dispose();
    }
}
