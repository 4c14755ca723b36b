package org.mmioworkbench.core.svd;

/**
 * Parses the number forms of CMSIS-SVD: {@code scaledNonNegativeInteger} (decimal, {@code 0x}/{@code 0X}
 * hexadecimal, {@code #} or {@code 0b} binary, optional {@code k}/{@code M}/{@code G}/{@code T} suffix
 * for powers of 1024), enumerated values with {@code x} don't-care bits, and booleans. Every method
 * throws {@link NumberFormatException} for text that is not such a number; callers add the position.
 */
final class SvdNumbers {

    /**
     * An enumerated value: its bits and the bits given as {@code x}.
     *
     * @param value the value, don't-care bits 0
     * @param dontCareMask the don't-care bits
     */
    record Masked(long value, long dontCareMask) {
    }

    private SvdNumbers() {
    }

    /**
     * Parses a {@code scaledNonNegativeInteger}: up to 64 bits, unsigned.
     *
     * @param text the element's text, surrounding whitespace allowed
     * @return the value (values of 2^63 and above are negative as a {@code long})
     */
    static long parse(String text) {
        String s = text.trim();
        int start = s.startsWith("+") ? 1 : 0;
        int end = s.length();
        long scale = 1;
        if (end > start) {
            scale = switch (s.charAt(end - 1)) {
                case 'k', 'K' -> 1L << 10;
                case 'm', 'M' -> 1L << 20;
                case 'g', 'G' -> 1L << 30;
                case 't', 'T' -> 1L << 40;
                default -> 1;
            };
            if (scale != 1) {
                end--;
            }
        }
        int radix = 10;
        if (s.startsWith("0x", start) || s.startsWith("0X", start)) {
            radix = 16;
            start += 2;
        } else if (s.startsWith("#", start)) {
            radix = 2;
            start += 1;
        } else if (s.startsWith("0b", start) || s.startsWith("0B", start)) {
            radix = 2;
            start += 2;
        }
        long value = digits(s, start, end, radix);
        if (scale != 1 && Long.compareUnsigned(value, Long.divideUnsigned(-1L, scale)) > 0) {
            throw new NumberFormatException("out of range: " + text);
        }
        return value * scale;
    }

    /**
     * Parses an {@code enumeratedValue}'s {@code value}: decimal, hexadecimal, or binary
     * ({@code #} or {@code 0b}) where {@code x} marks a don't-care bit.
     *
     * @param text the element's text
     * @return the value and its don't-care mask
     */
    static Masked parseMasked(String text) {
        String s = text.trim();
        int start = s.startsWith("+") ? 1 : 0;
        int digits;
        if (s.startsWith("#", start)) {
            digits = start + 1;
        } else if (s.startsWith("0b", start) || s.startsWith("0B", start)) {
            digits = start + 2;
        } else {
            return new Masked(parse(s), 0);
        }
        if (digits == s.length() || s.length() - digits > 64) {
            throw new NumberFormatException(text);
        }
        long value = 0;
        long mask = 0;
        for (int i = digits; i < s.length(); i++) {
            char ch = s.charAt(i);
            value <<= 1;
            mask <<= 1;
            switch (ch) {
                case '0' -> { }
                case '1' -> value |= 1;
                case 'x', 'X' -> mask |= 1;
                default -> throw new NumberFormatException(text);
            }
        }
        return new Masked(value, mask);
    }

    /**
     * Parses an {@code xs:boolean}: {@code true}, {@code false}, {@code 1} or {@code 0}.
     *
     * @param text the element's text
     * @return the value
     */
    static boolean parseBoolean(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new NumberFormatException(text);
        };
    }

    private static long digits(String s, int start, int end, int radix) {
        if (start >= end) {
            throw new NumberFormatException(s);
        }
        long limit = Long.divideUnsigned(-1L, radix);
        long value = 0;
        for (int i = start; i < end; i++) {
            int digit = asciiDigit(s.charAt(i));
            if (digit < 0 || digit >= radix) {
                throw new NumberFormatException(s);
            }
            if (Long.compareUnsigned(value, limit) > 0) {
                throw new NumberFormatException("out of range: " + s);
            }
            long next = value * radix + digit;
            if (Long.compareUnsigned(next, value * radix) < 0) {
                throw new NumberFormatException("out of range: " + s);
            }
            value = next;
        }
        return value;
    }

    private static int asciiDigit(char ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'a' && ch <= 'f') {
            return ch - 'a' + 10;
        }
        if (ch >= 'A' && ch <= 'F') {
            return ch - 'A' + 10;
        }
        return -1;
    }
}
