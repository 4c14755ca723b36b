package org.mmioworkbench.c.libc;

/**
 * The string and memory functions of {@code <string.h>}, and {@code strtol}, {@code strtoul} and {@code atoi} of
 * {@code <stdlib.h>}, with C's semantics over the program's memory. Addresses are {@code long}s (0 is NULL);
 * sizes are C {@code size_t} values (a negative {@code long} is a huge size). A bad address faults in the
 * interpreter's memory, as the real function would crash there; these methods let that fault propagate.
 *
 * <p>The comparisons return the difference of the first differing bytes taken as {@code unsigned char}s, which
 * is what glibc returns on x86-64; a portable program relies only on the sign.
 */
public final class CString {

    private CString() {
    }

    private static int u8(CMemory mem, long address) {
        return mem.load8(address) & 0xFF;
    }

    private static boolean below(long i, long n) {
        return Long.compareUnsigned(i, n) < 0;
    }

    /** @return the length of the string at {@code s} */
    public static long strlen(CMemory mem, long s) {
        long n = 0;
        while (mem.load8(s + n) != 0) {
            n++;
        }
        return n;
    }

    /** @return the length of the string at {@code s}, at most {@code max}; reads no byte at or past {@code max} */
    public static long strnlen(CMemory mem, long s, long max) {
        long n = 0;
        while (below(n, max) && mem.load8(s + n) != 0) {
            n++;
        }
        return n;
    }

    /** @return negative, 0 or positive as the string at {@code a} sorts before, equal to or after {@code b} */
    public static int strcmp(CMemory mem, long a, long b) {
        for (long i = 0;; i++) {
            int x = u8(mem, a + i);
            int y = u8(mem, b + i);
            if (x != y || x == 0) {
                return x - y;
            }
        }
    }

    /** @return {@link #strcmp} over at most the first {@code n} bytes */
    public static int strncmp(CMemory mem, long a, long b, long n) {
        for (long i = 0; below(i, n); i++) {
            int x = u8(mem, a + i);
            int y = u8(mem, b + i);
            if (x != y || x == 0) {
                return x - y;
            }
        }
        return 0;
    }

    /**
     * Copies the string at {@code src} with its terminator to {@code dst}, byte by byte from the first.
     *
     * @return {@code dst}
     */
    public static long strcpy(CMemory mem, long dst, long src) {
        for (long i = 0;; i++) {
            byte b = mem.load8(src + i);
            mem.store8(dst + i, b);
            if (b == 0) {
                return dst;
            }
        }
    }

    /**
     * Copies at most {@code n} bytes of the string at {@code src} to {@code dst} and fills the rest of the
     * {@code n} bytes with zeros; like C's, the result has no terminator when {@code src} is {@code n} bytes or
     * longer.
     *
     * @return {@code dst}
     */
    public static long strncpy(CMemory mem, long dst, long src, long n) {
        long i = 0;
        for (; below(i, n); i++) {
            byte b = mem.load8(src + i);
            if (b == 0) {
                break;
            }
            mem.store8(dst + i, b);
        }
        for (; below(i, n); i++) {
            mem.store8(dst + i, (byte) 0);
        }
        return dst;
    }

    /** Appends the string at {@code src} to the one at {@code dst}. @return {@code dst} */
    public static long strcat(CMemory mem, long dst, long src) {
        strcpy(mem, dst + strlen(mem, dst), src);
        return dst;
    }

    /** Appends at most {@code n} bytes of the string at {@code src}, then a terminator. @return {@code dst} */
    public static long strncat(CMemory mem, long dst, long src, long n) {
        long end = dst + strlen(mem, dst);
        long i = 0;
        for (; below(i, n); i++) {
            byte b = mem.load8(src + i);
            if (b == 0) {
                break;
            }
            mem.store8(end + i, b);
        }
        mem.store8(end + i, (byte) 0);
        return dst;
    }

    /**
     * @return the address of the first {@code (char) c} in the string at {@code s}, or 0; for {@code c == 0} the
     *     address of the terminator
     */
    public static long strchr(CMemory mem, long s, int c) {
        byte wanted = (byte) c;
        for (long i = 0;; i++) {
            byte b = mem.load8(s + i);
            if (b == wanted) {
                return s + i;
            }
            if (b == 0) {
                return 0;
            }
        }
    }

    /** @return the address of the last {@code (char) c} in the string at {@code s} (its terminator for 0), or 0 */
    public static long strrchr(CMemory mem, long s, int c) {
        byte wanted = (byte) c;
        long found = 0;
        for (long i = 0;; i++) {
            byte b = mem.load8(s + i);
            if (b == wanted) {
                found = s + i;
            }
            if (b == 0) {
                return found;
            }
        }
    }

    /** @return the address of the first occurrence of the string {@code needle} in {@code haystack}, or 0 */
    public static long strstr(CMemory mem, long haystack, long needle) {
        long needleLength = strlen(mem, needle);
        for (long i = 0;; i++) {
            if (strncmp(mem, haystack + i, needle, needleLength) == 0) {
                return haystack + i;
            }
            if (mem.load8(haystack + i) == 0) {
                return 0;
            }
        }
    }

    /**
     * Copies {@code n} bytes from {@code src} to {@code dst}.
     *
     * @return {@code dst}
     * @throws LibcException when the two ranges overlap, which C leaves undefined (use {@link #memmove}); as
     *     AddressSanitizer, a copy onto itself ({@code dst == src}) is let through
     */
    public static long memcpy(CMemory mem, long dst, long src, long n) throws LibcException {
        if (dst != src && (below(dst - src, n) || below(src - dst, n))) {
            throw new LibcException("memcpy of " + Long.toUnsignedString(n) + " bytes from " + Mem.hex(src)
                    + " to " + Mem.hex(dst) + ": the ranges overlap (memmove copies overlapping ranges)");
        }
        copy(mem, dst, src, n, true);
        return dst;
    }

