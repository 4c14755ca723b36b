package org.mmioworkbench.ui.tests;

import static org.mmioworkbench.ui.tests.DebugLaunches.console;
import static org.mmioworkbench.ui.tests.DebugLaunches.endLaunches;
import static org.mmioworkbench.ui.tests.DebugLaunches.example;
import static org.mmioworkbench.ui.tests.DebugLaunches.execute;
import static org.mmioworkbench.ui.tests.DebugLaunches.file;
import static org.mmioworkbench.ui.tests.DebugLaunches.functions;
import static org.mmioworkbench.ui.tests.DebugLaunches.name;
import static org.mmioworkbench.ui.tests.DebugLaunches.noPerspectivePrompt;
import static org.mmioworkbench.ui.tests.DebugLaunches.project;
import static org.mmioworkbench.ui.tests.DebugLaunches.register;
import static org.mmioworkbench.ui.tests.DebugLaunches.suspended;
import static org.mmioworkbench.ui.tests.DebugLaunches.thread;
import static org.mmioworkbench.ui.tests.DebugLaunches.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.ui.tests.Workbench.processEvents;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.ILineBreakpoint;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IRegister;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsoleView;
import org.eclipse.ui.console.IOConsole;
import org.eclipse.ui.console.TextConsolePage;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.debug.RegisterWatch;
import org.mmioworkbench.debug.core.DriverLaunchDelegate;
import org.mmioworkbench.debug.core.DriverLineBreakpoint;
import org.mmioworkbench.debug.core.DriverRegisterWatchpoint;
import org.mmioworkbench.debug.core.MmioDebugModel;
import org.mmioworkbench.debug.console.DebugCommands;
import org.mmioworkbench.debug.ui.DebuggerConsole;
import org.mmioworkbench.debug.ui.DriverBreakpointPage;
import org.mmioworkbench.debug.ui.DriverEditor;
import org.mmioworkbench.debug.ui.DriverLaunchShortcut;
import org.mmioworkbench.debug.ui.DriverMainTab;
import org.mmioworkbench.ui.internal.views.DiagnosticsView;
import org.mmioworkbench.ui.internal.views.RegisterEditorView;

/**
 * The driver debugger in a real workbench: a C driver from {@code examples/c} opened in the driver-code editor, a
 * breakpoint toggled at the caret, Debug As, the C call stack and its variables, stepping forward and back with the
 * workbench's commands, the console, the Problems view, and the simulation session the MMIO views follow.
 */
class DriverDebuggerTest {

    private IProject project;
    private IFile driver;

    @BeforeEach
    void createDriver() throws Exception {
        noPerspectivePrompt();
        project = project("drivers");
        driver = file(project, "pl011_console.c", example("c/pl011_console.c"));
    }

    @AfterEach
    void cleanUp() throws Exception {
        endLaunches(project);
    }

    private int lineOf(String text) throws Exception {
        return DebugLaunches.lineOf(driver, text);
    }

    private ILaunchConfiguration configuration(boolean stopAtStart) throws CoreException {
        ILaunchConfigurationWorkingCopy wc = DriverLaunchShortcut.configurationFor(driver).getWorkingCopy();
        wc.setAttribute(DriverLaunchDelegate.ATTR_STOP_AT_START, stopAtStart);
        return wc.doSave();
    }

