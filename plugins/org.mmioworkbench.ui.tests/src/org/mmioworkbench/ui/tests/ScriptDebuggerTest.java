package org.mmioworkbench.ui.tests;

import static org.mmioworkbench.ui.tests.DebugLaunches.console;
import static org.mmioworkbench.ui.tests.DebugLaunches.endLaunches;
import static org.mmioworkbench.ui.tests.DebugLaunches.example;
import static org.mmioworkbench.ui.tests.DebugLaunches.execute;
import static org.mmioworkbench.ui.tests.DebugLaunches.file;
import static org.mmioworkbench.ui.tests.DebugLaunches.noPerspectivePrompt;
import static org.mmioworkbench.ui.tests.DebugLaunches.project;
import static org.mmioworkbench.ui.tests.DebugLaunches.register;
import static org.mmioworkbench.ui.tests.DebugLaunches.suspended;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
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
import org.eclipse.debug.core.model.IThread;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.debug.core.DriverLaunchDelegate;
import org.mmioworkbench.debug.core.DriverRegisterWatchpoint;
import org.mmioworkbench.debug.core.MmioDebugModel;
import org.mmioworkbench.debug.ui.DriverEditor;
import org.mmioworkbench.debug.ui.DriverLaunchShortcut;
import org.mmioworkbench.ui.internal.views.RegisterEditorView;

/**
 * The driver debugger on a {@code *.mmio} script in a real workbench: {@code examples/pl011_hello.mmio} opened in
 * the driver-code editor, a ruler breakpoint, Debug As, the script's variables and the board's registers, stepping
 * over an access and back, a register watchpoint, the console, and a syntax error as a Problems marker. The script
 * runs on the same debug engine as a C driver (lowered onto the C interpreter).
 */
class ScriptDebuggerTest {

    private IProject project;
    private IFile script;

    @BeforeEach
    void createScript() throws Exception {
        noPerspectivePrompt();
        project = project("scripts");
        script = file(project, "pl011_hello.mmio", example("pl011_hello.mmio"));
    }

    @AfterEach
    void cleanUp() throws Exception {
        endLaunches(project);
    }

    private int lineOf(String text) throws Exception {
        return DebugLaunches.lineOf(script, text);
    }

    private static Map<String, String> variables(IThread thread) throws CoreException {
        return Arrays.stream(thread.getTopStackFrame().getVariables())
                .collect(Collectors.toMap(DebugLaunches::name, DebugLaunches::value));
    }

    private ILaunchConfiguration configuration(boolean stopAtStart) throws CoreException {
        ILaunchConfigurationWorkingCopy wc = DriverLaunchShortcut.configurationFor(script).getWorkingCopy();
        wc.setAttribute(DriverLaunchDelegate.ATTR_STOP_AT_START, stopAtStart);
        return wc.doSave();
    }

    @Test
    void aRulerBreakpointSuspendsTheScriptAndStepsOverAnAccessAndBackShowTheRegisterThenItRunsToItsEnd()
            throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart editor = IDE.openEditor(page, script);
        assertInstanceOf(DriverEditor.class, editor, "scripts open in the driver-code editor");
        int enable = lineOf("IoWriteMmReg32(base + UARTCR, UARTCR_UARTEN");
        ITextEditor text = (ITextEditor) editor;
        IDocument doc = text.getDocumentProvider().getDocument(text.getEditorInput());
        text.selectAndReveal(doc.getLineOffset(enable - 1), 0);
        execute("org.eclipse.debug.ui.commands.ToggleLineBreakpoint"); // the ruler's toggle target, Ctrl+Shift+B
        IBreakpoint[] bps = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(MmioDebugModel.ID);
        assertEquals(1, bps.length, "a script line takes a driver breakpoint");
        assertEquals(enable, ((ILineBreakpoint) bps[0]).getLineNumber());
        assertEquals(script, bps[0].getMarker().getResource());

