package org.mmioworkbench.debug.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.debug.RegisterWatch;
import org.mmioworkbench.debug.core.DriverRegisterWatchpoint;
import org.mmioworkbench.debug.core.MmioDebugModel;

/**
 * Watch &gt; Writes / Reads / Reads and Writes in the Register Editor's context menu: adds a register watchpoint on
 * the selected register or field (once: the same watchpoint is not added twice). It shows in the Breakpoints view
 * and applies to every driver launch, running or started later.
 */
public final class WatchRegisterHandler extends AbstractHandler implements IExecutableExtension {
    private RegisterWatch.Access access = RegisterWatch.Access.WRITE;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        access = RegisterWatch.Access.valueOf(String.valueOf(data));
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (!(selection instanceof IStructuredSelection s) || s.isEmpty()) {
            return null;
        }
        Register register = Adapters.adapt(s.getFirstElement(), Register.class);
        Register.Field field = Adapters.adapt(s.getFirstElement(), Register.Field.class);
        if (register == null) {
            return null;
        }
        try {
            return watch(register, field, access);
        } catch (CoreException e) {
            throw new ExecutionException("Cannot add the register watchpoint: " + e.getMessage(), e);
        }
    }

    /**
     * Adds a register watchpoint, unless the same one exists.
     *
     * @return the watchpoint, new or existing
     */
    static DriverRegisterWatchpoint watch(Register register, Register.Field field, RegisterWatch.Access access)
            throws CoreException {
        String qualified = register.qualifiedName();
        String device = qualified.substring(0, qualified.length() - register.name().length() - 1);
        String fieldName = field == null ? null : field.name();
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        for (IBreakpoint b : manager.getBreakpoints(MmioDebugModel.ID)) {
            if (b instanceof DriverRegisterWatchpoint w && w.device().equals(device)
                    && w.register().equals(register.name()) && java.util.Objects.equals(w.field(), fieldName)
                    && w.access() == access) {
                return w;
            }
        }
        DriverRegisterWatchpoint w = new DriverRegisterWatchpoint(device, register.name(), fieldName, access);
        manager.addBreakpoint(w);
        return w;
    }
}
