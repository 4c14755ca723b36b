package org.mmioworkbench.ui.tests;

import static org.mmioworkbench.ui.tests.Workbench.processEvents;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IRegister;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.TextConsole;
import org.eclipse.ui.handlers.IHandlerService;
import org.mmioworkbench.core.session.SessionRegistry;

/**
 * What the UI tests of the driver debugger share: a workspace project with a driver in it, a launch's thread once it
 * has suspended, the workbench's commands run as their keys run them, and, after each test, everything its launches
 * left behind taken away (launches, configurations, breakpoints, editors, the Debug perspective, sessions, project).
 */
final class DebugLaunches {
    static final String MMIO_PERSPECTIVE = "org.mmioworkbench.ui.perspective";
    private static final String DEBUG_PREFIX = "org.eclipse.debug.ui.";

    private DebugLaunches() {
    }

    /** As a user who ticked "Remember my decision": no perspective-switch prompt in the middle of a test. */
    static void noPerspectivePrompt() {
        DebugUITools.getPreferenceStore().setValue(DEBUG_PREFIX + "switch_perspective_on_suspend", "always");
        DebugUITools.getPreferenceStore().setValue(DEBUG_PREFIX + "switch_to_perspective", "always");
    }

    /** Puts the perspective-switch preferences back as a new workspace has them. */
    static void defaultPerspectivePrompt() {
        DebugUITools.getPreferenceStore().setToDefault(DEBUG_PREFIX + "switch_perspective_on_suspend");
        DebugUITools.getPreferenceStore().setToDefault(DEBUG_PREFIX + "switch_to_perspective");
    }

    /** The active page, showing the MMIO perspective, with no simulation session left from before. */
    static IWorkbenchPage mmioPerspective() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(MMIO_PERSPECTIVE));
        SessionRegistry.getDefault().sessions().forEach(SessionRegistry.getDefault()::end);
        return page;
    }

    /** An open workspace project of that name, created if need be. */
    static IProject project(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        return project;
    }

    /** A new file in a project with the given text. */
    static IFile file(IProject project, String name, String text) throws CoreException {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        return file;
    }

    /** The text of a file under the repository's {@code examples}, {@code c/pl011_console.c}. */
    static String example(String name) throws Exception {
        String dir = System.getProperty("mmio.examples.dir", "../../examples");
        return Files.readString(Path.of(dir, name), StandardCharsets.UTF_8);
    }

    /** The 1-based number of the first line of a file that begins with a text (after its indentation). */
    static int lineOf(IFile file, String text) throws Exception {
        List<String> lines = Arrays.asList(new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8)
                .split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file.getName());
    }

    /**
     * Ends every launch and removes what the launches of a test left: configurations, breakpoints, editors, the
     * Debug perspective (and with it the Debug view's debug context, which other tests' contexts would otherwise be
     * behind), sessions, and a project.
     *
     * @param project the test's project, or null
     */
    static void endLaunches(IProject project) throws CoreException {
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
        // the Debug view and source lookup act on the launches' last events asynchronously: let them, then close
        // the editors they opened, before the project goes (an editor of a deleted file stays, showing an error)
        processEvents();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(MMIO_PERSPECTIVE));
        page.closePerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(IDebugUIConstants.ID_DEBUG_PERSPECTIVE), false, false);
        SessionRegistry.getDefault().sessions().forEach(SessionRegistry.getDefault()::end);
        if (project != null && project.exists()) {
            project.delete(true, true, null);
        }
        processEvents();
        page.closeAllEditors(false);
    }

    /** A launch's first thread, or null before it has one. */
    static IThread thread(ILaunch launch) {
        try {
            return launch.getDebugTarget() == null || launch.getDebugTarget().getThreads().length == 0 ? null
                    : launch.getDebugTarget().getThreads()[0];
        } catch (CoreException e) {
            return null;
        }
    }

    /** Waits for a launch's thread to suspend; a failure says whether it ended and what its console shows. */
    static IThread suspended(ILaunch launch) {
        try {
            waitUntil(() -> thread(launch) != null && thread(launch).isSuspended(), "the driver to suspend");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; terminated: " + launch.isTerminated() + "; console: "
                    + (launch.getProcesses().length == 0 ? "none" : console(launch.getProcesses()[0])), e);
        }
        return thread(launch);
    }

    /**
     * Runs a workbench command as its key would, once it is enabled: a command that depends on the Debug view's
     * selection is enabled only after the view has taken the suspend event, which it does asynchronously.
     */
    static void execute(String commandId) throws Exception {
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId);
        waitUntil(command::isEnabled, commandId + " to be enabled");
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
    }

    /** The text of a launch process's console, or "" before it has one. */
    static String console(IProcess process) {
        for (IConsole c : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
            if (c instanceof org.eclipse.debug.ui.console.IConsole pc && pc.getProcess() == process) {
                return ((TextConsole) c).getDocument().get();
            }
        }
        return "";
    }

    /** The names of a thread's frames' functions, innermost first. */
    static List<String> functions(IThread t) throws CoreException {
        return Arrays.stream(t.getStackFrames()).map(DebugLaunches::function).toList();
    }

    private static String function(IStackFrame f) {
        try {
            return f.getName().substring(0, f.getName().indexOf('('));
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    /** A register group's or a variable's name. */
    static String name(IDebugElement e) {
        try {
            return e instanceof IRegisterGroup g ? g.getName() : ((IVariable) e).getName();
        } catch (CoreException x) {
            throw new AssertionError(x);
        }
    }

    /** A variable's value as the Variables view shows it. */
    static String value(IVariable v) {
        try {
            return v.getValue().getValueString();
        } catch (CoreException x) {
            throw new AssertionError(x);
        }
    }

    /** A register of a device's group in the top frame, as the Registers view lists it. */
    static IRegister register(IThread thread, String device, String name) throws CoreException {
        IRegisterGroup group = Arrays.stream(thread.getTopStackFrame().getRegisterGroups())
                .filter(g -> name(g).startsWith(device + " ")).findFirst().orElseThrow();
        return Arrays.stream(group.getRegisters()).filter(r -> name(r).equals(name)).findFirst().orElseThrow();
    }
}
