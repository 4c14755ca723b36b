package org.mmioworkbench.c.libc;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The formatting of C's {@code printf} family, byte for byte as glibc does it on an LP64 target (x86-64,
 * AArch64): the conversions {@code d i u o x X b B c s p n %}, the flags {@code - + space # 0} (and glibc's
 * {@code '} and {@code I}, which change nothing in the C locale), width and precision with {@code *}, and the
 * length modifiers {@code hh h l ll z Z t j}. See the package documentation for what is refused and why.
 */
public final class Printf {

    /** The largest width or precision a conversion may ask for (the driver script language has the same limit). */
    public static final int MAX_WIDTH = 4096;

    private static final int NONE = 0;
    private static final int HH = 1;
    private static final int H = 2;
    private static final int L = 3;
    private static final int LL = 4;
    private static final int Z = 5;
    private static final int T = 6;
    private static final int J = 7;
    private static final int LONG_DOUBLE = 8;
    private static final int Q = 9;

    private static final byte[] NULL_STRING = "(null)".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NIL_POINTER = "(nil)".getBytes(StandardCharsets.US_ASCII);

    private final CMemory mem;
    private final VarArgs args;
    private final Sink out = new Sink();

    private Printf(CMemory mem, VarArgs args) {
        this.mem = mem;
        this.args = args;
    }

    /**
     * Formats as {@code printf(format, ...)} would print.
     *
     * @param mem the program's memory: the format, {@code %s} strings and {@code %n} targets are there
     * @param formatAddress the address of the NUL-terminated format
     * @param args the variadic arguments, read one by one as the conversions consume them
     * @return every byte {@code printf} would write (its count is what {@code printf} returns)
     * @throws LibcException for a conversion this library does not support (floating point, wide characters,
     *     positional arguments, {@code %m}, the {@code L} and {@code q} modifiers), a format that ends inside a
     *     conversion, or a width or precision above {@value #MAX_WIDTH}
     */
    public static byte[] format(CMemory mem, long formatAddress, VarArgs args) throws LibcException {
        Printf printf = new Printf(mem, args);
        long p = formatAddress;
        while (true) {
            byte b = mem.load8(p++);
            if (b == 0) {
                return printf.out.toByteArray();
            }
            if (b == '%') {
                p = printf.conversion(p - 1);
            } else {
                printf.out.put(b);
            }
        }
    }

    private int at(long address) {
        return mem.load8(address) & 0xFF;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** @return the conversion's text from {@code start} up to (excluding) {@code end}, for a message */
    private String text(long start, long end) {
        byte[] bytes = new byte[(int) Math.min(end - start, 256)];
        mem.read(start, bytes, 0, bytes.length);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The number at {@code p}, moving {@code p} past it; stops growing at 10^17, far above any limit. */
    private long digits(long[] p) {
        long value = 0;
        while (isDigit(at(p[0]))) {
            if (value < 100_000_000_000_000_000L) {
                value = value * 10 + (at(p[0]) - '0');
            }
            p[0]++;
        }
        return value;
    }

    /** Formats the conversion whose {@code %} is at {@code start}; @return the address after it. */
    private long conversion(long start) throws LibcException {
        long[] p = {start + 1};
        boolean alt = false;
        boolean group = false;
        boolean showSign = false;
        boolean space = false;
        boolean left = false;
        boolean zero = false;
        boolean i18n = false;
        flags:
        while (true) {
            switch (at(p[0])) {
                case '#' -> alt = true;
                case '\'' -> group = true;
                case '+' -> showSign = true;
                case ' ' -> space = true;
                case '-' -> left = true;
                case '0' -> zero = true;
                case 'I' -> i18n = true;
                default -> {
                    break flags;
                }
            }
            p[0]++;
        }

        long width = 0;
        boolean widthFromArgument = false;
        if (at(p[0]) == '*') {
            p[0]++;
            noPositional(start, p);
            int w = (int) args.next();
            widthFromArgument = true;
            if (w < 0) {
                left = true;
                width = -(long) w;
            } else {
                width = w;
            }
        } else if (isDigit(at(p[0]))) {
            width = digits(p);
            if (at(p[0]) == '$') {
                throw positional(start, p[0] + 1);
            }
        }

        long precision = -1;
        boolean precisionFromArgument = false;
        if (at(p[0]) == '.') {
            p[0]++;
            if (at(p[0]) == '*') {
                p[0]++;
                noPositional(start, p);
                int pr = (int) args.next();
                precisionFromArgument = true;
                precision = pr < 0 ? -1 : pr;
            } else {
                precision = digits(p);
            }
        }

        int length = NONE;
        switch (at(p[0])) {
            case 'h' -> {
                p[0]++;
                length = H;
                if (at(p[0]) == 'h') {
                    p[0]++;
                    length = HH;
                }
            }
            case 'l' -> {
                p[0]++;
                length = L;
                if (at(p[0]) == 'l') {
                    p[0]++;
                    length = LL;
                }
            }
            case 'L' -> {
                p[0]++;
                length = LONG_DOUBLE;
            }
            case 'q' -> {
                p[0]++;
                length = Q;
            }
            case 'z', 'Z' -> {
                p[0]++;
                length = Z;
            }
            case 't' -> {
                p[0]++;
                length = T;
            }
            case 'j' -> {
                p[0]++;
                length = J;
            }
            default -> {
                // no length modifier
            }
        }

        int spec = at(p[0]);
        if (spec == 0) {
            throw new LibcException("the format ends inside the conversion " + text(start, p[0])
                    + " (a conversion needs its letter; %% prints a %)");
        }
        p[0]++;
        long end = p[0];
        if (width > MAX_WIDTH) {
            throw new LibcException("width " + width + (widthFromArgument ? " (from an argument)" : "") + " in "
                    + text(start, end) + " is above the limit of " + MAX_WIDTH);
        }
        if (precision > MAX_WIDTH) {
            throw new LibcException("precision " + precision + (precisionFromArgument ? " (from an argument)" : "")
                    + " in " + text(start, end) + " is above the limit of " + MAX_WIDTH);
        }
        if (spec == '%') {
            out.put((byte) '%');
            return end;
        }
        switch (spec) {
            case 'f', 'F', 'e', 'E', 'g', 'G', 'a', 'A' ->
                throw new LibcException("floating-point conversion " + text(start, end) + " is not supported");
            case 'm' -> throw new LibcException("conversion " + text(start, end)
                    + " (the text of errno) is not supported");
            case 'C', 'S' -> throw wide(start, end);
            default -> {
                // handled below
            }
        }
        boolean known = "diuoxXbBcspn".indexOf(spec) >= 0;
        if (known && (length == LONG_DOUBLE || length == Q)) {
            throw new LibcException("length modifier " + (length == Q ? "q" : "L") + " in " + text(start, end)
                    + " is not supported (use ll for a long long)");
        }
        boolean isLong = length == L || length == LL || length == Z || length == T || length == J;
        switch (spec) {
            case 'd', 'i' -> number(narrow(args.next(), length, true), true, 10, spec, alt, showSign, space, left,
                    zero, width, precision);
            case 'u' -> number(narrow(args.next(), length, false), false, 10, spec, alt, showSign, space, left,
                    zero, width, precision);
            case 'o' -> number(narrow(args.next(), length, false), false, 8, spec, alt, showSign, space, left,
                    zero, width, precision);
            case 'x', 'X' -> number(narrow(args.next(), length, false), false, 16, spec, alt, showSign, space,
                    left, zero, width, precision);
            case 'b', 'B' -> number(narrow(args.next(), length, false), false, 2, spec, alt, showSign, space,
                    left, zero, width, precision);
            case 'p' -> {
                long pointer = args.next();
                if (pointer == 0) {
                    padded(NIL_POINTER, NIL_POINTER.length, width, left);
                } else {
                    number(pointer, true, 16, 'x', true, showSign, space, left, zero, width, precision);
                }
            }
            case 'c' -> {
                if (isLong) {
                    throw wide(start, end);
                }
                byte c = (byte) args.next();
                padded(new byte[] {c}, 1, width, left);
            }
            case 's' -> {
                if (isLong) {
                    throw wide(start, end);
                }
                string(args.next(), width, precision, left);
            }
            case 'n' -> {
                long target = args.next();
                int size = switch (length) {
                    case HH -> 1;
                    case H -> 2;
                    case NONE -> 4;
                    default -> 8;
                };
                Mem.storeLE(mem, target, out.size(), size);
            }
            default -> unknown(spec, alt, group, showSign, space, left, zero, i18n, width, precision);
        }
        return end;
    }

    /** A {@code *} followed by digits and {@code $} takes its value from a numbered argument: refused. */
    private void noPositional(long start, long[] p) throws LibcException {
        if (isDigit(at(p[0]))) {
            long q = p[0];
            while (isDigit(at(q))) {
                q++;
            }
            if (at(q) == '$') {
                throw positional(start, q + 1);
            }
            throw new LibcException("malformed conversion " + text(start, q)
                    + ": a * width or precision is not followed by digits");
        }
    }

    private LibcException positional(long start, long end) {
        return new LibcException("positional arguments are not supported (" + text(start, end)
                + " in the format): give the arguments in the order the conversions use them");
    }

    private LibcException wide(long start, long end) {
        return new LibcException("wide-character conversion " + text(start, end) + " is not supported");
    }

    /** The promoted argument as the type the length modifier names, widened back to 64 bits. */
    private static long narrow(long value, int length, boolean signed) {
        return switch (length) {
            case HH -> signed ? (byte) value : value & 0xFFL;
            case H -> signed ? (short) value : value & 0xFFFFL;
            case NONE -> signed ? (int) value : value & 0xFFFF_FFFFL;
            default -> value;
        };
    }

    /** glibc's integer output; {@code signed} false also drops the + and space flags, as glibc does. */
    private void number(long value, boolean signed, int base, int spec, boolean alt, boolean showSign,
            boolean space, boolean left, boolean zero, long width, long precision) {
        boolean negative = signed && value < 0 && base == 10;
        long magnitude = negative ? -value : value;
        if (!signed) {
            showSign = false;
            space = false;
        }
        byte pad = zero && !left ? (byte) '0' : (byte) ' ';
        long prec = precision;
        if (prec < 0) {
            prec = 1;
        } else {
            pad = ' ';
        }
        String digits;
        if (prec == 0 && magnitude == 0) {
            digits = base == 8 && alt ? "0" : "";
        } else {
            digits = Long.toUnsignedString(magnitude, base);
            if (spec == 'X') {
                digits = digits.toUpperCase(java.util.Locale.ROOT);
            }
        }
        boolean nonZero = magnitude != 0;
        if (prec <= digits.length() && nonZero && alt && base == 8) {
            digits = "0" + digits;
        }
        long zeros = Math.max(0, prec - digits.length());
        boolean prefix = nonZero && alt && (base == 16 || base == 2);
        byte sign = negative ? (byte) '-' : showSign ? (byte) '+' : space ? (byte) ' ' : 0;
        long w = width - digits.length() - zeros - (prefix ? 2 : 0) - (sign != 0 ? 1 : 0);
        if (!left && pad == ' ') {
            out.pad((byte) ' ', w);
        }
        if (sign != 0) {
            out.put(sign);
        }
        if (prefix) {
            out.put((byte) '0');
            out.put((byte) spec);
        }
        out.pad((byte) '0', zeros + (!left && pad == '0' ? Math.max(0, w) : 0));
        out.put(digits.getBytes(StandardCharsets.US_ASCII));
        if (left) {
            out.pad((byte) ' ', w);
        }
    }

    /** Writes the first {@code len} bytes of {@code bytes} padded with spaces to {@code width}. */
    private void padded(byte[] bytes, int len, long width, boolean left) {
        if (!left) {
            out.pad((byte) ' ', width - len);
        }
        out.put(bytes, len);
        if (left) {
            out.pad((byte) ' ', width - len);
        }
    }

    /** {@code %s}: reads no byte past the precision; a null pointer is glibc's "(null)", or nothing when cut. */
    private void string(long address, long width, long precision, boolean left) {
        if (address == 0) {
            if (precision == -1 || precision >= NULL_STRING.length) {
                padded(NULL_STRING, NULL_STRING.length, width, left);
            } else {
                padded(NULL_STRING, 0, width, left);
            }
            return;
        }
        Sink bytes = new Sink();
        for (long i = 0; precision < 0 || i < precision; i++) {
            byte b = mem.load8(address + i);
            if (b == 0) {
                break;
            }
            bytes.put(b);
        }
        padded(bytes.buf, bytes.size, width, left);
    }

    /**
     * glibc prints a conversion it does not know as it reads it back: {@code %}, the flags in a fixed order, the
     * width and precision (also those {@code *} took from arguments), and the letter, without the length
     * modifier. It consumes no argument of its own.
     */
    private void unknown(int spec, boolean alt, boolean group, boolean showSign, boolean space, boolean left,
            boolean zero, boolean i18n, long width, long precision) {
        StringBuilder s = new StringBuilder("%");
        if (alt) {
            s.append('#');
        }
        if (group) {
            s.append('\'');
        }
        if (showSign) {
            s.append('+');
        } else if (space) {
            s.append(' ');
        }
        if (left) {
            s.append('-');
        }
        if (zero && !left) {
            s.append('0');
        }
        if (i18n) {
            s.append('I');
        }
        if (width != 0) {
            s.append(width);
        }
        if (precision != -1) {
            s.append('.').append(precision);
        }
        out.put(s.toString().getBytes(StandardCharsets.US_ASCII));
        out.put((byte) spec);
    }

    /** A growing byte buffer. */
    private static final class Sink {
        byte[] buf = new byte[64];
        int size;

        int size() {
            return size;
        }

        private void room(long more) {
            long needed = size + more;
            if (needed > buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * buf.length)));
            }
        }

        void put(byte b) {
            room(1);
            buf[size++] = b;
        }

        void put(byte[] bytes) {
            put(bytes, bytes.length);
        }

        void put(byte[] bytes, int len) {
            room(len);
            System.arraycopy(bytes, 0, buf, size, len);
            size += len;
        }

        void pad(byte b, long count) {
            if (count > 0) {
                room(count);
                Arrays.fill(buf, size, size + (int) count, b);
                size += (int) count;
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, size);
        }
    }
}
