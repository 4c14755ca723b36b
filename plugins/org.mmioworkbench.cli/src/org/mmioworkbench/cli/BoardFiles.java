package org.mmioworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.mmioworkbench.boardfile.BoardFileException;
import org.mmioworkbench.boardfile.BoardFileReader;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.devices.Boards;

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
    /**
     * The board a {@code --board} option names: a built-in board, else a board file.
     *
     * @param choice a built-in board's name or a board file's path
     * @return the board
     * @throws CliException with {@link MmioSim#USAGE} for neither, or a board file with errors
     */
    static Board named(String choice) {
        Optional<Board> builtIn = Boards.builtIn(choice);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Path file = Path.of(choice); // arguments cannot hold the NUL that makes a path invalid
        if (!Files.isRegularFile(file)) {
            throw new CliException(MmioSim.USAGE, "mmio-sim: unknown board '" + choice + "': not a built-in board ("
                    + String.join(", ", Boards.names()) + ") and no such board file");
        }
        return read(file);
    }

    static Board read(Path path) {
        try {
            return BoardFileReader.read(path);
        } catch (BoardFileException e) {
            throw new CliException(MmioSim.USAGE, e.file() + ":" + e.line() + ":" + e.column() + ": error: "
                    + e.reason());
        }
    }
}
