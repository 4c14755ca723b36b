package org.mmioworkbench.debug.console;

import java.io.PrintStream;

import org.mmioworkbench.debug.CDebugSession;

/**
 * The debugger's command interpreter: gdb-syntax lines run against a {@link CDebugSession}, their answers printed.
 * One per session, for a script ({@link ScriptCommands}) or C ({@link CCommands}); {@code mmio-sim debug} reads its
 * lines from a terminal, the Eclipse debugger from the launch's debugger console. Not thread-safe: call it on the
 * thread that drives the session.
 */
public interface DebugCommands {
    /** The prompt, as gdb's {@code (gdb) }. */
    String PROMPT = "(mmio) ";

    /** The exit status of a program that ended normally, or has not ended. */
    int OK = 0;

    /** The exit status of a program that ended with a failure (an assertion, an MMIO fault, a loop bound, C exit status). */
    int FAILED = 1;

    /** The exit status of a script that ended with another error. */
    int ERROR = 2;

    /** Prints the greeting and where the program is paused. */
    void start();

    /**
     * Runs one command line as typed; an empty line repeats the last command that moved or looked on, as in gdb.
     * A mistake in a command prints one line and does nothing.
     *
     * @param line the line, without its break
     * @return false for {@code quit}
     */
    boolean execute(String line);

    /**
     * Returns the exit status for how the program stands: {@link #OK}, {@link #FAILED} or {@link #ERROR}.
     *
     * @return the status
     */
    int exitStatus();

    /**
     * Returns the session the commands drive.
     *
     * @return the session
     */
    CDebugSession session();

    /**
     * Makes the interpreter of a session that a front end already runs and shows the output of (the Eclipse
     * debugger's): its answers only go to {@code out}, and what moves the program goes through {@code control}.
     *
     * @param session the session, a C program's or a script's
     * @param fileName the program's file as messages name it
     * @param out where the answers go
     * @param control the front end's run control
     * @return the interpreter
     */
    static DebugCommands attach(CDebugSession session, String fileName, PrintStream out, RunControl control) {
        return session.script().isPresent() ? new ScriptCommands(session, fileName, out, control)
                : new CCommands(session, fileName, out, control);
    }
}
