package org.mmioworkbench.debug.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.mmioworkbench.core.SourceLine;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.debug.CDebugSession;
import org.mmioworkbench.debug.TraceJson;

/**
 * A launch's trace file: every event of the run as one JSON line ({@link TraceJson}, the format of
 * {@code mmio-sim run --trace}), written as the driver runs and closed when it ends. The file is named as a workspace
 * path ({@code /project/run.jsonl}) or an absolute path; it is never one of the launch's inputs. A failure to write
 * stops the file with one line on the launch's console; the run goes on.
 */
final class DriverTraceFile implements CDebugSession.TraceSink {
    private final Path path;
    private final IFile workspaceFile;
    private final Consumer<String> errors;
    private TraceJson out;

    private DriverTraceFile(Path path, IFile workspaceFile, TraceJson out, Consumer<String> errors) {
        this.path = path;
        this.workspaceFile = workspaceFile;
        this.out = out;
        this.errors = errors;
    }

    /**
     * Opens (or truncates) a launch's trace file.
     *
     * @param named the file as the launch names it: a workspace path, or an absolute path outside the workspace
     * @param inputs the files the launch reads (the driver, the board file)
     * @param errors where a failure to write is told, one line
     * @return the trace file
     * @throws CoreException when it is an input, a folder, or cannot be created
     */
    static DriverTraceFile open(String named, List<Path> inputs, Consumer<String> errors) throws CoreException {
        IFile inWorkspace = null;
        Path path;
        IPath p = IPath.fromOSString(named);
        if (p.segmentCount() >= 2 && ResourcesPlugin.getWorkspace().getRoot().getProject(p.segment(0)).exists()) {
            inWorkspace = ResourcesPlugin.getWorkspace().getRoot().getFile(p);
            path = inWorkspace.getLocation() == null ? Path.of(named) : inWorkspace.getLocation().toFile().toPath();
        } else {
            path = Path.of(named);
        }
        Path abs = path.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (input.toAbsolutePath().normalize().equals(abs)) {
                throw DriverLaunchDelegate.error("The trace file " + named + " is " + input
                        + ", which the launch reads; it is not overwritten: choose another trace file.");
            }
        }
        if (Files.isDirectory(abs)) {
            throw DriverLaunchDelegate.error("The trace file " + named + " is a folder.");
        }
        try {
            return new DriverTraceFile(abs, inWorkspace, new TraceJson(Files.newOutputStream(abs)), errors);
        } catch (IOException e) {
            throw DriverLaunchDelegate.error("Cannot write the trace file " + named + ": " + e.getMessage());
        }
    }

    @Override
    public synchronized void event(TraceEvent e, SourceLine at, String function) {
        if (out == null) {
            return;
        }
        try {
            out.write(e, at == null ? 0 : at.line(), at == null ? null : at.file(), function);
        } catch (IOException x) {
            fail(x);
        }
    }

    /** Flushes and closes the file, and shows it in the workspace. */
    synchronized void close() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException x) {
            fail(x);
        }
        out = null;
        if (workspaceFile != null) {
            try {
                workspaceFile.refreshLocal(IResource.DEPTH_ZERO, null);
            } catch (CoreException x) {
                // shown at the next refresh
            }
        }
    }

    private void fail(IOException x) {
        errors.accept("cannot write the trace file " + path + ": " + x.getMessage() + "; the trace stops here");
        try {
            out.close();
        } catch (IOException ignored) {
            // already failing
        }
        out = null;
    }
}
