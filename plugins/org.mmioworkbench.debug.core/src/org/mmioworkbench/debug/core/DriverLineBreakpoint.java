package org.mmioworkbench.debug.core;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.model.LineBreakpoint;

/**
 * A line breakpoint in a driver's C file (or a header it includes), kept as a persistent marker so that it lives
 * across workbench restarts and shows in the Breakpoints view. A launch installs it at the statements of its line.
 */
public final class DriverLineBreakpoint extends LineBreakpoint {
    /** For the breakpoint manager, which restores breakpoints from their markers. */
    public DriverLineBreakpoint() {
    }

    /**
     * Creates a line breakpoint and its marker.
     *
     * @param resource the file
     * @param line the line, from 1
     * @throws CoreException if the marker cannot be created
     */
    public DriverLineBreakpoint(IResource resource, int line) throws CoreException {
        run(getMarkerRule(resource), monitor -> {
            IMarker marker = resource.createMarker(MmioDebugModel.LINE_BREAKPOINT_MARKER);
            setMarker(marker);
            marker.setAttribute(ENABLED, Boolean.TRUE);
            marker.setAttribute(IMarker.LINE_NUMBER, line);
            marker.setAttribute(ID, MmioDebugModel.ID);
            marker.setAttribute(IMarker.MESSAGE, "Line breakpoint: " + resource.getName() + " [line: " + line + "]");
        });
    }

    static final String CONDITION = MmioDebugModel.ID + ".condition";
    static final String HIT_COUNT = MmioDebugModel.ID + ".hitCount";

    @Override
    public String getModelIdentifier() {
        return MmioDebugModel.ID;
    }

    /** The C expression that must hold for the breakpoint to suspend (in the frame it is in), or null. */
    public String condition() {
        String c = getMarker() == null ? null : getMarker().getAttribute(CONDITION, null);
        return c == null || c.isBlank() ? null : c;
    }

    /**
     * Sets the condition; null or blank for none. Launches running now take it at once.
     *
     * @throws CoreException if the marker cannot be changed
     */
    public void setCondition(String condition) throws CoreException {
        setAttribute(CONDITION, condition == null || condition.isBlank() ? null : condition.trim());
    }

    /** The hit that suspends (the breakpoint lets the ones before it pass, and then suspends at each), or 0 for every hit. */
    public int hitCount() {
        return getMarker() == null ? 0 : Math.max(0, getMarker().getAttribute(HIT_COUNT, 0));
    }

    /**
     * Sets the hit that suspends; 0 for every hit. Launches running now take it at once.
     *
     * @throws CoreException if the marker cannot be changed
     */
    public void setHitCount(int count) throws CoreException {
        setAttribute(HIT_COUNT, Math.max(0, count));
    }

    /** The file's location on disk, as the engine names files; null for a file outside the local file system. */
    String file() {
        IResource r = getMarker() == null ? null : getMarker().getResource();
        IPath location = r == null ? null : r.getLocation();
        return location == null ? null : location.toOSString();
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
