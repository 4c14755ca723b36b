package org.mmioworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mmioworkbench.ui.internal.views.RegisterEditorView.VALUE;
import static org.mmioworkbench.ui.tests.Workbench.processEvents;
import static org.mmioworkbench.ui.tests.Workbench.screenshot;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Boards;
import org.mmioworkbench.core.inspect.RegisterBits;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.ui.internal.preferences.MmioPreferences;
import org.mmioworkbench.ui.internal.views.RegisterEditorView;

/**
 * Number formats chosen per row from the Register Editor's context menu (inherited by the rows below, remembered
 * per board, undoable) and the bit view under the tree, in a real workbench: what the tree and the bit view show,
 * and what reached the simulated device.
 */
class RegisterFormatsTest {
    private static final long UARTCR = 0x0900_0030L;
    private static final long UARTFR = 0x0900_0018L;
    private static final String BINARY_0301 = "0b0000_0000_0000_0000_0000_0011_0000_0001";

    private static int sessionCount;

    private final SessionRegistry registry = SessionRegistry.getDefault();
    private IWorkbenchPage page;
    private RegisterEditorView view;
    private Simulator sim;

    @BeforeEach
    void openTheEditor() throws Exception {
        registry.sessions().forEach(registry::end);
        forgetFormats();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = PlatformUI.getWorkbench().showPerspective("org.mmioworkbench.ui.perspective", window);
        Shell shell = window.getShell();
        shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
        view = (RegisterEditorView) page.showView(RegisterEditorView.ID);
        processEvents();
        start(Board.qemuVirt());
    }

    @AfterEach
    void closeTheEditor() {
        registry.sessions().forEach(registry::end);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        page.hideView(view);
        forgetFormats();
        processEvents();
    }

    private static void forgetFormats() {
        MmioPreferences.store().setToDefault(MmioPreferences.NUMBER_FORMAT);
        MmioPreferences.store().setToDefault(RegisterEditorView.ROW_FORMATS_PREFIX + "qemu-virt");
        MmioPreferences.store().setToDefault(RegisterEditorView.ROW_FORMATS_PREFIX + "rpi4b");
        MmioPreferences.store().setToDefault(RegisterEditorView.SHOW_BITS);
    }

    private void start(Board board) {
        String name = "formats " + (++sessionCount);
        sim = registry.start(name, board).simulator();
        waitUntil(() -> view.getContentDescription().contains("'" + name + "'"), "the editor to show " + name);
    }

    @Test
    void aRowsFormatAppliesToItsSubtreeUntilARowBelowChoosesItsOwnAndUndoPutsItBack() {
        chooseFormat("Binary", "UART0");
        waitUntil(() -> value("UART0", "UARTCR").equals(BINARY_0301), "UARTCR in binary from its device");
        assertEquals("0b1", value("UART0", "UARTCR", "UARTEN"), "a field inherits too");
        assertEquals("0b11 (BITS8)", value("UART0", "UARTLCR_H", "WLEN"));
        assertEquals("0x00000000", value("GPIO", "GPIODIR"), "another device keeps the toolbar's hex");
        assertTrue(view.getContentDescription().contains("1 row with a format of its own"),
                view.getContentDescription());
        assertTrue(row("UART0", "UARTCR").getText(RegisterEditorView.RESET).startsWith("0b"), "reset value too");
        GC gc = new GC(tree());
        try {
            int whole = gc.textExtent(BINARY_0301).x;
            assertTrue(tree().getColumn(VALUE).getWidth() >= whole, "all 32 bits show: column "
                    + tree().getColumn(VALUE).getWidth() + " px, the value " + whole + " px");
        } finally {
            gc.dispose();
        }

        String tip = ((ColumnLabelProvider) view.getViewer().getLabelProvider(VALUE))
                .getToolTipText(row("UART0", "UARTCR").getData());
        assertTrue(tip.contains("Value: " + BINARY_0301) && tip.contains("Hexadecimal: 0x00000301")
                && tip.contains("Signed Decimal: 769"), "the tooltip converts the value: " + tip);

        chooseFormat("Signed Decimal", "UART0", "UARTCR");
        waitUntil(() -> value("UART0", "UARTCR").equals("769"), "UARTCR in its own signed decimal");
        assertEquals("-1", value("UART0", "UARTCR", "UARTEN"), "a set one-bit field is -1 in two's complement");
        assertEquals("0b11 (BITS8)", value("UART0", "UARTLCR_H", "WLEN"), "a sibling keeps the device's binary");
        assertTrue(menuItem("UART0/UARTCR", "Default").getText().contains("Binary, from UART0"),
                "Default says what the row would inherit");

        undo();
        waitUntil(() -> value("UART0", "UARTCR").equals(BINARY_0301), "Undo: UARTCR inherits binary again");
        redo();
        waitUntil(() -> value("UART0", "UARTCR").equals("769"), "Redo: signed again");

        chooseFormat("Default", "UART0");
        waitUntil(() -> value("UART0", "UARTLCR_H", "WLEN").equals("0x3 (BITS8)"), "UART0 inherits hex again");
        assertEquals("769", value("UART0", "UARTCR"), "UARTCR kept its own format");
    }

