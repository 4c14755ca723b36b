package org.mmioworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.ui.tests.Workbench.processEvents;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
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
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.TextConsole;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.session.SessionRegistry;
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
    private static final String DEBUG_PREFIX = "org.eclipse.debug.ui.";

    private IProject project;
    private IFile script;

    @BeforeEach
    void createScript() throws Exception {
        DebugUITools.getPreferenceStore().setValue(DEBUG_PREFIX + "switch_perspective_on_suspend", "always");
        DebugUITools.getPreferenceStore().setValue(DEBUG_PREFIX + "switch_to_perspective", "always");
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("scripts");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        script = project.getFile("pl011_hello.mmio");
        String dir = System.getProperty("mmio.examples.dir", "../../examples");
        script.create(new ByteArrayInputStream(Files.readAllBytes(Path.of(dir, "pl011_hello.mmio"))), true, null);
    }

    @AfterEach
    void cleanUp() throws Exception {
        ILaunchManager launches = DebugPlugin.getDefault().getLaunchManager();
        for (ILaunch l : launches.getLaunches()) {
            l.terminate();
            launches.removeLaunch(l);
        }
        for (ILaunchConfiguration c : launches.getLaunchConfigurations()) {
            c.delete();
        }
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(), true);
        processEvents();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId("org.mmioworkbench.ui.perspective"));
        page.closePerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(IDebugUIConstants.ID_DEBUG_PERSPECTIVE), false, false);
        SessionRegistry.getDefault().sessions().forEach(SessionRegistry.getDefault()::end);
        project.delete(true, true, null);
        processEvents();
        page.closeAllEditors(false);
    }

    private int lineOf(String text) throws Exception {
        List<String> lines = Arrays.asList(new String(script.getContents().readAllBytes(), StandardCharsets.UTF_8)
                .split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in the script");
    }

    private static IThread thread(ILaunch launch) {
        try {
            return launch.getDebugTarget() == null || launch.getDebugTarget().getThreads().length == 0 ? null
                    : launch.getDebugTarget().getThreads()[0];
        } catch (CoreException e) {
            return null;
        }
    }

    private static IThread suspended(ILaunch launch) {
        try {
            waitUntil(() -> thread(launch) != null && thread(launch).isSuspended(), "the script to suspend");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; terminated: " + launch.isTerminated() + "; console: "
                    + (launch.getProcesses().length == 0 ? "none" : console(launch.getProcesses()[0])), e);
        }
        return thread(launch);
    }

    private static String name(org.eclipse.debug.core.model.IDebugElement e) {
        try {
            return e instanceof IRegisterGroup g ? g.getName() : ((IVariable) e).getName();
        } catch (CoreException x) {
            throw new AssertionError(x);
        }
    }

    private static String value(IVariable v) {
        try {
            return v.getValue().getValueString();
        } catch (CoreException x) {
            throw new AssertionError(x);
        }
    }

    private static IRegister register(IThread thread, String device, String name) throws CoreException {
        IRegisterGroup group = Arrays.stream(thread.getTopStackFrame().getRegisterGroups())
                .filter(g -> name(g).startsWith(device + " ")).findFirst().orElseThrow();
        return Arrays.stream(group.getRegisters()).filter(r -> name(r).equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, String> variables(IThread thread) throws CoreException {
        return Arrays.stream(thread.getTopStackFrame().getVariables())
                .collect(Collectors.toMap(ScriptDebuggerTest::name, ScriptDebuggerTest::value));
    }

    private static void execute(String command) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
    }

    private static String console(IProcess process) {
        for (IConsole c : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
            if (c instanceof org.eclipse.debug.ui.console.IConsole pc && pc.getProcess() == process) {
                return ((TextConsole) c).getDocument().get();
            }
        }
        return "";
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
