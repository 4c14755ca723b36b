package org.mmioworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.devices.Boards;
import org.mmioworkbench.script.BoardDirective;
import org.mmioworkbench.script.Script;
import org.mmioworkbench.script.ScriptException;

/**
 * A script read from its file together with the board it runs on, resolved as {@code run} and {@code debug}
 * document it: the board the script names in its first line ({@code board qemu-virt} or
 * {@code board "path/board.yaml"}, relative to the script's folder), else {@code --board} (a built-in name or a
 * board file), else {@code qemu-virt}.
 *
 * @param path the script file as given on the command line (its name in messages)
 * @param script the parsed script
 * @param board the board
 * @param boardSource where the board came from, for messages: a name or a file
 * @param notes warnings for standard error (the script's own, and a {@code --board} the script overrides)
 * @param inputs every file read: the script, the board file if any, and the files its devices are described in
 */
record LoadedScript(Path path, Script script, Board board, String boardSource, List<String> notes,
        List<Path> inputs) {
    /** The largest script read: 16 MiB, far beyond any driver, so a wrong file is refused before it is read. */
    static final long MAX_SCRIPT_BYTES = 16L << 20;

    /**
     * Reads, parses and resolves.
     *
     * @param path the script file
     * @param boardOption the {@code --board} option, or null
     * @return the loaded script
     * @throws CliException (status {@link MmioSim#USAGE}) for an unreadable file, a script error or a board
     *         error, with the message to print
     */
    static LoadedScript load(Path path, String boardOption) {
        String fileName = path.toString();
        if (!Files.exists(path)) {
            throw new CliException(MmioSim.USAGE, "mmio-sim: " + fileName + ": no such script file");
        }
        if (!Files.isRegularFile(path)) {
            throw new CliException(MmioSim.USAGE, "mmio-sim: " + fileName + ": not a regular file (a folder, a pipe"
                    + " or a device); give a script file");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_SCRIPT_BYTES) {
                throw new CliException(MmioSim.USAGE, "mmio-sim: " + fileName + ": the script has " + size
                        + " bytes; scripts of more than " + MAX_SCRIPT_BYTES + " bytes (16 MiB) are refused");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CliException(MmioSim.USAGE, "mmio-sim: cannot read " + fileName + ": " + FileProblems.describe(e));
        }
        Script script;
        try {
            script = Script.parse(bytes, fileName);
        } catch (ScriptException e) {
            throw new CliException(MmioSim.USAGE, e.getMessage());
        }
        List<String> notes = new ArrayList<>(script.warnings());
        Optional<BoardDirective> directive = script.board();
        Board board;
        String source;
        List<Path> inputs = new ArrayList<>(List.of(path));
        if (directive.isPresent()) {
            BoardDirective d = directive.get();
            if (d.file()) {
                Path file = boardFile(path, d, fileName);
                if (!Files.isRegularFile(file)) {
                    throw new CliException(MmioSim.USAGE, fileName + ":" + d.position() + ": error: board file '"
                            + d.value() + (Files.exists(file) ? "' is not a regular file (" : "' not found (looked for ")
                            + file.normalize() + ")");
                }
                board = BoardFiles.read(relativeIfShorter(file));
                inputs.add(file);
                source = "file " + d.value();
            } else {
                board = Boards.builtIn(d.value()).orElseThrow(() -> new CliException(MmioSim.USAGE, fileName + ":"
                        + d.position() + ": error: unknown board '" + d.value() + "' (built-in boards: "
                        + String.join(", ", Boards.names()) + "; name a board file in quotes: board \"board.yaml\")"));
                source = d.value();
            }
            if (boardOption != null && !boardOption.equals(d.value())) {
                notes.add("mmio-sim: warning: " + fileName + " names its board (" + d.value() + "), so --board "
                        + boardOption + " is not used");
            }
        } else if (boardOption != null) {
            board = BoardFiles.named(boardOption);
            if (Boards.builtIn(boardOption).isPresent()) {
                source = boardOption;
            } else {
                inputs.add(Path.of(boardOption));
                source = "file " + boardOption;
            }
        } else {
            board = Boards.builtIn(Boards.DEFAULT).orElseThrow();
            source = Boards.DEFAULT;
        }
        inputs.addAll(board.descriptionFiles());
        notes.addAll(board.warnings());
        return new LoadedScript(path, script, board, source, List.copyOf(notes), List.copyOf(inputs));
    }

    /** The board file a script names, relative to the script's folder; a name no path can be is an error. */
    private static Path boardFile(Path script, BoardDirective d, String fileName) {
        Path name;
        try {
            name = Path.of(d.value());
        } catch (InvalidPathException e) {
            throw new CliException(MmioSim.USAGE, fileName + ":" + d.position() + ": error: board file '"
                    + Terminal.printable(d.value()) + "' is not a valid path: " + e.getReason());
        }
        Path dir = script.toAbsolutePath().getParent();
        return dir == null ? name : dir.resolve(name);
    }

    /** Names a board file relative to the working folder when it lies below it, for shorter messages. */
    private static Path relativeIfShorter(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path normal = file.toAbsolutePath().normalize();
        return normal.startsWith(here) ? here.relativize(normal) : normal;
    }

    /**
     * Returns the script's name in messages.
     *
     * @return the path as given
     */
    String fileName() {
        return path.toString();
    }
}