    @Test
    void formatsAreRememberedPerBoardAcrossReopeningTheViewAndNewSessions() throws Exception {
        chooseFormat("Binary", "UART0", "UARTCR");
        waitUntil(() -> value("UART0", "UARTCR").equals(BINARY_0301), "UARTCR in binary");

        page.hideView(view);
        processEvents();
        view = (RegisterEditorView) page.showView(RegisterEditorView.ID);
        waitUntil(() -> view.getContentDescription().contains("'formats " + sessionCount + "'"), "the editor again");
        waitUntil(() -> value("UART0", "UARTCR").equals(BINARY_0301), "the reopened view shows UARTCR in binary");
        assertTrue(value("UART0", "UARTIFLS").matches("0x[0-9A-F]{8}"), "UARTIFLS keeps the toolbar's hex: "
                + value("UART0", "UARTIFLS"));

        registry.sessions().forEach(registry::end);
        start(Board.qemuVirt());
        waitUntil(() -> value("UART0", "UARTCR").equals(BINARY_0301), "a new session of the board too");

        start(Boards.rpi4b());
        assertTrue(value("UART0", "UARTCR").startsWith("0x"), "another board has formats of its own: "
                + value("UART0", "UARTCR"));

        // what a restart reads: the instance preferences on disk
        Path prefs = Path.of(ResourcesPlugin.getWorkspace().getRoot().getLocation().toOSString(), ".metadata",
                ".plugins", "org.eclipse.core.runtime", ".settings", MmioPreferences.QUALIFIER + ".prefs");
        String saved = Files.readString(prefs);
        assertTrue(saved.contains(RegisterEditorView.ROW_FORMATS_PREFIX + "qemu-virt=UART0/UARTCR\\=bin"), saved);
    }

    @Test
    void theBitViewShowsFieldsAndAClickTogglesAWritableBitThroughTheDebuggerWhileReadOnlyBitsRefuse() {
        chooseFormat("Binary", "UART0", "UARTCR");
        select(row("UART0", "UARTCR"));
        RegisterBits bits = view.shownBits().orElseThrow();
        assertEquals(32, bits.bits().size());
        List<String> fields = bits.segments().stream().map(RegisterBits.Segment::name).filter(n -> !n.isEmpty())
                .toList();
        assertEquals(List.of("CTSEN", "RTSEN", "OUT2", "OUT1", "RTS", "DTR", "RXE", "TXE", "LBE", "SIRLP",
                "SIREN", "UARTEN"), fields);
        assertTrue(bits.bit(0).set() && bits.bit(8).set() && bits.bit(9).set() && !bits.bit(7).set());
        Rectangle msb = view.bitBounds(31);
        Rectangle lsb = view.bitBounds(0);
        assertTrue(msb.x < lsb.x || msb.y < lsb.y, "bit 31 is drawn first, bit 0 last");
        screenshot("register-editor-bits.png");

        click(0); // UARTEN off
        waitUntil(() -> sim.peek(UARTCR, 32).getAsInt() == 0x300, "UARTEN cleared in the device");
        assertEquals("Wrote 0b0 to UART0.UARTCR.UARTEN.", view.lastStatus(), "in the register's format");
        waitUntil(() -> value("UART0", "UARTCR").equals("0b0000_0000_0000_0000_0000_0011_0000_0000"),
                "the tree shows the write");
        assertFalse(view.shownBits().orElseThrow().bit(0).set(), "and the bit view");
        assertTrue(sim.trace().stream().anyMatch(e -> e.operation().equals("debugWrite")), "a debugger write");

        // keyboard: End goes to bit 0, Left to bit 1, Space toggles
        Canvas canvas = view.bitCanvas();
        canvas.setFocus();
        key(canvas, SWT.END, (char) 0);
        assertEquals(0, view.focusedBit());
        key(canvas, SWT.ARROW_LEFT, (char) 0);
        key(canvas, SWT.ARROW_LEFT, (char) 0);
        key(canvas, SWT.ARROW_RIGHT, (char) 0);
        assertEquals(1, view.focusedBit());
        key(canvas, SWT.ARROW_RIGHT, (char) 0);
        key(canvas, 0, ' ');
        waitUntil(() -> sim.peek(UARTCR, 32).getAsInt() == 0x301, "Space set UARTEN again");

        select(row("UART0", "UARTLCR_H", "WLEN"));
        assertEquals("UARTLCR_H", view.shownBits().orElseThrow().register().name(), "a field shows its register");

        select(row("UART0", "UARTFR"));
        RegisterBits flags = view.shownBits().orElseThrow();
        assertEquals(RegisterBits.Action.NONE, flags.bit(7).action(), "TXFE is read-only");
        int before = sim.peek(UARTFR, 32).getAsInt();
        long writes = debugWrites();
        click(7);
        assertTrue(view.lastStatusIsError(), view.lastStatus());
        assertEquals("UART0.UARTFR bit 7 (TXFE) is read-only; nothing was written.", view.lastStatus());
        assertEquals(before, sim.peek(UARTFR, 32).getAsInt());
        assertEquals(writes, debugWrites(), "nothing reached the device");
    }

