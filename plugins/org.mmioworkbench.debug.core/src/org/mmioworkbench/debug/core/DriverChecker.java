package org.mmioworkbench.debug.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.mmioworkbench.c.CCompileException;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.script.Script;
import org.mmioworkbench.script.ScriptException;

/**
 * Checks driver files of the workspace when they are saved: a C file ({@code *.c}) is preprocessed, parsed and
 * checked as the interpreter would, a script ({@code *.mmio}) parsed; the first error becomes a Problems marker on
 * its line (and in the editor's ruler), removed when the file is fixed. Runs in a background job, one file after
 * the other, never on the UI thread.
 */
public final class DriverChecker implements IResourceChangeListener {
    private static DriverChecker installed;

    private final List<IFile> queue = new ArrayList<>();
    private final Job job = Job.create("Checking driver files", this::drain);

    /** Starts checking saved driver files (once per workbench). */
    public static synchronized void install() {
        if (installed == null) {
            installed = new DriverChecker();
            ResourcesPlugin.getWorkspace().addResourceChangeListener(installed, IResourceChangeEvent.POST_CHANGE);
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        List<IFile> changed = new ArrayList<>();
        try {
            event.getDelta().accept(d -> {
                if (d.getResource() instanceof IFile f && isDriver(f) && (d.getKind() == IResourceDelta.ADDED
                        || d.getKind() == IResourceDelta.CHANGED && (d.getFlags() & IResourceDelta.CONTENT) != 0)) {
                    changed.add(f);
                }
                return true;
            });
        } catch (CoreException e) {
            return;
        }
        if (!changed.isEmpty()) {
            synchronized (queue) {
                changed.stream().filter(f -> !queue.contains(f)).forEach(queue::add);
            }
            job.schedule();
        }
    }

    private static boolean isDriver(IFile f) {
        String ext = f.getFileExtension();
        return "c".equals(ext) || "mmio".equals(ext);
    }

    private IStatus drain(IProgressMonitor monitor) {
        for (;;) {
            IFile f;
            synchronized (queue) {
                if (queue.isEmpty() || monitor.isCanceled()) {
                    return Status.OK_STATUS;
                }
                f = queue.remove(0);
            }
            check(f);
        }
    }

    /**
     * Checks one file and replaces its problem markers with what the check found.
     *
     * @param f a driver file
     */
    static void check(IFile f) {
        if (!f.exists() || f.getLocation() == null) {
            return;
        }
        DriverProblems.clear(f);
        Path path = f.getLocation().toFile().toPath();
        try {
            if ("mmio".equals(f.getFileExtension())) {
                Script.parse(java.nio.file.Files.readAllBytes(path), path.toString());
            } else {
                CProgram.check(path, List.of(), DriverLaunchDelegate.includeDir());
            }
        } catch (CCompileException e) {
            if (!DriverProblems.mark(e.file(), Math.max(1, e.line()), e.reason(), IMarker.SEVERITY_ERROR)) {
                // an error in a header outside the workspace: shown on the file that includes it
                DriverProblems.mark(path.toString(), 1, e.getMessage(), IMarker.SEVERITY_ERROR);
            }
        } catch (ScriptException e) {
            DriverProblems.mark(path.toString(), Math.max(1, e.position().line()), e.detail(),
                    IMarker.SEVERITY_ERROR);
        } catch (java.io.IOException | CoreException e) {
            // unreadable now: the next save checks it again
        }
    }
}
