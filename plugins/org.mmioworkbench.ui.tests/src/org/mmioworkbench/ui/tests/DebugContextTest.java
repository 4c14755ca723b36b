package org.mmioworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mmioworkbench.ui.tests.Workbench.processEvents;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.DebugContextEvent;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.debug.ui.contexts.IDebugContextProvider;
import org.eclipse.debug.ui.contexts.IDebugContextService;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.devices.Boards;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.ui.internal.views.RegionMapView;
import org.mmioworkbench.ui.internal.views.SessionChoices;

/**
 * The MMIO views show the session selected in the Debug view: a debug element that adapts to a
 * {@link SimulationSession} selects it, else the views keep the last started session.
 */
class DebugContextTest {
    private final SessionRegistry registry = SessionRegistry.getDefault();
    private final SelectionProvider debugView = new SelectionProvider();
    private IDebugContextService contexts;
    private RegionMapView view;

    @BeforeEach
    void openTheRegionMap() throws Exception {
        registry.sessions().forEach(registry::end);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective("org.mmioworkbench.ui.perspective", window);
        view = (RegionMapView) page.showView(RegionMapView.ID);
        contexts = DebugUITools.getDebugContextManager().getContextService(window);
        contexts.addDebugContextProvider(debugView);
    }

    @AfterEach
    void endSessions() {
        contexts.removeDebugContextProvider(debugView);
        registry.sessions().forEach(registry::end);
        processEvents();
    }

    @Test
    void selectingADebugElementOfASessionShowsThatSession() {
        SimulationSession first = registry.start("debugged first", Board.qemuVirt());
        SimulationSession second = registry.start("debugged second", Boards.rpi4b());
        waitUntil(() -> view.getContentDescription().contains("'debugged second'"), "the last started session");

        debugView.select(new DebugElement(first));
        waitUntil(() -> view.getContentDescription().contains("'debugged first'"), "the selected session");
        assertEquals(first, registry.active().orElseThrow());

        debugView.select(new DebugElement(second));
        waitUntil(() -> view.getContentDescription().contains("'debugged second'"), "the newly selected session");
    }

    @Test
    void aSelectionThatIsNoSessionKeepsTheShownSession() {
        SimulationSession only = registry.start("kept", Board.qemuVirt());
        waitUntil(() -> view.getContentDescription().contains("'kept'"), "the started session");

        debugView.select("a thread of another debugger");
        processEvents();
        assertEquals(only, registry.active().orElseThrow());

        SimulationSession ended = registry.start("ended", Board.qemuVirt());
        registry.end(ended);
        debugView.select(new DebugElement(ended));
        processEvents();
        assertEquals(only, registry.active().orElseThrow(), "an ended session is not made active");
    }

    @Test
    void theViewMenuListsTheSessionsAndAnEarlierOneCanBeShownAgain() {
        SimulationSession first = registry.start("earlier", Board.qemuVirt());
        registry.start("later", Boards.rpi4b());
        waitUntil(() -> view.getContentDescription().contains("'later'"), "the last started session");
        List<IAction> choices = SessionChoices.actions(registry);
        assertEquals(List.of("Show earlier (qemu-virt)", "Show later (rpi4b)"),
                choices.stream().map(IAction::getText).toList());
        assertEquals(List.of(false, true), choices.stream().map(IAction::isChecked).toList());
        choices.get(0).setChecked(true);
        choices.get(0).run();
        assertEquals(first, registry.active().orElseThrow());
        waitUntil(() -> view.getContentDescription().contains("'earlier'"), "the earlier session shown again");
        registry.sessions().forEach(registry::end);
        assertEquals(List.of("No simulation session"), SessionChoices.actions(registry).stream()
                .map(IAction::getText).toList());
        assertFalse(SessionChoices.actions(registry).get(0).isEnabled());
    }

    /** A debug element of a session, as the stepping console's debug targets are. */
    private record DebugElement(SimulationSession session) implements IAdaptable {
        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return adapter == SimulationSession.class ? adapter.cast(session) : null;
        }
    }

    /** Stands in for the Debug view: a window-wide debug context provider whose selection the test sets. */
    private static final class SelectionProvider implements IDebugContextProvider {
        private final ListenerList<IDebugContextListener> listeners = new ListenerList<>();
        private ISelection selection = StructuredSelection.EMPTY;

        void select(Object element) {
            selection = new StructuredSelection(element);
            DebugContextEvent event = new DebugContextEvent(this, selection, DebugContextEvent.ACTIVATED);
            listeners.forEach(l -> l.debugContextChanged(event));
        }

        @Override
        public IWorkbenchPart getPart() {
            return null;
        }

        @Override
        public void addDebugContextListener(IDebugContextListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeDebugContextListener(IDebugContextListener listener) {
            listeners.remove(listener);
        }

        @Override
        public ISelection getActiveContext() {
            return selection;
        }
    }
}
