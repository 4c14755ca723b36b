package org.mmioworkbench.debug.core;

import java.util.Objects;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.mmioworkbench.debug.CallFrame;
import org.mmioworkbench.debug.Variable;

/**
 * A C call frame: its function, the statement it is at, its arguments and locals. Two frames are equal when they
 * stand for the same call at the same depth, so that the Debug and Variables views keep their selection and
 * expansion from one suspend to the next.
 */
public final class DriverStackFrame extends DriverDebugElement implements IStackFrame {
    private final DriverThread thread;
    private final CallFrame frame;
    /** The call's depth counted from the outermost frame (main is 0), which does not change while it lasts. */
    private final int depth;
    private IVariable[] variables;

    DriverStackFrame(DriverThread thread, CallFrame frame, int depth) {
        super(thread.getDebugTarget());
        this.thread = thread;
        this.frame = frame;
        this.depth = depth;
    }

    /**
     * The source file of the statement, as the compiler named it (an absolute path for the launched file).
     *
     * @return the file
     */
    public String file() {
        return frame.file();
    }

    /**
     * Evaluates a C expression in this frame without side effects, for an editor's hover (see
     * {@link org.mmioworkbench.debug.CDebugSession#inspect}).
     *
     * @param expression the expression
     * @return its value, or empty when the frame is gone (the driver runs on) or the expression has no value here
     */
    public java.util.Optional<Variable> inspect(String expression) {
        if (!thread.isSuspended()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(thread.target().run().session().inspect(expression, frame.level()));
        } catch (RuntimeException e) {
            return java.util.Optional.empty(); // not an expression of this frame: no hover
        }
    }

    /**
     * The register at an address of the driver's process, through its MMIO mappings, read without side effects.
     *
     * @param virtualAddress the address
     * @return the register, or empty when the address is on none or the driver runs
     */
    public java.util.Optional<org.mmioworkbench.debug.MappedRegister> registerAt(long virtualAddress) {
        return thread.isSuspended() ? thread.target().run().session().registerAt(virtualAddress)
                : java.util.Optional.empty();
    }

    @Override
    public IThread getThread() {
        return thread;
    }

    @Override
    public synchronized IVariable[] getVariables() {
        if (variables == null) {
            java.util.List<IVariable> vs = new java.util.ArrayList<>();
            for (Variable v : frame.arguments()) {
                vs.add(new DriverVariable(getDebugTarget(), v));
            }
            for (Variable v : frame.locals()) {
                vs.add(new DriverVariable(getDebugTarget(), v));
            }
            variables = vs.toArray(new IVariable[0]);
        }
        return variables.clone();
    }

    @Override
    public boolean hasVariables() {
        return !frame.arguments().isEmpty() || !frame.locals().isEmpty();
    }

    @Override
    public int getLineNumber() {
        return frame.line();
    }

    @Override
    public int getCharStart() {
        return -1;
    }

    @Override
    public int getCharEnd() {
        return -1;
    }

    /** As CDT names a frame: {@code uart_putc(c=104) at driver.c:12}. */
    @Override
    public String getName() {
        StringBuilder sb = new StringBuilder(frame.function()).append('(');
        for (int i = 0; i < frame.arguments().size(); i++) {
            Variable a = frame.arguments().get(i);
            sb.append(i > 0 ? ", " : "").append(a.name()).append('=').append(a.value(false));
        }
        return sb.append(") at ").append(DriverThread.fileName(frame.file())).append(':').append(frame.line())
                .toString();
    }

    /** The board's devices, shown in the Registers view; the same in every frame. */
    @Override
    public IRegisterGroup[] getRegisterGroups() {
        return target().registers().groups();
    }

    @Override
    public boolean hasRegisterGroups() {
        return true;
    }

    // run control acts on the thread, as a frame's commands do in every Eclipse debugger

    @Override
    public boolean canStepInto() {
        return thread.canStepInto();
    }

    @Override
    public boolean canStepOver() {
        return thread.canStepOver();
    }

    @Override
    public boolean canStepReturn() {
        return thread.canStepReturn();
    }

    @Override
    public boolean isStepping() {
        return thread.isStepping();
    }

    @Override
    public void stepInto() {
        thread.stepInto();
    }

    @Override
    public void stepOver() {
        thread.stepOver();
    }

    @Override
    public void stepReturn() {
        thread.stepReturn();
    }

    @Override
    public boolean canResume() {
        return thread.canResume();
    }

    @Override
    public boolean canSuspend() {
        return thread.canSuspend();
    }

    @Override
    public boolean isSuspended() {
        return thread.isSuspended();
    }

    @Override
    public void resume() {
        thread.resume();
    }

    @Override
    public void suspend() {
        thread.suspend();
    }

    @Override
    public boolean canTerminate() {
        return thread.canTerminate();
    }

    @Override
    public boolean isTerminated() {
        return thread.isTerminated();
    }

    @Override
    public void terminate() throws DebugException {
        thread.terminate();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DriverStackFrame f && f.thread == thread && f.depth == depth
                && f.frame.function().equals(frame.function());
    }

    @Override
    public int hashCode() {
        return Objects.hash(thread, depth, frame.function());
    }
}
