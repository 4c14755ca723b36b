package org.mmioworkbench.c;

import org.mmioworkbench.core.FileProblemException;

/**
 * A C translation unit could not be preprocessed, parsed or checked. It is a {@link FileProblemException} like the
 * board-file and SVD readers' errors, so a front end shows every problem in a file the same way (a marker at
 * {@link #file()}, {@link #line()}, {@link #column()} with {@link #reason()}); its message is gcc's one line,
 * {@code FILE:LINE:COL: error: CAUSE} ({@code FILE: error: CAUSE} for an error of the whole file, such as a missing
 * {@code main}).
 */
public final class CCompileException extends FileProblemException {
    private static final long serialVersionUID = 1L;
    private final String message;

    /**
     * Creates the exception.
     *
     * @param file the file as the user named it
     * @param line 1-based line, or 0 for the whole file
     * @param column 1-based column, or 0 for the whole file
     * @param cause the user-facing cause, without position
     */
    public CCompileException(String file, int line, int column, String cause) {
        super(file, Math.max(0, line), line <= 0 ? 0 : Math.max(0, column), oneLine(cause));
        this.message = line <= 0 ? file + ": error: " + reason() : file + ":" + line + ":" + column + ": error: "
                + reason();
    }

    /** The cause on one line: line breaks and other control characters become spaces, trailing ones go. */
    private static String oneLine(String cause) {
        return cause.replaceAll("\\p{Cntrl}+", " ").strip();
    }

    /** gcc's form: {@code FILE:LINE:COL: error: CAUSE}, or {@code FILE: error: CAUSE}. */
    @Override
    public String getMessage() {
        return message;
    }
}
