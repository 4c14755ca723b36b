package org.mmioworkbench.ui.tests;

import static org.mmioworkbench.ui.tests.Workbench.processEvents;
import static org.mmioworkbench.ui.tests.Workbench.screenshot;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.HandleInfo;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.HandleState;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.ui.internal.views.HandlesView;

/** Drives the Handles view in a real workbench; handles are changed through the view's own actions. */
class HandlesViewTest {
    private static final int NAME = 0;
    private static final int KIND = 1;
    private static final int REGION = 2;
    private static final int RIGHTS = 3;
    private static final int FROM = 4;
    private static final int STATE = 5;

    private static int sessionCount;

    private final SessionRegistry registry = SessionRegistry.getDefault();
    private HandlesView view;
    private Simulator sim;

    @BeforeEach
    void openViewOnASessionWithATransferredRegion() throws Exception {
        registry.sessions().forEach(registry::end);
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective("org.mmioworkbench.ui.perspective",
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        view = (HandlesView) page.showView(HandlesView.ID);
        String name = "handles " + (++sessionCount);
        SimulationSession session = registry.start(name, Board.qemuVirt());
        sim = session.simulator();
        MmioApi owner = sim.process("owner").api();
        int rid = owner.knRegisterPhyMem(0x0901_0000L, 0x1000, 0).rid();
        assertEquals(Retcode.rcOk, sim.ipcTransferHandle(sim.process("owner"), rid, sim.process("client")).rc());
        waitUntil(() -> view.getContentDescription().contains("'" + name + "'"), "the view to show " + name);
        assertEquals(1, actor("client").getItemCount());
    }

    @AfterEach
    void endSessions() {
        registry.sessions().forEach(registry::end);
        processEvents();
    }

    @Test
    void theTreeShowsTheKernelAndEachProcessWithItsHandlesAndWhereTheyCameFrom() {
        assertEquals(List.of("kernel", "owner", "client"), actorNames());
        TreeItem kernelUse = actor("kernel").getItem(0);
        assertEquals("kernel use", kernelUse.getText(KIND));
        assertTrue(kernelUse.getText(REGION).startsWith("0x09000000-0x09000FFF UART0"), kernelUse.getText(REGION));
        TreeItem ownerHandle = actor("owner").getItem(0);
        assertEquals("region", ownerHandle.getText(KIND));
        assertEquals("KnRegisterPhyMem", ownerHandle.getText(FROM));
        assertEquals("valid", ownerHandle.getText(STATE));
        TreeItem clientHandle = actor("client").getItem(0);
        assertEquals("received over IPC from owner", clientHandle.getText(FROM));
        assertEquals("0x09010000-0x09010FFF", clientHandle.getText(REGION));
    }

    @Test
    void revokeFromTheContextMenuRevokesTheDescendantInTheOtherProcess() {
        select(actor("owner").getItem(0));
        runMenuItem("Revoke Handle");
        waitUntil(() -> actor("client").getItem(0).getText(STATE).equals("revoked"), "client handle revoked");
        screenshot("handles.png");
        assertEquals(0, actor("owner").getItemCount());
        assertTrue(view.lastResult().endsWith(": rcOk"), view.lastResult());
        HandleInfo clientHandle = sim.process("client").handles().get(0);
        assertEquals(HandleState.REVOKED, clientHandle.state());
        assertTrue(sim.trace().stream().anyMatch(e -> e.operation().equals("KnHandleRevoke")));
    }

    @Test
    void theDeleteKeyClosesTheSelectedHandleAndItsDescendantStaysValid() {
        select(actor("owner").getItem(0));
        Event delete = new Event();
        delete.keyCode = SWT.DEL;
        tree().notifyListeners(SWT.KeyDown, delete);
        waitUntil(() -> actor("owner").getItemCount() == 0, "owner's handle closed");
        assertEquals("valid", actor("client").getItem(0).getText(STATE));
        assertEquals(1, sim.regions().size());
    }

    @Test
    void transferringAMappingHandleIsRefusedAsTheApiSays() {
        int rid = sim.process("client").handles().get(0).value();
        assertEquals(Retcode.rcOk, sim.process("client").api().knIoMapMem(rid,
                org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ,
                org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE).rc());
        waitUntil(() -> actor("client").getItemCount() == 2, "client's mapping handle");
        HandleInfo mapping = sim.process("client").handles().stream()
                .filter(h -> h.kind() == org.mmioworkbench.core.HandleKind.MAPPING).findFirst().orElseThrow();
        assertEquals(Retcode.rcNoCapability, view.transfer(mapping, "owner", mapping.rights()).rc());
        assertTrue(view.lastResult().endsWith("rcNoCapability"), view.lastResult());
    }

    @Test
    void theTransferDialogHandsOnFewerRightsAndTheRightsColumnShowsThem() {
        assertEquals("transfer|map-read|map-write", actor("owner").getItem(0).getText(RIGHTS));
        assertEquals("transfer|map-read|map-write", actor("client").getItem(0).getText(RIGHTS));
        whenShellOpens("Transfer Handle", dialog -> {
            descendants(dialog, Combo.class).get(0).setText("reader");
            button(dialog, "map-write").setSelection(false);
            button(dialog, "OK").notifyListeners(SWT.Selection, new Event());
        });
        select(actor("owner").getItem(0));
        runMenuItem("Transfer to Process");
        waitUntil(() -> actor("reader") != null && actor("reader").getItemCount() == 1, "the receiver's handle");
        assertEquals("transfer|map-read", actor("reader").getItem(0).getText(RIGHTS));
        assertEquals("received over IPC from owner", actor("reader").getItem(0).getText(FROM));
        assertTrue(view.lastResult().startsWith("IPC transfer to reader with rights transfer|map-read of handle ")
                && view.lastResult().endsWith(" in owner: rcOk"), view.lastResult());

        // the kernel enforces what the column shows: no writable mapping through the reader's handle
        int rid = sim.process("reader").handles().get(0).value();
        assertEquals(Retcode.rcNoCapability, sim.process("reader").api().knIoMapMem(rid,
                MmioConstants.VMM_FLAG_READ | MmioConstants.VMM_FLAG_WRITE, MmioConstants.VMM_FLAG_CACHE_DISABLE).rc());
        // and elevating rights on the way on is refused
        HandleInfo readers = sim.process("reader").handles().get(0);
        assertEquals(Retcode.rcNoCapability, view.transfer(readers, "client", HandleRights.REGION_FULL).rc());
        assertTrue(view.lastResult().endsWith("rcNoCapability"), view.lastResult());
    }

    @Test
    void theTransferDialogRefusesTheKernelAsAReceiver() {
        String[] problem = new String[1];
        boolean[] okEnabled = new boolean[1];
        whenShellOpens("Transfer Handle", dialog -> {
            descendants(dialog, Combo.class).get(0).setText("kernel");
            problem[0] = descendants(dialog, Label.class).stream().map(Label::getText)
                    .filter(t -> t.contains("kernel or the simulator")).findFirst().orElse("");
            okEnabled[0] = button(dialog, "OK").isEnabled();
            button(dialog, "Cancel").notifyListeners(SWT.Selection, new Event());
        });
        select(actor("owner").getItem(0));
        runMenuItem("Transfer to Process");
        assertEquals("'kernel' names the kernel or the simulator, not a process", problem[0]);
        assertFalse(okEnabled[0], "OK is disabled");
        assertEquals(1, sim.process("owner").handles().size(), "nothing was transferred");
    }

    private static Button button(Shell dialog, String text) {
        return descendants(dialog, Button.class).stream().filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow();
    }

    /** Runs an action on a dialog once it is open (dialogs run their own event loop). */
    private static void whenShellOpens(String title, Consumer<Shell> action) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        int[] tries = {0};
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    action.accept(shell);
                    return;
                }
            }
            if (++tries[0] < 200) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }

    private static <T extends Control> List<T> descendants(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(descendants(composite, type));
            }
        }
        return found;
    }

    private Tree tree() {
        return view.getViewer().getTree();
    }

    private TreeItem actor(String name) {
        for (TreeItem item : tree().getItems()) {
            if (item.getText(NAME).equals(name)) {
                return item;
            }
        }
        return null;
    }

    private List<String> actorNames() {
        List<String> names = new ArrayList<>();
        for (TreeItem item : tree().getItems()) {
            names.add(item.getText(NAME));
        }
        return names;
    }

    private void select(TreeItem item) {
        tree().setSelection(item);
        tree().notifyListeners(SWT.Selection, new Event());
    }

    private void runMenuItem(String label) {
        Menu menu = tree().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem found = null;
        for (MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").startsWith(label)) {
                found = item;
            }
        }
        assertNotNull(found, "menu item " + label);
        assertTrue(found.isEnabled(), label + " enabled");
        found.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
    }

}
