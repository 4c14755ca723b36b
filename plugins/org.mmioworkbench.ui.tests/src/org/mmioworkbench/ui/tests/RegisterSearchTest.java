package org.mmioworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.ui.internal.views.RegisterEditorView.NAME;
import static org.mmioworkbench.ui.tests.Workbench.processEvents;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.devices.RegisterFile;
import org.mmioworkbench.core.inspect.RegisterNode;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.svd.SvdReader;
import org.mmioworkbench.ui.internal.views.RegisterEditorView;

/**
 * The Register Editor's search and its write-1-to-clear fields, on a board with every peripheral of the
 * RP2040's vendor SVD file (which has enumerated values and {@code oneToClear} fields aplenty).
 */
class RegisterSearchTest {
    private static Board rp2040;
    private static int sessionCount;

    private final SessionRegistry registry = SessionRegistry.getDefault();
    private IWorkbenchPage page;
    private RegisterEditorView view;
    private Simulator sim;

    @BeforeAll
    static void readTheSvdFile() throws Exception {
        rp2040 = SvdBoards.allPeripheralsOf(SvdReader.read(SvdBoards.vendorSvd("rp2040.svd")));
    }

    @BeforeEach
    void openTheEditorOnAnRp2040Session() throws Exception {
        registry.sessions().forEach(registry::end);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = PlatformUI.getWorkbench().showPerspective("org.mmioworkbench.ui.perspective", window);
        Shell shell = window.getShell();
        shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
        view = (RegisterEditorView) page.showView(RegisterEditorView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        processEvents();
        String name = "search " + (++sessionCount);
        sim = registry.start(name, rp2040).simulator();
        waitUntil(() -> view.getContentDescription().contains("'" + name + "'"), "the editor to show " + name);
    }

    @AfterEach
    void closeTheEditor() {
        registry.sessions().forEach(registry::end);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        page.hideView(view);
        processEvents();
    }

    @Test
    void typingAnEnumeratedValuesNameFindsTheFieldThatHasItAndEnterSelectsIt() {
        filter("1c2a"); // a value of SSI.SPI_CTRLR0.TRANS_TYPE: "1C2A", named nowhere else
        assertTrue(view.getContentDescription().contains("Filter '1c2a': 1 match in 1 register(s)."),
                view.getContentDescription());
        assertEquals("1 match", matchCount());
        assertEquals(List.of("SSI"), TreeRows.names(tree().getItems()));
        TreeItem register = TreeRows.row(tree(), "SSI", "SPI_CTRLR0");
        assertEquals(List.of("TRANS_TYPE"), TreeRows.names(register.getItems()));

        key(view.getFilterControl(), SWT.CR, '\r', 0);
        assertEquals("SSI/SPI_CTRLR0/TRANS_TYPE", selectedKey());
    }

    @Test
    void theMatchCountShowsAndF3EnterAndCtrlDotGoFromMatchToMatchInTreeOrder() {
        filter("FCS"); // ADC.FCS, and the fields whose description names FCS_THRESH
        List<String> expected = matchingRowsShown("fcs");
        assertTrue(expected.size() >= 3, "several rows match: " + expected);
        assertEquals(expected.size() + " matches", matchCount());
        assertTrue(view.getContentDescription().contains("Filter 'FCS': " + expected.size() + " matches"),
                view.getContentDescription());

        key(view.getFilterControl(), SWT.CR, '\r', 0);
        assertEquals(expected.get(0), selectedKey());
        key(view.getFilterControl(), SWT.F3, (char) 0, 0);
        assertEquals(expected.get(1), selectedKey());
        key(tree(), SWT.F3, (char) 0, 0);
        assertEquals(expected.get(2), selectedKey());
        key(tree(), SWT.F3, (char) 0, SWT.SHIFT);
        assertEquals(expected.get(1), selectedKey());
        globalAction(ActionFactory.PREVIOUS).run(); // Ctrl+,
        assertEquals(expected.get(0), selectedKey());
        globalAction(ActionFactory.PREVIOUS).run(); // wraps around to the last
        assertEquals(expected.get(expected.size() - 1), selectedKey());
        globalAction(ActionFactory.NEXT).run(); // Ctrl+.: and back to the first
        assertEquals(expected.get(0), selectedKey());
        key(view.getFilterControl(), SWT.CR, '\r', SWT.SHIFT);
        assertEquals(expected.get(expected.size() - 1), selectedKey());
    }

    @Test
    void anAddressRangeFindsTheRegistersInIt() {
        TreeItem adc = TreeRows.row(tree(), "ADC");
        long base = ((RegisterNode.Device) adc.getData()).window().base();
        filter(String.format("0x%x-0x%x", base + 4, base + 0xB)); // RESULT (+0x4) and FCS (+0x8)
        assertEquals(List.of("ADC"), TreeRows.names(tree().getItems()));
        assertEquals(List.of("RESULT", "FCS"), TreeRows.names(tree().getItem(0).getItems()));
        assertEquals("2 matches", matchCount());
    }

    @Test
    void aWriteOneToClearFieldIsClearedNotGivenAValueAndItsOtherFieldsAreLeftAlone() {
        RegisterFile adc = RegisterNode.registerFile(sim.device("ADC").orElseThrow()).orElseThrow();
        Register fcs = adc.register("FCS");
        // the hardware raised both flags; a driver enabled the FIFO with a threshold
        adc.set(field(fcs, "OVER"), 1);
        adc.set(field(fcs, "UNDER"), 1);
        adc.set(field(fcs, "EN"), 1);
        adc.set(field(fcs, "THRESH"), 5);
        view.refresh();

        TreeItem over = TreeRows.row(tree(), "ADC", "FCS", "OVER");
        TreeRows.select(tree(), over);
        Menu menu = tree().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            items.add(item.getText());
        }
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.contains("&Clear OVER (write 1)"), items.toString());

