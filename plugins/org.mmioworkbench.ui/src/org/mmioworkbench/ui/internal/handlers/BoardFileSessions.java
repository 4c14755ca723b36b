package org.mmioworkbench.ui.internal.handlers;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import java.util.function.BooleanSupplier;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.boardfile.BoardFileException;
import org.mmioworkbench.boardfile.BoardFileReader;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;

/**
 * Starts simulation sessions from board files in the workspace. A board file's mistakes become
 * problem markers on the file at the offending line, so they show in the Problems view and the editor.
 */
public final class BoardFileSessions {
    /** The marker type of board-file problems. */
    public static final String MARKER = "org.mmioworkbench.ui.boardProblem";

    private BoardFileSessions() {
    }

    /**
     * Reads a board file and starts a session on it; on success clears its problem markers.
     *
     * @param file a board file in the workspace
     * @param registry where to start the session
     * @return the new, active session
     * @throws BoardFileException if the file describes no valid board (a marker is added too)
     * @throws CoreException if the markers cannot be changed
     */
    public static SimulationSession start(IFile file, SessionRegistry registry) throws BoardFileException, CoreException {
        return start(file, registry, () -> false);
    }

    /** The family of the jobs that start sessions in the background (see {@link #startInBackground}). */
    public static final Object JOB_FAMILY = BoardFileSessions.class;

    /**
     * Starts a session on a board file in a background job, never on the UI thread: a board made from a whole
     * vendor SVD file takes a moment to read. The job shows in the Progress view and the status line and can be
     * canceled; a canceled job starts no session.
     *
     * @param file a board file in the workspace
     * @param registry where to start the session
     * @param started what to do on the UI thread with the session once it runs
     * @param failed what to do on the UI thread with the board file's error (also a problem marker)
     * @return the scheduled job
     */
    public static Job startInBackground(IFile file, SessionRegistry registry,
            java.util.function.Consumer<SimulationSession> started, java.util.function.Consumer<BoardFileException> failed) {
        Job job = new Job("Starting a simulation session on " + file.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Reading " + file.getFullPath() + " and its SVD files", IProgressMonitor.UNKNOWN);
                try {
                    SimulationSession session = start(file, registry, monitor::isCanceled);
                    if (session == null) {
                        return Status.CANCEL_STATUS;
                    }
                    Display.getDefault().asyncExec(() -> started.accept(session));
                    return Status.OK_STATUS;
                } catch (BoardFileException e) {
                    Display.getDefault().asyncExec(() -> failed.accept(e));
                    return Status.OK_STATUS;
                } catch (CoreException e) {
                    return e.getStatus();
                } finally {
                    monitor.done();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        job.setUser(true);
        job.setRule(file);
        job.schedule();
        return job;
    }

    private static SimulationSession start(IFile file, SessionRegistry registry, BooleanSupplier canceled)
            throws BoardFileException, CoreException {
        file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
        Board board;
        try {
            board = BoardFileReader.read(file.getLocation().toFile().toPath());
        } catch (BoardFileException e) {
            IMarker marker = file.createMarker(MARKER);
            marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
            marker.setAttribute(IMarker.MESSAGE, e.reason());
            if (e.line() > 0) {
                marker.setAttribute(IMarker.LINE_NUMBER, e.line());
            }
            marker.setAttribute(IMarker.LOCATION, "line " + e.line() + ", column " + e.column());
            throw e;
        }
        if (canceled.getAsBoolean()) {
            return null; // the user canceled while the file was read: no session
        }
        return registry.start(file.getName(), board);
    }
}
