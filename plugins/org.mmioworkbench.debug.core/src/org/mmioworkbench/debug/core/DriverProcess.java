package org.mmioworkbench.debug.core;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamMonitor;
import org.eclipse.debug.core.model.IStreamsProxy2;

/**
 * A driver launch as the Debug Platform's process: its console shows what the driver prints ({@code printf}) and
 * what the board's UARTs send on standard output, and the kernel's diagnostics and the end of the program on standard
 * error. Text typed into the console goes to the first UART's receiver. Terminating it ends the run.
 */
final class DriverProcess extends PlatformObject implements IProcess {
    private final ILaunch launch;
    private final String label;
    private final TextMonitor out = new TextMonitor();
    private final TextMonitor err = new TextMonitor();
    private final Map<String, String> attributes = new HashMap<>();
    private final Runnable terminator;
    private final Consumer<String> input;
    private volatile Integer exitValue;

    /**
     * @param launch the launch it belongs to
     * @param label what the Debug view and the console call it
     * @param terminator ends the run when a user terminates the process
     * @param input takes what is typed into the console
     */
    DriverProcess(ILaunch launch, String label, Runnable terminator, Consumer<String> input) {
        this.launch = launch;
        this.label = label;
        this.terminator = terminator;
        this.input = input;
        attributes.put(ATTR_PROCESS_TYPE, "mmio-driver");
    }

    /** Adds the process to its launch and announces it, so that a console opens for it. */
    void start() {
        launch.addProcess(this);
        fire(DebugEvent.CREATE);
    }

    void print(String text) {
        out.append(text);
    }

    void printError(String text) {
        err.append(text);
    }

    /** Records how the program ended and announces it. */
    void exited(int status) {
        if (exitValue == null) {
            exitValue = status;
            fire(DebugEvent.TERMINATE);
        }
    }

    private void fire(int kind) {
        DebugPlugin p = DebugPlugin.getDefault();
        if (p != null) {
            p.fireDebugEventSet(new DebugEvent[] {new DebugEvent(this, kind)});
        }
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    @Override
    public IStreamsProxy2 getStreamsProxy() {
        return new IStreamsProxy2() {
            @Override
            public IStreamMonitor getErrorStreamMonitor() {
                return err;
            }

            @Override
            public IStreamMonitor getOutputStreamMonitor() {
                return out;
            }

            @Override
            public void write(String text) {
                input.accept(text);
            }

            @Override
            public void closeInputStream() {
                // a UART has no end of input
            }
        };
    }

    @Override
    public synchronized void setAttribute(String key, String value) {
        attributes.put(key, value);
    }

    @Override
    public synchronized String getAttribute(String key) {
        return attributes.get(key);
    }

    @Override
    public int getExitValue() throws DebugException {
        Integer v = exitValue;
        if (v == null) {
            throw new DebugException(new org.eclipse.core.runtime.Status(org.eclipse.core.runtime.IStatus.ERROR,
                    MmioDebugModel.ID, DebugException.TARGET_REQUEST_FAILED, label + " has not ended", null));
        }
        return v;
    }

    @Override
    public boolean canTerminate() {
        return exitValue == null;
    }

    @Override
    public boolean isTerminated() {
        return exitValue != null;
    }

    @Override
    public void terminate() {
        terminator.run();
    }
}
