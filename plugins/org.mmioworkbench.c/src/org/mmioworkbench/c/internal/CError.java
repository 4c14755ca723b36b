package org.mmioworkbench.c.internal;

/** A compile error at a position; turned into a {@code CCompileException} at the API boundary. */
public final class CError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final transient Pos pos;
    public final String cause;

    public CError(Pos pos, String cause) {
        super(pos + ": error: " + cause, null, false, false);
        this.pos = pos;
        this.cause = cause;
    }
}
