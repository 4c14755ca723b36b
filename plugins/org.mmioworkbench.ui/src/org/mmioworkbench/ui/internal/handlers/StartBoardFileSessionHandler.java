package org.mmioworkbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.ui.internal.views.RegionMapView;

/**
 * Starts a simulation session on the board file selected in a navigator, in a background job (progress and cancel in
 * the Progress view), then shows the Region Map; a board file's error opens a dialog and a problem marker.
 */
public class StartBoardFileSessionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Object selected = ((IStructuredSelection) HandlerUtil.getCurrentStructuredSelection(event)).getFirstElement();
        IFile file = Adapters.adapt(selected, IFile.class);
        if (file == null) {
            return null;
        }
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        BoardFileSessions.startInBackground(file, SessionRegistry.getDefault(), session -> {
            try {
                window.getActivePage().showView(RegionMapView.ID);
            } catch (PartInitException e) {
                // the session runs; the Region Map is one Window > Show View away
            }
        }, e -> MessageDialog.openError(window.getShell(), "Board File Error",
                file.getFullPath() + ":" + e.line() + ":" + e.column() + ": " + e.reason()
                        + "\n\nThe problem is also listed in the Problems view."));
        return null;
    }
}
