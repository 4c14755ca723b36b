package org.mmioworkbench.core.svd;

import org.mmioworkbench.core.FileProblemException;

/**
 * A CMSIS-SVD file that cannot be read: names the file, line and column, and the cause. Its message is
 * {@code file:line:col: message}, ready to show to a user.
 */
public final class SvdException extends FileProblemException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param file the file as the user named it
     * @param line the 1-based line, or 0 if unknown
     * @param column the 1-based column, or 0 if unknown
     * @param reason what is wrong, in words
     */
    public SvdException(String file, int line, int column, String reason) {
        super(file, line, column, reason);
    }
}
