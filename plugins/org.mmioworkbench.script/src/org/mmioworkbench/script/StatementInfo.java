package org.mmioworkbench.script;

import java.util.Objects;

/**
 * One statement of a compiled script, where a debugger stops: an assignment, a declaration, a call, a
 * {@code process}, {@code assert}, {@code break} or {@code continue}, or the condition of an {@code if},
 * {@code while}, {@code do}/{@code while} or {@code for} (which runs once per iteration).
 *
 * @param id the statement's number, from 0, in source order
 * @param position where the statement starts (for loops and {@code if}: the keyword)
 */
public record StatementInfo(int id, SourcePosition position) {

    /**
     * Checks the components.
     *
     * @param id the number
     * @param position the position
     */
    public StatementInfo {
        Objects.requireNonNull(position, "position");
    }

    /**
     * Returns the statement's line.
     *
     * @return the line, from 1
     */
    public int line() {
        return position.line();
    }
}
