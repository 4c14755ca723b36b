package org.mmioworkbench.script.internal;

import org.mmioworkbench.script.SourcePosition;

/** An argument of a call: a value, an out-parameter {@code &name}, or a string literal. */
public sealed interface Arg {

    /**
     * Returns where the argument starts.
     *
     * @return the position
     */
    SourcePosition position();

    /**
     * An integer expression.
     *
     * @param expr the expression
     * @param position where it starts
     */
    record Value(Expr expr, SourcePosition position) implements Arg {
    }

    /**
     * An out-parameter, {@code &name}, {@code &name.field} or {@code &structure}.
     *
     * @param target what receives the value
     * @param position the position of {@code &}
     */
    record Out(Target target, SourcePosition position) implements Arg {
    }

    /**
     * A string literal (adjacent literals joined, as in C).
     *
     * @param bytes the bytes
     * @param position the opening quote
     */
    record Text(byte[] bytes, SourcePosition position) implements Arg {
    }
}
