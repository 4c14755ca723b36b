package org.mmioworkbench.debug.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.swt.widgets.Display;
import org.mmioworkbench.debug.core.ReverseStepping;

/**
 * Step Back ({@code :step}) and Run Back ({@code :run}) on the driver selected in the Debug view. Enabled while that
 * driver is suspended after at least one statement; re-evaluated at each debug event, so the buttons follow the
 * driver's state.
 */
public final class ReverseHandler extends AbstractHandler implements IExecutableExtension, IDebugEventSetListener {
    private boolean run;

    /** Listens to debug events to keep its enablement current. */
    public ReverseHandler() {
        DebugPlugin.getDefault().addDebugEventListener(this);
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        run = "run".equals(data);
    }

    private static ReverseStepping target() {
        return Adapters.adapt(DebugUITools.getDebugContext(), ReverseStepping.class);
    }

    @Override
    public boolean isEnabled() {
        ReverseStepping r = target();
        return r != null && r.canStepBack();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        ReverseStepping r = target();
        if (r != null && r.canStepBack()) {
            if (run) {
                r.runBack();
            } else {
                r.stepBack();
            }
        }
        return null;
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
