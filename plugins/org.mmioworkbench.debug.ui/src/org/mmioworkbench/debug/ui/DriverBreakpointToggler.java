package org.mmioworkbench.debug.ui;

import java.util.Set;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.ILineBreakpoint;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTargetFactory;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.mmioworkbench.debug.core.DriverLineBreakpoint;
import org.mmioworkbench.debug.core.MmioDebugModel;

/** Adds or removes a driver line breakpoint at the caret's (or the ruler's) line of a driver file in the workspace. */
final class DriverBreakpointToggler implements IToggleBreakpointsTarget {
    /** The factory that offers driver breakpoints in any text editor of a C file. */
    public static final class Factory implements IToggleBreakpointsTargetFactory {
        static final String ID = "org.mmioworkbench.debug.ui.driverBreakpoints";

        @Override
        public Set<String> getToggleTargets(IWorkbenchPart part, ISelection selection) {
            return Set.of(ID);
        }

        @Override
        public String getDefaultToggleTarget(IWorkbenchPart part, ISelection selection) {
            return ID;
        }

        @Override
        public IToggleBreakpointsTarget createToggleTarget(String targetID) {
            return ID.equals(targetID) ? new DriverBreakpointToggler() : null;
        }

        @Override
        public String getToggleTargetName(String targetID) {
            return "MMIO Driver Breakpoints";
        }

        @Override
        public String getToggleTargetDescription(String targetID) {
            return "Line breakpoints in driver code, for MMIO Driver launches";
        }
    }

    @Override
    public boolean canToggleLineBreakpoints(IWorkbenchPart part, ISelection selection) {
        return resource(part) != null && selection instanceof ITextSelection;
    }

    @Override
    public void toggleLineBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
        IResource resource = resource(part);
        if (resource == null || !(selection instanceof ITextSelection text)) {
            return;
        }
        toggle(resource, text.getStartLine() + 1);
    }

    /**
     * Removes the driver line breakpoint at a line of a file, or adds one if there is none.
     *
     * @return the breakpoint added, or null if one was removed
     */
    static DriverLineBreakpoint toggle(IResource resource, int line) throws CoreException {
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        for (IBreakpoint b : manager.getBreakpoints(MmioDebugModel.ID)) {
            if (b instanceof ILineBreakpoint lb && resource.equals(b.getMarker().getResource())
                    && lb.getLineNumber() == line) {
                b.delete();
                return null;
            }
        }
        DriverLineBreakpoint b = new DriverLineBreakpoint(resource, line);
        manager.addBreakpoint(b);
        return b;
    }

    private static IResource resource(IWorkbenchPart part) {
        if (part instanceof ITextEditor editor) {
            return editor.getEditorInput().getAdapter(IResource.class);
        }
        return null;
    }

    @Override
    public boolean canToggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
        return false;
    }

    @Override
    public void toggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
        // driver code has line breakpoints only
    }

    @Override
    public boolean canToggleWatchpoints(IWorkbenchPart part, ISelection selection) {
        return false;
    }

    @Override
    public void toggleWatchpoints(IWorkbenchPart part, ISelection selection) {
        // register watchpoints are set from the Register Editor
    }
}
