package org.mmioworkbench.c.internal;

/**
 * Thrown by a front end's instruction to end the program with a reason of the front end's own (a script's
 * {@code Outcome}): the machine stops at that instruction, and its run returns {@link Machine.Kind#HALTED} with
 * the reason.
 */
public final class Halt extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Object reason;

    public Halt(String message, Object reason) {
        super(message, null, false, false);
        this.reason = reason;
    }

    /** The front end's reason. */
    public Object reason() {
        return reason;
    }
}
