package org.mmioworkbench.script.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.mmioworkbench.script.Outcome;

/**
 * The whole mutable state of a running script: program counter, operand stack, variables with their
 * declared types, current process, loop iteration counters, the statement in progress, the outcome
 * once it has stopped, the warnings given and the trace side table. {@link #freeze()} and
 * {@link #thaw(Frozen)} copy it to and from an immutable {@link Frozen}.
 */
public final class ExecutionState {
    /** The process a script runs as before its first {@code process} statement. */
    public static final String INITIAL_PROCESS = "main";

    int pc;
    long[] stack = new long[16];
    int sp;
    long[] values;
    boolean[] assigned;
    CType[] types;
    String process = INITIAL_PROCESS;
    long[] loopCounts;
    int statement = -1;
    long statementFirstEvent;
    String statementProcess = INITIAL_PROCESS;
    Outcome end;
    Set<Integer> warned = Set.of();
    EventOrigins origins;

    /**
     * Creates the state of a script about to start.
     *
     * @param program the program
     * @param traceLength the simulator's trace length now
     * @param traceWindow the simulator's trace window: the side table keeps as many events
     */
    public ExecutionState(Program program, long traceLength, int traceWindow) {
        int slots = program.slotNames().size();
        values = new long[slots];
        assigned = new boolean[slots];
        types = program.slotTypes().toArray(CType[]::new);
        loopCounts = new long[program.loopCount()];
        statementFirstEvent = traceLength;
        origins = new EventOrigins(traceLength, traceWindow);
    }

    /**
     * An immutable copy of an {@link ExecutionState}.
     */
    public static final class Frozen {
        private final ExecutionState copy;

        private Frozen(ExecutionState copy) {
            this.copy = copy;
        }
    }

    /**
     * Copies the state.
     *
     * @return an immutable copy
     */
    public Frozen freeze() {
        return new Frozen(copyOf(this));
    }

    /**
     * Returns this state to a copy exactly.
     *
     * @param frozen a copy made by {@link #freeze()}
     */
    public void thaw(Frozen frozen) {
        ExecutionState c = copyOf(frozen.copy);
        pc = c.pc;
        stack = c.stack;
        sp = c.sp;
        values = c.values;
        assigned = c.assigned;
        types = c.types;
        process = c.process;
        loopCounts = c.loopCounts;
        statement = c.statement;
        statementFirstEvent = c.statementFirstEvent;
        statementProcess = c.statementProcess;
        end = c.end;
        warned = c.warned;
        origins = c.origins;
    }

    private static ExecutionState copyOf(ExecutionState s) {
        ExecutionState c = new ExecutionState(s);
        c.pc = s.pc;
        c.stack = Arrays.copyOf(s.stack, Math.max(s.sp, 16));
        c.sp = s.sp;
        c.process = s.process;
        c.statement = s.statement;
        c.statementFirstEvent = s.statementFirstEvent;
        c.statementProcess = s.statementProcess;
        c.end = s.end;
        c.warned = s.warned;
        c.origins = s.origins.copy();
        return c;
    }

    private ExecutionState(ExecutionState s) {
        values = s.values.clone();
        assigned = s.assigned.clone();
        types = s.types.clone();
        loopCounts = s.loopCounts.clone();
    }

    void push(long v) {
        if (sp == stack.length) {
            stack = Arrays.copyOf(stack, sp * 2);
        }
        stack[sp++] = v;
    }

    long pop() {
        return stack[--sp];
    }

    /** Remembers that a warning was given at an instruction; returns false if it was given before. */
    boolean firstWarningAt(int instruction) {
        if (warned.contains(instruction)) {
            return false;
        }
        Set<Integer> more = new HashSet<>(warned);
        more.add(instruction);
        warned = Set.copyOf(more);
        return true;
    }

    /**
     * Returns the program counter.
     *
     * @return the index of the next instruction
     */
    public int pc() {
        return pc;
    }

    /**
     * Returns the statement started last.
     *
     * @return its id, or -1 before the first
     */
    public int statement() {
        return statement;
    }

    /**
     * Returns the trace length when the statement started last began.
     *
     * @return a trace sequence number
     */
    public long statementFirstEvent() {
        return statementFirstEvent;
    }

    /**
     * Returns the process the statement started last began as.
     *
     * @return the process name
     */
    public String statementProcess() {
        return statementProcess;
    }

    /**
     * Returns the current process.
     *
     * @return the process name
     */
    public String process() {
        return process;
    }

    /**
     * Returns the outcome of a stopped script.
     *
     * @return the outcome, or null while it can go on
     */
    public Outcome end() {
        return end;
    }

    /**
     * Records that the script stopped.
     *
     * @param outcome why
     */
    public void end(Outcome outcome) {
        end = outcome;
    }

    /**
     * Tells whether a variable slot has a value.
     *
     * @param slot the slot
     * @return true if assigned
     */
    public boolean isAssigned(int slot) {
        return assigned[slot];
    }

    /**
     * Returns a variable slot's value.
     *
     * @param slot the slot
     * @return the value (0 if unassigned)
     */
    public long value(int slot) {
        return values[slot];
    }

    /**
     * Returns the side table of trace events to statements.
     *
     * @return the table
     */
    public EventOrigins origins() {
        return origins;
    }
}
