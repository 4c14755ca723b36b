package org.mmioworkbench.script.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code printf} format, checked when the script is compiled: conversions {@code %d %i %u %x %X %o
 * %c %s %p %%} with flags {@code - + space # 0}, a width and a precision; length modifiers
 * ({@code hh h l ll z j t}) are accepted and ignored, since every value is printed with its 64 bits
 * ({@code %d} and {@code %i} as signed 64-bit numbers, so a sign-extended return code prints as -3).
 * A width or precision above {@link #MAX_WIDTH} is an error.
 */
public final class PrintfFormat {
    private static final String CONVERSIONS = "diuxXocsp";

    /**
     * The largest width or precision: a larger one is an error when the script is read, never cut short
     * (it would only print pages of padding, and the output is held in memory).
     */
    public static final int MAX_WIDTH = 4096;

    private sealed interface Part {
    }

    private record Literal(byte[] bytes) implements Part {
    }

    private record Spec(String flags, int width, int precision, char conversion) implements Part {
        boolean has(char flag) {
            return flags.indexOf(flag) >= 0;
        }
    }

    private final List<Part> parts;

    private PrintfFormat(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * Parses a format.
     *
     * @param format the format string's bytes
     * @return the format
     * @throws IllegalArgumentException with the detail of the first error
     */
    public static PrintfFormat parse(byte[] format) {
        List<Part> parts = new ArrayList<>();
        ByteArrayOutputStream literal = new ByteArrayOutputStream();
        int i = 0;
        while (i < format.length) {
            byte b = format[i++];
            if (b != '%') {
                literal.write(b);
                continue;
            }
            if (i < format.length && format[i] == '%') {
                literal.write('%');
                i++;
                continue;
            }
            if (literal.size() > 0) {
                parts.add(new Literal(literal.toByteArray()));
                literal.reset();
            }
            int start = i - 1;
            StringBuilder flags = new StringBuilder();
            while (i < format.length && "-+ #0".indexOf(format[i]) >= 0) {
                flags.append((char) format[i++]);
            }
            int digitsStart = i;
            int width = 0;
            while (i < format.length && isDigit(format[i])) {
                width = Math.min(width * 10 + (format[i++] - '0'), MAX_WIDTH + 1);
            }
            if (width > MAX_WIDTH) {
                throw new IllegalArgumentException("printf width " + new String(format, digitsStart, i - digitsStart,
                        StandardCharsets.ISO_8859_1) + " is larger than " + MAX_WIDTH);
            }
            int precision = -1;
            if (i < format.length && format[i] == '.') {
                i++;
                precision = 0;
                digitsStart = i;
                while (i < format.length && isDigit(format[i])) {
                    precision = Math.min(precision * 10 + (format[i++] - '0'), MAX_WIDTH + 1);
                }
                if (precision > MAX_WIDTH) {
                    throw new IllegalArgumentException("printf precision " + new String(format, digitsStart,
                            i - digitsStart, StandardCharsets.ISO_8859_1) + " is larger than " + MAX_WIDTH);
                }
            }
            if (i < format.length && format[i] == '*') {
                throw new IllegalArgumentException("'*' widths and precisions are not supported in printf formats");
            }
            while (i < format.length && "hljztL".indexOf(format[i]) >= 0) {
                i++;
            }
            if (i >= format.length) {
                throw new IllegalArgumentException("incomplete printf conversion '"
                        + new String(format, start, i - start, StandardCharsets.UTF_8) + "' at the end of the format");
            }
            char conversion = (char) (format[i++] & 0xFF);
            if (CONVERSIONS.indexOf(conversion) < 0) {
                throw new IllegalArgumentException("unknown printf conversion '"
                        + new String(format, start, i - start, StandardCharsets.ISO_8859_1) + "'");
            }
            parts.add(new Spec(flags.toString(), width, precision, conversion));
        }
        if (literal.size() > 0) {
            parts.add(new Literal(literal.toByteArray()));
        }
        return new PrintfFormat(parts);
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /**
     * Returns the conversion letter of each argument the format takes, in order.
     *
     * @return e.g. {@code [d, s]}; {@code s} takes a string literal, the others an integer
     */
    public List<Character> conversions() {
        List<Character> list = new ArrayList<>();
        for (Part p : parts) {
            if (p instanceof Spec s) {
                list.add(s.conversion());
            }
        }
        return list;
    }

    /**
     * Returns how many integer arguments the format takes (its conversions other than {@code %s}).
     *
     * @return the count
     */
    public int valueCount() {
        return (int) conversions().stream().filter(c -> c != 's').count();
    }

    /**
     * Formats the arguments; invalid UTF-8 in the result shows as U+FFFD.
     *
     * @param values the integers for the conversions other than {@code %s}, in order
     * @param texts the strings for the {@code %s} conversions, in order
     * @return the text printed
     */
    public String format(long[] values, List<byte[]> texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int nextValue = 0;
        int nextText = 0;
        for (Part p : parts) {
            switch (p) {
                case Literal l -> out.writeBytes(l.bytes());
                case Spec s when s.conversion() == 's' -> out.writeBytes(text(s, texts.get(nextText++)));
                case Spec s when s.conversion() == 'c' -> out.writeBytes(pad(s, new byte[] {(byte) values[nextValue++]}));
                case Spec s -> out.writeBytes(number(s, values[nextValue++]).getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static byte[] text(Spec s, byte[] text) {
        byte[] shown = s.precision() >= 0 && s.precision() < text.length ? java.util.Arrays.copyOf(text, s.precision()) : text;
        return pad(s, shown);
    }

    private static byte[] pad(Spec s, byte[] content) {
        int fill = s.width() - content.length;
        if (fill <= 0) {
            return content;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!s.has('-')) {
            out.writeBytes(" ".repeat(fill).getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes(content);
        if (s.has('-')) {
            out.writeBytes(" ".repeat(fill).getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    private static String number(Spec s, long v) {
        char c = s.conversion();
        boolean signed = c == 'd' || c == 'i';
        String digits = switch (c) {
            case 'd', 'i' -> Long.toUnsignedString(v < 0 ? -v : v);
            case 'u' -> Long.toUnsignedString(v);
            case 'x', 'p' -> Long.toHexString(v);
            case 'X' -> Long.toHexString(v).toUpperCase(Locale.ROOT);
            default -> Long.toOctalString(v);
        };
        if (s.precision() >= 0) {
            digits = s.precision() == 0 && v == 0 ? "" : "0".repeat(Math.max(0, s.precision() - digits.length())) + digits;
        }
        String prefix = "";
        if (signed) {
            prefix = v < 0 ? "-" : s.has('+') ? "+" : s.has(' ') ? " " : "";
        } else if (c == 'p' || (s.has('#') && v != 0 && (c == 'x' || c == 'X'))) {
            prefix = c == 'X' ? "0X" : "0x";
        } else if (s.has('#') && c == 'o' && !digits.startsWith("0")) {
            prefix = "0";
        }
        int fill = s.width() - prefix.length() - digits.length();
        if (fill <= 0) {
            return prefix + digits;
        }
        if (s.has('-')) {
            return prefix + digits + " ".repeat(fill);
        }
        if (s.has('0') && s.precision() < 0) {
            return prefix + "0".repeat(fill) + digits;
        }
        return " ".repeat(fill) + prefix + digits;
    }
}
