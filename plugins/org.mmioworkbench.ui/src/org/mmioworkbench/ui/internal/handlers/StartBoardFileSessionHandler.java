package org.mmioworkbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mmioworkbench.boardfile.BoardFileException;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.ui.internal.views.RegionMapView;

/** Starts a simulation session on the board file selected in a navigator. */
public class StartBoardFileSessionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Object selected = ((IStructuredSelection) HandlerUtil.getCurrentStructuredSelection(event)).getFirstElement();
        IFile file = Adapters.adapt(selected, IFile.class);
        if (file == null) {
            return null;
        }
        try {
            BoardFileSessions.start(file, SessionRegistry.getDefault());
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(RegionMapView.ID);
        } catch (BoardFileException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), "Board File Error",
                    file.getFullPath() + ":" + e.line() + ":" + e.column() + ": " + e.reason()
                            + "\n\nThe problem is also listed in the Problems view.");
        } catch (CoreException e) {
            throw new ExecutionException("Cannot start a session on " + file.getFullPath(), e);
        }
        return null;
    }
}
