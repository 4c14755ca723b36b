package org.mmioworkbench.script.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads integer, character and string literals with C's rules: {@code 0x}, {@code 0b}, octal with a
 * leading {@code 0}, {@code _} or {@code '} between digits, {@code u}/{@code l} suffixes, and C's
 * escape sequences.
 */
final class LiteralReader {
    private final SourceText src;
    private final String s;
    private int at;

    LiteralReader(SourceText src) {
        this.src = src;
        this.s = src.text();
    }

    /** Reads an integer literal starting at a digit. */
    Token number(int start) {
        at = start;
        int base = 10;
        if (peek(0) == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
            base = 16;
            at += 2;
        } else if (peek(0) == '0' && (peek(1) == 'b' || peek(1) == 'B')) {
            base = 2;
            at += 2;
        } else if (peek(0) == '0' && (isAsciiDigit(peek(1))
                || ((peek(1) == '_' || peek(1) == '\'') && isAsciiDigit(peek(2))))) {
            base = 8;
        }
        int digitsStart = at;
        long value = 0;
        while (true) {
            char c = peek(0);
            int d = digit(c, base);
            if (d >= 0) {
                if (Long.compareUnsigned(value, Long.divideUnsigned(-1L - d, base)) > 0) {
                    throw src.error(start, "integer literal " + Token.quote(s.substring(start, wordEnd(start)))
                            + " does not fit in 64 bits");
                }
                value = value * base + d;
                at++;
            } else if (base == 8 && (c == '8' || c == '9')) {
                throw src.error(at, "invalid digit '" + c + "' in octal literal (a leading 0 means octal, as in C)");
            } else if ((c == '_' || c == '\'') && at > digitsStart && isSeparatedDigit(base)) {
                at++;
            } else if (c == '_') {
                throw src.error(at, "a digit separator '_' must stand between two digits");
            } else {
                break;
            }
        }
        if (at == digitsStart) {
            throw src.error(start, "expected digits after " + Token.quote(s.substring(start, at)));
        }
        if (peek(0) == '.' && isAsciiDigit(peek(1))) {
            throw src.error(start, "floating-point numbers are not supported; scripts compute with integers");
        }
        int suffixStart = at;
        while (Character.isLetterOrDigit(peek(0)) || peek(0) == '_') {
            at++;
        }
        String suffix = s.substring(suffixStart, at);
        if (!isIntegerSuffix(suffix)) {
            throw src.error(suffixStart, "invalid suffix " + Token.quote(suffix) + " on integer literal");
        }
        return token(Token.Kind.NUMBER, start, value, null);
    }

    /** Reads a character literal starting at its opening quote. */
    Token character(int start) {
        at = start + 1;
        char c = peek(0);
        if (c == '\'') {
            throw src.error(start, "empty character literal");
        }
        if (c == '\n' || at >= s.length()) {
            throw src.error(start, "unterminated character literal");
        }
        long value;
        if (c == '\\') {
            value = escape();
        } else if (c > 0xFF) {
            throw src.error(at, "character " + Token.quote(String.valueOf(c)) + " does not fit in one byte");
        } else {
            value = c;
            at++;
        }
        if (peek(0) != '\'') {
            int close = s.indexOf('\'', at);
            int newline = s.indexOf('\n', at);
            boolean closed = close >= 0 && (newline < 0 || close < newline);
            throw src.error(start, closed ? "a character literal holds exactly one character"
                    : "unterminated character literal");
        }
        at++;
        return token(Token.Kind.NUMBER, start, value, null);
    }

    /** Reads a string literal starting at its opening quote. */
    Token string(int start) {
        at = start + 1;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (true) {
            char c = peek(0);
            if (at >= s.length() || c == '\n') {
                throw src.error(start, "unterminated string literal (a string must end on its line with '\"')");
            }
            if (c == '"') {
                at++;
                break;
            }
            if (c == '\\') {
                bytes.write((int) escape());
            } else {
                int cp = s.codePointAt(at);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                at += Character.charCount(cp);
            }
        }
        return token(Token.Kind.STRING, start, 0, bytes.toByteArray());
    }

    /** Decodes the escape sequence at {@code at} (a backslash) and moves past it. */
    private long escape() {
        int start = at;
        at++;
        char c = peek(0);
        if (c == '\n' || c == '\r' || at >= s.length()) {
            throw src.error(start, "a backslash cannot end the line inside a string or character literal");
        }
        at++;
        switch (c) {
            case 'n': return '\n';
            case 't': return '\t';
            case 'r': return '\r';
            case 'a': return 7;
            case 'b': return '\b';
            case 'f': return '\f';
            case 'v': return 0x0B;
            case 'e': return 0x1B;
            case '\\': return '\\';
            case '\'': return '\'';
            case '"': return '"';
            case '?': return '?';
            case 'x': return numericEscape(start, 16, Integer.MAX_VALUE);
            default:
                if (c >= '0' && c <= '7') {
                    at--;
                    return numericEscape(start, 8, 3);
                }
                throw src.error(start, "unknown escape sequence " + Token.quote(s.substring(start, at)));
        }
    }

    private long numericEscape(int start, int base, int maxDigits) {
        long value = 0;
        int digits = 0;
        while (digits < maxDigits && digit(peek(0), base) >= 0) {
            value = value * base + digit(peek(0), base);
            at++;
            digits++;
            if (value > 0xFF) {
                throw src.error(start, "escape sequence " + Token.quote(s.substring(start, at))
                        + " is out of range: its value must fit in one byte");
            }
        }
        if (digits == 0) {
            throw src.error(start, "expected hexadecimal digits after '\\x'");
        }
        return value;
    }

    private boolean isSeparatedDigit(int base) {
        char c = peek(0);
        return (c == '_' || c == '\'') && digit(peek(1), base) >= 0;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIntegerSuffix(String suffix) {
        String lower = suffix.toLowerCase(java.util.Locale.ROOT);
        return switch (lower) {
            case "", "u", "l", "ul", "lu", "ll", "ull", "llu" -> suffix.indexOf("lL") < 0 && suffix.indexOf("Ll") < 0;
            default -> false;
        };
    }

    private static int digit(char c, int base) {
        int d = Character.digit(c, 16);
        return c < 128 && d >= 0 && d < base ? d : -1;
    }

    private int wordEnd(int from) {
        int i = from;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '\'')) {
            i++;
        }
        return i;
    }

    private char peek(int ahead) {
        int i = at + ahead;
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private Token token(Token.Kind kind, int start, long value, byte[] bytes) {
        return new Token(kind, s.substring(start, at), src.position(start), start, at, value, bytes);
    }
}
