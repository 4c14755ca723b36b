package org.mmioworkbench.c.libc;

import java.io.Serial;

/**
 * A C library call the simulator refuses or a misuse it detects (a conversion {@code printf} does not support, a
 * {@code free} of a pointer {@code malloc} did not return). The message is the cause as the user reads it, naming
 * the C function's view of things (addresses, conversions), never a Java class.
 */
public class LibcException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message the user-facing cause */
    public LibcException(String message) {
        super(message);
    }
}
