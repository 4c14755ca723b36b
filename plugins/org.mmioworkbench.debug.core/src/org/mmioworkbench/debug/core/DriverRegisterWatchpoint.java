package org.mmioworkbench.debug.core;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.Breakpoint;
import org.mmioworkbench.debug.RegisterWatch;

/**
 * A register watchpoint: a driver launch suspends at an access of its kind to a device register (or a change of one
 * of its fields). Kept as a persistent marker on the workspace root, so that it lives across workbench restarts,
 * shows in the Breakpoints view, and applies to every launch whose board has the register.
 */
public final class DriverRegisterWatchpoint extends Breakpoint {
    static final String DEVICE = MmioDebugModel.ID + ".device";
    static final String REGISTER = MmioDebugModel.ID + ".register";
    static final String FIELD = MmioDebugModel.ID + ".field";
    static final String ACCESS = MmioDebugModel.ID + ".access";

    /** For the breakpoint manager, which restores breakpoints from their markers. */
    public DriverRegisterWatchpoint() {
    }

    /**
     * Creates a register watchpoint and its marker.
     *
     * @param device the device, {@code UART0}
     * @param register the register, {@code UARTCR}
     * @param field a field of it, or null
     * @param access the accesses to stop at
     * @throws CoreException if the marker cannot be created
     */
    public DriverRegisterWatchpoint(String device, String register, String field, RegisterWatch.Access access)
            throws CoreException {
        IResource root = ResourcesPlugin.getWorkspace().getRoot();
        run(getMarkerRule(root), monitor -> {
            IMarker marker = root.createMarker(MmioDebugModel.REGISTER_WATCHPOINT_MARKER);
            setMarker(marker);
            marker.setAttribute(ENABLED, Boolean.TRUE);
            marker.setAttribute(ID, MmioDebugModel.ID);
            marker.setAttribute(DEVICE, device);
            marker.setAttribute(REGISTER, register);
            if (field != null) {
                marker.setAttribute(FIELD, field);
            }
            marker.setAttribute(ACCESS, access.name());
            marker.setAttribute(IMarker.MESSAGE, "Register watchpoint: " + name(device, register, field) + " ("
                    + describe(access) + ")");
        });
    }

    private static String name(String device, String register, String field) {
        return device + "." + register + (field == null ? "" : "." + field);
    }

    /** How the Breakpoints view names the accesses. */
    public static String describe(RegisterWatch.Access access) {
        return switch (access) {
            case READ -> "read";
            case WRITE -> "write";
            case ACCESS -> "read or write";
        };
    }

    @Override
    public String getModelIdentifier() {
        return MmioDebugModel.ID;
    }

    /** The device's name. */
    public String device() {
        return getMarker().getAttribute(DEVICE, "");
    }

    /** The register's name. */
    public String register() {
        return getMarker().getAttribute(REGISTER, "");
    }

    /** The field's name, or null for the whole register. */
    public String field() {
        return getMarker().getAttribute(FIELD, null);
    }

    /** The accesses it stops at. */
    public RegisterWatch.Access access() {
        try {
            return RegisterWatch.Access.valueOf(getMarker().getAttribute(ACCESS, "WRITE"));
        } catch (IllegalArgumentException e) { // a marker written by a newer version
            return RegisterWatch.Access.ACCESS;
        }
    }

    /** {@code UART0.UARTCR.LBE}. */
    public String qualifiedName() {
        return name(device(), register(), field());
    }

    // The breakpoint manager reports a marker's change to its listeners only after the next build (POST_BUILD), which
    // may be long after, or never when nothing builds; launches must take a change at once.

    @Override
    protected void setAttribute(String attributeName, boolean value) throws CoreException {
        super.setAttribute(attributeName, value);
        changed();
    }

    @Override
    protected void setAttribute(String attributeName, int value) throws CoreException {
        super.setAttribute(attributeName, value);
        changed();
    }

    @Override
    protected void setAttribute(String attributeName, Object value) throws CoreException {
        super.setAttribute(attributeName, value);
        changed();
    }

    private void changed() {
        if (getMarker() != null) {
            DebugPlugin.getDefault().getBreakpointManager().fireBreakpointChanged(this);
        }
    }
}
