package org.mmioworkbench.debug.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.swt.widgets.Display;

/**
 * A handler whose enablement follows the drivers' state: it listens to debug events and, at each, tells the
 * workbench (on the UI thread) to ask its enablement again, so buttons and menu items follow a driver that suspends,
 * resumes or ends.
 */
abstract class DebugEventHandler extends AbstractHandler implements IDebugEventSetListener {
    /** Listens to debug events to keep its enablement current. */
    DebugEventHandler() {
        DebugPlugin.getDefault().addDebugEventListener(this);
    }

    @Override
    public void handleDebugEvents(DebugEvent[] events) {
        Display display = Display.getDefault();
        if (!display.isDisposed()) {
            display.asyncExec(() -> fireHandlerChanged(new HandlerEvent(this, true, false)));
        }
    }

    @Override
    public void dispose() {
        DebugPlugin.getDefault().removeDebugEventListener(this);
        super.dispose();
    }
}
