package org.mmioworkbench.core.state;

import org.mmioworkbench.core.FileProblemException;

/** A problem in a register state file, at its line and column. */
public final class RegisterStateException extends FileProblemException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param file the file as the user named it
     * @param line the 1-based line, or 0
     * @param column the 1-based column, or 0
     * @param reason what is wrong
     */
    public RegisterStateException(String file, int line, int column, String reason) {
        super(file, line, column, reason);
    }
}
