package org.mmioworkbench.c.libc.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.c.libc.CString;
import org.mmioworkbench.c.libc.LibcException;

/** The {@code <string.h>} functions and {@code strtol}, {@code strtoul}, {@code atoi} over C memory. */
class CStringTest {

    private final ArrayMemory mem = new ArrayMemory(0x2000, 1 << 15);

    private long str(String s) {
        return mem.string(s);
    }

    private byte[] bytes(long address, int n) {
        byte[] b = new byte[n];
        mem.read(address, b, 0, n);
        return b;
    }

    private long buffer(int n, int fill) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) fill);
        return mem.place(b);
    }

    /** @return the address of {@code n} bytes that end exactly at the end of memory, holding {@code s} */
    private long atTheEnd(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        long address = mem.base + mem.bytes.length - b.length;
        mem.write(address, b, 0, b.length);
        return address;
    }

    @Test
    void strlenCountsUpToTheTerminator() {
        assertEquals(0, CString.strlen(mem, str("")));
        assertEquals(5, CString.strlen(mem, str("hello")));
        assertEquals(6, CString.strlen(mem, str("grüße")) - 1, "bytes, not characters");
    }

    @Test
    void strnlenReadsNoBytePastItsLimit() {
        long abc = atTheEnd("abc");
        assertEquals(3, CString.strnlen(mem, abc, 3));
        assertEquals(2, CString.strnlen(mem, abc, 2));
        assertEquals(0, CString.strnlen(mem, 0x10, 0), "a limit of 0 reads nothing");
        assertEquals(5, CString.strnlen(mem, str("hello"), 100));
        assertEquals(mem.base + mem.bytes.length,
                assertThrows(ArrayMemory.Fault.class, () -> CString.strnlen(mem, abc, 4)).address);
    }

    @Test
    void strcmpGivesTheDifferenceOfTheFirstDifferingUnsignedBytes() {
        assertEquals(0, CString.strcmp(mem, str("abc"), str("abc")));
        assertEquals(-1, CString.strcmp(mem, str("abc"), str("abd")));
        assertEquals(1, CString.strcmp(mem, str("b"), str("a")));
        assertEquals(-'b', CString.strcmp(mem, str("a"), str("ab")), "the shorter string sorts first");
        assertEquals(0xff - 'a', CString.strcmp(mem, mem.place(new byte[] {(byte) 0xff, 0}), str("a")),
                "bytes compare as unsigned char");
    }

    @Test
    void strncmpComparesAtMostNBytes() {
        assertEquals(0, CString.strncmp(mem, str("abcX"), str("abcY"), 3));
        assertEquals('X' - 'Y', CString.strncmp(mem, str("abcX"), str("abcY"), 4));
        assertEquals(0, CString.strncmp(mem, 0x10, 0x20, 0), "n of 0 reads nothing");
        assertEquals(0, CString.strncmp(mem, str("ab"), str("ab"), -1), "stops at the terminator");
        long end = atTheEnd("zz");
        assertEquals(0, CString.strncmp(mem, end, str("zzz"), 2));
    }

    @Test
    void strcpyCopiesTheTerminatorAndReturnsTheDestination() {
        long dst = buffer(8, 'x');
        assertEquals(dst, CString.strcpy(mem, dst, str("hi")));
        assertArrayEquals(new byte[] {'h', 'i', 0, 'x'}, bytes(dst, 4));
    }

    @Test
    void strncpyPadsWithZerosAndLeavesALongSourceUnterminated() {
        long dst = buffer(8, 'x');
        assertEquals(dst, CString.strncpy(mem, dst, str("ab"), 5));
        assertArrayEquals(new byte[] {'a', 'b', 0, 0, 0, 'x'}, bytes(dst, 6));
        long dst2 = buffer(8, 'x');
        CString.strncpy(mem, dst2, str("abcdef"), 3);
        assertArrayEquals(new byte[] {'a', 'b', 'c', 'x'}, bytes(dst2, 4));
    }

    @Test
    void strcatAndStrncatAppendAndTerminate() {
        long dst = mem.place(new byte[16]);
        CString.strcpy(mem, dst, str("ab"));
        assertEquals(dst, CString.strcat(mem, dst, str("cd")));
        assertEquals("abcd", mem.stringAt(dst));
        assertEquals(dst, CString.strncat(mem, dst, str("efgh"), 2));
        assertEquals("abcdef", mem.stringAt(dst));
        CString.strncat(mem, dst, str("x"), 10);
        assertEquals("abcdefx", mem.stringAt(dst));
        CString.strncat(mem, dst, str("yz"), 0);
        assertEquals("abcdefx", mem.stringAt(dst));
    }

    @Test
    void strchrFindsTheFirstCharacterOrTheTerminator() {
        long s = str("hello");
        assertEquals(s + 2, CString.strchr(mem, s, 'l'));
        assertEquals(0, CString.strchr(mem, s, 'z'));
        assertEquals(s + 5, CString.strchr(mem, s, 0));
        assertEquals(s + 1, CString.strchr(mem, s, 'e' + 256), "c is converted to char");
    }

    @Test
    void strrchrFindsTheLastCharacterOrTheTerminator() {
        long s = str("hello");
        assertEquals(s + 3, CString.strrchr(mem, s, 'l'));
        assertEquals(0, CString.strrchr(mem, s, 'z'));
        assertEquals(s + 5, CString.strrchr(mem, s, 0));
        assertEquals(s, CString.strrchr(mem, s, 'h'));
    }

    @Test
    void strstrFindsTheFirstOccurrence() {
        long s = str("abababc");
        assertEquals(s + 4, CString.strstr(mem, s, str("abc")));
        assertEquals(s, CString.strstr(mem, s, str("")));
        assertEquals(0, CString.strstr(mem, s, str("abcd")));
        assertEquals(0, CString.strstr(mem, str("ab"), str("abc")));
        assertEquals(s + 6, CString.strstr(mem, s, str("c")));
    }

    @Test
    void memcpyCopiesExactlyNBytes() throws LibcException {
        long src = mem.place("0123456789".getBytes(StandardCharsets.US_ASCII));
        long dst = buffer(12, '.');
        assertEquals(dst, CString.memcpy(mem, dst, src, 10));
        assertEquals("0123456789..", new String(bytes(dst, 12), StandardCharsets.US_ASCII));
        assertEquals(dst, CString.memcpy(mem, dst, 0x10, 0), "n of 0 reads nothing");
        assertEquals(src, CString.memcpy(mem, src, src, 10), "a copy onto itself");
    }

    @Test
    void memcpyOfOverlappingRangesIsRefused() {
        long a = buffer(32, 'a');
        assertEquals("memcpy of 10 bytes from 0x" + Long.toHexString(a) + " to 0x" + Long.toHexString(a + 4)
                + ": the ranges overlap (memmove copies overlapping ranges)",
                assertThrows(LibcException.class, () -> CString.memcpy(mem, a + 4, a, 10)).getMessage());
        assertThrows(LibcException.class, () -> CString.memcpy(mem, a, a + 9, 10));
    }

    @Test
    void memmoveCopiesOverlappingRangesInEitherDirection() {
        int n = 10_000;
        byte[] pattern = new byte[n + 5000];
        for (int j = 0; j < pattern.length; j++) {
            pattern[j] = (byte) (j * 7 + j / 251);
        }
        for (int shift : new int[] {1, 4095, 4096, 5000, -1, -4097, -5000}) {
            long base = mem.base + 0x100;
            mem.write(base, pattern, 0, pattern.length);
            long src = shift > 0 ? base : base - shift;
            long dst = src + shift;
            byte[] expected = Arrays.copyOfRange(pattern, (int) (src - base), (int) (src - base) + n);
            assertEquals(dst, CString.memmove(mem, dst, src, n));
            assertArrayEquals(expected, bytes(dst, n), "shift " + shift);
        }
    }

    @Test
    void memsetFillsNBytesWithTheUnsignedCharOfC() {
        long s = buffer(8, 'x');
        assertEquals(s, CString.memset(mem, s, 0x141, 5));
        assertArrayEquals(new byte[] {0x41, 0x41, 0x41, 0x41, 0x41, 'x'}, bytes(s, 6));
        long big = mem.place(new byte[9000]);
        CString.memset(mem, big, -1, 9000);
        assertArrayEquals(new byte[] {-1, -1, 0}, new byte[] {mem.load8(big), mem.load8(big + 8999),
            mem.load8(big + 9000)});
        CString.memset(mem, 0x10, 0, 0);
    }

    @Test
    void memcmpComparesUnsignedBytesAndIgnoresTerminators() {
        long a = mem.place(new byte[] {1, 0, 5});
        long b = mem.place(new byte[] {1, 0, 7});
        assertEquals(-2, CString.memcmp(mem, a, b, 3));
        assertEquals(0, CString.memcmp(mem, a, b, 2));
        assertEquals(0, CString.memcmp(mem, 0x10, 0x20, 0));
        long c = mem.place(new byte[] {(byte) 0x80});
        long d = mem.place(new byte[] {0x7f});
        assertTrue(CString.memcmp(mem, c, d, 1) > 0);
    }

    @Test
    void memchrSearchesNBytesOnly() {
        long s = mem.place(new byte[] {1, 0, 2, 3});
        assertEquals(s + 1, CString.memchr(mem, s, 0, 4));
        assertEquals(s + 3, CString.memchr(mem, s, 3 + 256, 4));
        assertEquals(0, CString.memchr(mem, s, 3, 3));
        long end = atTheEnd("xy");
        assertEquals(0, CString.memchr(mem, end, 'z', 2));
    }

    private long endAfter(String input, int base, boolean signed) {
        long s = str(input);
        long endptr = mem.place(new byte[8]);
        if (signed) {
            CString.strtol(mem, s, endptr, base);
        } else {
            CString.strtoul(mem, s, endptr, base);
        }
        return mem.load64(endptr) - s;
    }

    @Test
    void strtolReadsSpaceSignPrefixAndDigitsAndStoresWhereItStopped() {
        long endptr = mem.place(new byte[8]);
        long s = str(" \t\n-123abc");
        assertEquals(-123, CString.strtol(mem, s, endptr, 10));
        assertEquals(s + 7, mem.load64(endptr));
        assertEquals(31, CString.strtol(mem, str("0x1F"), 0, 0));
        assertEquals(31, CString.strtol(mem, str("0X1f"), 0, 16));
        assertEquals(15, CString.strtol(mem, str("017"), 0, 0));
        assertEquals(17, CString.strtol(mem, str("017"), 0, 10));
        assertEquals(255, CString.strtol(mem, str("ff"), 0, 16));
        assertEquals(1295, CString.strtol(mem, str("zZ"), 0, 36));
        assertEquals(5, CString.strtol(mem, str("1012"), 0, 2));
        assertEquals(4, endAfter("+1012", 2, true));
        assertEquals(1, endAfter("0x", 0, true), "0x without a hex digit is the number 0");
        assertEquals(1, endAfter("0xg", 16, true));
        assertEquals(0, endAfter("  +", 10, true), "no number: endptr is nptr");
        assertEquals(0, endAfter("-x", 0, false));
    }

    @Test
    void strtolClampsOutOfRangeValues() {
        assertEquals(Long.MAX_VALUE, CString.strtol(mem, str("9223372036854775807"), 0, 10));
        assertEquals(Long.MAX_VALUE, CString.strtol(mem, str("9223372036854775808"), 0, 10));
        assertEquals(Long.MIN_VALUE, CString.strtol(mem, str("-9223372036854775808"), 0, 10));
        assertEquals(Long.MIN_VALUE, CString.strtol(mem, str("-9223372036854775809"), 0, 10));
        assertEquals(Long.MAX_VALUE, CString.strtol(mem, str("0x123456789abcdef01234"), 0, 0));
        assertEquals(22, endAfter("0x123456789abcdef01234", 0, true), "the digits past the range are used");
    }

    @Test
    void strtoulNegatesAndClampsAsAnUnsignedLong() {
        assertEquals(-1L, CString.strtoul(mem, str("-1"), 0, 10));
        assertEquals(-1L, CString.strtoul(mem, str("18446744073709551615"), 0, 10));
        assertEquals(-1L, CString.strtoul(mem, str("18446744073709551616"), 0, 10));
        assertEquals(-1L, CString.strtoul(mem, str("-99999999999999999999"), 0, 10));
        assertEquals(42, CString.strtoul(mem, str("  42"), 0, 0));
        assertEquals(0x8000_0000_0000_0000L, CString.strtoul(mem, str("0x8000000000000000"), 0, 0));
    }

    @Test
    void anInvalidBaseGivesZeroAndLeavesEndptrAlone() {
        long endptr = mem.place(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        for (int base : new int[] {1, 37, -1}) {
            assertEquals(0, CString.strtol(mem, str("11"), endptr, base));
            assertEquals(0, CString.strtoul(mem, str("11"), endptr, base));
        }
        assertEquals(0x0807_0605_0403_0201L, mem.load64(endptr));
    }

    @Test
    void atoiIsStrtolCutToAnInt() {
        assertEquals(-42, CString.atoi(mem, str("  -42x")));
        assertEquals(0, CString.atoi(mem, str("x1")));
        assertEquals(Integer.MIN_VALUE, CString.atoi(mem, str("2147483648")));
        assertEquals(-1, CString.atoi(mem, str("99999999999999999999")));
        assertEquals(10, CString.atoi(mem, str("010")), "decimal, not octal");
    }

    @Test
    void aBadAddressFaultsInTheMemoryAndTheFaultPassesThrough() {
        assertEquals(0x10, assertThrows(ArrayMemory.Fault.class, () -> CString.strlen(mem, 0x10)).address);
        assertEquals(0x20, assertThrows(ArrayMemory.Fault.class,
                () -> CString.memset(mem, 0x20, 0, 4)).address);
        long s = str("abc");
        assertEquals(0x30, assertThrows(ArrayMemory.Fault.class, () -> CString.strcpy(mem, 0x30, s)).address);
        assertEquals(0x40, assertThrows(ArrayMemory.Fault.class,
                () -> CString.strtol(mem, s, 0x40, 10)).address);
    }
}
