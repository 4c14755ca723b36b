package org.mmioworkbench.c;

/**
 * A C translation unit could not be preprocessed, parsed or checked. The message is one line,
 * {@code FILE:LINE:COL: error: CAUSE}, naming the position in the original source file ({@code FILE: error: CAUSE}
 * for an error of the whole file, such as a missing {@code main}).
 */
public final class CCompileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;

    /**
     * Creates the exception.
     *
     * @param file the file as the user named it
     * @param line 1-based line
     * @param column 1-based column
     * @param cause the user-facing cause, without position
     */
    public CCompileException(String file, int line, int column, String cause) {
        super(line <= 0 ? file + ": error: " + oneLine(cause)
                : file + ":" + line + ":" + column + ": error: " + oneLine(cause));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The cause on one line: line breaks and other control characters become spaces, trailing ones go. */
    private static String oneLine(String cause) {
        return cause.replaceAll("\\p{Cntrl}+", " ").strip();
    }

    /**
     * Returns the file the error is in.
     *
     * @return the file name as given
     */
    public String file() {
        return file;
    }

    /**
     * Returns the line of the error.
     *
     * @return 1-based line
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the error.
     *
     * @return 1-based column
     */
    public int column() {
        return column;
    }
}
