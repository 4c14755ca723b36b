package org.mmioworkbench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;

/**
 * The view menu's list of running simulation sessions (Region Map, Handles, Register Editor, Diagnostics): the one
 * the MMIO views show is checked; choosing another shows it, so an earlier session (the demo, a finished driver
 * launch) can be looked at again. Selecting a debug element in the Debug view still chooses its session.
 */
public final class SessionChoices extends CompoundContributionItem {
    @Override
    protected IContributionItem[] getContributionItems() {
        return actions(SessionRegistry.getDefault()).stream().map(ActionContributionItem::new)
                .toArray(IContributionItem[]::new);
    }

    /**
     * The choices: one radio action per session, in the order they started.
     *
     * @param registry the sessions
     * @return the actions; a disabled "No simulation session" when there is none
     */
    public static List<IAction> actions(SessionRegistry registry) {
        List<IAction> out = new ArrayList<>();
        Optional<SimulationSession> active = registry.active();
        for (SimulationSession s : registry.sessions()) {
            IAction a = new Action("Show " + s.toString().replace("&", "&&"), IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    if (isChecked() && registry.sessions().contains(s)) {
                        registry.setActive(s);
                    }
                }
            };
            a.setChecked(active.isPresent() && active.get() == s);
            out.add(a);
        }
        if (out.isEmpty()) {
            IAction none = new Action("No simulation session") {
            };
            none.setEnabled(false);
            out.add(none);
        }
        return out;
    }
}