    /** Copies {@code n} bytes from {@code src} to {@code dst}, also when the ranges overlap. @return {@code dst} */
    public static long memmove(CMemory mem, long dst, long src, long n) {
        // Copying upward from the start is safe unless dst lies inside (src, src + n).
        boolean forward = dst == src || !below(dst - src, n);
        copy(mem, dst, src, n, forward);
        return dst;
    }

    private static void copy(CMemory mem, long dst, long src, long n, boolean forward) {
        int chunk = (int) Math.min(4096, Long.compareUnsigned(n, 4096) < 0 ? n : 4096);
        byte[] buffer = new byte[chunk];
        if (forward) {
            for (long done = 0; below(done, n); done += chunk) {
                int len = (int) (below(n - done, chunk) ? n - done : chunk);
                mem.read(src + done, buffer, 0, len);
                mem.write(dst + done, buffer, 0, len);
            }
        } else {
            for (long left = n; left != 0;) {
                int len = (int) (below(left, chunk) ? left : chunk);
                left -= len;
                mem.read(src + left, buffer, 0, len);
                mem.write(dst + left, buffer, 0, len);
            }
        }
    }

    /** Fills {@code n} bytes at {@code s} with {@code (unsigned char) c}. @return {@code s} */
    public static long memset(CMemory mem, long s, int c, long n) {
        int chunk = (int) (below(n, 4096) ? n : 4096);
        byte[] buffer = new byte[chunk];
        java.util.Arrays.fill(buffer, (byte) c);
        for (long done = 0; below(done, n); done += chunk) {
            mem.write(s + done, buffer, 0, (int) (below(n - done, chunk) ? n - done : chunk));
        }
        return s;
    }

    /** @return the byte difference of the first of {@code n} bytes that differ, or 0 */
    public static int memcmp(CMemory mem, long a, long b, long n) {
        for (long i = 0; below(i, n); i++) {
            int x = u8(mem, a + i);
            int y = u8(mem, b + i);
            if (x != y) {
                return x - y;
            }
        }
        return 0;
    }

    /** @return the address of the first {@code (unsigned char) c} in the {@code n} bytes at {@code s}, or 0 */
    public static long memchr(CMemory mem, long s, int c, long n) {
        byte wanted = (byte) c;
        for (long i = 0; below(i, n); i++) {
            if (mem.load8(s + i) == wanted) {
                return s + i;
            }
        }
        return 0;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    private static int digitValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 99;
    }

    /**
     * C's {@code strtol}: leading white space, an optional sign, then digits in {@code base} (2 to 36; 0 reads a
     * {@code 0x} prefix as hexadecimal, a leading {@code 0} as octal, else decimal; base 16 accepts a
     * {@code 0x} prefix). A value out of range gives {@code LONG_MAX} or {@code LONG_MIN}; errno is not kept.
     *
     * @param endptr 0, or where to store the address after the last digit used ({@code nptr} itself when there is
     *     no number); 8 bytes, little-endian
     * @return the value; 0 without a number, and for an invalid base (as glibc, which leaves {@code endptr} alone)
     */
    public static long strtol(CMemory mem, long nptr, long endptr, int base) {
        return parse(mem, nptr, endptr, base, true);
    }

    /**
     * C's {@code strtoul}: as {@link #strtol}, but unsigned: a minus sign negates the value as an
     * {@code unsigned long} ("-1" gives {@code ULONG_MAX}) and a value out of range gives {@code ULONG_MAX}.
     */
    public static long strtoul(CMemory mem, long nptr, long endptr, int base) {
        return parse(mem, nptr, endptr, base, false);
    }

    /** C's {@code atoi}: {@code (int) strtol(nptr, NULL, 10)}, as glibc defines it. */
    public static int atoi(CMemory mem, long nptr) {
        return (int) strtol(mem, nptr, 0, 10);
    }

    private static long parse(CMemory mem, long nptr, long endptr, int base, boolean signed) {
        if (base < 0 || base == 1 || base > 36) {
            return 0;
        }
        long p = nptr;
        while (isSpace(u8(mem, p))) {
            p++;
        }
        boolean negative = false;
        if (u8(mem, p) == '-' || u8(mem, p) == '+') {
            negative = u8(mem, p) == '-';
            p++;
        }
        if ((base == 0 || base == 16) && u8(mem, p) == '0' && (u8(mem, p + 1) | 0x20) == 'x'
                && digitValue(u8(mem, p + 2)) < 16) {
            p += 2;
            base = 16;
        } else if (base == 0) {
            base = u8(mem, p) == '0' ? 8 : 10;
        }
        long value = 0;
        boolean overflow = false;
        long digits = 0;
        for (;; p++, digits++) {
            int d = digitValue(u8(mem, p));
            if (d >= base) {
                break;
            }
            if (!overflow) {
                if (Math.unsignedMultiplyHigh(value, base) != 0
                        || Long.compareUnsigned(value * base + d, value * base) < 0) {
                    overflow = true;
                } else {
                    value = value * base + d;
                }
            }
        }
        if (endptr != 0) {
            Mem.storeLE(mem, endptr, digits == 0 ? nptr : p, 8);
        }
        if (digits == 0) {
            return 0;
        }
        if (signed) {
            if (overflow) {
                return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            if (negative) {
                return Long.compareUnsigned(value, Long.MIN_VALUE) > 0 ? Long.MIN_VALUE : -value;
            }
            return Long.compareUnsigned(value, Long.MAX_VALUE) > 0 ? Long.MAX_VALUE : value;
        }
        if (overflow) {
            return -1L;
        }
        return negative ? -value : value;
    }
}
