package org.mmioworkbench.script.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.mmioworkbench.c.internal.Halt;
import org.mmioworkbench.c.internal.Machine;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.script.Outcome;
import org.mmioworkbench.script.ScriptOptions;
import org.mmioworkbench.script.ScriptOutput;
import org.mmioworkbench.script.SourcePosition;

/**
 * What a script's instructions need beyond the C machine's frame: the simulator calls, the output, the loop
 * bound, and the front end's own state, which a snapshot captures with the machine's ({@link #freeze()}): the
 * side table from trace events to statements, the places that have warned about a shift, and where the statement
 * running now began in the trace (recorded at its first call into the simulator, see {@link #mark(long)}).
 * Everything that stops the script is thrown as the C machine's {@link Halt} with the script's {@link Outcome}.
 */
public final class ScriptRuntime {
    private final String fileName;
    private final Simulator sim;
    private final ScriptOutput output;
    private final long loopBound;
    private final SimulatorCalls calls;
    private Machine machine;

    private EventOrigins origins;
    private Set<Integer> warned = Set.of();
    private long markSteps = -1;
    private long markFirstEvent;
    private String markProcess;

    /**
     * Creates the runtime of one script machine.
     *
     * @param fileName the script's file name, for messages
     * @param sim the simulator
     * @param output where {@code printf} text and warnings go
     * @param options the loop bound and environment
     */
    public ScriptRuntime(String fileName, Simulator sim, ScriptOutput output, ScriptOptions options) {
        this.fileName = fileName;
        this.sim = sim;
        this.output = output;
        this.loopBound = options.loopBound();
        this.calls = new SimulatorCalls(sim, options.environment());
        this.origins = new EventOrigins(sim.traceLength(), sim.traceWindow());
    }

    /**
     * Connects the machine that runs the script's instructions.
     *
     * @param m the machine
     */
    public void attach(Machine m) {
        this.machine = m;
    }

    long loopBound() {
        return loopBound;
    }

    String fileName() {
        return fileName;
    }

    /**
     * Records where the statement running now began, at its first call into the simulator.
     *
     * @param traceLength the trace length before the call
     */
    private void mark(long traceLength) {
        long steps = machine.steps();
        if (steps != markSteps) {
            markSteps = steps;
            markFirstEvent = traceLength;
            markProcess = machine.processName();
        }
    }

    /**
     * Tells where the statement that began last began in the trace.
     *
     * @return the trace length then, or -1 if it has made no call into the simulator (and so produced no events)
     */
    public long statementFirstEvent() {
        return markSteps == machine.steps() ? markFirstEvent : -1;
    }

    /**
     * Tells which process the statement that began last began as.
     *
     * @return the process, or null if it has made no call into the simulator (so it is the current one)
     */
    public String statementProcess() {
        return markSteps == machine.steps() ? markProcess : null;
    }

    /**
     * Returns the side table from trace events to statements.
     *
     * @return the table
     */
    public EventOrigins origins() {
        return origins;
    }

    /** Calls the simulator as the current process; the events it produces are recorded against a statement. */
    long[] call(Builtin f, long[] in, List<byte[]> texts, SourcePosition at, int statement) {
        long before = sim.traceLength();
        mark(before);
        try {
            return calls.call(f, in, texts, machine.processName());
        } catch (MmioFault fault) {
            throw new Halt(fault.getMessage(), Outcome.error(Outcome.Kind.FAULT, fileName, at, fault.getMessage(),
                    fault));
        } catch (RuntimeException ex) {
            throw error(Outcome.Kind.RUNTIME_ERROR, at, f.cName() + ": " + describe(ex));
        } finally {
            origins.record(before, sim.traceLength(), statement);
        }
    }

