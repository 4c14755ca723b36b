package org.mmioworkbench.cli;

import java.nio.file.Path;

import org.mmioworkbench.boardfile.BoardFileException;
import org.mmioworkbench.boardfile.BoardFileReader;
import org.mmioworkbench.core.Board;

/** Reads board files (YAML) for the command line, turning their errors into usage errors. */
final class BoardFiles {

    private BoardFiles() {
    }

    /**
     * Reads a board file.
     *
     * @param path the file
     * @return the board
     * @throws CliException with {@code FILE:LINE:COL: error: REASON} and {@link MmioSim#USAGE} if the file is
     *         not a valid board
     */
    static Board read(Path path) {
        try {
            return BoardFileReader.read(path);
        } catch (BoardFileException e) {
            throw new CliException(MmioSim.USAGE, e.file() + ":" + e.line() + ":" + e.column() + ": error: "
                    + e.reason());
        }
    }
}
