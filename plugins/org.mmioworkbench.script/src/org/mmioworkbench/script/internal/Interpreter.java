package org.mmioworkbench.script.internal;

import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.script.Outcome;
import org.mmioworkbench.script.ScriptOptions;
import org.mmioworkbench.script.ScriptOutput;
import org.mmioworkbench.script.SourcePosition;

/**
 * Executes one instruction at a time on an {@link ExecutionState}. Calls go to the simulator as the
 * state's current process, and the trace events each call produces are recorded in the state's side
 * table against the statement in progress. Anything that stops the script is thrown as a
 * {@link ScriptStop}.
 */
public final class Interpreter {
    private final Program program;
    private final Instruction[] code;
    private final Simulator sim;
    private final ScriptOutput output;
    private final long loopBound;
    private final SimulatorCalls calls;

    /**
     * Creates an interpreter of a program on a simulator.
     *
     * @param program the program
     * @param sim the simulator
     * @param output where {@code printf} text and warnings go
     * @param options the loop bound and the environment
     */
    public Interpreter(Program program, Simulator sim, ScriptOutput output, ScriptOptions options) {
        this.program = program;
        this.code = program.code().toArray(Instruction[]::new);
        this.sim = sim;
        this.output = output;
        this.loopBound = options.loopBound();
        this.calls = new SimulatorCalls(sim, options.environment());
    }

    /**
     * Returns the instruction at an index.
     *
     * @param index from 0
     * @return the instruction
     */
    public Instruction instruction(int index) {
        return code[index];
    }

    /**
     * Executes the instruction at the state's program counter ({@link Instruction.Halt} does nothing).
     *
     * @param s the state
     * @throws ScriptStop if the script must stop
     */
    public void execute(ExecutionState s) {
        int at = s.pc;
        Instruction instruction = code[at];
        s.pc = at + 1;
        switch (instruction) {
            case Instruction.Statement st -> {
                s.statement = st.statement();
                s.statementFirstEvent = sim.traceLength();
                s.statementProcess = s.process;
            }
            case Instruction.Push p -> s.push(p.value());
            case Instruction.Load l -> load(s, l);
            case Instruction.LoadOr l -> s.push(s.assigned[l.slot()] ? s.values[l.slot()] : l.fallback());
            case Instruction.Store st -> {
                s.values[st.slot()] = s.types[st.slot()].convert(s.pop());
                s.assigned[st.slot()] = true;
            }
            case Instruction.Declare d -> {
                s.types[d.slot()] = d.type();
                s.assigned[d.slot()] = false;
                s.values[d.slot()] = 0;
            }
            case Instruction.Unary u -> s.push(IntOps.unary(u.op(), s.pop()));
            case Instruction.Binary b -> binary(s, b, at);
            case Instruction.Convert c -> s.push(c.type().convert(s.pop()));
            case Instruction.Jump j -> s.pc = j.target();
            case Instruction.JumpIfZero j -> s.pc = s.pop() == 0 ? j.target() : s.pc;
            case Instruction.JumpIfNonZero j -> s.pc = s.pop() != 0 ? j.target() : s.pc;
            case Instruction.Call c -> call(s, c);
            case Instruction.Printf p -> printf(s, p);
            case Instruction.Pop p -> s.pop();
            case Instruction.SwitchProcess p -> switchProcess(s, p);
            case Instruction.Assert a -> {
                if (s.pop() == 0) {
                    throw new ScriptStop(Outcome.assertionFailed(program.fileName(), a.position(), a.text()));
                }
            }
            case Instruction.LoopEnter e -> s.loopCounts[e.loop()] = 0;
            case Instruction.LoopIteration i -> {
                if (++s.loopCounts[i.loop()] > loopBound) {
                    throw stop(Outcome.Kind.LOOP_BOUND, i.position(), "the loop at line " + i.position().line()
                            + " ran more than " + loopBound + " iterations; is it polling a register that never"
                            + " changes? (the loop bound can be raised)");
                }
            }
            case Instruction.Halt h -> s.pc = at;
        }
    }

    private void load(ExecutionState s, Instruction.Load l) {
        if (!s.assigned[l.slot()]) {
            String name = program.slotNames().get(l.slot());
            int dot = name.indexOf('.');
            String hint = dot < 0 ? "" : " (assign it, or call KnIoMemHandlesClear(&" + name.substring(0, dot) + ") first)";
            throw stop(Outcome.Kind.RUNTIME_ERROR, l.position(), "undefined variable '" + name + "'" + hint);
        }
        s.push(s.values[l.slot()]);
    }

    private void binary(ExecutionState s, Instruction.Binary b, int at) {
        long right = s.pop();
        long left = s.pop();
        if (IntOps.isOversizedShift(b.op(), right) && s.firstWarningAt(at)) {
            output.warning(program.fileName() + ":" + b.position() + ": warning: " + IntOps.oversizedShiftWarning(right));
        }
        try {
            s.push(IntOps.binary(b.op(), left, right));
        } catch (ArithmeticException ex) {
            throw stop(Outcome.Kind.RUNTIME_ERROR, b.position(),
                    (b.op() == BinaryOp.DIV ? "division" : "remainder") + " by zero");
        }
    }

    private void call(ExecutionState s, Instruction.Call c) {
        long[] in = new long[c.function().inputCount()];
        for (int i = in.length - 1; i >= 0; i--) {
            in[i] = s.pop();
        }
        long before = sim.traceLength();
        long[] out;
        try {
            out = calls.call(c.function(), in, c.texts(), s.process);
        } catch (MmioFault fault) {
            throw new ScriptStop(Outcome.error(Outcome.Kind.FAULT, program.fileName(), c.position(), fault.getMessage(),
                    fault));
        } catch (RuntimeException ex) {
            throw stop(Outcome.Kind.RUNTIME_ERROR, c.position(), c.function().cName() + ": " + describe(ex));
        } finally {
            s.origins.record(before, sim.traceLength(), s.statement);
        }
        for (long v : out) {
            s.push(v);
        }
    }

    private void printf(ExecutionState s, Instruction.Printf p) {
        long[] values = new long[p.format().valueCount()];
        for (int i = values.length - 1; i >= 0; i--) {
            values[i] = s.pop();
        }
        output.print(p.format().format(values, p.texts()));
    }

    private void switchProcess(ExecutionState s, Instruction.SwitchProcess p) {
        long before = sim.traceLength();
        try {
            calls.startProcess(p.process());
        } catch (RuntimeException ex) {
            throw stop(Outcome.Kind.RUNTIME_ERROR, p.position(), describe(ex));
        } finally {
            s.origins.record(before, sim.traceLength(), s.statement);
        }
        s.process = p.process();
    }

    private ScriptStop stop(Outcome.Kind kind, SourcePosition at, String detail) {
        return new ScriptStop(Outcome.error(kind, program.fileName(), at, detail, null));
    }

    private static String describe(RuntimeException ex) {
        return ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
    }
}
