package org.mmioworkbench.core;

/**
 * A problem in a file the user gave (an SVD file, a board file): names the file, line and column, and
 * the cause. Its message is {@code file:line:col: reason}, ready to show to a user.
 */
public abstract class FileProblemException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param file the file as the user named it
     * @param line the 1-based line, or 0 if unknown
     * @param column the 1-based column, or 0 if unknown
     * @param reason what is wrong, in words
     */
    protected FileProblemException(String file, int line, int column, String reason) {
        super(file + ":" + line + ":" + column + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /**
     * Returns the file.
     *
     * @return the file as the user named it
     */
    public String file() {
        return file;
    }

    /**
     * Returns the line.
     *
     * @return the 1-based line, or 0 if unknown
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column.
     *
     * @return the 1-based column, or 0 if unknown
     */
    public int column() {
        return column;
    }

    /**
     * Returns the cause without the position.
     *
     * @return what is wrong
     */
    public String reason() {
        return reason;
    }
}
