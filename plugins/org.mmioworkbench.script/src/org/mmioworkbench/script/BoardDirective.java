package org.mmioworkbench.script;

import java.util.Objects;

/**
 * The board a script names in its first line: {@code board qemu-virt} (a built-in board) or
 * {@code board "path/to/board.yaml"} (a board file). The parser only records it; the runner resolves it.
 *
 * @param value the board name, or the path exactly as written between the quotes
 * @param file true for a quoted path, false for a built-in board name
 * @param position where the name or the path starts
 */
public record BoardDirective(String value, boolean file, SourcePosition position) {

    /**
     * Checks the components.
     *
     * @param value the name or path
     * @param file whether it is a path
     * @param position its position
     */
    public BoardDirective {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(position, "position");
    }
}