    @Test
    void theViewMenuHidesTheBitViewAndTheChoiceIsRemembered() throws Exception {
        select(row("UART0", "UARTCR"));
        assertTrue(view.shownBits().isPresent());
        IAction show = viewMenuAction("Show Bit View");
        assertTrue(show.isChecked());
        show.setChecked(false);
        show.run();
        processEvents();
        assertTrue(view.shownBits().isEmpty(), "hidden");
        assertFalse(view.bitCanvas().isVisible());

        page.hideView(view);
        view = (RegisterEditorView) page.showView(RegisterEditorView.ID);
        processEvents();
        assertFalse(viewMenuAction("Show Bit View").isChecked(), "still hidden in the reopened view");
        assertFalse(view.bitCanvas().isVisible());
    }

    private IAction viewMenuAction(String text) {
        for (org.eclipse.jface.action.IContributionItem i : view.getViewSite().getActionBars().getMenuManager()
                .getItems()) {
            if (i instanceof org.eclipse.jface.action.ActionContributionItem a
                    && a.getAction().getText().replace("&", "").equals(text)) {
                return a.getAction();
            }
        }
        return fail("no " + text + " in the view menu");
    }

    @Test
    void aWriteOneToClearBitIsOfferedAsAClear() {
        start(Boards.rpi4b());
        select(row("GPIO", "GPEDS0"));
        RegisterBits bits = view.shownBits().orElseThrow();
        assertEquals(RegisterBits.Action.CLEAR, bits.bit(3).action());
        assertTrue(bits.bit(3).why().contains("clears EDS3"), bits.bit(3).why());
        click(3);
        assertEquals("Cleared GPIO.GPEDS0.EDS3 (wrote 1 to [3]; its other fields left alone).", view.lastStatus());
    }

    // ---- helpers

    private Tree tree() {
        return view.getViewer().getTree();
    }

    private TreeItem row(String... path) {
        return TreeRows.row(tree(), path);
    }

    private String value(String... path) {
        return row(path).getText(VALUE);
    }

    private void select(TreeItem item) {
        TreeRows.select(tree(), item);
    }

    /** Runs Number Format > (format) from the context menu of a row. */
    private void chooseFormat(String format, String... path) {
        MenuItem item = menuItem(String.join("/", path), format);
        item.setSelection(true);
        item.notifyListeners(SWT.Selection, new Event());
        processEvents();
    }

    /** Opens a row's context menu and finds an item of its Number Format submenu starting with a text. */
    private MenuItem menuItem(String key, String startsWith) {
        select(row(key.split("/")));
        Menu menu = tree().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        processEvents();
        for (MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").equals("Number Format")) {
                Menu sub = item.getMenu();
                assertNotNull(sub, "Number Format is a submenu");
                sub.notifyListeners(SWT.Show, new Event());
                processEvents();
                for (MenuItem choice : sub.getItems()) {
                    if (choice.getText().replace("&", "").startsWith(startsWith)) {
                        return choice;
                    }
                }
                fail("no " + startsWith + " in Number Format of " + key);
            }
        }
        return fail("no Number Format in the context menu of " + key);
    }

    private void undo() {
        runGlobal(ActionFactory.UNDO.getId());
    }

    private void redo() {
        runGlobal(ActionFactory.REDO.getId());
    }

    private void runGlobal(String id) {
        IAction action = view.getViewSite().getActionBars().getGlobalActionHandler(id);
        assertNotNull(action, id + " in the view");
        assertTrue(action.isEnabled(), id + " enabled: " + action.getText());
        action.run();
        processEvents();
    }

    /** Clicks a bit's cell in the bit view as a mouse does. */
    private void click(int bit) {
        Canvas canvas = view.bitCanvas();
        Rectangle r = view.bitBounds(bit);
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
            Event e = new Event();
            e.button = 1;
            e.x = r.x + r.width / 2;
            e.y = r.y + r.height / 2;
            canvas.notifyListeners(type, e);
        }
        processEvents();
    }

    private static void key(org.eclipse.swt.widgets.Control control, int keyCode, char character) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = character;
        control.notifyListeners(SWT.KeyDown, event);
        processEvents();
    }

    private long debugWrites() {
        return sim.trace().stream().filter(e -> e.operation().equals("debugWrite")).count();
    }
}
