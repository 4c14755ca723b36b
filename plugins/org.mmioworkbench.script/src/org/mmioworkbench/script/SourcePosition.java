package org.mmioworkbench.script;

import java.io.Serializable;

/**
 * A place in a script's source text. Lines and columns count from 1; a column counts characters, so a
 * tab is one column.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourcePosition(int line, int column) implements Serializable {

    /**
     * Checks that both numbers are positive.
     *
     * @param line the line, from 1
     * @param column the column, from 1
     */
    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions count from 1: " + line + ":" + column);
        }
    }

    /**
     * Renders the position as compilers do.
     *
     * @return {@code LINE:COLUMN}
     */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
