package org.mmioworkbench.c.libc.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmioworkbench.c.libc.LibcException;
import org.mmioworkbench.c.libc.Printf;

/** What {@link Printf} refuses and how it treats memory; its output is compared with glibc's elsewhere. */
class PrintfTest {

    private final ArrayMemory mem = new ArrayMemory(0x1000, 4096);

    private byte[] format(String format, long... args) throws LibcException {
        long address = mem.string(format);
        int[] next = {0};
        return Printf.format(mem, address, () -> args[next[0]++]);
    }

    private String refusal(String format, long... args) {
        return assertThrows(LibcException.class, () -> format(format, args)).getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%f", "%F", "%e", "%E", "%g", "%G", "%a", "%A", "%8.3f", "%-+Lf", "%.*e"})
    void floatingPointConversionsAreRefusedQuotedAsWritten(String conversion) {
        assertEquals("floating-point conversion " + conversion + " is not supported",
                refusal("x=" + conversion + "!", 3));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%lc", "%ls", "%llc", "%zs", "%jc", "%ts", "%C", "%S", "%5ls"})
    void wideCharacterConversionsAreRefused(String conversion) {
        assertEquals("wide-character conversion " + conversion + " is not supported", refusal(conversion, 0x1000));
    }

    @Test
    void errnoTextConversionIsRefused() {
        assertEquals("conversion %m (the text of errno) is not supported", refusal("%m"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"%Ld, L", "%qd, q", "%-5Lx, L", "%qu, q"})
    void longDoubleAndQuadModifiersAreRefused(String conversion, String modifier) {
        assertEquals("length modifier " + modifier + " in " + conversion
                + " is not supported (use ll for a long long)", refusal(conversion, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"%1$d|%1$", "%*2$d|%*2$", "%.*3$d|%.*3$", "%12$s|%12$"})
    void positionalArgumentsAreRefused(String format, String quoted) {
        assertEquals("positional arguments are not supported (" + quoted
                + " in the format): give the arguments in the order the conversions use them",
                refusal(format, 1, 2, 3));
    }

    @Test
    void digitsAfterAStarAreRefused() {
        assertEquals("malformed conversion %*5: a * width or precision is not followed by digits",
                refusal("%*5d", 3, 4));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {"abc%|%", "%-5|%-5", "%ll|%ll", "%.|%.", "%d%#08.3h|%#08.3h"})
    void aFormatEndingInsideAConversionIsRefused(String format, String quoted) {
        assertEquals("the format ends inside the conversion " + quoted
                + " (a conversion needs its letter; %% prints a %)", refusal(format, 1));
    }

    @Test
    void widthsAndPrecisionsAboveTheLimitAreRefused() throws LibcException {
        assertEquals("width 4097 in %4097d is above the limit of 4096", refusal("%4097d", 1));
        assertEquals("precision 4097 in %.4097x is above the limit of 4096", refusal("%.4097x", 1));
        assertEquals("width 99999999999 in %99999999999s is above the limit of 4096", refusal("%99999999999s", 0));
        assertEquals("width 5000 (from an argument) in %*d is above the limit of 4096", refusal("%*d", 5000, 1));
        assertEquals("width 5000 (from an argument) in %*d is above the limit of 4096", refusal("%*d", -5000, 1));
        assertEquals("width 2147483648 (from an argument) in %*d is above the limit of 4096",
                refusal("%*d", Integer.MIN_VALUE, 1));
        assertEquals("precision 4097 (from an argument) in %.*s is above the limit of 4096",
                refusal("%.*s", 4097, 0));
        assertEquals("width 4097 in %4097k is above the limit of 4096", refusal("%4097k"));
        assertEquals(4096, format("%4096d", 1).length);
        assertEquals(4096, format("%-*d", -4096, 1).length);
    }

    @Test
    void aStringWithAPrecisionIsReadNoFurtherThanThePrecision() throws LibcException {
        long end = mem.base + mem.bytes.length;
        long abc = end - 3;
        mem.write(abc, "abc".getBytes(StandardCharsets.US_ASCII), 0, 3);
        assertEquals("[abc]", new String(format("[%.3s]", abc), StandardCharsets.US_ASCII));
        assertEquals("[ab]", new String(format("[%.2s]", abc), StandardCharsets.US_ASCII));
        assertEquals("[]", new String(format("[%.0s]", abc), StandardCharsets.US_ASCII));
        ArrayMemory.Fault fault = assertThrows(ArrayMemory.Fault.class, () -> format("[%.4s]", abc));
        assertEquals(end, fault.address);
    }

    @Test
    void aBadAddressFaultsInTheMemoryAndTheFaultPassesThrough() {
        assertEquals(0x10, assertThrows(ArrayMemory.Fault.class, () -> format("%s", 0x10)).address);
        assertEquals(0x20, assertThrows(ArrayMemory.Fault.class, () -> format("ab%n", 0x20)).address);
        assertEquals(0x30, assertThrows(ArrayMemory.Fault.class,
                () -> Printf.format(mem, 0x30, () -> 0)).address);
    }

    @Test
    void theCountStoredByPercentNHasTheModifiersWidthAndIsLittleEndian() throws LibcException {
        byte[] nines = {9, 9, 9, 9, 9, 9, 9, 9};
        long target = mem.place(nines);
        format("%258d%n", 1, target);
        assertEquals(0x0909_0909_0000_0102L, mem.load64(target));
        mem.write(target, nines, 0, 8);
        format("%258d%hhn", 1, target);
        assertEquals(0x0909_0909_0909_0902L, mem.load64(target));
        mem.write(target, nines, 0, 8);
        format("%4096d%4096d%4096d%4096d%4096d%4096d%4096d%4096d%4096d%4096d%4096d%4096d%4096d%4096d%4096d"
                + "%4096d%hn", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, target);
        assertEquals(0x0909_0909_0909_0000L, mem.load64(target));
        mem.write(target, nines, 0, 8);
        format("%ln", target);
        assertEquals(0, mem.load64(target));
    }

    @Test
    void bytesOfTheFormatAndOfStringsPassUnchanged() throws LibcException {
        assertArrayEquals("µ=7 grüße\n".getBytes(StandardCharsets.UTF_8),
                format("µ=%d %s\n", 7, mem.string("grüße")));
    }

    @Test
    void eachArgumentIsReadOnceInTheOrderTheConversionsUseIt() throws LibcException {
        long[] args = {5, -3, 42, 0x1000 + 64, 'c'};
        long s = mem.string("");
        args[3] = mem.string("str");
        int[] reads = {0};
        byte[] out = Printf.format(mem, mem.string("%*.*d|%s|%c%k%%|"), () -> args[reads[0]++]);
        assertEquals("   42|str|c%k%|", new String(out, StandardCharsets.US_ASCII));
        assertEquals(5, reads[0]);
        assertEquals(0, mem.load8(s));
    }
}
