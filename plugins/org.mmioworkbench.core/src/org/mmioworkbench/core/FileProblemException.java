package org.mmioworkbench.core;

import java.util.Locale;

/**
 * A problem in a file the user gave (an SVD file, a board file): names the file, line and column, and
 * the cause. Its message is {@code file:line:col: reason}, ready to show to a user: always one line, because
 * the reason often quotes the file's own text (a name, a number, a path), and such text may hold line breaks
 * or terminal escape sequences; {@link #printable(String)} shows them as escapes instead.
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
        super(printable(file) + ":" + line + ":" + column + ": " + printable(reason));
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = printable(reason);
    }

    /**
     * Makes text safe to print on one line of a terminal: control characters (C0, DEL, C1: line breaks,
     * escape sequences), format characters (such as bidirectional overrides) and line or paragraph
     * separators become escapes: {@code \n}, {@code \r}, {@code \t}, {@code \x1B} below U+0100, else a
     * backslash, {@code u} and four hexadecimal digits (U+202E, the right-to-left override, shows as
     * {@code \}{@code u202E}). A backslash stays as it is; everything else is unchanged.
     *
     * @param text any text, or null
     * @return the text with those characters escaped ({@code "null"} for null)
     */
    public static String printable(String text) {
        if (text == null) {
            return "null";
        }
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!needsEscape(ch)) {
                b.append(ch);
            } else if (ch == '\n') {
                b.append("\\n");
            } else if (ch == '\r') {
                b.append("\\r");
            } else if (ch == '\t') {
                b.append("\\t");
            } else if (ch < 0x100) {
                b.append(String.format(Locale.ROOT, "\\x%02X", (int) ch));
            } else {
                b.append(String.format(Locale.ROOT, "\\u%04X", (int) ch));
            }
        }
        return b.toString();
    }

    private static boolean needsEscape(char ch) {
        if (ch >= 0x20 && ch < 0x7F) {
            return false;
        }
        return switch (Character.getType(ch)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
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
