package org.mmioworkbench.c;

import java.util.List;
import java.util.Objects;

import org.mmioworkbench.c.internal.CError;
import org.mmioworkbench.c.internal.Machine;
import org.mmioworkbench.c.internal.Mailbox;
import org.mmioworkbench.core.Simulator;

/**
 * Runs a {@link CProgram} as one simulated process on a {@link Simulator}. Loads and stores in the process's MMIO
 * mappings are MMIO accesses through the process's {@code MmioApi}. Not thread-safe.
 */
public final class CMachine {
    private final Machine machine;

    /** How a run ended: exit status (0 for success), and for an error its message and backtrace lines. */
    public record Outcome(boolean paused, boolean error, int status, String message, List<String> backtrace) {
    }

    /** Where the program's standard output goes. */
    @FunctionalInterface
    public interface Output {
        /**
         * Receives bytes the program printed.
         *
         * @param bytes the bytes
         */
        void print(byte[] bytes);
    }

    /**
     * Prepares a program to run, paused before its first statement.
     *
     * @param program the program
     * @param simulator the simulator
     * @param process the process name
     * @param mailbox handles in flight between the processes of one run (shared by their machines)
     * @param output standard output
     * @throws CCompileException for an error found when laying out and lowering the program
     */
    public CMachine(CProgram program, Simulator simulator, String process, Mailbox mailbox, Output output)
            throws CCompileException {
        Objects.requireNonNull(output, "output");
        try {
            machine = new Machine(program.unit(), program.pendingDecls(), simulator, process, mailbox, output::print,
                    program.file());
        } catch (CError e) {
            throw new CCompileException(e.pos.file(), e.pos.line(), e.pos.col(), e.cause);
        } catch (StackOverflowError e) {
            throw new CCompileException(program.file(), 0, 0, "an expression is nested too deeply to compile");
        }
    }

    /**
     * Limits the number of statements a run may take.
     *
     * @param limit the most statements
     */
    public void setStatementLimit(long limit) {
        machine.setStepLimit(limit);
    }

    /**
     * Runs the program to its end (or the statement limit).
     *
     * @return the outcome
     */
    public Outcome run() {
        return outcome(machine.run(null));
    }

    /**
     * Runs until a condition pauses it at a statement boundary, or to the end.
     *
     * @param stop asked before each statement after the first
     * @return the outcome
     */
    public Outcome runUntil(Machine.Stop stop) {
        return outcome(machine.run(stop));
    }

    /**
     * Returns the number of statements run.
     *
     * @return statements
     */
    public long statements() {
        return machine.steps();
    }

    /**
     * Returns the interpreter underneath, for debuggers.
     *
     * @return the machine
     */
    public Machine machine() {
        return machine;
    }

    private static Outcome outcome(Machine.Result r) {
        return new Outcome(r.kind() == Machine.Kind.PAUSED, r.kind() == Machine.Kind.ERROR
                || r.kind() == Machine.Kind.STEP_LIMIT, r.status(), r.message(), r.backtrace());
    }
}
