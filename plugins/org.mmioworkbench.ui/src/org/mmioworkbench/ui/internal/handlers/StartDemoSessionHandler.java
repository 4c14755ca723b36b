package org.mmioworkbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mmioworkbench.core.session.DemoScenario;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.ui.internal.views.RegionMapView;

/** Starts a demo session on the built-in qemu-virt board and shows it in the Region Map. */
public class StartDemoSessionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        DemoScenario.start(SessionRegistry.getDefault());
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(RegionMapView.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the Region Map view", e);
        }
        return null;
    }
}
