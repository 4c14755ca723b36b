package org.mmioworkbench.c.internal;

/** A run-time error of the C program (bad address, division by zero, bad free, ...): it stops the program. */
public final class CFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CFault(String message) {
        super(message, null, false, false);
    }
}
