package org.mmioworkbench.debug.ui;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.debug.core.DriverEventTravel;

/**
 * Go Back to This Event, in the Access Trace view's context menu (Ctrl+Enter there, and what a double-click or Enter
 * on a row does while this is enabled for it): runs the driver launch of the
 * selected event's session back to right after the access that made it. The view knows nothing of the debugger: its
 * rows adapt to {@link TraceEvent} and {@link SimulationSession}, and the launch whose debug target runs on that
 * session does the rest. Enabled for one event a statement of a suspended driver made, while the trace holds it;
 * re-evaluated at each debug event, so the menu follows the driver's state.
 */
public final class GoBackToEventHandler extends DebugEventHandler {
    private volatile boolean enabled;

    /** The driver to go back in and the event. */
    record Target(DriverEventTravel travel, long seq) {
    }

    /**
     * Finds the driver that can go back to the selected event.
     *
     * @param selection a selection, e.g. of the Access Trace view
     * @return the driver and the event, or null when the selection is not one event a suspended driver made
     */
    static Target target(Object selection) {
        if (!(selection instanceof IStructuredSelection s) || s.size() != 1) {
            return null;
        }
        TraceEvent event = Adapters.adapt(s.getFirstElement(), TraceEvent.class);
        SimulationSession session = Adapters.adapt(s.getFirstElement(), SimulationSession.class);
        if (event == null || session == null) {
            return null;
        }
        for (ILaunch launch : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
            for (IDebugTarget t : launch.getDebugTargets()) {
                if (Adapters.adapt(t, SimulationSession.class) == session) {
                    DriverEventTravel travel = Adapters.adapt(t, DriverEventTravel.class);
                    if (travel != null && travel.canGoBackToEvent(event.seq())) {
                        return new Target(travel, event.seq());
                    }
                }
            }
        }
        return null;
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        enabled = target(HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME)) != null;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Target t = target(HandlerUtil.getCurrentSelection(event));
        if (t != null) {
            t.travel().goBackToEvent(t.seq());
        }
        return null;
    }
}
