package org.mmioworkbench.c.libc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.c.libc.CString;

/**
 * {@link CString}'s number parsing and comparisons agree with glibc's: a generated C program calls
 * {@code strtol}, {@code strtoul} and {@code atoi} on many inputs and bases and compares many string pairs, and
 * each line it prints must equal the one computed with {@link CString}.
 */
class CStringMatchesGlibcTest {

    private static final String[] NUMBERS = {"0", "1", "-1", "+1", "  42", "\t\n\u000b\f\r 7", "- 5", "+-3", "--3",
        "123abc", "0x", "0X1f", "0xg", "0x1g", "-0x10", "017", "09", "0b101", "z", "Zz9", "1e3", "",
        "   ", "+", "-", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "-9223372036854775809", "18446744073709551615", "18446744073709551616", "-18446744073709551615",
        "-18446744073709551616", "99999999999999999999999", "0xffffffffffffffff", "0x10000000000000000",
        "-0x8000000000000000", "0777777777777777777777", "01777777777777777777777", "2147483648",
        "-2147483649", "4294967296", "111111111111111111111111111111111111111111111111111111111111111",
        "1111111111111111111111111111111111111111111111111111111111111111",
        "11111111111111111111111111111111111111111111111111111111111111111", "zzzzzzzzzzzzz",
        "3w5e11264sgsf", "3w5e11264sgsg", "0x7fffffffffffffff", "00x5", "0x-5", " 0x 5", "12 34", "ÿ5"};
    private static final int[] BASES = {0, 2, 8, 10, 16, 36, 1, 37};
    private static final String[] STRINGS = {"", "a", "b", "ab", "abc", "abd", "ÿ", "\u007f", "A", "aa", "a b"};

    private static String literal(String s) {
        return PrintfMatchesGlibcTest.literal(s.getBytes(StandardCharsets.UTF_8));
    }

    private static int sign(long v) {
        return Long.signum(v);
    }

    @Test
    void numberParsingAndComparisonsGiveWhatGlibcGives(@TempDir Path dir) throws Exception {
        StringBuilder c = new StringBuilder("""
                #include <stdio.h>
                #include <stdlib.h>
                #include <string.h>
                static int sign(long v) { return v < 0 ? -1 : v > 0; }
                static void number(const char *s, int base) {
                  char *end = (char *) 1;
                  long l = strtol(s, &end, base);
                  long le = end == (char *) 1 ? -1 : end - s;
                  end = (char *) 1;
                  unsigned long u = strtoul(s, &end, base);
                  long ue = end == (char *) 1 ? -1 : end - s;
                  printf("%ld %ld %lu %ld %d\\n", l, le, u, ue, atoi(s));
                }
                static void compare(const char *a, const char *b, size_t n) {
                  printf("%d %d %d\\n", sign(strcmp(a, b)), sign(strncmp(a, b, n)), sign(memcmp(a, b, n)));
                }
                int main(void) {
                """);
        List<String> expected = new ArrayList<>();
        ArrayMemory mem = new ArrayMemory(0x10_0000, 1 << 16);
        long endptr = mem.place(new byte[8]);
        for (String number : NUMBERS) {
            long s = mem.string(number);
            for (int base : BASES) {
                c.append("  number(").append(literal(number)).append(", ").append(base).append(");\n");
                Mem8.store(mem, endptr, 1);
                long l = CString.strtol(mem, s, endptr, base);
                long le = mem.load64(endptr) == 1 ? -1 : mem.load64(endptr) - s;
                Mem8.store(mem, endptr, 1);
                long u = CString.strtoul(mem, s, endptr, base);
                long ue = mem.load64(endptr) == 1 ? -1 : mem.load64(endptr) - s;
                expected.add(l + " " + le + " " + Long.toUnsignedString(u) + " " + ue + " " + CString.atoi(mem, s));
            }
        }
        for (String a : STRINGS) {
            for (String b : STRINGS) {
                long sa = mem.string(a);
                long sb = mem.string(b);
                int n = Math.min(a.getBytes(StandardCharsets.UTF_8).length, b.getBytes(StandardCharsets.UTF_8).length)
                        + 1;
                c.append("  compare(").append(literal(a)).append(", ").append(literal(b)).append(", ").append(n)
                        .append(");\n");
                expected.add(sign(CString.strcmp(mem, sa, sb)) + " " + sign(CString.strncmp(mem, sa, sb, n)) + " "
                        + sign(CString.memcmp(mem, sa, sb, n)));
            }
        }
        c.append("  return 0;\n}\n");
        Gcc.Run run = Gcc.compileAndRun(dir, "cstring_cases", c.toString());
        assertEquals(0, run.status(), run.stderr());
        List<String> glibc = run.stdout().lines().toList();
        assertEquals(expected.size(), glibc.size());
        assertTrue(expected.size() > 500);
        List<String> mismatches = new ArrayList<>();
        for (int j = 0; j < expected.size(); j++) {
            if (!expected.get(j).equals(glibc.get(j))) {
                String what = j < NUMBERS.length * BASES.length
                        ? "\"" + NUMBERS[j / BASES.length] + "\" base " + BASES[j % BASES.length]
                        : "compare #" + (j - NUMBERS.length * BASES.length);
                mismatches.add(what + ": glibc " + glibc.get(j) + ", CString " + expected.get(j));
            }
        }
        assertTrue(mismatches.isEmpty(), () -> String.join("\n", mismatches));
    }

    /** Stores an 8-byte value, little-endian. */
    private static final class Mem8 {
        static void store(ArrayMemory mem, long address, long value) {
            for (int i = 0; i < 8; i++) {
                mem.store8(address + i, (byte) (value >>> (8 * i)));
            }
        }
    }
}
