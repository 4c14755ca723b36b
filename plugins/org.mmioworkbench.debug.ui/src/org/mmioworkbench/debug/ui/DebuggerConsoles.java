package org.mmioworkbench.debug.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchesListener2;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.mmioworkbench.debug.core.DriverCommandLine;

/**
 * Gives each driver debug launch its {@link DebuggerConsole} when its debug target starts, and removes it with the
 * launch (a terminated launch keeps it, as its process console stays, until the launch is removed).
 */
final class DebuggerConsoles implements IDebugEventSetListener, ILaunchesListener2 {
    private static DebuggerConsoles installed;

    private DebuggerConsoles() {
    }

    /** Starts giving launches their consoles, also to those already started. */
    static synchronized void install() {
        if (installed != null) {
            return;
        }
        installed = new DebuggerConsoles();
        DebugPlugin.getDefault().addDebugEventListener(installed);
        DebugPlugin.getDefault().getLaunchManager().addLaunchListener(installed);
        for (ILaunch launch : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
            for (IDebugTarget target : launch.getDebugTargets()) {
                installed.open(target);
            }
        }
    }

    @Override
    public void handleDebugEvents(DebugEvent[] events) {
        for (DebugEvent e : events) {
            if (e.getKind() == DebugEvent.CREATE && e.getSource() instanceof IDebugTarget target) {
                open(target);
            }
        }
    }

    private void open(IDebugTarget target) {
        DriverCommandLine.of(target).ifPresent(commands -> {
            synchronized (this) {
                if (consoleOf(target.getLaunch()) != null || commands.isOver()) {
                    return;
                }
                DebuggerConsole console = new DebuggerConsole(target.getLaunch(), commands);
                manager().addConsoles(new IConsole[] {console});
                console.begin();
            }
        });
    }

    private static IConsoleManager manager() {
        return ConsolePlugin.getDefault().getConsoleManager();
    }

    private static DebuggerConsole consoleOf(ILaunch launch) {
        for (IConsole c : manager().getConsoles()) {
            if (c instanceof DebuggerConsole d && d.launch() == launch) {
                return d;
            }
        }
        return null;
    }

    @Override
    public void launchesRemoved(ILaunch[] launches) {
        List<IConsole> gone = new ArrayList<>();
        for (ILaunch launch : launches) {
            DebuggerConsole c = consoleOf(launch);
            if (c != null) {
                gone.add(c);
            }
        }
        if (!gone.isEmpty()) {
            manager().removeConsoles(gone.toArray(new IConsole[0]));
        }
    }

    @Override
    public void launchesAdded(ILaunch[] launches) {
        // its console comes with its debug target
    }

    @Override
    public void launchesChanged(ILaunch[] launches) {
        // nothing to do
    }

    @Override
    public void launchesTerminated(ILaunch[] launches) {
        // the console stays, answering that the program is not being run, until the launch is removed
    }
}
