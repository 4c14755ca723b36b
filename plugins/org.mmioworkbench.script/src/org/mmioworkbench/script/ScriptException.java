package org.mmioworkbench.script;

import java.util.Objects;

import org.mmioworkbench.core.FileProblemException;

/**
 * A mistake in a script found while reading it (lexing, parsing, checking calls), or reported with the
 * same format by a runner (for example an unknown board). Unchecked: {@link Script#parse(String, String)}
 * throws nothing else, whatever the input. The message is {@code FILE:LINE:COL: error: DETAIL}, one line: the
 * detail may quote the script's text, whose control characters show as escapes
 * ({@link FileProblemException#printable(String)}).
 */
public final class ScriptException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The script's file name. */
    private final String fileName;
    /** Where the error is. */
    private final SourcePosition position;
    /** The error without the file and position prefix. */
    private final String detail;

    /**
     * Creates an error at a position of a script.
     *
     * @param fileName the script's file name as the user knows it
     * @param position where the error is
     * @param detail what is wrong: what was expected and what was found
     */
    public ScriptException(String fileName, SourcePosition position, String detail) {
        super(FileProblemException.printable(fileName) + ":" + position + ": error: "
                + FileProblemException.printable(detail));
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.position = Objects.requireNonNull(position, "position");
        this.detail = FileProblemException.printable(Objects.requireNonNull(detail, "detail"));
    }

    /**
     * Returns the script's file name.
     *
     * @return the name given to the parser
     */
    public String fileName() {
        return fileName;
    }

    /**
     * Returns where the error is.
     *
     * @return line and column, from 1
     */
    public SourcePosition position() {
        return position;
    }

    /**
     * Returns the error without the file and position prefix.
     *
     * @return e.g. {@code expected ')' after the condition, found ';'}
     */
    public String detail() {
        return detail;
    }
}
