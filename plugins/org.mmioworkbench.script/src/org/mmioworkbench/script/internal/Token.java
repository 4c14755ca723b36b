package org.mmioworkbench.script.internal;

import org.mmioworkbench.script.SourcePosition;

/**
 * One token of a script.
 *
 * @param kind what kind of token it is
 * @param text the source text of the token (for a string, the text with its quotes)
 * @param position where it starts
 * @param start offset of its first character
 * @param end offset after its last character
 * @param value the value of a number or character literal, else 0
 * @param bytes the bytes of a string literal (UTF-8 text, escapes as raw bytes), else null
 */
public record Token(Kind kind, String text, SourcePosition position, int start, int end, long value, byte[] bytes) {

    /** Token kinds; operators and punctuation are all {@link #OP}, told apart by their text. */
    public enum Kind {
        /** A name or keyword. */
        IDENT,
        /** An integer or character literal. */
        NUMBER,
        /** A string literal. */
        STRING,
        /** The unquoted board name after {@code board} in the first line. */
        BOARD_NAME,
        /** {@code #define} at the start of a line. */
        DEFINE,
        /** An operator or punctuation. */
        OP,
        /** The end of a line outside parentheses (and the end of a {@code #define} line). */
        NEWLINE,
        /** The end of the text. */
        EOF
    }

    /**
     * Tells whether this is a given operator or punctuation.
     *
     * @param op e.g. {@code "("}
     * @return true if it is
     */
    public boolean is(String op) {
        return kind == Kind.OP && text.equals(op);
    }

    /**
     * Tells whether this is a given name or keyword.
     *
     * @param word e.g. {@code "if"}
     * @return true if it is
     */
    public boolean isWord(String word) {
        return kind == Kind.IDENT && text.equals(word);
    }

    /**
     * Describes the token for an error message.
     *
     * @return e.g. {@code 'x'}, {@code end of line} or {@code end of file}
     */
    public String describe() {
        return switch (kind) {
            case NEWLINE -> "end of line";
            case EOF -> "end of file";
            case DEFINE -> "'#define'";
            default -> quote(text);
        };
    }

    /**
     * Quotes source text for an error message, shortening long text.
     *
     * @param text the text
     * @return the text in single quotes
     */
    public static String quote(String text) {
        String shown = text.length() > 24 ? text.substring(0, 21) + "..." : text;
        return "'" + shown + "'";
    }
}
