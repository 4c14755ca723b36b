package org.mmioworkbench.c.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.anarres.cpp.Token;

/** Turns jcpp tokens into the parser's tokens: numbers, characters and strings decoded as C does. */
final class Lex {
    private Lex() {
    }

    static Tok convert(Token t, Pos pos) {
        String text = t.getText();
        switch (t.getType()) {
            case Token.IDENTIFIER:
                return new Tok(Tok.K.ID, text, pos);
            case Token.NUMBER:
                return number(text, pos);
            case Token.CHARACTER:
                return character(text, pos);
            case Token.STRING: {
                if (!text.startsWith("\"")) {
                    throw new CError(pos, "wide and Unicode string literals are not supported");
                }
                Tok s = new Tok(Tok.K.STR, text, pos);
                s.bytes = stringBytes(text.substring(1, text.length() - 1), pos);
                return s;
            }
            case Token.INVALID:
                if (text.startsWith("/*")) {
                    throw new CError(pos, "unterminated comment");
                }
                if (text.startsWith("\"") || text.startsWith("'")) {
                    throw new CError(pos, "missing terminating " + text.charAt(0) + " character");
                }
                throw new CError(pos, "stray '" + text + "' in program");
            case Token.HEADER:
            case Token.SQSTRING:
                throw new CError(pos, "stray '" + text + "' in program");
            default:
                if (text.equals("#") || text.equals("##") || text.equals("%:") || text.equals("%:%:")) {
                    throw new CError(pos, "stray '" + text + "' in program");
                }
                String p = switch (text) {
                    case "<:" -> "[";
                    case ":>" -> "]";
                    case "<%" -> "{";
                    case "%>" -> "}";
                    default -> text;
                };
                if (p.isEmpty()) {
                    throw new CError(pos, "stray character in program");
                }
                if (p.equals("@") || p.equals("$") || p.equals("`") || p.equals("\\")) {
                    throw new CError(pos, "stray '" + p + "' in program");
                }
                return new Tok(Tok.K.PUNCT, p, pos);
        }
    }

    static Tok number(String text, Pos pos) {
        String s = text.toLowerCase();
        boolean hex = s.startsWith("0x");
        if (!hex && (s.contains(".") || s.contains("e")) || hex && (s.contains(".") || s.contains("p"))) {
            Tok f = new Tok(Tok.K.NUM, text, pos);
            f.type = null; // a floating constant: refused where the parser meets it
            return f;
        }
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == 'u' || s.charAt(end - 1) == 'l')) {
            end--;
        }
        String suffix = s.substring(end);
        String digits = s.substring(0, end);
        boolean u = suffix.contains("u");
        int l = suffix.length() - (u ? 1 : 0);
        if (suffix.chars().filter(c -> c == 'u').count() > 1 || l > 2
                || l == 2 && !suffix.contains("ll")) {
            throw new CError(pos, "invalid suffix '" + text.substring(end) + "' on integer constant");
        }
        int radix = 10;
        String body = digits;
        if (hex) {
            radix = 16;
            body = digits.substring(2);
        } else if (digits.startsWith("0b")) {
            radix = 2;
            body = digits.substring(2);
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            radix = 8;
            body = digits.substring(1);
        }
        if (body.isEmpty()) {
            throw new CError(pos, "invalid integer constant '" + text + "'");
        }
        java.math.BigInteger v;
        try {
            v = new java.math.BigInteger(body, radix);
        } catch (NumberFormatException e) {
            throw new CError(pos, "invalid " + (radix == 8 ? "digit in octal" : "integer") + " constant '" + text + "'");
        }
        if (v.bitLength() > 64) {
            throw new CError(pos, "integer constant is too large for its type");
        }
        long value = v.longValue();
        boolean fitsInt = v.bitLength() <= 31;
        boolean fitsUInt = v.bitLength() <= 32;
        boolean fitsLong = v.bitLength() <= 63;
        boolean decimal = radix == 10;
        CType type;
        if (l == 0 && !u) {
            type = fitsInt ? CType.INT : !decimal && fitsUInt ? CType.UINT : fitsLong ? CType.LONG
                    : decimal ? null : CType.ULONG;
        } else if (l == 0) {
            type = fitsUInt ? CType.UINT : CType.ULONG;
        } else if (!u) {
            CType sl = l == 2 ? CType.LLONG : CType.LONG;
            CType ul = l == 2 ? CType.ULLONG : CType.ULONG;
            type = fitsLong ? sl : decimal ? null : ul;
        } else {
            type = l == 2 ? CType.ULLONG : CType.ULONG;
        }
        if (type == null) {
            throw new CError(pos, "integer constant is so large that it is unsigned");
        }
        Tok t = new Tok(Tok.K.NUM, text, pos);
        t.value = value;
        t.type = type;
        return t;
    }

    static Tok character(String text, Pos pos) {
        if (!text.startsWith("'")) {
            throw new CError(pos, "wide character constants are not supported");
        }
        byte[] b = stringBytes(text.substring(1, text.length() - 1), pos);
        if (b.length == 0) {
            throw new CError(pos, "empty character constant");
        }
        long v;
        if (b.length == 1) {
            v = b[0]; // plain char is signed, as gcc on x86-64
        } else {
            v = 0;
            for (byte x : b) {
                v = (v << 8) | (x & 0xFF);
            }
            v = (int) v;
        }
        Tok t = new Tok(Tok.K.CHR, text, pos);
        t.value = v;
        t.type = CType.INT;
        return t;
    }

    /** Decodes the inside of a string or character literal: escapes, UTF-8 for other characters. */
    static byte[] stringBytes(String in, Pos pos) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < in.length()) {
            char c = in.charAt(i++);
            if (c != '\\') {
                if (c < 0x80) {
                    out.write(c);
                } else {
                    int cp = c;
                    if (Character.isHighSurrogate(c) && i < in.length()) {
                        cp = Character.toCodePoint(c, in.charAt(i++));
                    }
                    byte[] u = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                    out.write(u, 0, u.length);
                }
                continue;
            }
            if (i >= in.length()) {
                throw new CError(pos, "missing character after '\\' in a literal");
            }
            char e = in.charAt(i++);
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'v' -> out.write(11);
                case 'e' -> out.write(27);
                case '\\', '\'', '"', '?' -> out.write(e);
                case 'x' -> {
                    int v = 0;
                    int n = 0;
                    while (i < in.length() && Character.digit(in.charAt(i), 16) >= 0) {
                        v = v * 16 + Character.digit(in.charAt(i++), 16);
                        n++;
                        if (v > 0xFF) {
                            throw new CError(pos, "hex escape sequence out of range");
                        }
                    }
                    if (n == 0) {
                        throw new CError(pos, "\\x used with no following hex digits");
                    }
                    out.write(v);
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        int n = 1;
                        while (n < 3 && i < in.length() && in.charAt(i) >= '0' && in.charAt(i) <= '7') {
                            v = v * 8 + (in.charAt(i++) - '0');
                            n++;
                        }
                        if (v > 0xFF) {
                            throw new CError(pos, "octal escape sequence out of range");
                        }
                        out.write(v);
                    } else {
                        throw new CError(pos, "unknown escape sequence '\\" + e + "'");
                    }
                }
            }
        }
        return out.toByteArray();
    }
}
