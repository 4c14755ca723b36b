package org.mmioworkbench.debug.ui;

import org.eclipse.ui.IStartup;
import org.mmioworkbench.debug.core.DriverChecker;

/**
 * Starts checking driver files on save when the workbench starts, so their errors show before a launch, and giving
 * each driver debug launch its debugger console.
 */
public final class DriverStartup implements IStartup {
    @Override
    public void earlyStartup() {
        DriverChecker.install();
        DebuggerConsoles.install();
    }
}
