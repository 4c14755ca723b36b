package org.mmioworkbench.debug.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.mmioworkbench.core.state.RegisterHistory;
import org.mmioworkbench.core.state.RegisterState;
import org.mmioworkbench.debug.CDebugSession;
import org.mmioworkbench.debug.CallFrame;
import org.mmioworkbench.debug.DebugListener;
import org.mmioworkbench.debug.RunResult;
import org.mmioworkbench.debug.SuspendReason;

/**
 * The simulated process a driver runs as. Run control is handed to the launch's engine thread; the suspend event
 * comes from the session when the command ends. Stack frames are the C call frames, read once per suspend.
 */
final class DriverThread extends DriverDebugElement implements IThread, DebugListener, DriverStepping,
        DriverEventTravel, RegisterHistory {
    private static final IBreakpoint[] NONE = new IBreakpoint[0];

    /** A session starts paused before the program's first statement. */
    private volatile boolean suspended = true;
    private volatile boolean stepping;
    private volatile SuspendReason reason;
    private volatile IBreakpoint[] hit = NONE;
    private volatile List<DriverStackFrame> frames;

    DriverThread(DriverDebugTarget target) {
        super(target);
        target.run().session().addListener(this);
        target.run().simulation().setRegisterHistory(this);
    }

    private CDebugSession session() {
        return target().run().session();
    }

    /** Shows the program paused before its first statement. */
    void suspendedAtStart() {
        reason = new SuspendReason.StepEnd();
        target().registers().suspended();
        fireSuspendEvent(DebugEvent.CLIENT_REQUEST);
    }

    /** Why the thread is suspended, or null while it runs. */
    SuspendReason reason() {
        return suspended ? reason : null;
    }

    // ------------------------------------------------------------------ events from the engine

    @Override
    public void suspended(SuspendReason why) {
        IBreakpoint b = switch (why) {
            case SuspendReason.BreakpointHit h -> target().breakpointOf(h.breakpoint());
            case SuspendReason.RegisterWatchTriggered w -> target().breakpointOf(w.watch());
            default -> null;
        };
        hit = b == null ? NONE : new IBreakpoint[] {b};
        if (why instanceof SuspendReason.BreakpointHit h && h.conditionError() != null) {
            target().run().process().printError(h.conditionError() + "\n");
        }
        reason = why;
        frames = null;
        target().registers().suspended();
        stepping = false;
        suspended = true;
        fireSuspendEvent(switch (why) {
            case SuspendReason.BreakpointHit h -> DebugEvent.BREAKPOINT;
            case SuspendReason.WatchTriggered w -> DebugEvent.BREAKPOINT;
            case SuspendReason.RegisterWatchTriggered w -> DebugEvent.BREAKPOINT;
            case SuspendReason.ClientRequest c -> DebugEvent.CLIENT_REQUEST;
            default -> DebugEvent.STEP_END;
        });
    }

    // ------------------------------------------------------------------ run control

    private void command(int detail, boolean step, Function<CDebugSession, RunResult> what) {
        if (!canResume()) {
            return;
        }
        suspended = false;
        stepping = step;
        frames = null;
        hit = NONE;
        fireResumeEvent(detail);
        target().run().submit(what, () -> {
            stepping = false;
            suspended = true;
            fireSuspendEvent(DebugEvent.CLIENT_REQUEST);
        });
    }

    @Override
    public boolean canResume() {
        return suspended && !isTerminated();
    }

    @Override
    public boolean canSuspend() {
        return !suspended && !isTerminated();
    }

    @Override
    public boolean isSuspended() {
        return suspended && !isTerminated();
    }

    @Override
    public void resume() {
        command(DebugEvent.CLIENT_REQUEST, false, CDebugSession::resume);
    }

    @Override
    public void suspend() {
        target().run().suspend();
    }

    @Override
    public boolean canStepInto() {
        return canResume();
    }

    @Override
    public boolean canStepOver() {
        return canResume();
    }

    @Override
    public boolean canStepReturn() {
        List<DriverStackFrame> fs = frames();
        return canResume() && fs.size() > 1;
    }

    @Override
    public boolean isStepping() {
        return stepping;
    }

    @Override
    public void stepInto() {
        command(DebugEvent.STEP_INTO, true, CDebugSession::stepInto);
    }

    @Override
    public void stepOver() {
        command(DebugEvent.STEP_OVER, true, CDebugSession::stepOver);
    }

    @Override
    public void stepReturn() {
        if (canStepReturn()) {
            command(DebugEvent.STEP_RETURN, true, CDebugSession::stepOut);
        }
    }

    @Override
    public boolean canStepBack() {
        return canResume() && session().statements() > 0;
    }

    @Override
    public void stepBack() {
        if (canStepBack()) {
            command(DebugEvent.STEP_INTO, true, CDebugSession::reverseStepInto);
        }
    }

    @Override
    public void runBack() {
        if (canStepBack()) {
            command(DebugEvent.CLIENT_REQUEST, false, CDebugSession::reverseResume);
        }
    }

    @Override
    public boolean canGoBackToEvent(long seq) {
        return canResume() && session().canGoBackToEvent(seq);
    }

    @Override
    public void goBackToEvent(long seq) {
        if (canGoBackToEvent(seq)) {
            command(DebugEvent.STEP_INTO, true, s -> s.goBackToEvent(seq));
        }
    }

    @Override
    public boolean canCapture(long seq) {
        return canGoBackToEvent(seq);
    }

    @Override
    public List<RegisterState> statesAt(List<Long> seqs) {
        if (!canResume()) {
            throw new IllegalStateException("The driver is not suspended.");
        }
        return target().run().call(s -> s.registerStatesAt(seqs, List.of()));
    }

    @Override
    public boolean canStepToAccess() {
        return canResume();
    }

    @Override
    public void stepToAccess() {
        command(DebugEvent.STEP_INTO, true, CDebugSession::stepToAccess);
    }

    @Override
    public boolean canTerminate() {
        return target().canTerminate();
    }

    @Override
    public boolean isTerminated() {
        return target().isTerminated();
    }

    @Override
    public void terminate() {
        target().terminate();
    }

    // ------------------------------------------------------------------ inspection

    private List<DriverStackFrame> frames() {
        List<DriverStackFrame> fs = frames;
        if (fs == null) {
            fs = new ArrayList<>();
            if (isSuspended()) {
                List<CallFrame> stack = session().callStack();
                for (CallFrame f : stack) {
                    fs.add(new DriverStackFrame(this, f, stack.size() - 1 - f.level()));
                }
            }
            fs = List.copyOf(fs);
            if (isSuspended()) {
                frames = fs;
            }
        }
        return fs;
    }

    @Override
    public IStackFrame[] getStackFrames() {
        return frames().toArray(new IStackFrame[0]);
    }

    @Override
    public boolean hasStackFrames() {
        return isSuspended();
    }

    @Override
    public IStackFrame getTopStackFrame() {
        List<DriverStackFrame> fs = frames();
        return fs.isEmpty() ? null : fs.get(0);
    }

    @Override
    public int getPriority() {
        return 0;
    }

    @Override
    public String getName() {
        return "process " + target().run().processName();
    }

    @Override
    public IBreakpoint[] getBreakpoints() {
        return hit.clone();
    }

    /** The label of a frame's file, as the Debug view shows it: the file name. */
    static String fileName(String file) {
        try {
            Path name = Path.of(file).getFileName();
            return name == null ? file : name.toString();
        } catch (RuntimeException e) {
            return file;
        }
    }
}
