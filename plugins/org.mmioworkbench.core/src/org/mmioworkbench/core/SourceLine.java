package org.mmioworkbench.core;

import java.util.Objects;

/**
 * A line of a driver's source file: where a statement is, and so where a diagnostic was caused.
 *
 * @param file the file as the driver's compiler named it
 * @param line the line, from 1
 */
public record SourceLine(String file, int line) {
    public SourceLine {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line " + line);
        }
    }

    /** {@code FILE:LINE}. */
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
