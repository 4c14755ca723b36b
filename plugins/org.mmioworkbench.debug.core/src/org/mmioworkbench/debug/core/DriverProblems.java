package org.mmioworkbench.debug.core;

import java.io.File;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.mmioworkbench.core.SourceLine;
import org.mmioworkbench.debug.ConsoleCapture;

/**
 * The Problems view's share of a driver launch: a compile error, a run-time error and the kernel's diagnostics become
 * markers on the line that caused them (when that file is in the workspace). A launch clears the markers of its
 * file's earlier launches. At most {@value #MAX_MARKERS} diagnostics of one launch are marked, one per line and text,
 * so that a loop that repeats a mistake a million times fills the console's record, not the Problems view.
 */
final class DriverProblems {
    static final int MAX_MARKERS = 100;

    private final Set<String> marked = new HashSet<>();

    /** Removes the markers earlier launches left on a file. */
    static synchronized void clear(IFile file) {
        try {
            file.deleteMarkers(MmioDebugModel.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            // the file went away; nothing to clear
        }
    }

    /**
     * Marks a line of a file.
     *
     * @param path the file as the compiler named it
     * @param line the line, from 1 (0 marks the file)
     * @param message the text
     * @param severity {@link IMarker#SEVERITY_ERROR} or {@link IMarker#SEVERITY_WARNING}
     * @return whether the workspace has the file (and so it was marked)
     */
    static synchronized boolean mark(String path, int line, String message, int severity) {
        if (path == null) {
            return false;
        }
        for (IFile f : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(new File(path).toURI())) {
            if (!f.exists()) {
                continue;
            }
            try {
                for (IMarker old : f.findMarkers(MmioDebugModel.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)) {
                    if (old.getAttribute(IMarker.LINE_NUMBER, 0) == line && message.equals(old.getAttribute(
                            IMarker.MESSAGE, ""))) {
                        return true; // a save's check and a launch found the same error
                    }
                }
                // created with its attributes at once: the Problems view (another thread) never sees it half made
                java.util.Map<String, Object> attributes = new java.util.HashMap<>();
                attributes.put(IMarker.MESSAGE, message);
                attributes.put(IMarker.SEVERITY, severity);
                if (line > 0) {
                    attributes.put(IMarker.LINE_NUMBER, line);
                }
                f.createMarker(MmioDebugModel.PROBLEM_MARKER, attributes);
            } catch (CoreException e) {
                // the file went away meanwhile: the console still has the message
            }
            return true;
        }
        return false;
    }

    /** Marks the line that caused a diagnostic, once per line and text, up to the limit. */
    synchronized void diagnostic(ConsoleCapture.Diagnosed d) {
        SourceLine at = d.place();
        String text = d.diagnostic().kind() + ": " + d.diagnostic().message();
        if (at == null || marked.size() >= MAX_MARKERS || !marked.add(at.file() + ":" + at.line() + ":" + text)) {
            return;
        }
        mark(at.file(), at.line(), text, IMarker.SEVERITY_WARNING);
    }
}
