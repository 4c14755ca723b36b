package org.mmioworkbench.ui.tests;

import static org.mmioworkbench.ui.tests.DebugLaunches.defaultPerspectivePrompt;
import static org.mmioworkbench.ui.tests.DebugLaunches.endLaunches;
import static org.mmioworkbench.ui.tests.DebugLaunches.functions;
import static org.mmioworkbench.ui.tests.DebugLaunches.suspended;
import static org.mmioworkbench.ui.tests.DebugLaunches.thread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.ui.tests.Workbench.processEvents;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IRegister;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.session.DemoScenario;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.debug.core.DriverLaunchDelegate;
import org.mmioworkbench.debug.core.DriverLineBreakpoint;
import org.mmioworkbench.debug.core.MmioDebugModel;
import org.mmioworkbench.debug.ui.DriverLaunchShortcut;
import org.mmioworkbench.ui.internal.preferences.MmioPreferences;
import org.mmioworkbench.ui.internal.views.AccessTraceView;
import org.mmioworkbench.ui.internal.views.RegisterEditorView;

/**
 * The Access Trace view in a real workbench: the events of a session in a virtual table, the filter by device,
 * register and process with its count (remembered by the view), a long trace, and, on a driver suspended in the
 * debugger, the line that made each event, opened in its editor, and Go Back to This Event.
 */
class AccessTraceViewTest {
    private static final String DEBUG_PREFIX = "org.eclipse.debug.ui.";
    private static final String ALL_REGISTERS = "All registers";

    private final SessionRegistry registry = SessionRegistry.getDefault();
    private IWorkbenchPage page;

    @BeforeEach
    void mmioPerspective() {
        page = DebugLaunches.mmioPerspective();
        closeView();
        clearFilterPreferences();
    }

    @AfterEach
    void cleanUp() throws Exception {
        endLaunches(ResourcesPlugin.getWorkspace().getRoot().getProject("traced"));
        closeView();
        clearFilterPreferences();
        defaultPerspectivePrompt();
    }

    /** Each test opens a view of its own, with the filter its preferences say. */
    private void closeView() {
        org.eclipse.ui.IViewPart open = page.findView(AccessTraceView.ID);
        if (open != null) {
            page.hideView(open);
        }
    }

    private static void clearFilterPreferences() {
        for (String part : List.of("device", "register", "process")) {
            MmioPreferences.store().setToDefault("accessTrace." + part);
        }
    }

    private AccessTraceView show() throws Exception {
        AccessTraceView view = (AccessTraceView) page.showView(AccessTraceView.ID);
        processEvents();
        return view;
    }

    private static String cell(Table table, int row, int column) {
        return table.getItem(row).getText(column);
    }

