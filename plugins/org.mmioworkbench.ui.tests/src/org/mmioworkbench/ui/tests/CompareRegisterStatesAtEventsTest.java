package org.mmioworkbench.ui.tests;

import static org.mmioworkbench.ui.tests.DebugLaunches.defaultPerspectivePrompt;
import static org.mmioworkbench.ui.tests.DebugLaunches.endLaunches;
import static org.mmioworkbench.ui.tests.DebugLaunches.suspended;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.ui.tests.Workbench.processEvents;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.core.state.RegisterState;
import org.mmioworkbench.debug.core.DriverLaunchDelegate;
import org.mmioworkbench.debug.core.DriverLineBreakpoint;
import org.mmioworkbench.debug.ui.DriverLaunchShortcut;
import org.mmioworkbench.ui.internal.handlers.CompareRegisterStatesHandler;
import org.mmioworkbench.ui.internal.views.AccessTraceView;

/**
 * Compare Register State at These Events in a real workbench: two rows of the Access Trace view, made by a driver
 * suspended in the debugger, open the decoded diff of the board's registers right after each, and the driver stays
 * where it was.
 */
class CompareRegisterStatesAtEventsTest {
    private static final String DIALOG = "Compare Register States";

    private IWorkbenchPage page;

    @BeforeEach
    void mmioPerspective() {
        page = DebugLaunches.mmioPerspective();
    }

    @AfterEach
    void cleanUp() throws Exception {
        endLaunches(ResourcesPlugin.getWorkspace().getRoot().getProject("compared"));
        org.eclipse.ui.IViewPart open = page.findView(AccessTraceView.ID);
        if (open != null) {
            page.hideView(open);
        }
        processEvents();
        defaultPerspectivePrompt();
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

    private static Table tableIn(Control c) {
        if (c instanceof Table t) {
            return t;
        }
        if (c instanceof Composite parent) {
            for (Control child : parent.getChildren()) {
                Table t = tableIn(child);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    @Test
    void twoEventsOfASuspendedDriverCompareTheirRegistersDecodedAndTheDriverStaysWhereItWas() throws Exception {
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "never");
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_to_perspective", "never");
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("compared");
        project.create(null);
        project.open(null);
        String source = Files.readString(Path.of(System.getProperty("mmio.examples.dir", "../../examples"), "c",
                "pl011_console.c"), StandardCharsets.UTF_8);
        IFile driver = project.getFile("pl011_console.c");
        driver.create(new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)), true, null);
        DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(new DriverLineBreakpoint(driver,
                lineOf(source, "uart_write(UARTDR, (uint8_t)c);")));
        ILaunchConfigurationWorkingCopy wc = DriverLaunchShortcut.configurationFor(driver).getWorkingCopy();
        wc.setAttribute(DriverLaunchDelegate.ATTR_STOP_AT_START, false);
        ILaunch launch = wc.doSave().launch(ILaunchManager.DEBUG_MODE, null);
        IThread thread = suspended(launch);
        int line = thread.getTopStackFrame().getLineNumber();
        Simulator sim = Adapters.adapt(thread, SimulationSession.class).simulator();
        long traceLength = sim.traceLength();
        RegisterState now = RegisterState.capture(sim, List.of());

        AccessTraceView view = (AccessTraceView) page.showView(AccessTraceView.ID);
        Table table = view.getViewer().getTable();
        waitUntil(() -> table.getItemCount() == sim.trace().size(), "the driver's events");
        List<TraceEvent> trace = sim.trace();
        List<Integer> writes = new ArrayList<>(); // uart_init's two writes of UARTCR: 0, then UARTEN | TXE | RXE
        for (int i = 0; i < trace.size(); i++) {
            TraceEvent e = trace.get(i);
            if (e.register().equals("UART0.UARTCR") && e.operation().startsWith("IoWrite")) {
                writes.add(i);
            }
        }
        assertEquals(2, writes.size(), "uart_init writes UARTCR twice");
        long disable = trace.get(writes.get(0)).seq();
        long enable = trace.get(writes.get(1)).seq();
        assertEquals(Long.toString(disable), table.getItem(writes.get(0)).getText(AccessTraceView.SEQ));
        assertEquals(Long.toString(enable), table.getItem(writes.get(1)).getText(AccessTraceView.SEQ));

        Command command = PlatformUI.getWorkbench().getService(ICommandService.class)
                .getCommand(CompareRegisterStatesHandler.COMMAND);
        page.activate(view);
        table.setSelection(new int[] {writes.get(1), writes.get(0)});
        table.notifyListeners(SWT.Selection, new Event());
        processEvents();
        assertEquals(2, view.getViewer().getStructuredSelection().size());

        // the dialog is modal: read it, and close it, from the event loop it runs
        List<String> rows = new ArrayList<>();
        Display display = table.getDisplay();
        Runnable[] look = {null};
        look[0] = () -> {
            for (Shell s : display.getShells()) {
                if (s.isVisible() && DIALOG.equals(s.getText())) {
                    Table t = tableIn(s);
                    for (TableItem item : t.getItems()) {
                        rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | "
                                + item.getText(3));
                    }
                    s.close();
                    return;
                }
            }
            display.timerExec(100, look[0]);
        };
        display.timerExec(100, look[0]);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command.getId(), null);
        processEvents();

        assertTrue(rows.stream().anyMatch(r -> r.startsWith("UART0.UARTCR | 0x0 | 0x301 | ")
                && r.contains("UARTEN") && r.contains("TXE") && r.contains("RXE")), rows.toString());
        assertEquals(1, rows.size(), "what uart_init writes between the two is what the kernel's console had set: "
                + rows);

        assertTrue(thread.isSuspended(), "the driver is still suspended");
        assertEquals(line, thread.getTopStackFrame().getLineNumber(), "at the same line");
        assertEquals(traceLength, sim.traceLength(), "with the same trace");
        assertEquals(now, RegisterState.capture(sim, List.of()), "and the same registers");
        waitUntil(() -> table.getItemCount() == sim.trace().size(), "the view to show the same events");

        table.setSelection(writes.get(0));
        table.notifyListeners(SWT.Selection, new Event());
        processEvents();
        assertThrows(NotEnabledException.class, () -> PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand(command.getId(), null), "one event: nothing to compare");
    }
}
