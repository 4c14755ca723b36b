package org.mmioworkbench.debug.ui;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.debug.ui.DebugUITools;
import org.mmioworkbench.debug.core.DriverStepping;

/**
 * Step Back ({@code :step}), Run Back ({@code :run}) and Step to Access ({@code :access}) on the driver selected in
 * the Debug view. Enabled while that driver is suspended (going back: after at least one statement); re-evaluated at
 * each debug event, so the buttons follow the driver's state.
 */
public final class DriverStepHandler extends DebugEventHandler implements IExecutableExtension {
    private String mode = "step";

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        mode = String.valueOf(data);
    }

    private static DriverStepping target() {
        return Adapters.adapt(DebugUITools.getDebugContext(), DriverStepping.class);
    }

    @Override
    public boolean isEnabled() {
        DriverStepping r = target();
        return r != null && (mode.equals("access") ? r.canStepToAccess() : r.canStepBack());
    }

    @Override
    public Object execute(ExecutionEvent event) {
        DriverStepping r = target();
        if (r == null || !isEnabled()) {
            return null;
        }
        switch (mode) {
            case "run" -> r.runBack();
            case "access" -> r.stepToAccess();
            default -> r.stepBack();
        }
        return null;
    }
}
