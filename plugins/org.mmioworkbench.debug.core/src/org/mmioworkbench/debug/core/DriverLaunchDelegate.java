package org.mmioworkbench.debug.core;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.ILaunchesListener2;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.mmioworkbench.boardfile.BoardFileException;
import org.mmioworkbench.boardfile.BoardFileReader;
import org.mmioworkbench.c.CCompileException;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Boards;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.debug.console.Motion;
import org.mmioworkbench.script.BoardDirective;
import org.mmioworkbench.script.Script;
import org.mmioworkbench.script.ScriptException;

/**
 * Launches an "MMIO Driver" configuration: compiles the C file, resolves the board, starts a
 * {@link SimulationSession} (so the MMIO views show it) and runs the driver on it. In Debug mode a
 * {@link DriverDebugTarget} is added; in Run mode the driver runs to its end with its console. The session lasts as
 * long as the launch is in the Debug view, so its registers can still be inspected after the driver ended.
 *
 * <p>A compile error or an unknown board fails the launch with one line ({@code FILE:LINE:COL: error: ...}) and, for
 * a compile error, a Problems marker on the line.
 */
public final class DriverLaunchDelegate extends LaunchConfigurationDelegate {
    /** Launch attribute: whether a Debug launch pauses at the first statement of {@code main} (as CDT's default). */
    public static final String ATTR_STOP_AT_START = MmioDebugModel.ID + ".stopAtStart";

    @Override
    public void launch(ILaunchConfiguration config, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Launching " + config.getName(), 3);
        IFile file = driverFile(config);
        Path path = file.getLocation().toFile().toPath();
        DriverProblems.clear(file);
        boolean isScript = isScript(file.getName());
        DriverRun.Program program;
        String named;
        if (isScript) {
            Script script = parseScript(path);
            int bound = config.getAttribute(MmioDebugModel.ATTR_LOOP_BOUND, MmioDebugModel.DEFAULT_LOOP_BOUND);
            if (bound < 1) {
                throw error("The loop bound must be at least 1, not " + bound + ".");
            }
            program = DriverRun.script(script, bound);
            named = script.board().map(BoardDirective::value).orElse(null);
        } else {
            CProgram c;
            try {
                c = CProgram.compile(path, List.of(), includeDir());
            } catch (CCompileException e) {
                throw compileError(e);
            }
            named = c.board();
            program = DriverRun.c(c, processName(config.getAttribute(MmioDebugModel.ATTR_PROCESS, ""), file));
        }
        progress.worked(1);
        Board board = board(config.getAttribute(MmioDebugModel.ATTR_BOARD, ""), named, path);
        // a script names the processes it runs as in its code (until the first, "main"); its console is named after it
        String process = isScript ? stem(file.getName())
                : processName(config.getAttribute(MmioDebugModel.ATTR_PROCESS, ""), file);
        progress.worked(1);
        SessionRegistry registry = SessionRegistry.getDefault();
        SimulationSession simulation = registry.start(file.getName(), board);
        DriverProblems problems = new DriverProblems();
        String traceName = config.getAttribute(MmioDebugModel.ATTR_TRACE_FILE, "").trim();
        DriverTraceFile[] trace = {null};
        DriverDebugTarget[] target = {null};
        DriverRun[] started = {null};
        DriverRun run;
        try {
            run = new DriverRun(launch, program, simulation, process, problems::diagnostic, outcome -> {
                if (trace[0] != null) {
                    trace[0].close();
                }
                if (outcome != null && outcome.error()) {
                    started[0].session().statementPlace().ifPresent(at -> DriverProblems.mark(at.file(), at.line(),
                            outcome.message(), IMarker.SEVERITY_ERROR));
                }
                if (target[0] != null) {
                    target[0].ended();
                }
            });
        } catch (CCompileException e) {
            registry.end(simulation);
            throw compileError(e);
        }
        started[0] = run;
        if (!traceName.isEmpty()) {
            List<Path> inputs = new java.util.ArrayList<>(List.of(path));
            inputs.addAll(board.descriptionFiles());
            String boardChoice = config.getAttribute(MmioDebugModel.ATTR_BOARD, "");
            IResource boardFile = boardChoice.isBlank() ? null
                    : ResourcesPlugin.getWorkspace().getRoot().findMember(boardChoice);
            if (boardFile instanceof IFile && boardFile.getLocation() != null) {
                inputs.add(boardFile.getLocation().toFile().toPath());
            }
            try {
                trace[0] = DriverTraceFile.open(traceName, inputs, line -> run.process().printError(line + "\n"));
            } catch (CoreException e) {
                run.terminate();
                registry.end(simulation);
                throw e;
            }
            // what happened before the driver's first statement (the kernel's boot claims, the process's start)
            simulation.simulator().trace().forEach(e -> trace[0].event(e, null, null));
            run.session().setTraceSink(trace[0]);
        }
        launch.setSourceLocator(new DriverSourceLocator());
        endWithLaunch(launch, run, simulation, registry);
        run.start();
        board.warnings().forEach(w -> run.process().printError(w + "\n")); // what the SVD reader accepted, and where
        if (ILaunchManager.DEBUG_MODE.equals(mode)) {
            target[0] = new DriverDebugTarget(launch, run, file.getName() + " on " + board.name());
            launch.addDebugTarget(target[0]);
            target[0].start(config.getAttribute(ATTR_STOP_AT_START, true));
        } else {
            run.submit(new Motion.Resume(), () -> {
            });
        }
        progress.worked(1);
    }

