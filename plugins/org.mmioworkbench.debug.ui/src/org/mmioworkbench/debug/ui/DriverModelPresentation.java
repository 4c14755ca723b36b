package org.mmioworkbench.debug.ui;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.ILineBreakpoint;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.sourcelookup.containers.LocalFileStorage;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.mmioworkbench.debug.core.DriverRegisterWatchpoint;
import org.mmioworkbench.debug.core.MmioDebugModel;

/**
 * Labels of the driver debug model in the Debug and Breakpoints views, and the editor that shows a frame's source
 * (the driver-code editor, for workspace files and bundled headers alike).
 */
public final class DriverModelPresentation extends LabelProvider implements IDebugModelPresentation {
    @Override
    public void setAttribute(String attribute, Object value) {
        // no presentation options
    }

    @Override
    public Image getImage(Object element) {
        return null; // the platform's images
    }

    @Override
    public String getText(Object element) {
        try {
            if (element instanceof IThread t) {
                String state = t.isTerminated() ? "Terminated" : t.isSuspended() ? "Suspended" : "Running";
                String why = t.isSuspended() ? MmioDebugModel.suspension(t) : null;
                return t.getName() + " (" + state + (why == null ? "" : " (" + why + ")") + ")";
            }
            if (element instanceof ILineBreakpoint b) {
                return b.getMarker().getResource().getName() + " [line: " + b.getLineNumber() + "]";
            }
            if (element instanceof DriverRegisterWatchpoint w) {
                return w.qualifiedName() + " [" + DriverRegisterWatchpoint.describe(w.access()) + "]";
            }
        } catch (org.eclipse.core.runtime.CoreException e) {
            return null;
        }
        return null; // the platform's labels, from the elements' names
    }

    @Override
    public void computeDetail(IValue value, IValueDetailListener listener) {
        String detail;
        try {
            detail = value.getValueString();
        } catch (DebugException e) {
            detail = e.getStatus().getMessage();
        }
        listener.detailComputed(value, detail);
    }

    @Override
    public IEditorInput getEditorInput(Object element) {
        if (element instanceof IFile f) {
            return new FileEditorInput(f);
        }
        if (element instanceof ILineBreakpoint b && b.getMarker().getResource() instanceof IFile f) {
            return new FileEditorInput(f);
        }
        if (element instanceof LocalFileStorage s) {
            IPath p = s.getFullPath();
            return new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(p));
        }
        return null;
    }

    @Override
    public String getEditorId(IEditorInput input, Object element) {
        return DriverEditor.ID;
    }
}
