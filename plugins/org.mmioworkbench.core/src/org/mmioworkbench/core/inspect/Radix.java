package org.mmioworkbench.core.inspect;

import java.math.BigInteger;
import java.util.Locale;

/**
 * How register values are written and read: {@code hex} ({@code 0x0301}), {@code dec} ({@code 769}) or
 * {@code bin} ({@code 0b0011_0000_0001}), named by {@link #key()} (the Register Editor's number format
 * preference stores the key). Values are unsigned and padded to the width of the register or field in hex
 * and binary.
 */
public enum Radix {
    /** Hexadecimal, {@code 0x} and upper-case digits. */
    HEX("hex", 16, "a hex number"),
    /** Unsigned decimal. */
    DEC("dec", 10, "a decimal number"),
    /** Binary, {@code 0b} and groups of four bits separated by {@code _}. */
    BIN("bin", 2, "a binary number");

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

    /**
     * Finds the radix of a key.
     *
     * @param value {@code hex}, {@code dec} or {@code bin}
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
     * @return e.g. {@code 0x00000301}, {@code 769} or {@code 0b11}
     */
    public String format(long value, int bits) {
        long v = bits >= 64 ? value : value & ((1L << bits) - 1);
        return switch (this) {
            case HEX -> "0x" + pad(Long.toHexString(v).toUpperCase(Locale.ROOT), (bits + 3) / 4);
            case DEC -> Long.toUnsignedString(v);
            case BIN -> "0b" + group(pad(Long.toBinaryString(v), bits));
        };
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
     * Reads a value typed by the user: {@code 0x} and {@code 0b} prefixes choose the base, otherwise this
     * radix does; {@code _} and spaces between digits are ignored.
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
        if (t.isEmpty() || t.startsWith("-") || t.startsWith("+")) {
            throw new NumberFormatException("\"" + text.trim() + "\" is not " + name + hint(radix));
        }
        BigInteger value;
        try {
            value = new BigInteger(t, radix);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("\"" + text.trim() + "\" is not " + name + hint(radix));
        }
        if (value.bitLength() > bits) {
            long max = bits >= 64 ? -1L : (1L << bits) - 1;
            throw new NumberFormatException("\"" + text.trim() + "\" does not fit in " + bits + " bit"
                    + (bits == 1 ? "" : "s") + " (at most " + HEX.format(max, bits) + ")");
        }
        return value.longValue();
    }

    private static String hint(int radix) {
        return switch (radix) {
            case 16 -> " (digits 0-9 and A-F; 0b for binary)";
            case 2 -> " (digits 0 and 1; 0x for hex)";
            default -> " (digits 0-9; 0x for hex, 0b for binary)";
        };
    }
}
