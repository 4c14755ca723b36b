package org.mmioworkbench.debug.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.IBreakpointManagerListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IThread;
import org.mmioworkbench.debug.Breakpoint;
import org.mmioworkbench.debug.RegisterWatch;

/**
 * A driver under the Eclipse debugger: one simulated process, so one {@link DriverThread}. Installs the workspace's
 * driver line breakpoints into the headless session and keeps them in step as they are added, removed, enabled and
 * disabled, also while the driver runs.
 */
final class DriverDebugTarget extends DriverDebugElement implements IDebugTarget, IBreakpointManagerListener {
    private final ILaunch launch;
    private final DriverRun run;
    private final DriverThread thread;
    private final String name;
    /** Each workspace breakpoint installed, and what stands for it in the session (a Breakpoint or a RegisterWatch). */
    private final Map<IBreakpoint, Object> installed = new ConcurrentHashMap<>();
    private final DriverRegisters registers = new DriverRegisters(this);
    private final DriverCommandLine commandLine = DriverCommandLine.create(this);
    private volatile boolean terminated;

    DriverDebugTarget(ILaunch launch, DriverRun run, String name) {
        super(null);
        this.launch = launch;
        this.run = run;
        this.name = name;
        this.thread = new DriverThread(this);
    }

    @Override
    public IDebugTarget getDebugTarget() {
        return this;
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    DriverRun run() {
        return run;
    }

    DriverThread thread() {
        return thread;
    }

    DriverCommandLine commandLine() {
        return commandLine;
    }

    DriverRegisters registers() {
        return registers;
    }

    /**
     * Announces the target and its thread, installs the breakpoints, and either stays at the first statement or
     * resumes.
     */
    void start(boolean stopAtStart) {
        run.simulation().registerValues().setDebuggerDriven(true); // its suspends begin the views' stops
        fireCreationEvent();
        thread.fireCreationEvent();
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        manager.addBreakpointListener(this);
        manager.addBreakpointManagerListener(this);
        for (IBreakpoint b : manager.getBreakpoints(MmioDebugModel.ID)) {
            breakpointAdded(b);
        }
        if (stopAtStart && run.session().breakpoints().isEmpty()) {
            thread.suspendedAtStart();
        } else {
            thread.resume();
        }
    }

    /** Called on the engine's thread when the program ended or was terminated. */
    void ended() {
        terminated = true;
        run.simulation().registerValues().setDebuggerDriven(false);
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        manager.removeBreakpointListener(this);
        manager.removeBreakpointManagerListener(this);
        thread.fireTerminateEvent();
        fireTerminateEvent();
    }

    /** The workspace breakpoint that stands for an engine breakpoint or register watch, if any. */
    IBreakpoint breakpointOf(Object b) {
        for (Map.Entry<IBreakpoint, Object> e : installed.entrySet()) {
            if (e.getValue().equals(b)) {
                return e.getKey();
            }
        }
        return null;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IProcess getProcess() {
        return run.process();
    }

    @Override
    public IThread[] getThreads() {
        return terminated ? new IThread[0] : new IThread[] {thread};
    }

    @Override
    public boolean hasThreads() {
        return !terminated;
    }

    @Override
    public boolean supportsBreakpoint(IBreakpoint breakpoint) {
        return breakpoint instanceof DriverLineBreakpoint || breakpoint instanceof DriverRegisterWatchpoint;
    }

    // ------------------------------------------------------------------ breakpoints

    @Override
    public void breakpointAdded(IBreakpoint breakpoint) {
        if (!supportsBreakpoint(breakpoint) || terminated || installed.containsKey(breakpoint)) {
            return;
        }
        try {
            if (!breakpoint.isEnabled() || !DebugPlugin.getDefault().getBreakpointManager().isEnabled()) {
                return;
            }
            if (breakpoint instanceof DriverLineBreakpoint b && b.file() != null) {
                Breakpoint line = run.session().breakAtLine(b.file(), b.getLineNumber());
                run.session().setCondition(line, b.condition());
                run.session().setIgnoreCount(line, b.hitCount() - 1);
                installed.put(b, line);
            } else if (breakpoint instanceof DriverRegisterWatchpoint w) {
                installed.put(w, run.session().watchRegister(w.device(), w.register(), w.field(), w.access(), null));
            }
        } catch (CoreException e) {
            // a breakpoint whose marker was deleted meanwhile: nothing to install
        } catch (IllegalArgumentException e) { // a register watchpoint for another board
            run.process().printError("Register watchpoint " + ((DriverRegisterWatchpoint) breakpoint).qualifiedName()
                    + " is not installed: " + e.getMessage() + "\n");
        }
    }

    @Override
    public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
        Object b = installed.remove(breakpoint);
        if (b instanceof Breakpoint line) {
            run.session().delete(line);
        } else if (b instanceof RegisterWatch w) {
            run.session().delete(w);
        }
    }

    @Override
    public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
        breakpointRemoved(breakpoint, delta);
        breakpointAdded(breakpoint);
    }

    @Override
    public void breakpointManagerEnablementChanged(boolean enabled) {
        for (IBreakpoint b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(MmioDebugModel.ID)) {
            breakpointChanged(b, null);
        }
    }

    // ------------------------------------------------------------------ run control, through the thread

    @Override
    public boolean canTerminate() {
        return !terminated;
    }

    @Override
    public boolean isTerminated() {
        return terminated;
    }

    @Override
    public void terminate() {
        run.terminate();
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
    public boolean canDisconnect() {
        return false;
    }

    @Override
    public void disconnect() throws DebugException {
        throw notSupported("disconnect");
    }

    @Override
    public boolean isDisconnected() {
        return false;
    }

    @Override
    public boolean supportsStorageRetrieval() {
        return false;
    }

    @Override
    public IMemoryBlock getMemoryBlock(long startAddress, long length) throws DebugException {
        throw notSupported("memory blocks");
    }

    static DebugException notSupported(String what) {
        return new DebugException(new org.eclipse.core.runtime.Status(org.eclipse.core.runtime.IStatus.ERROR,
                MmioDebugModel.ID, DebugException.NOT_SUPPORTED, what + " is not supported by a driver launch", null));
    }
}
