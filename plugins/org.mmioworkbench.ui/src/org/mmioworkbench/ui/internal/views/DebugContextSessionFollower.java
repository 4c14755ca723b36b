package org.mmioworkbench.ui.internal.views;

import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.DebugContextEvent;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.debug.ui.contexts.IDebugContextService;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;

/**
 * Makes the session of the element selected in a window's Debug view the registry's active session,
 * so the MMIO views show the session being debugged. Any debug element (launch, target, thread, frame)
 * that adapts to {@link SimulationSession} selects its session; other selections change nothing, so
 * without a debug selection the views keep showing the last started session.
 */
final class DebugContextSessionFollower implements IDebugContextListener {
    private final IDebugContextService service;
    private final SessionRegistry registry;

    /**
     * Starts following the window's debug context, and applies the current one.
     *
     * @param window the workbench window whose Debug view selection counts
     * @param registry the sessions to choose from
     */
    DebugContextSessionFollower(IWorkbenchWindow window, SessionRegistry registry) {
        this.registry = registry;
        this.service = DebugUITools.getDebugContextManager().getContextService(window);
        service.addDebugContextListener(this);
        follow(service.getActiveContext());
    }

    @Override
    public void debugContextChanged(DebugContextEvent event) {
        if ((event.getFlags() & DebugContextEvent.ACTIVATED) != 0) {
            follow(event.getContext());
        }
    }

    /**
     * Returns the session a debug context stands for.
     *
     * @param context a Debug view selection, may be {@code null}
     * @return the session its first element adapts to, if any
     */
    static Optional<SimulationSession> sessionOf(ISelection context) {
        if (context instanceof IStructuredSelection selection && !selection.isEmpty()) {
            return Optional.ofNullable(Adapters.adapt(selection.getFirstElement(), SimulationSession.class));
        }
        return Optional.empty();
    }

    private void follow(ISelection context) {
        sessionOf(context).filter(registry.sessions()::contains).ifPresent(session -> {
            try {
                registry.setActive(session);
            } catch (IllegalArgumentException endedMeanwhile) {
                // the session ended between the check and the call: nothing to follow
            }
        });
    }

    /** Stops following. */
    void dispose() {
        service.removeDebugContextListener(this);
    }
}
