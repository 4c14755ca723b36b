package org.mmioworkbench.cli;

/**
 * A problem that ends a command with an exit status and a message for standard error: a usage error, or a
 * script or board that cannot be used ({@code FILE:LINE:COL: error: MESSAGE}).
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The exit status. */
    private final int status;

    /**
     * Creates the exception.
     *
     * @param status the exit status, e.g. {@link MmioSim#USAGE}
     * @param message the complete line(s) to print on standard error
     */
    CliException(int status, String message) {
        super(message);
        this.status = status;
    }

    /**
     * Returns the exit status.
     *
     * @return the status
     */
    int status() {
        return status;
    }
}
