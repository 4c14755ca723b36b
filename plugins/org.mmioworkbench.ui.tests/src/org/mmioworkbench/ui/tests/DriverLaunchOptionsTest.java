package org.mmioworkbench.ui.tests;

import static org.mmioworkbench.ui.tests.DebugLaunches.endLaunches;
import static org.mmioworkbench.ui.tests.DebugLaunches.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.TextConsole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.debug.core.MmioDebugModel;
import org.mmioworkbench.debug.ui.DriverLaunchShortcut;
import org.mmioworkbench.debug.ui.DriverMainTab;

/** The MMIO Driver launch's loop bound and trace file, set on its Main tab. */
class DriverLaunchOptionsTest {
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = project("options");
    }

    @AfterEach
    void cleanUp() throws Exception {
        endLaunches(project);
    }

    private IFile file(String name, String text) throws Exception {
        IFile f = project.getFile(name);
        f.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        return f;
    }

    private static String console(ILaunch launch) {
        IProcess process = launch.getProcesses().length == 0 ? null : launch.getProcesses()[0];
        for (IConsole c : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
            if (c instanceof org.eclipse.debug.ui.console.IConsole pc && pc.getProcess() == process) {
                return ((TextConsole) c).getDocument().get();
            }
        }
        return "";
    }

    private static ILaunch run(IFile driver, int loopBound, String trace) throws Exception {
        ILaunchConfigurationWorkingCopy wc = DriverLaunchShortcut.configurationFor(driver).getWorkingCopy();
        wc.setAttribute(MmioDebugModel.ATTR_LOOP_BOUND, loopBound);
        wc.setAttribute(MmioDebugModel.ATTR_TRACE_FILE, trace);
        ILaunch launch = wc.doSave().launch(ILaunchManager.RUN_MODE, null);
        waitUntil(launch::isTerminated, "the driver to end");
        return launch;
    }

    @Test
    void aScriptsEndlessPollingLoopStopsAtTheLaunchsLoopBound() throws Exception {
        IFile script = file("poll.mmio", "board qemu-virt\nuint32_t n = 0;\nwhile (1) {\n    n++;\n}\n");
        ILaunch launch = run(script, 50, "");
        waitUntil(() -> console(launch).contains("iterations"), "the loop bound's error on the console");
        assertTrue(console(launch).contains("50"), console(launch));
    }

    @Test
    void theTraceFileHoldsEveryEventOfTheRunWithItsSourceLine() throws Exception {
        String dir = System.getProperty("mmio.examples.dir", "../../examples");
        IFile driver = file("pl011_console.c", Files.readString(Path.of(dir, "c", "pl011_console.c")));
        ILaunch launch = run(driver, MmioDebugModel.DEFAULT_LOOP_BOUND, "/options/run.jsonl");
        IFile trace = project.getFile("run.jsonl");
        waitUntil(trace::exists, "the trace file to show in the workspace: " + console(launch));
        List<String> lines = Files.readAllLines(trace.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
        assertTrue(lines.size() > 20, lines.toString());
        assertTrue(lines.get(0).startsWith("{\"seq\":0,"), lines.get(0));
        String cr = lines.stream().filter(l -> l.contains("\"register\":\"UART0.UARTCR\"")).findFirst().orElseThrow();
        assertTrue(cr.contains("\"file\":") && cr.contains("pl011_console.c") && cr.contains("\"function\":\"uart_"),
                cr);
        assertTrue(cr.matches(".*\"line\":[1-9][0-9]*,.*"), cr);

        ILaunchConfigurationWorkingCopy wc = DriverLaunchShortcut.configurationFor(driver).getWorkingCopy();
        wc.setAttribute(MmioDebugModel.ATTR_TRACE_FILE, "/options/pl011_console.c");
        org.eclipse.core.runtime.CoreException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.eclipse.core.runtime.CoreException.class, () -> wc.doSave().launch(ILaunchManager.RUN_MODE, null));
        assertTrue(refused.getMessage().contains("not overwritten"), refused.getMessage());
        assertTrue(new String(driver.getContents().readAllBytes(), StandardCharsets.UTF_8).contains("uart_init"),
                "the driver is intact");
    }

    @Test
    void theMainTabRefusesABadLoopBoundAndATraceFileOverADriver() throws Exception {
        IFile script = file("blink.mmio", "board qemu-virt\nuint32_t x = 1;\n");
        ILaunchConfiguration config = DriverLaunchShortcut.configurationFor(script);
        Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), SWT.NONE);
        try {
            DriverMainTab tab = new DriverMainTab();
            tab.createControl(shell);
            tab.initializeFrom(config);
            assertEquals(Integer.toString(MmioDebugModel.DEFAULT_LOOP_BOUND), field(shell, "&Loop bound (scripts):")
                    .getText());
            assertTrue(tab.isValid(config), String.valueOf(tab.getErrorMessage()));
            field(shell, "&Loop bound (scripts):").setText("many");
            assertFalse(tab.isValid(config));
            assertTrue(tab.getErrorMessage().startsWith("The loop bound must be a whole number"));
            field(shell, "&Loop bound (scripts):").setText("1000");
            field(shell, "&Trace file (JSON Lines):").setText("/options/blink.mmio");
            assertFalse(tab.isValid(config));
            field(shell, "&Trace file (JSON Lines):").setText("/options/blink.jsonl");
            assertTrue(tab.isValid(config), String.valueOf(tab.getErrorMessage()));
            ILaunchConfigurationWorkingCopy wc = config.getWorkingCopy();
            tab.performApply(wc);
            assertEquals(1000, wc.getAttribute(MmioDebugModel.ATTR_LOOP_BOUND, 0));
            assertEquals("/options/blink.jsonl", wc.getAttribute(MmioDebugModel.ATTR_TRACE_FILE, ""));
        } finally {
            shell.dispose();
        }
    }

    /** The text field after a label of the tab. */
    private static Text field(Shell shell, String label) {
        Control[] children = ((org.eclipse.swt.widgets.Composite) shell.getChildren()[0]).getChildren();
        for (int i = 0; i < children.length - 1; i++) {
            if (children[i] instanceof Label l && l.getText().equals(label)) {
                return (Text) children[i + 1];
            }
        }
        throw new AssertionError("no field " + label);
    }
}
