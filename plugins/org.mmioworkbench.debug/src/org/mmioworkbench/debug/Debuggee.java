package org.mmioworkbench.debug;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mmioworkbench.c.CCompileException;
import org.mmioworkbench.c.CMachine;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.c.internal.CType;
import org.mmioworkbench.c.internal.Evaluator;
import org.mmioworkbench.c.internal.Evaluator.EvalException;
import org.mmioworkbench.c.internal.Machine;
import org.mmioworkbench.c.internal.Mailbox;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.script.Outcome;
import org.mmioworkbench.script.ScriptException;
import org.mmioworkbench.script.ScriptMachine;

/**
 * A program on the C interpreter as the debug engine drives it, whatever language it was written in: a C driver
 * ({@link CMachine}) or a {@code *.mmio} script lowered onto the same interpreter ({@link ScriptMachine}). The session
 * steps, checkpoints and inspects the shared {@link Machine}; this is what differs between the two.
 */
sealed interface Debuggee permits Debuggee.C, Debuggee.Script {
    /** The interpreter underneath. */
    Machine machine();

    /** Runs until the stop pauses it at a statement boundary, an instruction asks it to pause, or the end. */
    CMachine.Outcome runUntil(Machine.Stop stop);

    /** The program's whole state and its simulator's, at a statement boundary. */
    Object snapshot();

    /** Puts back a state {@link #snapshot()} took. */
    void restore(Object state);

    /** The length of the simulator's trace in a state {@link #snapshot()} took. */
    long traceLength(Object state);

    /** The call stack with typed variables, innermost first. */
    List<CallFrame> callStack(Evaluator evaluator);

    /** Evaluates an integer expression in a frame, without side effects. */
    long evaluate(Evaluator evaluator, String expression, int frame);

    /** A C driver: one process named at the start, C frames and C expressions. */
    record C(CMachine program, Simulator sim) implements Debuggee {
        static C compile(CProgram program, Simulator sim, String process, CMachine.Output output)
                throws CCompileException {
            C c = new C(new CMachine(program, sim, process, new Mailbox(), output), sim);
            // the process exists from the start, so that its start is no event of the first run (a step to the
            // next access stops at the program's own first access)
            sim.process(process);
            return c;
        }

        @Override
        public Machine machine() {
            return program.machine();
        }

        @Override
        public CMachine.Outcome runUntil(Machine.Stop stop) {
            return program.runUntil(stop);
        }

        private record State(Machine.State machine, org.mmioworkbench.core.Snapshot simulator) {
        }

        @Override
        public Object snapshot() {
            return new State(machine().snapshot(), sim.snapshot());
        }

        @Override
        public void restore(Object state) {
            State s = (State) state;
            machine().restore(s.machine());
            sim.restore(s.simulator());
        }

        @Override
        public long traceLength(Object state) {
            return ((State) state).simulator().traceLength();
        }

        @Override
        public List<CallFrame> callStack(Evaluator evaluator) {
            List<CallFrame> out = new ArrayList<>();
            List<Machine.FrameView> fs = machine().frames();
            for (int i = 0; i < fs.size(); i++) {
                Machine.FrameView f = fs.get(i);
                out.add(new CallFrame(i, f.function(), f.pos().file(), f.pos().line(), f.pos().col(),
                        variables(evaluator, f.args()), variables(evaluator, f.locals())));
            }
            return out;
        }

        private static List<Variable> variables(Evaluator evaluator, List<Machine.VarView> vs) {
            List<Variable> out = new ArrayList<>(vs.size());
            for (Machine.VarView v : vs) {
                out.add(Variable.of(evaluator, v.name(), v.type(), v.value()));
            }
            return out;
        }

        @Override
        public long evaluate(Evaluator evaluator, String expression, int frame) {
            Evaluator.Value v = evaluator.evaluate(expression, frame);
            if (!v.type().isScalar()) {
                throw new EvalException("\"" + expression.strip() + "\" is a " + v.type() + ", not an integer.");
            }
            return v.value();
        }
    }

    /**
     * A script: one frame (the script's file) whose variables are the script's that have a value, with the type each
     * was last declared with; expressions are the script language's own, with its {@code #define}s.
     */
    record Script(ScriptMachine program) implements Debuggee {
        @Override
        public Machine machine() {
            return program.machine();
        }

        @Override
        public CMachine.Outcome runUntil(Machine.Stop stop) {
            Outcome o = program.runUntil(stop);
            return outcome(o);
        }

        /** A script's end in the shape of a C program's: exit status 0, 1 for a failure, 2 for an error. */
        static CMachine.Outcome outcome(Outcome o) {
            return switch (o.kind()) {
                case PAUSED -> new CMachine.Outcome(true, false, 0, null, List.of());
                case FINISHED -> new CMachine.Outcome(false, false, 0, null, List.of());
                case ASSERTION_FAILED, FAULT, LOOP_BOUND -> new CMachine.Outcome(false, true, 1, o.message(),
                        List.of());
                case RUNTIME_ERROR -> new CMachine.Outcome(false, true, 2, o.message(), List.of());
            };
        }

        @Override
        public Object snapshot() {
            return program.snapshot();
        }

        @Override
        public void restore(Object state) {
            program.restore((ScriptMachine.State) state);
        }

        @Override
        public long traceLength(Object state) {
            return ((ScriptMachine.State) state).simulatorSnapshot().traceLength();
        }

        @Override
        public List<CallFrame> callStack(Evaluator evaluator) {
            if (program.isTerminated() || program.currentStatement().isEmpty()) {
                return List.of();
            }
            Machine.FrameView f = machine().frames().get(0);
            Map<String, Long> values = program.variables();
            Map<String, String> types = program.variableTypes();
            List<Variable> locals = new ArrayList<>(values.size());
            values.forEach((name, value) -> locals.add(Variable.of(evaluator, name, cType(types.get(name)), value)));
            // at a boundary, the statement about to run; paused at an access, the statement that made it
            return List.of(new CallFrame(0, "script", program.script().fileName(), f.pos().line(), f.pos().col(),
                    List.of(),
                    locals));
        }

        /** The C type of a script variable's type name ({@code uint64_t}, {@code int16_t}, {@code Handle}). */
        private static CType cType(String name) {
            if (name == null) {
                return CType.ULONG;
            }
            return switch (name) {
                case "int8_t" -> CType.SCHAR;
                case "uint8_t" -> CType.UCHAR;
                case "int16_t" -> CType.SHORT;
                case "uint16_t" -> CType.USHORT;
                case "int32_t" -> CType.INT;
                case "uint32_t", "Handle" -> CType.UINT;
                case "int64_t" -> CType.LONG;
                default -> CType.ULONG;
            };
        }

        @Override
        public long evaluate(Evaluator evaluator, String expression, int frame) {
            try {
                return program.evaluate(expression);
            } catch (ScriptException e) {
                throw new EvalException(e.detail());
            }
        }
    }
}