    @Test
    void aBreakpointToggledAtTheCaretSuspendsTheDriverInItsCCallStackAndStepsGoForwardAndBack() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId("org.mmioworkbench.ui.perspective"));
        IEditorPart editor = IDE.openEditor(page, driver);
        assertInstanceOf(DriverEditor.class, editor, "C files open in the driver-code editor");
        int line = lineOf("uart_write(UARTDR, (uint8_t)c);");
        ITextEditor text = (ITextEditor) editor;
        IDocument doc = text.getDocumentProvider().getDocument(text.getEditorInput());
        text.selectAndReveal(doc.getLineOffset(line - 1) + 4, 0);
        execute("org.eclipse.debug.ui.commands.ToggleLineBreakpoint"); // Ctrl+Shift+B
        IBreakpoint[] bps = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(MmioDebugModel.ID);
        assertEquals(1, bps.length);
        assertEquals(line, ((ILineBreakpoint) bps[0]).getLineNumber());
        assertEquals(driver, bps[0].getMarker().getResource());

        ILaunch launch = configuration(false).launch(ILaunchManager.DEBUG_MODE, null);
        IThread thread = suspended(launch);
        assertEquals(List.of("uart_putc", "uart_puts", "main"), functions(thread));
        IStackFrame top = thread.getTopStackFrame();
        assertEquals(line, top.getLineNumber());
        assertEquals("uart_putc(c=104) at pl011_console.c:" + line, top.getName(), "'h' is the first character");
        assertEquals(bps[0], thread.getBreakpoints()[0]);
        IVariable s = thread.getStackFrames()[1].getVariables()[0];
        assertEquals("s", s.getName());
        assertEquals("const char *", s.getReferenceTypeName());
        assertTrue(s.getValue().getValueString().endsWith(" \"hello from the PL011 console driver\\n\""),
                s.getValue().getValueString());
        SimulationSession session = Adapters.adapt(top, SimulationSession.class);
        assertNotNull(session, "a frame adapts to its simulation session, which the MMIO views follow");
        assertEquals(session, SessionRegistry.getDefault().active().orElseThrow());
        assertEquals("qemu-virt", session.board().name());
        IRegisterGroup uart = Arrays.stream(top.getRegisterGroups()).filter(g -> name(g).startsWith("UART0")).findFirst().orElseThrow();
        assertEquals("UART0 @ 0x09000000", name(uart));
        IRegister ibrd = Arrays.stream(uart.getRegisters()).filter(r -> name(r).equals("UARTIBRD")).findFirst()
                .orElseThrow();
        assertEquals("0x0000000d", ibrd.getValue().getValueString(), "uart_init set the divisor for 115200 baud");
        IRegister cr = Arrays.stream(uart.getRegisters()).filter(r -> name(r).equals("UARTCR")).findFirst()
                .orElseThrow();
        assertEquals(List.of("UARTEN = 1", "TXE = 1", "RXE = 1"), Arrays.stream(cr.getValue().getVariables())
                .filter(f -> List.of("UARTEN", "TXE", "RXE").contains(name(f)))
                .map(f -> name(f) + " = " + value(f)).toList(), "a register's fields are its children");
        Workbench.screenshot("debugging-a-driver.png");

        thread.stepOver();
        thread = suspended(launch);
        assertEquals(line + 1, thread.getTopStackFrame().getLineNumber(), "at the function's closing brace, as gdb");
        thread.stepOver();
        thread = suspended(launch);
        assertEquals(List.of("uart_puts", "main"), functions(thread), "step over the closing brace returns");
        execute("org.mmioworkbench.debug.ui.stepBack"); // Shift+F6, on the Debug view's selection
        thread = suspended(launch);
        assertEquals(List.of("uart_putc", "uart_puts", "main"), functions(thread), "step back enters the call again");
        assertEquals(line + 1, thread.getTopStackFrame().getLineNumber());
        thread.stepReturn();
        thread = suspended(launch);
        assertEquals("uart_puts", functions(thread).get(0));

        bps[0].delete();
        thread.resume();
        waitUntil(launch::isTerminated, "the driver to end");
        IProcess process = launch.getProcesses()[0];
        assertEquals(0, process.getExitValue());
        waitUntil(() -> console(process).contains("72 characters sent"), "the console to show the output");
        String shown = console(process);
        assertTrue(shown.startsWith("hello from the PL011 console driver\n115200 8N1, FIFOs on\nIBRD=13 FBRD=1\n"),
                "the UART's output, once, even though the driver went back over a character: " + shown);
        assertTrue(SessionRegistry.getDefault().sessions().contains(session),
                "the session stays for its registers to be inspected");
        DebugPlugin.getDefault().getLaunchManager().removeLaunch(launch);
        assertFalse(SessionRegistry.getDefault().sessions().contains(session), "removing the launch ends it");
    }

    private static IOConsole debuggerConsole(ILaunch launch) {
        if (launch.getDebugTarget() == null) {
            return null;
        }
        String title = "MMIO Debugger Console [" + launchName(launch) + "]";
        for (IConsole c : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
            if (c instanceof DebuggerConsole d && c.getName().equals(title)) {
                return d;
            }
        }
        return null;
    }

    private static String launchName(ILaunch launch) {
        try {
            return launch.getDebugTarget().getName();
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Types a command line into a console as a user does (the typed text enters its document after the prompt, the
     * line break sends it) and returns the answer, once the next prompt shows.
     */
    private static String type(IOConsole console, String line) throws Exception {
        IDocument doc = console.getDocument();
        doc.replace(doc.getLength(), 0, line);
        return enter(console);
    }

    /** Presses Enter in a console: what was typed after the prompt goes; returns the answer. */
    private static String enter(IOConsole console) throws Exception {
        IDocument doc = console.getDocument();
        int before = doc.getLength();
        doc.replace(before, 0, "\n");
        int sent = before + 1;
        waitUntil(() -> doc.getLength() > sent && doc.get().endsWith(DebugCommands.PROMPT),
                "the answer; the console shows:\n" + doc.get());
        String all = doc.get();
        return all.substring(sent, all.length() - DebugCommands.PROMPT.length());
    }

    /** Presses a key in the console's page, as a user at the keyboard. */
    private static void press(StyledText widget, int keyCode) {
        Event key = new Event();
        key.keyCode = keyCode;
        widget.notifyListeners(SWT.KeyDown, key);
        processEvents();
    }

    /** The rows of the Variables view's tree: each top-level row's columns joined by " | ". */
    private static List<String> variablesViewRows(IWorkbenchPage page) throws Exception {
        IViewPart view = page.showView(IDebugUIConstants.ID_VARIABLE_VIEW);
        Tree tree = (Tree) ((IDebugView) view).getViewer().getControl();
        List<String> rows = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            StringBuilder row = new StringBuilder(item.getText(0));
            for (int i = 1; i < Math.max(1, tree.getColumnCount()); i++) {
                row.append(" | ").append(item.getText(i));
            }
            rows.add(row.toString());
        }
        return rows;
    }

    @Test
    void theDebuggerConsoleTakesGdbCommandsAndTheDebugViewAndVariablesViewFollowThem() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        int line = lineOf("uart_write(UARTDR, (uint8_t)c);");
        ILaunch launch = configuration(true).launch(ILaunchManager.DEBUG_MODE, null);
        suspended(launch);
        waitUntil(() -> debuggerConsole(launch) != null, "the launch's MMIO Debugger Console");
        IOConsole console = debuggerConsole(launch);
        waitUntil(() -> console.getDocument().get().endsWith(DebugCommands.PROMPT), "the console's first prompt: "
                + console.getDocument().get());
        assertTrue(console.getDocument().get().startsWith("C driver paused before its first statement;"),
                console.getDocument().get());

        assertEquals("Breakpoint 1 at " + line + "\n", type(console, "break " + line));
        String stop = type(console, "continue");
        assertTrue(stop.contains("Breakpoint 1, uart_putc (c=104) at "), stop);
        assertTrue(stop.endsWith(line + "\tuart_write(UARTDR, (uint8_t)c);\n"), stop);
        IThread suspendedThread = suspended(launch);
        waitUntil(() -> DebugUITools.getDebugContext() instanceof IStackFrame f && lineNumber(f) == line,
                "the Debug view to select the frame at the breakpoint");
        assertEquals("uart_putc(c=104) at pl011_console.c:" + line, suspendedThread.getTopStackFrame().getName());

        String answer = type(console, "print c");
        IVariable c = suspendedThread.getTopStackFrame().getVariables()[0];
        assertEquals("c", c.getName());
        assertEquals("$ = " + value(c) + "\n", answer, "the console and the debug model show one value");
        waitUntil(() -> {
            try {
                return variablesViewRows(page).stream().anyMatch(r -> r.startsWith("c") && r.contains(value(c)));
            } catch (Exception e) {
                return false;
            }
        }, "the Variables view to show c = " + value(c));

        // Up and Down recall the lines typed before, as in a terminal
        IConsoleView consoles = (IConsoleView) page.showView(IConsoleConstants.ID_CONSOLE_VIEW);
        consoles.display(console);
        processEvents();
        StyledText widget = ((TextConsolePage) ((PageBookView) consoles).getCurrentPage()).getViewer()
                .getTextWidget();
        widget.setCaretOffset(widget.getCharCount());
        press(widget, SWT.ARROW_UP);
        assertTrue(console.getDocument().get().endsWith(DebugCommands.PROMPT + "print c"), "Up: the last line");
        press(widget, SWT.ARROW_UP);
        press(widget, SWT.ARROW_UP);
        assertTrue(console.getDocument().get().endsWith(DebugCommands.PROMPT + "break " + line), "Up, Up: the first");
        press(widget, SWT.ARROW_DOWN);
        press(widget, SWT.ARROW_DOWN);
        assertTrue(console.getDocument().get().endsWith(DebugCommands.PROMPT + "print c"), "Down, Down: the last");
        assertEquals(answer, enter(console), "Enter runs the recalled line");

        String next = type(console, "next");
        assertEquals((line + 1) + "\t}\n", next);
        waitUntil(() -> DebugUITools.getDebugContext() instanceof IStackFrame f && lineNumber(f) == line + 1,
                "the Debug view to follow the console's next to line " + (line + 1));
        assertEquals(line + 1, suspended(launch).getTopStackFrame().getLineNumber());

        assertTrue(type(console, "print nosuch").lines().count() == 1, "an error is one line");
        assertEquals("The program is not being run.\n", typeAfterQuit(console, launch));
    }

    /** Types quit (which terminates the launch), then a command, which the ended driver cannot run. */
    private static String typeAfterQuit(IOConsole console, ILaunch launch) throws Exception {
        type(console, "quit");
        waitUntil(launch::isTerminated, "quit to terminate the launch");
        return type(console, "step");
    }

    private static int lineNumber(IStackFrame f) {
        try {
            return f.getLineNumber();
        } catch (CoreException e) {
            return -1;
        }
    }

    /**
     * Selects UART0.UARTCR in the Register Editor and runs Watch &gt; Writes. The suspend at main makes source lookup
     * open the driver's editor and activate it, asynchronously: this waits until the Register Editor is the active part
     * with the register selected, as when a user right-clicks the row.
     */
    private static void watchWritesOfUartcr(IWorkbenchPage page, RegisterEditorView editor, Tree tree)
            throws Exception {
        Command watchWrites = PlatformUI.getWorkbench().getService(ICommandService.class)
                .getCommand("org.mmioworkbench.debug.ui.watchRegisterWrites");
        waitUntil(() -> {
            if (!watchWrites.isEnabled()) {
                page.activate(editor);
                TreeRows.select(tree, TreeRows.row(tree, "UART0", "UARTCR"));
            }
            return watchWrites.isEnabled();
        }, "Watch > Writes to be enabled for the register selected in the active Register Editor");
        execute("org.mmioworkbench.debug.ui.watchRegisterWrites");
    }

    @Test
    void aWatchpointFromTheRegisterEditorStopsAtTheWriteAndStepBackRestoresTheRegister() throws Exception {
        ILaunch launch = configuration(true).launch(ILaunchManager.DEBUG_MODE, null);
        suspended(launch); // at the start of main: the session is the active one
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RegisterEditorView editor = (RegisterEditorView) page.showView(RegisterEditorView.ID);
        Tree tree = editor.getViewer().getTree();
        waitUntil(() -> tree.getItemCount() > 0, "the Register Editor to show the session");
        watchWritesOfUartcr(page, editor, tree); // Watch > Writes in its context menu
        IBreakpoint[] bps = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(MmioDebugModel.ID);
        assertEquals(1, bps.length);
        DriverRegisterWatchpoint w = assertInstanceOf(DriverRegisterWatchpoint.class, bps[0]);
        assertEquals("UART0.UARTCR", w.qualifiedName());
        watchWritesOfUartcr(page, editor, tree);
        assertEquals(1, DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(MmioDebugModel.ID).length,
                "the same watchpoint once");

        IThread thread = thread(launch);
        assertEquals("0x00000301", register(thread, "UART0", "UARTCR").getValue().getValueString(),
                "as the kernel left it: enabled, 8N1 (the Registers view reads it at each suspend)");
        thread.resume();
        thread = suspended(launch);
        assertEquals(w, thread.getBreakpoints()[0]);
        assertEquals(List.of("uart_write", "uart_init", "main"), functions(thread), "at the write, in its statement");
        assertEquals(lineOf("IoWriteMmReg32(uart + offset, value);"), thread.getTopStackFrame().getLineNumber());
        IRegister uartcr = register(thread, "UART0", "UARTCR");
        assertEquals("0x00000000", uartcr.getValue().getValueString(), "uart_init disables the UART first");
        assertTrue(uartcr.hasValueChanged(), "the Registers view highlights what the write changed");
        waitUntil(() -> TreeRows.row(tree, "UART0", "UARTCR").getText(RegisterEditorView.VALUE).equals("0x00000000"),
                "the Register Editor to show the written value");
        for (int refresh = 0; refresh < 3; refresh++) {
            editor.refresh(); // however often it refreshes while suspended, the stop is the debugger's suspend
            assertEquals(editor.highlightColor(),
                    TreeRows.row(tree, "UART0", "UARTCR").getBackground(RegisterEditorView.VALUE).getRGB(),
                    "the Register Editor highlights what changed since the last suspend, as the Registers view does");
        }
        assertFalse(TreeRows.row(tree, "UART0", "UARTFR").getBackground(RegisterEditorView.VALUE).getRGB()
                .equals(editor.highlightColor()), "and nothing that did not change");

        execute("org.mmioworkbench.debug.ui.stepBack");
        thread = suspended(launch);
        assertEquals("0x00000301", register(thread, "UART0", "UARTCR").getValue().getValueString(),
                "going back restores the register as the kernel left it");
        waitUntil(() -> TreeRows.row(tree, "UART0", "UARTCR").getText(RegisterEditorView.VALUE).equals("0x00000301"),
                "the Register Editor to show the restored value");

        DriverRegisterWatchpoint any = new DriverRegisterWatchpoint("UART0", "UARTCR", null,
                RegisterWatch.Access.ACCESS);
        DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(any);
        execute("org.mmioworkbench.debug.ui.stepToAccess"); // Alt+F5: the write again, in the middle of its statement
        thread = suspended(launch);
        assertEquals(List.of("uart_write", "uart_init", "main"), functions(thread));
        assertEquals("0x00000000", register(thread, "UART0", "UARTCR").getValue().getValueString());
        assertEquals("watchpoint UART0.UARTCR: IoWriteMmReg32 <- 0x0", MmioDebugModel.suspension(thread),
                "the watchpoints are at that access too");
        assertEquals(Set.of(w, any), Set.of(thread.getBreakpoints()), "both watchpoints the write hit");

        any.delete();
        w.delete();
        thread.resume();
        waitUntil(launch::isTerminated, "the driver to end");
        assertEquals(0, launch.getProcesses()[0].getExitValue());
    }

    @Test
    void aConditionAndHitCountSetInTheBreakpointsPropertiesApplyToTheRunningDriver() throws Exception {
        int line = lineOf("uart_write(UARTDR, (uint8_t)c);");
        DriverLineBreakpoint b = new DriverLineBreakpoint(driver, line);
        DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(b);
        ILaunch launch = configuration(false).launch(ILaunchManager.DEBUG_MODE, null);
        IThread thread = suspended(launch);
        assertEquals("uart_putc(c=104) at pl011_console.c:" + line, thread.getTopStackFrame().getName());

        PreferenceDialog dialog = PreferencesUtil.createPropertyDialogOn(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), b,
                "org.mmioworkbench.debug.ui.breakpointProperties", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        DriverBreakpointPage page = (DriverBreakpointPage) dialog.getSelectedPage();
        page.set("c == 'I'", 2); // as typed: the second 'I' ("FIFOs", then "IBRD")
        assertTrue(page.performOk());
        dialog.close();
        assertEquals("c == 'I'", b.condition());
        assertEquals(2, b.hitCount());

        thread.resume();
        thread = suspended(launch);
        assertEquals(List.of("uart_putc", "uart_puts", "main"), functions(thread));
        assertEquals("uart_putc(c=73) at pl011_console.c:" + line, thread.getTopStackFrame().getName(),
                MmioDebugModel.suspension(thread) + "; " + console(launch.getProcesses()[0]));
        IVariable s = thread.getStackFrames()[1].getVariables()[0];
        assertTrue(value(s).endsWith(" \"IBRD=13 FBRD=1\\n\""), "the second 'I' is the one of IBRD: " + value(s));
    }

    @Test
    void theMainTabShowsAndAppliesTheDriverTheBoardAndTheProcessAndSaysWhatIsWrong() throws Exception {
        ILaunchConfigurationWorkingCopy wc = DriverLaunchShortcut.configurationFor(driver).getWorkingCopy();
        Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        try {
            DriverMainTab tab = new DriverMainTab();
            tab.createControl(shell);
            tab.initializeFrom(wc);
            Text file = (Text) controls(shell).stream().filter(Text.class::isInstance).findFirst().orElseThrow();
            assertEquals("/drivers/pl011_console.c", file.getText());
            assertTrue(button(shell, "As the driver").getSelection(), "the board the driver names, by default");
            assertTrue(tab.isValid(wc), String.valueOf(tab.getErrorMessage()));

            select(button(shell, "Built-in"));
            Combo boards = (Combo) controls(shell).stream().filter(Combo.class::isInstance).findFirst().orElseThrow();
            boards.select(Arrays.asList(boards.getItems()).indexOf("rpi4b"));
            boards.notifyListeners(SWT.Selection, new Event());
            Text process = (Text) controls(shell).stream().filter(c -> c instanceof Text t
                    && "the file's name without .c".equals(t.getMessage())).findFirst().orElseThrow();
            process.setText("uart");
            tab.performApply(wc);
            assertEquals("rpi4b", wc.getAttribute(MmioDebugModel.ATTR_BOARD, ""));
            assertEquals("uart", wc.getAttribute(MmioDebugModel.ATTR_PROCESS, ""));

            process.setText("kernel");
            assertFalse(tab.isValid(wc));
            assertTrue(tab.getErrorMessage().startsWith("'kernel' cannot name a process"), tab.getErrorMessage());
            process.setText("uart");
            file.setText("/drivers/missing.c");
            assertFalse(tab.isValid(wc));
            assertEquals("The workspace has no file /drivers/missing.c.", tab.getErrorMessage());
            file.setText("/drivers/pl011_console.c");
            assertTrue(tab.isValid(wc), String.valueOf(tab.getErrorMessage()));
        } finally {
            shell.dispose();
        }
        wc.setAttribute(DriverLaunchDelegate.ATTR_STOP_AT_START, true);
        ILaunch launch = wc.doSave().launch(ILaunchManager.DEBUG_MODE, null);
        IThread thread = suspended(launch);
        assertEquals("process uart", thread.getName());
        assertEquals("rpi4b", Adapters.adapt(thread, SimulationSession.class).board().name());
    }

    private static List<Control> controls(Composite parent) {
        List<Control> all = new ArrayList<>();
        for (Control c : parent.getChildren()) {
            all.add(c);
            if (c instanceof Composite k) {
                all.addAll(controls(k));
            }
        }
        return all;
    }

    private static Button button(Composite parent, String textStart) {
        return (Button) controls(parent).stream().filter(c -> c instanceof Button b
                && b.getText().replace("&", "").startsWith(textStart)).findFirst().orElseThrow();
    }

    private static void select(Button radio) {
        Composite group = radio.getParent();
        for (Control c : group.getChildren()) {
            if (c instanceof Button b && (b.getStyle() & SWT.RADIO) != 0) {
                b.setSelection(b == radio);
            }
        }
        radio.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void terminateStopsADriverThatNeverEnds() throws Exception {
        driver.setContents(new ByteArrayInputStream("""
                int main(void)
                {
                    volatile unsigned long n = 0;
                    for (;;)
                        n++;
                }
                """.getBytes(StandardCharsets.UTF_8)), true, false, null);
        ILaunch debug = configuration(false).launch(ILaunchManager.DEBUG_MODE, null);
        IThread thread = thread(debug);
        assertFalse(thread.isSuspended(), "it runs");
        thread.suspend();
        thread = suspended(debug);
        int line = thread.getTopStackFrame().getLineNumber();
        assertTrue(line >= 3 && line <= 5, "suspended in main, however far the run got: line " + line);
        thread.resume();
        debug.terminate();
        waitUntil(debug::isTerminated, "the debugged driver to end");
        assertEquals(143, debug.getProcesses()[0].getExitValue(), "as a shell reports a process ended by SIGTERM");

        ILaunch run = configuration(false).launch(ILaunchManager.RUN_MODE, null);
        IProcess process = run.getProcesses()[0];
        assertFalse(process.isTerminated(), "it runs");
        process.terminate();
        waitUntil(run::isTerminated, "the driver to end");
        assertEquals(143, process.getExitValue());
        waitUntil(() -> console(process).contains("terminated"), "the console to say so");
    }

    @Test
    void runModeRunsTheDriverToItsEndWithItsConsoleAndNoDebugTarget() throws Exception {
        DriverLaunchShortcut.configurationFor(driver); // Run As > MMIO Driver makes it on first use
        ILaunch launch = configuration(true).launch(ILaunchManager.RUN_MODE, null);
        assertNull(launch.getDebugTarget());
        waitUntil(launch::isTerminated, "the driver to end");
        IProcess process = launch.getProcesses()[0];
        assertEquals(0, process.getExitValue());
        waitUntil(() -> console(process).contains("72 characters sent\n"), "the console to show the output");
        assertEquals(1, DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations(
                DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(MmioDebugModel.LAUNCH_TYPE))
                .length, "one configuration per driver file");
    }

    @Test
    void textTypedIntoTheConsoleReachesTheUartAndAKernelDiagnosticMarksItsLine() throws Exception {
        driver.setContents(new ByteArrayInputStream("""
                #include <coresrv/io/mmio.h>
                #include <stdint.h>
                #include <stdio.h>
                int main(void)
                {
                    IoMemHandles io;
                    void *base = NULL;
                    KnIoMemHandlesClear(&io);
                    Retcode rc = KnRegisterPhyMem(0x09000000, 0x1000, 0, &io.rid); /* the kernel's console */
                    rc = KnRegisterPhyMem(0x09000000, 0x1000, MMIO_K_SHARED, &io.rid);
                    rc = KnIoMapMem(io.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &io.handle);
                    volatile uint32_t *uart = base;
                    while (uart[0x18 / 4] & (1u << 4)) /* UARTFR.RXFE: nothing received yet */
                        ;
                    printf("got %c\\n", (char) uart[0]);
                    return rc;
                }
                """.getBytes(StandardCharsets.UTF_8)), true, false, null);
        ILaunch launch = configuration(true).launch(ILaunchManager.RUN_MODE, null);
        IProcess process = launch.getProcesses()[0];
        waitUntil(() -> console(process).contains("KERNEL_OWNS_REGION"), "the diagnostic on the console");
        assertFalse(launch.isTerminated(), "the driver waits for a character");
        process.getStreamsProxy().write("x");
        waitUntil(launch::isTerminated, "the driver to end");
        waitUntil(() -> console(process).contains("got x\n"), "the character the driver received");
        assertEquals(0, process.getExitValue());
        IMarker[] markers = driver.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length, "one marker for the one diagnostic");
        assertEquals(9, markers[0].getAttribute(IMarker.LINE_NUMBER, -1), "the registration without MMIO_K_SHARED");
        assertEquals(IMarker.SEVERITY_WARNING, markers[0].getAttribute(IMarker.SEVERITY, -1));
        assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").startsWith("KERNEL_OWNS_REGION: "),
                markers[0].getAttribute(IMarker.MESSAGE, ""));
        assertTrue(console(process).contains("diagnostic: " + driver.getLocation().toOSString() + ":9: ["),
                "the console names the line too: " + console(process));

        // the Diagnostics view lists it with its line, and opens the line
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        DiagnosticsView view = (DiagnosticsView) page.showView(DiagnosticsView.ID);
        Table table = view.getViewer().getTable();
        waitUntil(() -> table.getItemCount() == 1, "the diagnostic in the Diagnostics view");
        TableItem row = table.getItem(0);
        assertEquals("KERNEL_OWNS_REGION", row.getText(1));
        assertTrue(row.getText(2).startsWith("pl011_console"), row.getText(2));
        assertEquals("pl011_console.c:9", row.getText(3));
        table.setSelection(0);
        table.notifyListeners(SWT.DefaultSelection, new Event()); // a double-click, or Enter
        processEvents();
        ITextEditor editor = (ITextEditor) page.getActiveEditor();
        assertEquals(driver, editor.getEditorInput().getAdapter(IFile.class));
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        assertEquals(8, doc.getLineOfOffset(((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset()),
                "at line 9");
    }

    @Test
    void savingADriverWithAnErrorMarksItsLineAndFixingItClearsTheMark() throws Exception {
        driver.setContents(new ByteArrayInputStream("int main(void)\n{\n    return missing;\n}\n"
                .getBytes(StandardCharsets.UTF_8)), true, false, null);
        Map<String, Object> m = onlyProblem(driver, "the error marked on save");
        assertEquals(3, m.get(IMarker.LINE_NUMBER), String.valueOf(m));
        assertEquals("'missing' undeclared", m.get(IMarker.MESSAGE));
        driver.setContents(new ByteArrayInputStream("int main(void)\n{\n    return 0;\n}\n"
                .getBytes(StandardCharsets.UTF_8)), true, false, null);
        waitUntil(() -> problems(driver).length == 0, "the mark gone once fixed");

        IFile library = project.getFile("lib.c");
        library.create(new ByteArrayInputStream("static int twice(int x) { return 2 * x; }\nint use(void) {\n"
                .getBytes(StandardCharsets.UTF_8)), true, null);
        assertEquals(2, onlyProblem(library, "a file without main is checked too").get(IMarker.LINE_NUMBER),
                "not for lacking main");
        IFile script = project.getFile("blink.mmio");
        script.create(new ByteArrayInputStream("x = (1 + \n".getBytes(StandardCharsets.UTF_8)), true, null);
        waitUntil(() -> problems(script).length == 1, "a script is parsed on save");
    }

    /**
     * Waits for a file to have one problem marker and returns its attributes, read while it exists: the checker
     * replaces a file's markers each time it checks it, so a marker found may be gone a moment later.
     */
    private static Map<String, Object> onlyProblem(IFile f, String what) {
        List<Map<String, Object>> seen = new ArrayList<>(List.of(Map.of()));
        waitUntil(() -> {
            IMarker[] markers = problems(f);
            try {
                return markers.length == 1 && seen.set(0, markers[0].getAttributes()) != null;
            } catch (CoreException replaced) {
                return false;
            }
        }, what);
        return seen.get(0);
    }

    private static IMarker[] problems(IFile f) {
        try {
            return f.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aCompileErrorFailsTheLaunchWithItsPositionAndMarksTheLine() throws Exception {
        driver.setContents(new ByteArrayInputStream("int main(void)\n{\n    return missing;\n}\n"
                .getBytes(StandardCharsets.UTF_8)), true, false, null);
        int sessions = SessionRegistry.getDefault().sessions().size();
        CoreException e = assertThrows(CoreException.class,
                () -> configuration(true).launch(ILaunchManager.DEBUG_MODE, null));
        String message = e.getStatus().getMessage();
        assertTrue(message.endsWith("pl011_console.c:3:12: error: 'missing' undeclared"), message);
        IMarker[] markers = driver.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length);
        assertEquals(3, markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
        assertEquals(sessions, SessionRegistry.getDefault().sessions().size(), "no session for a driver that failed");

        driver.setContents(new ByteArrayInputStream("int main(void)\n{\n    return 0;\n}\n"
                .getBytes(StandardCharsets.UTF_8)), true, false, null);
        ILaunch launch = configuration(true).launch(ILaunchManager.RUN_MODE, null);
        waitUntil(launch::isTerminated, "the driver to end");
        assertEquals(0, driver.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO).length,
                "the next launch clears the marker");
    }

    @Test
    void theDriverSteppingCommandsHaveKeysAndAreDisabledWithoutASuspendedDriver() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        for (String id : List.of("org.mmioworkbench.debug.ui.stepBack", "org.mmioworkbench.debug.ui.runBack",
                "org.mmioworkbench.debug.ui.stepToAccess")) {
            Command c = commands.getCommand(id);
            assertTrue(c.isDefined(), id);
            assertFalse(c.isEnabled(), id + " without a driver to go back in");
        }
        Binding[] bindings = PlatformUI.getWorkbench().getService(IBindingService.class).getBindings();
        assertEquals(List.of("Shift+F6", "Shift+F8", "Alt+F5"), Stream.of("stepBack", "runBack", "stepToAccess")
                .map(c -> Arrays.stream(bindings).filter(b -> b.getParameterizedCommand() != null
                        && b.getParameterizedCommand().getId().equals("org.mmioworkbench.debug.ui." + c))
                        .map(b -> b.getTriggerSequence().format()).findFirst().orElse("none"))
                .toList());
    }
}