    private static List<String> column(Table table, int column) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            out.add(cell(table, i, column));
        }
        return out;
    }

    /** Chooses an item of a filter combo as a user does: by its text, then the selection event. */
    private static void choose(Combo combo, String item) {
        int i = Arrays.asList(combo.getItems()).indexOf(item);
        assertTrue(i >= 0, item + " is among " + Arrays.toString(combo.getItems()));
        combo.select(i);
        combo.notifyListeners(SWT.Selection, new Event());
        processEvents();
    }

    @Test
    void theViewListsTheSessionsEventsAndTheFilterNarrowsThemCountsThemAndIsRemembered() throws Exception {
        SimulationSession demo = DemoScenario.start(registry);
        List<TraceEvent> trace = demo.simulator().trace();
        AccessTraceView view = show();
        Table table = view.getViewer().getTable();
        waitUntil(() -> table.getItemCount() == trace.size(), "every event of the demo listed");
        assertEquals(String.format("%,d events", trace.size()), view.getCountLabel().getText());
        assertTrue(view.getContentDescription().startsWith("Session 'demo': "), view.getContentDescription());
        int write = column(table, AccessTraceView.REGISTER).indexOf("UART0.UARTDR");
        assertTrue(write >= 0, "the driver's write of 'K' names its register");
        assertEquals(List.of("uart_driver", "IoWriteMmReg32", "UART0", "UART0.UARTDR", "32", "0x0000004b"),
                List.of(cell(table, write, 2), cell(table, write, 3), cell(table, write, 4), cell(table, write, 5),
                        cell(table, write, 6), cell(table, write, 7)));
        assertEquals("", cell(table, write, AccessTraceView.SOURCE), "no driver code ran the demo");

        List<Combo> filters = view.getFilterControls();
        choose(filters.get(0), "GPIO");
        int gpio = (int) trace.stream().filter(e -> e.device().equals("GPIO")
                || e.physicalAddress().isPresent() && e.physicalAddress().getAsLong() >= 0x09030000L
                        && e.physicalAddress().getAsLong() <= 0x09030FFFL).count();
        assertEquals(4, gpio, "its registration and mapping, a write and a read");
        waitUntil(() -> table.getItemCount() == gpio, "the GPIO events only");
        assertEquals(String.format("%,d of %,d events", gpio, trace.size()), view.getCountLabel().getText());
        assertEquals(List.of("KnRegisterPhyMem", "KnIoMapMem", "IoWriteMmReg8", "IoReadMmReg8"),
                column(table, 3));

        choose(filters.get(0), "UART0");
        choose(filters.get(1), "UARTDR");
        waitUntil(() -> table.getItemCount() == 1, "the one access of UARTDR");
        assertEquals("0x0000004b", cell(table, 0, AccessTraceView.VALUE));
        choose(filters.get(1), ALL_REGISTERS);
        choose(filters.get(2), "uart_driver");
        waitUntil(() -> column(table, 2).stream().allMatch("uart_driver"::equals) && table.getItemCount() == 4,
                "the UART0 events of uart_driver: two registrations, the mapping, the write");
        assertFalse(column(table, 3).contains("KernelBootClaim"), "the kernel's are not uart_driver's");
        String counted = view.getCountLabel().getText();

        page.hideView(view);
        AccessTraceView again = show();
        Table table2 = again.getViewer().getTable();
        List<Combo> filters2 = again.getFilterControls();
        assertEquals(List.of("UART0", ALL_REGISTERS, "uart_driver"), filters2.stream().map(Combo::getText)
                .toList(), "the view remembers its filter");
        waitUntil(() -> table2.getItemCount() == 4, "the same events");
        assertEquals(counted, again.getCountLabel().getText());

        choose(filters2.get(0), "All devices");
        choose(filters2.get(2), "All processes");
        waitUntil(() -> table2.getItemCount() == trace.size(), "every event again");
    }

    @Test
    void aTraceLongerThanItsWindowShowsTheWindowAndFollowsNewEvents() throws Exception {
        SimulationSession busy = registry.start("busy", Board.qemuVirt());
        Simulator sim = busy.simulator();
        MmioApi api = sim.process("busy").api();
        MapResult map = api.knIoMapMem(api.knRegisterPhyMem(0x09000000L, 0x1000, MmioConstants.MMIO_K_SHARED).rid(),
                MmioConstants.VMM_FLAG_READ | MmioConstants.VMM_FLAG_WRITE, MmioConstants.VMM_FLAG_CACHE_DISABLE);
        for (int i = 0; i < 100_000; i++) {
            api.ioWriteMmReg32(map.address() + 0x24, i & 0xFFFF); // UARTIBRD
        }
        AccessTraceView view = show();
        Table table = view.getViewer().getTable();
        int window = Simulator.DEFAULT_TRACE_WINDOW;
        waitUntil(() -> table.getItemCount() == window, "the trace window");
        long length = sim.traceLength();
        assertEquals(String.format("%,d events", window), view.getCountLabel().getText());
        assertTrue(view.getContentDescription().contains(String.format("%,d event(s), the last %,d kept", length,
                window)), view.getContentDescription());
        assertEquals(Long.toString(length - window), cell(table, 0, AccessTraceView.SEQ), "the oldest kept first");
        assertEquals(Long.toString(length - 1), cell(table, window - 1, AccessTraceView.SEQ));

        choose(view.getFilterControls().get(0), "RTC");
        waitUntil(() -> table.getItemCount() == 0, "no RTC event in the window");
        assertEquals(String.format("0 of %,d events", window), view.getCountLabel().getText());
        sim.process("rtc").api().knRegisterPhyMem(0x09010000L, 0x1000, 0);
        waitUntil(() -> table.getItemCount() == 1, "the registration, as it happens");
        assertEquals("KnRegisterPhyMem", cell(table, 0, 3));
        assertEquals(Long.toString(length + 1), cell(table, 0, AccessTraceView.SEQ), "after the process's start");
        choose(view.getFilterControls().get(0), "All devices");
        waitUntil(() -> table.getItemCount() == window, "the window again");
        assertEquals(Long.toString(length + 1), cell(table, window - 1, AccessTraceView.SEQ), "the newest last");
    }

    /** Chooses an item of a filter combo as a user does, without waiting for the view. */
    private static void chooseNow(Combo combo, String item) {
        int i = Arrays.asList(combo.getItems()).indexOf(item);
        assertTrue(i >= 0, item + " is among " + Arrays.toString(combo.getItems()));
        combo.select(i);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** The rows on screen: their sequence numbers and registers (a virtual table builds only those). */
    private static List<String> visibleRegisters(Table table) {
        List<String> out = new ArrayList<>();
        int rowsShown = Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight()));
        for (int i = table.getTopIndex(); i < Math.min(table.getItemCount(), table.getTopIndex() + rowsShown); i++) {
            out.add(cell(table, i, AccessTraceView.REGISTER));
        }
        return out;
    }

    private static final long UART0 = 0x09000000L;
    private static final long UARTIBRD = 0x24;
    private static final long UARTFBRD = 0x28;

    @Test
    void aFilterChosenWhileADriverRunsFreelyShowsExactlyItsEventsAndAnotherChosenMidSearchOnlyItsOwn()
            throws Exception {
        SimulationSession free = registry.start("free run", Board.qemuVirt());
        Simulator sim = free.simulator();
        MmioApi uart = sim.process("uart_writer").api();
        MmioApi gpio = sim.process("gpio_toggler").api();
        long u = uart.knIoMapMem(uart.knRegisterPhyMem(UART0, 0x1000, MmioConstants.MMIO_K_SHARED).rid(),
                MmioConstants.VMM_FLAG_READ | MmioConstants.VMM_FLAG_WRITE, MmioConstants.VMM_FLAG_CACHE_DISABLE)
                .address();
        long g = gpio.knIoMapMem(gpio.knRegisterPhyMem(0x09030000L, 0x1000, 0).rid(),
                MmioConstants.VMM_FLAG_READ | MmioConstants.VMM_FLAG_WRITE, MmioConstants.VMM_FLAG_CACHE_DISABLE)
                .address();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread driver = new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                uart.ioWriteMmReg32(u + UARTIBRD, i & 0xFFFF);
                if (i % 8 == 0) {
                    uart.ioWriteMmReg32(u + UARTFBRD, i & 0x3F);
                }
                gpio.ioWriteMmReg8(g + 0x400, i & 0xFF);
            }
        }, "free-running driver");
        AccessTraceView view = show();
        Table table = view.getViewer().getTable();
        List<Combo> filters = view.getFilterControls();
        driver.start();
        try {
            waitUntil(() -> sim.traceLength() > 2L * Simulator.DEFAULT_TRACE_WINDOW, "the window to slide");
            // one filter, and before its search could show anything, another: only the second's rows ever show
            chooseNow(filters.get(2), "gpio_toggler");
            chooseNow(filters.get(2), "All processes");
            chooseNow(filters.get(0), "UART0");
            fillRegisterChoicesOf(filters);
            chooseNow(filters.get(1), "UARTFBRD");
            long chosenAt = sim.traceLength();
            List<String> seen = new ArrayList<>();
            waitUntil(() -> {
                List<String> shown = visibleRegisters(table);
                // (blank: a row the table is removing, a step at a time, after the filter left fewer)
                shown.stream().filter(r -> !r.isEmpty() && !r.equals("UART0.UARTFBRD")).findFirst()
                        .ifPresent(seen::add);
                return sim.traceLength() > chosenAt + 2L * Simulator.DEFAULT_TRACE_WINDOW && table.getItemCount() > 0
                        && !shown.isEmpty();
            }, "the driver to run on while the view shows the UARTFBRD writes");
            assertEquals(List.of(), seen, "rows of no other filter, nor of no filter, while the driver ran");
            assertTrue(driver.isAlive(), "the driver ran freely all along");
        } finally {
            stop.set(true);
            driver.join();
        }
        String all = String.format("%,d event(s)", sim.traceLength());
        waitUntil(() -> view.getContentDescription().contains(all) && !view.isSearching(),
                "the view to catch up with the driver's last events");
        List<TraceEvent> window = sim.trace();
        List<String> expected = window.stream().filter(e -> e.physicalAddress().orElse(-1) == UART0 + UARTFBRD)
                .map(e -> Long.toString(e.seq())).toList();
        assertTrue(expected.size() > 1000, "the window holds thousands of them: " + expected.size());
        waitUntil(() -> table.getItemCount() == expected.size(), "every UARTFBRD write of the window");
        List<String> rowsShown = column(table, AccessTraceView.SEQ);
        assertTrue(expected.equals(rowsShown), () -> "exactly those events, oldest first: expected " + expected.size()
                + " from #" + expected.get(0) + " to #" + expected.get(expected.size() - 1) + ", shown "
                + rowsShown.size() + " from #" + rowsShown.get(0) + " to #" + rowsShown.get(rowsShown.size() - 1));
        assertEquals(String.format("%,d of %,d events", expected.size(), window.size()),
                view.getCountLabel().getText());
    }

    /** The register choices follow the device chosen, at once. */
    private static void fillRegisterChoicesOf(List<Combo> filters) {
        assertTrue(Arrays.asList(filters.get(1).getItems()).contains("UARTFBRD"),
                Arrays.toString(filters.get(1).getItems()));
    }

    // ------------------------------------------------------------------ a driver under the debugger

    private static String register(IThread thread, String device, String name) throws CoreException {
        IStackFrame top = thread.getTopStackFrame();
        for (IRegisterGroup g : top.getRegisterGroups()) {
            if (g.getName().startsWith(device + " ")) {
                for (IRegister r : g.getRegisters()) {
                    if (r.getName().equals(name)) {
                        return r.getValue().getValueString();
                    }
                }
            }
        }
        throw new AssertionError(device + "." + name + " is not in the Registers view");
    }

    private static String keyOf(String command) {
        return Arrays.stream(PlatformUI.getWorkbench().getService(IBindingService.class).getBindings())
                .filter(b -> b.getParameterizedCommand() != null
                        && b.getParameterizedCommand().getId().equals(command))
                .map(b -> b.getTriggerSequence().format()).findFirst().orElse("none");
    }

    /** The enabled items of the table's context menu, as it shows them (label, tab, key). */
    private static List<String> contextMenu(Table table) {
        Menu menu = table.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        processEvents();
        List<String> items = Arrays.stream(menu.getItems()).filter(i -> i.getStyle() != SWT.SEPARATOR
                && (i.getStyle() & SWT.SEPARATOR) == 0 && i.isEnabled()).map(i -> i.getText().replace("&", ""))
                .toList();
        menu.notifyListeners(SWT.Hide, new Event());
        processEvents();
        return items;
    }

    private static int lineOf(String source, String text) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in the driver");
    }

    @Test
    void aDebuggedDriversEventsNameTheirLinesF3OpensOneAndADoubleClickGoesBackToItsRegisters() throws Exception {
        // as a user who stays in the MMIO perspective while debugging
        DebugUITools.getPreferenceStore().setValue(DEBUG_PREFIX + "switch_perspective_on_suspend", "never");
        DebugUITools.getPreferenceStore().setValue(DEBUG_PREFIX + "switch_to_perspective", "never");
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("traced");
        project.create(null);
        project.open(null);
        String source = Files.readString(Path.of(System.getProperty("mmio.examples.dir", "../../examples"), "c",
                "pl011_console.c"), StandardCharsets.UTF_8);
        IFile driver = project.getFile("pl011_console.c");
        driver.create(new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)), true, null);
        int writeLine = lineOf(source, "IoWriteMmReg32(uart + offset, value);");
        DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(new DriverLineBreakpoint(driver,
                lineOf(source, "uart_write(UARTDR, (uint8_t)c);")));
        ILaunchConfigurationWorkingCopy wc = DriverLaunchShortcut.configurationFor(driver).getWorkingCopy();
        wc.setAttribute(DriverLaunchDelegate.ATTR_STOP_AT_START, false);
        ILaunch launch = wc.doSave().launch(ILaunchManager.DEBUG_MODE, null);
        IThread thread = suspended(launch);
        assertEquals("0x00000301", register(thread, "UART0", "UARTCR"), "uart_init enabled the UART");
        Simulator sim = Adapters.adapt(thread, SimulationSession.class).simulator();

        org.eclipse.swt.widgets.Shell shell = page.getWorkbenchWindow().getShell();
        shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea()); // as the README's pictures
        AccessTraceView view = show();
        Table table = view.getViewer().getTable();
        waitUntil(() -> table.getItemCount() == sim.trace().size(), "the driver's events");
        String shown = "pl011_console.c:" + writeLine;
        List<String> sources = column(table, AccessTraceView.SOURCE);
        assertTrue(sources.contains(shown), "accesses name the line that made them: " + sources);
        assertEquals("", sources.get(0), "the kernel's boot claim: no line");

        // Open Source (F3): the line (once the debugger has shown the line it suspended at)
        waitUntil(() -> page.getActiveEditor() != null && driver.equals(page.getActiveEditor().getEditorInput()
                .getAdapter(IFile.class)), "the debugger to show the suspended line");
        processEvents();
        int last = sources.lastIndexOf(shown);
        List<String> atBreakpoint = functions(thread);
        page.activate(view);
        table.setSelection(last);
        table.notifyListeners(SWT.Selection, new Event());
        processEvents();
        assertEquals(List.of("Open Source\tF3", "Go Back to This Event\tCtrl+Enter"), contextMenu(table),
                "the context menu offers both, with their keys");
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(AccessTraceView.OPEN_SOURCE_COMMAND,
                null);
        processEvents();
        ITextEditor editor = (ITextEditor) page.getActiveEditor();
        assertEquals(driver, editor.getEditorInput().getAdapter(IFile.class));
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        assertEquals(writeLine - 1, doc.getLineOfOffset(((ITextSelection) editor.getSelectionProvider()
                .getSelection()).getOffset()), "at the line of the write");
        assertEquals(atBreakpoint, functions(thread), "opening the source leaves the driver where it is");
        page.activate(view);
        Workbench.screenshot("access-trace.png");

        choose(view.getFilterControls().get(0), "UART0");
        choose(view.getFilterControls().get(1), "UARTCR");
        waitUntil(() -> table.getItemCount() == 2, "uart_init's two writes of UARTCR");
        assertEquals(List.of("0x00000000", "0x00000301"), column(table, AccessTraceView.VALUE));
        assertEquals(List.of(shown, shown), column(table, AccessTraceView.SOURCE));
        assertTrue(view.getCountLabel().getText().startsWith("2 of "), view.getCountLabel().getText());

        // a double-click on the first write, which disabled the UART: the debugger goes back to it
        assertEquals("Ctrl+Enter", keyOf("org.mmioworkbench.debug.ui.goBackToEvent"),
                "the key of Go Back to This Event");
        assertEquals("F3", keyOf(AccessTraceView.OPEN_SOURCE_COMMAND), "the key of Open Source");
        page.activate(view);
        table.setSelection(0);
        table.notifyListeners(SWT.Selection, new Event());
        processEvents();
        long seq = view.getSelectedRow().event().seq();
        table.notifyListeners(SWT.DefaultSelection, new Event());
        waitUntil(() -> thread(launch).isSuspended() && String.valueOf(MmioDebugModel.suspension(thread(launch)))
                .startsWith("at event #"), "the driver to go back to the event");
        thread = suspended(launch);
        assertEquals(List.of("uart_write", "uart_init", "main"), functions(thread),
                "in the statement that made the event");
        assertEquals(writeLine, thread.getTopStackFrame().getLineNumber());
        assertEquals("at event #" + seq + ": IoWriteMmReg32 <- 0x0", MmioDebugModel.suspension(thread));
        assertEquals("0x00000000", register(thread, "UART0", "UARTCR"), "the register as that write left it");
        assertEquals(seq + 1, sim.traceLength(), "the simulation is where that event left it");
        RegisterEditorView registers = (RegisterEditorView) page.showView(RegisterEditorView.ID);
        Tree tree = registers.getViewer().getTree();
        waitUntil(() -> tree.getItemCount() > 0 && TreeRows.row(tree, "UART0", "UARTCR")
                .getText(RegisterEditorView.VALUE).equals("0x00000000"), "the Register Editor to show it too");
        page.showView(AccessTraceView.ID);
        waitUntil(() -> table.getItemCount() == 1, "the trace now ends with that event");
        assertEquals(Long.toString(seq), cell(table, 0, AccessTraceView.SEQ));

        thread.resume();
        thread = suspended(launch);
        assertEquals("0x00000301", register(thread, "UART0", "UARTCR"), "forward again to the breakpoint");
        waitUntil(() -> table.getItemCount() == 2, "both writes again");
    }

    @Test
    void withoutADebuggerADoubleClickOpensTheLineThatMadeTheEvent() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("traced");
        project.create(null);
        project.open(null);
        String source = Files.readString(Path.of(System.getProperty("mmio.examples.dir", "../../examples"), "c",
                "pl011_console.c"), StandardCharsets.UTF_8);
        IFile driver = project.getFile("pl011_console.c");
        driver.create(new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)), true, null);
        int writeLine = lineOf(source, "IoWriteMmReg32(uart + offset, value);");
        ILaunch launch = DriverLaunchShortcut.configurationFor(driver).launch(ILaunchManager.RUN_MODE, null);
        waitUntil(launch::isTerminated, "the driver to run to its end");
        assertEquals(null, launch.getDebugTarget(), "a plain run, no debugger");
        Simulator sim = registry.active().orElseThrow().simulator();

        AccessTraceView view = show();
        Table table = view.getViewer().getTable();
        waitUntil(() -> table.getItemCount() == sim.trace().size(), "the driver's events");
        String shown = "pl011_console.c:" + writeLine;
        int write = column(table, AccessTraceView.SOURCE).indexOf(shown);
        assertTrue(write >= 0, "a write names its line");
        long length = sim.traceLength();
        page.activate(view);
        table.setSelection(write);
        table.notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of("Open Source\tF3"), contextMenu(table), "nothing to go back in");
        table.notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();
        ITextEditor editor = (ITextEditor) page.getActiveEditor();
        assertEquals(driver, editor.getEditorInput().getAdapter(IFile.class), "the double-click opened the driver");
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        assertEquals(writeLine - 1, doc.getLineOfOffset(((ITextSelection) editor.getSelectionProvider()
                .getSelection()).getOffset()), "at the line of the write");
        assertEquals(length, sim.traceLength(), "the simulation is where the run left it");
    }
}
