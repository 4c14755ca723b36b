package org.mmioworkbench.debug.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

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
import org.mmioworkbench.debug.console.Motion;

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
        hit = switch (why) {
            case SuspendReason.BreakpointHit h -> Stream.of(target().breakpointOf(h.breakpoint()))
                    .filter(Objects::nonNull).toArray(IBreakpoint[]::new);
            case SuspendReason.RegisterWatchTriggered w -> w.watches().stream().map(target()::breakpointOf)
                    .filter(Objects::nonNull).toArray(IBreakpoint[]::new); // every watchpoint the access hit
            default -> NONE;
        };
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

    /** The resume event's detail of a request, as the Debug view's buttons and the console's commands make it. */
    private static int detail(Motion motion) {
        return switch (motion) {
            case Motion.StepOver o -> DebugEvent.STEP_OVER;
            case Motion.ReverseStepOver o -> DebugEvent.STEP_OVER;
            case Motion.StepOut o -> DebugEvent.STEP_RETURN;
            case Motion.Resume r -> DebugEvent.CLIENT_REQUEST;
            case Motion.ReverseResume r -> DebugEvent.CLIENT_REQUEST;
            case Motion.Restart r -> DebugEvent.CLIENT_REQUEST;
            default -> DebugEvent.STEP_INTO;
        };
    }

    /** Shows the thread running a request; false when it is not suspended and cannot run one. */
    private boolean resumed(Motion motion) {
        if (!canResume()) {
            return false;
        }
        suspended = false;
        stepping = motion.isStep();
        frames = null;
        hit = NONE;
        fireResumeEvent(detail(motion));
        return true;
    }

    /** Shows the thread suspended where it was: the request did not run. */
    private void refused() {
        stepping = false;
        suspended = true;
        fireSuspendEvent(DebugEvent.CLIENT_REQUEST);
    }

    /** A request of the Debug view's buttons and commands: queued to the engine's thread. */
    private void command(Motion motion) {
        if (resumed(motion)) {
            target().run().submit(motion, this::refused);
        }
    }

    /**
     * A request of the debugger console's commands, on the engine's thread (where the console runs its commands):
     * the same events as a button's request, run at once, so the Debug view, the Variables, Registers and MMIO views
     * follow the console's steps.
     *
     * @param motion the request
     * @return how it ended; suspended by a client request when a Suspend came before it began
     */
    RunResult runFromConsole(Motion motion) {
        if (!resumed(motion)) {
            return new RunResult.NotRunning();
        }
        RunResult r = null;
        try {
            r = target().run().runNow(motion);
        } finally {
            if (!(r instanceof RunResult.Suspended) && !(r instanceof RunResult.Terminated)) {
                refused(); // a Suspend came first, or the session refused or threw: suspended where it was
            }
        }
        return r == null ? new RunResult.Suspended(new SuspendReason.ClientRequest()) : r;
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
        command(new Motion.Resume());
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
        command(new Motion.StepInto());
    }

    @Override
    public void stepOver() {
        command(new Motion.StepOver());
    }

    @Override
    public void stepReturn() {
        if (canStepReturn()) {
            command(new Motion.StepOut());
        }
    }

    @Override
    public boolean canStepBack() {
        return canResume() && session().statements() > 0;
    }

    @Override
    public void stepBack() {
        if (canStepBack()) {
            command(new Motion.ReverseStep(1));
        }
    }

    @Override
    public void runBack() {
        if (canStepBack()) {
            command(new Motion.ReverseResume());
        }
    }

    @Override
    public boolean canGoBackToEvent(long seq) {
        return canResume() && session().canGoBackToEvent(seq);
    }

    @Override
    public void goBackToEvent(long seq) {
        if (canGoBackToEvent(seq)) {
            command(new Motion.GoBackToEvent(seq));
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
        command(new Motion.StepToAccess());
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