        ILaunch launch = configuration(false).launch(ILaunchManager.DEBUG_MODE, null);
        IThread thread = suspended(launch);
        assertEquals(enable, thread.getTopStackFrame().getLineNumber());
        assertEquals(bps[0], thread.getBreakpoints()[0]);
        assertTrue(thread.getTopStackFrame().getName().endsWith("pl011_hello.mmio:" + enable),
                thread.getTopStackFrame().getName());
        Map<String, String> vars = variables(thread);
        assertEquals("0", vars.get("rc"), "the script's variables: " + vars);
        assertEquals("274877906944", vars.get("base"), "where KnIoMapMem mapped UART0: " + vars);
        assertEquals("0x00000000", register(thread, "UART0", "UARTCR").getValue().getValueString(),
                "the script disabled the UART before programming it");

        thread.stepOver();
        thread = suspended(launch);
        assertEquals(lineOf("for (uint64_t msg"), thread.getTopStackFrame().getLineNumber());
        IRegister cr = register(thread, "UART0", "UARTCR");
        assertEquals("0x00000301", cr.getValue().getValueString(), "the write enabled TX, RX and the UART");
        assertTrue(cr.hasValueChanged(), "the Registers view highlights what the step changed");

        execute("org.mmioworkbench.debug.ui.stepBack"); // Shift+F6
        thread = suspended(launch);
        assertEquals(enable, thread.getTopStackFrame().getLineNumber());
        assertEquals("0x00000000", register(thread, "UART0", "UARTCR").getValue().getValueString(),
                "going back restores the register");

        bps[0].delete();
        thread.resume();
        waitUntil(launch::isTerminated, "the script to end");
        IProcess process = launch.getProcesses()[0];
        assertEquals(0, process.getExitValue());
        waitUntil(() -> console(process).contains("hello\n"), "the console to show what the UART sent");
        assertTrue(console(process).startsWith("hello\n"), "once, though the script went back: " + console(process));
    }

    @Test
    void aRegisterWatchpointStopsTheScriptAtTheWriteAndASyntaxErrorIsAProblemMarker() throws Exception {
        ILaunch launch = configuration(true).launch(ILaunchManager.DEBUG_MODE, null);
        IThread thread = suspended(launch);
        assertEquals(lineOf("IoMemHandles uart;"), thread.getTopStackFrame().getLineNumber(), "at the first statement");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RegisterEditorView editor = (RegisterEditorView) page.showView(RegisterEditorView.ID);
        Tree tree = editor.getViewer().getTree();
        waitUntil(() -> tree.getItemCount() > 0, "the Register Editor to show the session");
        TreeItem row = TreeRows.row(tree, "UART0", "UARTCR");
        TreeRows.select(tree, row);
        execute("org.mmioworkbench.debug.ui.watchRegisterWrites");
        DriverRegisterWatchpoint w = assertInstanceOf(DriverRegisterWatchpoint.class,
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(MmioDebugModel.ID)[0]);
        thread.resume();
        thread = suspended(launch);
        assertEquals(w, thread.getBreakpoints()[0]);
        assertEquals(lineOf("IoWriteMmReg32(base + UARTCR, 0)"), thread.getTopStackFrame().getLineNumber(),
                "at the write that disables the UART");
        assertEquals("0x00000000", register(thread, "UART0", "UARTCR").getValue().getValueString());
        assertEquals("watchpoint UART0.UARTCR: IoWriteMmReg32 <- 0x0", MmioDebugModel.suspension(thread));
        w.delete();
        thread.terminate();
        waitUntil(launch::isTerminated, "the script to end");

        script.setContents(new ByteArrayInputStream("x = 1\ny = (2\n".getBytes(StandardCharsets.UTF_8)), true, false,
                null);
        CoreException e = assertThrows(CoreException.class,
                () -> configuration(true).launch(ILaunchManager.DEBUG_MODE, null));
        assertTrue(e.getStatus().getMessage().contains("pl011_hello.mmio:"), e.getStatus().getMessage());
        IMarker[] markers = script.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
        assertTrue(markers.length >= 1, "the syntax error is marked");
        assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
    }
}
