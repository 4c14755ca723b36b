package org.mmioworkbench.c.internal;

/**
 * A run-time error of the C program (bad address, division by zero, bad free, ...): it stops the program. The
 * position is that of the innermost operation that knew it (the {@code *}, {@code [}, {@code ->} or operator of the
 * faulting access), else the statement's.
 */
public final class CFault extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private transient Pos pos;

    public CFault(String message) {
        super(message, null, false, false);
    }

    /** Sets the position if none is set yet; returns this. */
    public CFault at(Pos p) {
        if (pos == null) {
            pos = p;
        }
        return this;
    }

    public Pos pos() {
        return pos;
    }
}
