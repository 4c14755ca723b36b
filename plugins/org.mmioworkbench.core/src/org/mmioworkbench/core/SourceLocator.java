package org.mmioworkbench.core;

/**
 * Tells which line of its source a simulated process is running, so that a diagnostic the kernel records names
 * the line that caused it ({@link Diagnostic#origin()}). Set on a {@link Simulator} by what runs driver code (the C
 * interpreter, a debugger); asked on the thread that made the access, while the simulator is locked, so it must be
 * quick and must not call the simulator.
 */
@FunctionalInterface
public interface SourceLocator {
    /**
     * Names the line a process is running.
     *
     * @param process the process's name (an actor of the diagnostic)
     * @return its line, or null when it runs no source this locator knows
     */
    SourceLine lineOf(String process);
}
