package org.mmioworkbench.debug.core;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
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

    @Override
    public String getModelIdentifier() {
        return MmioDebugModel.ID;
    }

    /** The file's location on disk, as the engine names files; null for a file outside the local file system. */
    String file() {
        IResource r = getMarker() == null ? null : getMarker().getResource();
        IPath location = r == null ? null : r.getLocation();
        return location == null ? null : location.toOSString();
    }
}
