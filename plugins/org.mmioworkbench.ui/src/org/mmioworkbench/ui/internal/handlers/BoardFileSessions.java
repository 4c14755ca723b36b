package org.mmioworkbench.ui.internal.handlers;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
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
        return registry.start(file.getName(), board);
    }
}
