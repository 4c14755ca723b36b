package org.mmioworkbench.ui.internal.handlers;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.core.state.RegisterHistory;
import org.mmioworkbench.core.state.RegisterState;
import org.mmioworkbench.ui.internal.views.RegisterStateDialog;

/**
 * Compare Register State at These Events, in the Access Trace view's context menu: the board's registers right after
 * the earlier and the later of two selected events, in the decoded diff of two register state files. The session's
 * {@link RegisterHistory} (a suspended driver's debug session) replays to each event and puts the driver back; this
 * handler only asks it, with a busy cursor, and shows the answer. Enabled for two events of one session that the
 * history can capture (both made by statements of a suspended driver).
 */
public final class CompareRegisterStatesHandler extends AbstractHandler {
    /** The command's id. */
    public static final String COMMAND = "org.mmioworkbench.ui.compareRegisterStatesAtEvents";

    private volatile boolean enabled;

    /** Two events of one session, the earlier first, and what captures them. */
    record Pair(SimulationSession session, RegisterHistory history, long first, long second) {
    }

    /**
     * Finds the two events of a selection and the history that captures them.
     *
     * @param selection a selection, e.g. of the Access Trace view
     * @return the events, or null when the selection is not two events a history of their session can capture
     */
    static Pair pair(Object selection) {
        if (!(selection instanceof IStructuredSelection s) || s.size() != 2) {
            return null;
        }
        List<Long> seqs = new ArrayList<>();
        SimulationSession session = null;
        for (Object o : s.toList()) {
            TraceEvent e = Adapters.adapt(o, TraceEvent.class);
            SimulationSession in = Adapters.adapt(o, SimulationSession.class);
            if (e == null || in == null || session != null && in != session) {
                return null;
            }
            session = in;
            seqs.add(e.seq());
        }
        RegisterHistory history = session.registerHistory().orElse(null);
        if (history == null || seqs.get(0).equals(seqs.get(1)) || !history.canCapture(seqs.get(0))
                || !history.canCapture(seqs.get(1))) {
            return null;
        }
        return new Pair(session, history, Math.min(seqs.get(0), seqs.get(1)), Math.max(seqs.get(0), seqs.get(1)));
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        enabled = pair(HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME)) != null;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Pair p = pair(HandlerUtil.getCurrentSelection(event));
        Shell shell = HandlerUtil.getActiveShell(event);
        if (p == null || shell == null) {
            return null;
        }
        List<List<RegisterState>> states = new ArrayList<>();
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile((IProgressMonitor monitor) -> {
                monitor.beginTask("Replaying the driver to events #" + p.first() + " and #" + p.second(),
                        IProgressMonitor.UNKNOWN);
                try {
                    states.add(p.history().statesAt(List.of(p.first(), p.second())));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(shell, "Compare Register State", e.getCause().getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        List<RegisterState> s = states.get(0);
        new RegisterStateDialog(shell, "event #" + p.first(), "event #" + p.second(),
                s.get(0).diff(s.get(1), p.session().simulator())).open();
        return null;
    }
}
