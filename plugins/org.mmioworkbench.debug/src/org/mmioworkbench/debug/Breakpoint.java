package org.mmioworkbench.debug;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A breakpoint installed in a {@link CDebugSession}: at the first statement of a function, or at the statements of a
 * line (in one file, or in any file when {@code file} is empty).
 *
 * @param number its number; breakpoints and watches share one numbering, as in gdb
 * @param function the function, or null for a line breakpoint
 * @param file the file as the user named it (a path, its end, or its name), or empty for any file
 * @param line the line, or 0 for a function breakpoint
 */
public record Breakpoint(int number, String function, String file, int line) {
    public Breakpoint {
        if (function == null) {
            Objects.requireNonNull(file, "file");
            if (line < 1) {
                throw new IllegalArgumentException("line " + line);
            }
        }
    }

    /** How the user wrote it: {@code FUNCTION}, {@code FILE:LINE} or {@code LINE}. */
    public String spec() {
        return function != null ? function : file.isEmpty() ? Integer.toString(line) : file + ":" + line;
    }

    /** Whether a statement of this file and line is at this line breakpoint. */
    boolean atLine(String statementFile, int statementLine) {
        return function == null && line == statementLine && (file.isEmpty() || sameFile(statementFile, file));
    }

    private static boolean sameFile(String a, String b) {
        if (a.equals(b) || a.endsWith("/" + b)) {
            return true;
        }
        try {
            Path name = Path.of(a).getFileName();
            return name != null && name.toString().equals(b);
        } catch (RuntimeException e) { // not a path on this system
            return false;
        }
    }
}