    /** Ends the run and the simulation session when the launch is removed from the Debug view. */
    private static void endWithLaunch(ILaunch launch, DriverRun run, SimulationSession simulation,
            SessionRegistry registry) {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        manager.addLaunchListener(new ILaunchesListener2() {
            @Override
            public void launchesRemoved(ILaunch[] launches) {
                if (List.of(launches).contains(launch)) {
                    run.terminate();
                    registry.end(simulation);
                    manager.removeLaunchListener(this);
                }
            }

            @Override
            public void launchesAdded(ILaunch[] launches) {
                // nothing to do
            }

            @Override
            public void launchesChanged(ILaunch[] launches) {
                // nothing to do
            }

            @Override
            public void launchesTerminated(ILaunch[] launches) {
                // the session stays, for its registers to be inspected, until the launch is removed
            }
        });
    }

    /** Whether a file is a driver script ({@code *.mmio}) rather than a C driver. */
    static boolean isScript(String name) {
        return name.endsWith(".mmio");
    }

    private static String stem(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** Reads and parses a script; a syntax error is a Problems marker on its line and fails the launch. */
    private static Script parseScript(Path path) throws CoreException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw error("Cannot read " + path + ": " + e.getMessage());
        }
        try {
            return Script.parse(bytes, path.toString());
        } catch (ScriptException e) {
            DriverProblems.mark(path.toString(), Math.max(1, e.position().line()), e.detail(), IMarker.SEVERITY_ERROR);
            throw error(e.getMessage());
        }
    }

    private static CoreException compileError(CCompileException e) {
        DriverProblems.mark(e.file(), e.line(), e.reason(), IMarker.SEVERITY_ERROR);
        return error(e.getMessage());
    }

    static CoreException error(String message) {
        return new CoreException(new Status(IStatus.ERROR, MmioDebugModel.ID, message));
    }

    /**
     * The configuration's driver file.
     *
     * @throws CoreException naming what is wrong, when it names no file of the workspace
     */
    static IFile driverFile(ILaunchConfiguration config) throws CoreException {
        String name = config.getAttribute(MmioDebugModel.ATTR_FILE, "");
        if (name.isBlank()) {
            throw error("The launch configuration '" + config.getName() + "' names no driver file.");
        }
        IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(name);
        if (!(r instanceof IFile f) || !f.exists() || f.getLocation() == null) {
            throw error("The driver file " + name + " does not exist in the workspace.");
        }
        if (!name.endsWith(".c") && !isScript(name)) {
            throw error(name + " is not a driver file: an MMIO Driver launch runs a C driver (*.c) or a driver script"
                    + " (*.mmio).");
        }
        return f;
    }

    /** The simulated process's name: the one given, or the file's stem, as on the command line. */
    static String processName(String given, IFile file) throws CoreException {
        String name = given.isBlank() ? stem(file.getName()) : given;
        if (!Simulator.isProcessName(name)) {
            throw error("'" + name + "' cannot name a simulated process ('kernel' and 'simulator' are reserved, and"
                    + " control characters are not allowed); give the launch another process name.");
        }
        return name;
    }

    /**
     * The board a driver file names ({@code #pragma mmio board}, a script's {@code board} line), as a launch of it
     * with no board chosen would use: what the driver editor's content assist offers the registers of.
     *
     * @param named the board the file names (a built-in name or a board file relative to it), or null for none
     * @param driverFile the driver file
     * @return the board
     * @throws CoreException for an unknown board or a board file with errors
     */
    public static Board boardOf(String named, Path driverFile) throws CoreException {
        return board("", named, driverFile);
    }

    /**
     * The board: the launch's choice (a built-in name, or a board file as a workspace path or an absolute path), else
     * the one the driver names (a C file in {@code #pragma mmio board}, a script in its {@code board} line: a built-in
     * name, or a board file relative to the driver's file), else {@code qemu-virt}.
     *
     * @param choice the launch's choice, or an empty string
     * @param named the board the driver names, or null
     * @param driver the driver's file
     * @throws CoreException for an unknown board or a board file with errors ({@code FILE:LINE:COL: error: ...})
     */
    static Board board(String choice, String named, Path driver) throws CoreException {
        Path base = null;
        String name = choice;
        if (name.isBlank()) {
            name = named;
            base = driver.getParent();
            if (name == null) {
                return Boards.builtIn(Boards.DEFAULT).orElseThrow();
            }
        }
        Optional<Board> builtIn = Boards.builtIn(name);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Path file;
        try {
            if (base != null) {
                file = base.resolve(name);
            } else {
                IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(name);
                file = r != null && r.getLocation() != null ? r.getLocation().toFile().toPath() : Path.of(name);
            }
        } catch (InvalidPathException e) {
            throw error("The board '" + name + "' is not a valid path.");
        }
        if (!Files.isRegularFile(file)) {
            throw error("Unknown board '" + name + "': not a built-in board (" + String.join(", ", Boards.names())
                    + ") and no such board file (looked for " + file.normalize() + ").");
        }
        try {
            return BoardFileReader.read(file);
        } catch (BoardFileException e) {
            throw error(e.file() + ":" + e.line() + ":" + e.column() + ": error: " + e.reason());
        }
    }

    /**
     * The bundled SDK and standard headers, from the C bundle.
     *
     * @return their folder
     * @throws CoreException when the C bundle lacks them
     */
    public static Path includeDir() throws CoreException {
        try {
            URL entry = Platform.getBundle("org.mmioworkbench.c").getEntry("include");
            if (entry != null) {
                Path dir = Path.of(FileLocator.toFileURL(entry).getPath()); // toFileURL leaves spaces unescaped
                if (Files.isDirectory(dir)) {
                    return dir;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw error("The bundled C headers cannot be read: " + e.getMessage());
        }
        throw error("The bundled C headers are missing from org.mmioworkbench.c.");
    }
}
