package org.mmioworkbench.debug;

import org.mmioworkbench.c.internal.Evaluator;

/**
 * A watch installed in a {@link CDebugSession}: an expression of integer or pointer type, evaluated at each statement
 * boundary in the frame it was set in.
 *
 * @param number its number; breakpoints and watches share one numbering, as in gdb
 * @param expression the parsed expression
 */
public record Watch(int number, Evaluator.Parsed expression) {
    /** The expression as the user wrote it. */
    public String text() {
        return expression.text();
    }
}
