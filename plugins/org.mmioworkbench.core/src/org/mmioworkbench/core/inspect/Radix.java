package org.mmioworkbench.core.inspect;

import java.math.BigInteger;
import java.util.Locale;

/**
 * How register values are written and read: {@code hex} ({@code 0x0301}), {@code dec} ({@code 769}), {@code bin}
 * ({@code 0b0000_0011_0000_0001}) or {@code signed} ({@code -1} for {@code 0xFFFF} of a 16-bit register), named by
 * {@link #key()} (the Register Editor's number format preferences store the key). Hex and binary are padded to the
 * width of the register or field: binary shows every bit, in groups of four from the least significant bit
 * separated by {@code _} (the digit separator of Java and C23, which {@link #parse} accepts, so a value copied from
 * a cell can be typed back). Signed is the two's complement of the width: a 4-bit field {@code 0b1111} is {@code -1}.
 */
public enum Radix {
    /** Hexadecimal, {@code 0x} and upper-case digits. */
    HEX("hex", 16, "a hex number"),
    /** Unsigned decimal. */
    DEC("dec", 10, "a decimal number"),
    /** Binary, {@code 0b} and groups of four bits separated by {@code _}. */
    BIN("bin", 2, "a binary number"),
    /** Signed decimal: the two's complement of the register's or field's width. */
    SIGNED("signed", 10, "a signed decimal number");

    private final String key;
    private final int base;
    private final String what;

    Radix(String key, int base, String what) {
        this.key = key;
        this.base = base;
        this.what = what;
    }

    /** @return its name in preferences and commands, e.g. {@code hex} */
    public String key() {
        return key;
    }

    /** @return its name in menus, e.g. {@code Hexadecimal} */
    public String title() {
        return switch (this) {
            case HEX -> "Hexadecimal";
            case DEC -> "Decimal";
            case BIN -> "Binary";
            case SIGNED -> "Signed Decimal";
        };
    }

    /**
     * Finds the radix of a key.
     *
     * @param value {@code hex}, {@code dec}, {@code bin} or {@code signed}
     * @return the radix, hex for anything else
     */
    public static Radix of(String value) {
        for (Radix r : values()) {
            if (r.key.equals(value)) {
                return r;
            }
        }
        return HEX;
    }

    /**
     * Formats a value.
     *
     * @param value the value, unsigned
     * @param bits its width, 1 to 64
     * @return e.g. {@code 0x00000301}, {@code 769}, {@code 0b11} or {@code -3}
     */
    public String format(long value, int bits) {
        long v = bits >= 64 ? value : value & ((1L << bits) - 1);
        return switch (this) {
            case HEX -> "0x" + pad(Long.toHexString(v).toUpperCase(Locale.ROOT), (bits + 3) / 4);
            case DEC -> Long.toUnsignedString(v);
            case BIN -> "0b" + group(pad(Long.toBinaryString(v), bits));
            case SIGNED -> Long.toString(signed(v, bits));
        };
    }

    /**
     * Reads the bits of a value as a two's complement number of its width.
     *
     * @param value the value, unsigned
     * @param bits its width, 1 to 64
     * @return e.g. -1 for {@code 0xF} of 4 bits, 7 for {@code 0x7}
     */
    public static long signed(long value, int bits) {
        if (bits >= 64) {
            return value;
        }
        int shift = 64 - bits;
        return (value << shift) >> shift;
    }

    private static String pad(String digits, int width) {
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static String group(String bits) {
        if (bits.length() <= 4) {
            return bits;
        }
        StringBuilder b = new StringBuilder();
        int first = bits.length() % 4 == 0 ? 4 : bits.length() % 4;
        b.append(bits, 0, first);
        for (int i = first; i < bits.length(); i += 4) {
            b.append('_').append(bits, i, i + 4);
        }
        return b.toString();
    }

    /**
     * Reads a value typed by the user: {@code 0x} and {@code 0b} prefixes choose the base (and give the bits
     * themselves), otherwise this radix does; {@code _} and spaces between digits are ignored. In signed decimal a
     * leading {@code -} gives a negative number, stored as its two's complement of the width.
     *
     * @param text the text
     * @param bits the width the value must fit in, 1 to 64
     * @return the value
     * @throws NumberFormatException with a message for the user if the text is not a value that fits
     */
    public long parse(String text, int bits) {
        String t = text.trim().replace("_", "").replace(" ", "");
        int radix = base;
        String name = what;
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("0x")) {
            radix = 16;
            name = "a hex number";
            t = t.substring(2);
        } else if (lower.startsWith("0b")) {
            radix = 2;
            name = "a binary number";
            t = t.substring(2);
        }
        boolean signedDecimal = this == SIGNED && radix == 10;
        if (t.isEmpty() || (t.startsWith("-") && !signedDecimal) || t.startsWith("+")) {
            throw new NumberFormatException("\"" + text.trim() + "\" is not " + name + hint(radix));
        }
        BigInteger value;
        try {
            value = new BigInteger(t, radix);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("\"" + text.trim() + "\" is not " + name + hint(radix));
        }
        if (signedDecimal) {
            BigInteger min = BigInteger.ONE.shiftLeft(bits - 1).negate();
            BigInteger max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw new NumberFormatException("\"" + text.trim() + "\" does not fit in " + bits + " bit"
                        + (bits == 1 ? "" : "s") + " signed (" + min + " to " + max + ")");
            }
            long v = value.longValue();
            return bits >= 64 ? v : v & ((1L << bits) - 1);
        }
        if (value.bitLength() > bits) {
            long max = bits >= 64 ? -1L : (1L << bits) - 1;
            throw new NumberFormatException("\"" + text.trim() + "\" does not fit in " + bits + " bit"
                    + (bits == 1 ? "" : "s") + " (at most " + HEX.format(max, bits) + ")");
        }
        return value.longValue();
    }

    private String hint(int radix) {
        return switch (radix) {
            case 16 -> " (digits 0-9 and A-F; 0b for binary)";
            case 2 -> " (digits 0 and 1; 0x for hex)";
            default -> this == SIGNED ? " (digits 0-9, - for a negative number; 0x for hex, 0b for binary)"
                    : " (digits 0-9; 0x for hex, 0b for binary)";
        };
    }
}