    /**
     * {@code IoReadMmReg8/16/32(reg)}: the register calls, the scripts' hot path, called with their values directly
     * (no argument or result arrays) and through the machine's MMIO API of the current process, which it keeps between
     * calls; otherwise as {@link #call}.
     *
     * @param f the function, for messages
     * @param widthBits 8, 16 or 32
     */
    long readRegister(Builtin f, int widthBits, long reg, SourcePosition at, int statement) {
        long before = sim.traceLength();
        mark(before);
        try {
            MmioApi api = machine.api();
            return switch (widthBits) {
                case 8 -> api.ioReadMmReg8(reg);
                case 16 -> api.ioReadMmReg16(reg);
                default -> Integer.toUnsignedLong(api.ioReadMmReg32(reg));
            };
        } catch (MmioFault fault) {
            throw new Halt(fault.getMessage(), Outcome.error(Outcome.Kind.FAULT, fileName, at, fault.getMessage(),
                    fault));
        } catch (RuntimeException ex) {
            throw error(Outcome.Kind.RUNTIME_ERROR, at, f.cName() + ": " + describe(ex));
        } finally {
            origins.record(before, sim.traceLength(), statement);
        }
    }

    /**
     * {@code IoWriteMmReg8/16/32(reg, data)}, as {@link #readRegister}.
     *
     * @param f the function, for messages
     * @param widthBits 8, 16 or 32
     */
    void writeRegister(Builtin f, int widthBits, long reg, long data, SourcePosition at, int statement) {
        long before = sim.traceLength();
        mark(before);
        try {
            MmioApi api = machine.api();
            switch (widthBits) {
                case 8 -> api.ioWriteMmReg8(reg, (int) data);
                case 16 -> api.ioWriteMmReg16(reg, (int) data);
                default -> api.ioWriteMmReg32(reg, (int) data);
            }
        } catch (MmioFault fault) {
            throw new Halt(fault.getMessage(), Outcome.error(Outcome.Kind.FAULT, fileName, at, fault.getMessage(),
                    fault));
        } catch (RuntimeException ex) {
            throw error(Outcome.Kind.RUNTIME_ERROR, at, f.cName() + ": " + describe(ex));
        } finally {
            origins.record(before, sim.traceLength(), statement);
        }
    }

    /** {@code process NAME}: the following statements run as that process, started if needed. */
    void switchProcess(String process, SourcePosition at, int statement) {
        long before = sim.traceLength();
        mark(before);
        try {
            machine.switchProcess(process);
        } catch (RuntimeException ex) {
            throw error(Outcome.Kind.RUNTIME_ERROR, at, describe(ex));
        } finally {
            origins.record(before, sim.traceLength(), statement);
        }
    }

    void print(String text) {
        output.print(text);
    }

    /** Warns about a shift by 64 bits or more, once per place in the script. */
    void oversizedShift(int place, SourcePosition at, long count) {
        if (warned.contains(place)) {
            return;
        }
        Set<Integer> more = new HashSet<>(warned);
        more.add(place);
        warned = Set.copyOf(more);
        output.warning(fileName + ":" + at + ": warning: " + IntOps.oversizedShiftWarning(count));
    }

    /** An error that stops the script, to throw. */
    Halt error(Outcome.Kind kind, SourcePosition at, String detail) {
        return stop(Outcome.error(kind, fileName, at, detail, null));
    }

    /** Stops the script with an outcome, to throw. */
    static Halt stop(Outcome outcome) {
        return new Halt(outcome.message(), outcome);
    }

    private static String describe(RuntimeException ex) {
        return ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
    }

    /** An immutable copy of the runtime's state. */
    public static final class Frozen {
        private final EventOrigins origins;
        private final Set<Integer> warned;
        private final long markSteps;
        private final long markFirstEvent;
        private final String markProcess;

        private Frozen(ScriptRuntime r) {
            this.origins = r.origins.copy();
            this.warned = r.warned;
            this.markSteps = r.markSteps;
            this.markFirstEvent = r.markFirstEvent;
            this.markProcess = r.markProcess;
        }
    }

    /**
     * Copies the state.
     *
     * @return an immutable copy
     */
    public Frozen freeze() {
        return new Frozen(this);
    }

    /**
     * Puts a copy of the state back.
     *
     * @param f a copy made by {@link #freeze()}
     */
    public void thaw(Frozen f) {
        origins = f.origins.copy();
        warned = f.warned;
        markSteps = f.markSteps;
        markFirstEvent = f.markFirstEvent;
        markProcess = f.markProcess;
    }
}