        view.clearSelectedField();
        assertEquals(0, adc.get(field(fcs, "OVER")), "cleared");
        assertEquals(1, adc.get(field(fcs, "UNDER")), "the other write-1-to-clear flag is left alone");
        assertEquals(1, adc.get(field(fcs, "EN")));
        assertEquals(5, adc.get(field(fcs, "THRESH")));
        assertTrue(view.lastStatus().startsWith("Cleared ADC.FCS.OVER (wrote 1 to [11];"), view.lastStatus());
        assertFalse(view.lastStatusIsError());

        // editing the value cell of a write-1-to-clear field clears it too
        TreeItem under = TreeRows.row(tree(), "ADC", "FCS", "UNDER");
        TreeRows.select(tree(), under);
        key(tree(), SWT.F2, (char) 0, 0);
        waitUntil(() -> view.lastStatus().startsWith("Cleared ADC.FCS.UNDER"), "the clear: " + view.lastStatus());
        assertEquals(0, adc.get(field(fcs, "UNDER")));
        assertEquals(1, adc.get(field(fcs, "EN")));
        assertEquals(5, adc.get(field(fcs, "THRESH")));
        assertEquals(0, adc.get(fcs) & (3 << 10), "both read back cleared");
    }

    private static Register.Field field(Register r, String name) {
        return r.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** The keys of the rows shown (the filter opens them) whose name, or a register's or field's description, has the text. */
    private List<String> matchingRowsShown(String text) {
        List<String> found = new ArrayList<>();
        for (TreeItem item : tree().getItems()) {
            collect(item, text, found);
        }
        return found;
    }

    private static void collect(TreeItem item, String text, List<String> found) {
        String name = item.getText(NAME).toLowerCase(Locale.ROOT); // a virtual row gets its data when read
        Object data = item.getData();
        boolean described = (data instanceof RegisterNode.Reg || data instanceof RegisterNode.Field)
                && ((RegisterNode) data).description().toLowerCase(Locale.ROOT).contains(text);
        if (name.contains(text) || described) {
            found.add(((RegisterNode) data).key());
        }
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                collect(child, text, found);
            }
        }
    }

    private void filter(String text) {
        view.getFilterControl().setText(text);
        waitUntil(() -> view.getContentDescription().contains("Filter '" + text + "'"), "filter " + text);
        processEvents();
    }

    private String matchCount() {
        for (Control c : view.getFilterControl().getParent().getChildren()) {
            if (c instanceof Label l) {
                return l.getText();
            }
        }
        return "";
    }

    private String selectedKey() {
        Object first = view.getViewer().getStructuredSelection().getFirstElement();
        return first instanceof RegisterNode n ? n.key() : String.valueOf(first);
    }

    private IAction globalAction(ActionFactory which) {
        IAction action = view.getViewSite().getActionBars().getGlobalActionHandler(which.getId());
        assertTrue(action != null, "a handler for " + which.getId());
        return action;
    }

    private Tree tree() {
        return view.getViewer().getTree();
    }

    private static void key(Control control, int keyCode, char character, int stateMask) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = character;
        event.stateMask = stateMask;
        control.notifyListeners(SWT.KeyDown, event);
        processEvents();
    }
}
