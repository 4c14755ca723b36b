package org.mmioworkbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mmioworkbench.core.devices.Boards;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.ui.internal.views.RegionMapView;

/** Starts a simulation session on a built-in board the user picks. */
public class StartBuiltInBoardSessionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(HandlerUtil.getActiveShell(event),
                new LabelProvider());
        dialog.setTitle("New Simulation Session");
        dialog.setMessage("Board (type to filter):");
        dialog.setElements(Boards.names().toArray());
        dialog.setInitialSelections(Boards.DEFAULT);
        dialog.setMultipleSelection(false);
        if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
            return null;
        }
        String name = (String) dialog.getFirstResult();
        SessionRegistry.getDefault().start(name, Boards.builtIn(name).orElseThrow());
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(RegionMapView.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the Region Map view", e);
        }
        return null;
    }
}
