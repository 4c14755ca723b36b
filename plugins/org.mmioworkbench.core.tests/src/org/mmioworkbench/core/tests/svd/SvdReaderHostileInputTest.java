package org.mmioworkbench.core.tests.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.error;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.peripheral;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.read;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.register;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdException;
import org.mmioworkbench.core.svd.SvdReader;

/**
 * Files made to break the reader: what is not a file, what is too large or too deep, names that would forge
 * listing lines or reach a terminal, numbers that would wrap past 2^64, chains of {@code derivedFrom} long
 * enough to overflow a stack. Each is refused with one positioned line, never a stack trace or a wrapped value.
 */
class SvdReaderHostileInputTest {

    private static String oneRegister(String registerElements) {
        return SvdTestSupport.peripheral("<register><name>R</name><addressOffset>0</addressOffset>"
                + registerElements + "</register>\n");
    }

    /** Found by fuzzing: carriage returns inside a processing instruction made the XML parser's column negative. */
    @Test
    void aColumnTheXmlParserGetsWrongIsReportedAsUnknownNotNegative() {
        SvdException e = SvdTestSupport.error("<?xmls ,\r\r\r\r\r\r\r\r?> <wrter>\0e".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals("root element is <wrter>, expected <device>", e.reason());
        assertTrue(e.getMessage().startsWith(SvdTestSupport.FILE + ":9:"), e.getMessage());
        assertFalse(e.getMessage().contains(":-"), e.getMessage());
    }

    @Test
    void aNamedPipeIsRefusedBeforeAnythingIsRead(@TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("pipe.svd");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        SvdException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(SvdException.class, () -> SvdReader.read(pipe)), "reading a pipe blocks");
        assertEquals(pipe + ":0:0: is not a regular file (a named pipe, device or socket), not an SVD file",
                e.getMessage());
    }

    @Test
    void aDeviceFileIsRefusedBeforeAnythingIsRead() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "/dev/zero exists");
        SvdException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(SvdException.class, () -> SvdReader.read(zero)));
        assertEquals("is not a regular file (a named pipe, device or socket), not an SVD file", e.reason());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.svd");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(SvdReader.MAX_FILE_BYTES + 1); // sparse: costs no disk
        }
        SvdException e = assertThrows(SvdException.class, () -> SvdReader.read(huge));
        assertEquals("file too large: an SVD file may have at most 128 MiB", e.reason());
    }

    @Test
    void elementsNestedTooDeepAreRefusedAtTheFirstOneTooDeep() {
        String clusters = "<cluster><name>C</name><addressOffset>0</addressOffset>\n".repeat(20_000)
                + "</cluster>".repeat(20_000);
        SvdException e = error(SvdTestSupport.peripheral(clusters));
        // device, peripherals, peripheral, registers, then clusters from line 7 on: the 28th cluster's
        // <name> is the 33rd element deep
        assertEquals("test.svd:34:10: <name> is nested more than 32 elements deep", e.getMessage());
    }

    @Test
    void aLongChainOfDerivedFieldsIsRefusedInsteadOfOverflowingTheStack() {
        StringBuilder fields = new StringBuilder();
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            fields.append("<field derivedFrom=\"F").append(i + 1).append("\"><name>F").append(i)
                    .append("</name></field>\n");
        }
        fields.append("<field><name>F").append(n).append("</name><bitOffset>0</bitOffset></field>\n");
        SvdException e = error(oneRegister("<fields>\n" + fields + "</fields>"));
        assertEquals("test.svd:72:1: field 'F64' derivedFrom 'F65': the chain of derivedFrom is longer than"
                + " 64 steps", e.getMessage());
    }

    @Test
    void nestedArraysOfEmptyClustersAreBoundedInsteadOfRunningForHours() {
        SvdException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> error(SvdTestSupport.peripheral("""
                <cluster><name>A%s</name><addressOffset>0</addressOffset><dim>65536</dim><dimIncrement>0</dimIncrement>
                  <cluster><name>B%s</name><addressOffset>0</addressOffset><dim>65536</dim><dimIncrement>0</dimIncrement>
                  </cluster>
                </cluster>
                """)));
        assertEquals("test.svd:8:3: more than 262144 cluster elements after expanding arrays", e.getMessage());
    }

    @Test
    void aChainWithinTheLimitResolves() {
        StringBuilder registers = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            registers.append("<register derivedFrom=\"R").append(i + 1).append("\"><name>R").append(i)
                    .append("</name><addressOffset>").append(4 * i).append("</addressOffset></register>\n");
        }
        registers.append("<register><name>R60</name><addressOffset>240</addressOffset><resetValue>7</resetValue>"
                + "</register>\n");
        SvdDevice device = read(SvdTestSupport.peripheral(registers.toString()));
        assertEquals(7, register(device, "P", "R0").resetValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"R&#10;0x40000000 P.FORGED reset=0x0", "R&#13;X", "R&#x9B;31m", "R S", "R-1", "1R",
        "R%s%s", "[%s]R", "R[%s]X", "R\u202E"})
    void aRegisterNameThatIsNoCmsisIdentifierIsRefusedAtItsNameElement(String name) {
        SvdException e = error(SvdTestSupport.peripheral(
                "<register>\n  <name>" + name + "</name><addressOffset>0</addressOffset></register>\n"));
        assertEquals(8, e.line(), e.getMessage());
        assertEquals(3, e.column(), e.getMessage());
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r")
                || e.getMessage().contains("\u009B") || e.getMessage().contains("\u202E"), e.getMessage());
    }

    @Test
    void aNameWithALineBreakIsShownEscapedInTheOneLineMessage() {
        SvdException e = error(SvdTestSupport.peripheral(
                "<register><name>R&#10;0x0 FORGED</name><addressOffset>0</addressOffset></register>\n"));
        assertEquals("test.svd:7:11: invalid <name> 'R\\n0x0 FORGED': a name is letters, digits and '_', not"
                + " starting with a digit, with at most one %s, or [%s] at its end", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<name>DEV&#10;ICE</name>", "<name>DEV ICE</name>"})
    void aDeviceNameMustBeAnIdentifier(String nameElement) {
        String xml = SvdTestSupport.device("", "").replace("<name>TEST</name>", nameElement);
        assertEquals(3, error(xml).line());
    }

    @Test
    void fieldAndEnumeratedValueNamesMustBeIdentifiers() {
        assertEquals("invalid <name> 'F&': a name is letters, digits and '_', not starting with a digit, with at most"
                + " one %s, or [%s] at its end", error(oneRegister(
                        "<fields><field><name>F&amp;</name><bitOffset>0</bitOffset></field></fields>")).reason());
        assertEquals("invalid <name> 'ON\\x9B': a name is letters, digits and '_'", error(oneRegister(
                "<fields><field><name>F</name><bitOffset>0</bitOffset><enumeratedValues><enumeratedValue>"
                        + "<name>ON&#x9B;</name><value>1</value></enumeratedValue></enumeratedValues></field></fields>"))
                .reason());
    }

    @Test
    void theArrayFormsOfTheSchemaAreNames() {
        SvdDevice device = read(SvdTestSupport.peripheral("""
                <register><name>A[%s]</name><addressOffset>0</addressOffset><dim>2</dim><dimIncrement>4</dimIncrement></register>
                <register><name>B%sX</name><addressOffset>8</addressOffset><dim>2</dim><dimIncrement>4</dimIncrement></register>
                <register><name>%s</name><addressOffset>16</addressOffset><dim>2</dim><dimIncrement>4</dimIncrement>
                  <dimIndex>C,D</dimIndex></register>
                <register><name>%sE</name><addressOffset>24</addressOffset><dim>1</dimIncrement><dimIncrement>4</dimIncrement></register>
                """.replace("<dim>1</dimIncrement>", "<dim>1</dim>")));
        assertEquals(List.of("A[0]", "A[1]", "B0X", "B1X", "C", "D", "0E"),
                peripheral(device, "P").registers().stream().map(r -> r.name()).toList());
    }

    @Test
    void aDimIndexEntryBecomesPartOfANameSoItMustBeOne() {
        SvdException e = error(SvdTestSupport.peripheral("<register><name>R%s</name><addressOffset>0</addressOffset>"
                + "<dim>2</dim><dimIncrement>4</dimIncrement><dimIndex>A,B&#10;0x0 FORGED</dimIndex></register>\n"));
        assertEquals("test.svd:7:101: invalid <dimIndex> 'A,B\\n0x0 FORGED': an entry is letters, digits and '_'",
                e.getMessage());
    }

    @Test
    void aQuotedValueWithALineBreakStaysOnOneLine() {
        SvdException e = error(oneRegister("<access>read&#10;fake.svd:1:1: error: forged</access>"));
        assertEquals("unknown <access> 'read\\nfake.svd:1:1: error: forged'", e.reason());
    }

    @Test
    void aRegisterPastTheEndOfTheAddressSpaceIsRefusedNotWrapped() {
        SvdException e = error(SvdTestSupport.device("", """
                <peripheral><name>P</name><baseAddress>0xFFFFFFFFFFFFFFF0</baseAddress><registers>
                  <register><name>R</name><addressOffset>0x20</addressOffset></register>
                </registers></peripheral>
                """));
        assertEquals("test.svd:5:1: register 'P.R' at 0xFFFFFFFFFFFFFFF0 + 0x20 lies past the end of the 64-bit"
                + " address space", e.getMessage());
    }

    @Test
    void aRegisterEndingExactlyAtTheTopOfTheAddressSpaceIsAccepted() {
        SvdDevice device = read(SvdTestSupport.device("", """
                <peripheral><name>P</name><baseAddress>0xFFFFFFFFFFFFFFF0</baseAddress><registers>
                  <register><name>R</name><addressOffset>0xC</addressOffset></register>
                </registers></peripheral>
                """));
        assertEquals(0xC, register(device, "P", "R").addressOffset());
    }

    @Test
    void aPeripheralArrayRunningPastTheEndOfTheAddressSpaceIsRefused() {
        SvdException e = error(SvdTestSupport.device("", """
                <peripheral><name>P%s</name><baseAddress>0xC000000000000000</baseAddress>
                  <dim>3</dim><dimIncrement>0x2000000000000000</dimIncrement><registers>
                  <register><name>R</name><addressOffset>0</addressOffset></register>
                </registers></peripheral>
                """));
        assertEquals("test.svd:5:1: element 2 of peripheral 'P2' at <baseAddress> 0xC000000000000000 with"
                + " <dimIncrement> 0x2000000000000000 lies past the end of the 64-bit address space", e.getMessage());
    }

    @Test
    void aRegisterArrayWhoseIncrementOverflowsIsRefused() {
        SvdException e = error(SvdTestSupport.peripheral("<register><name>R%s</name><addressOffset>4</addressOffset>"
                + "<dim>3</dim><dimIncrement>0x8000000000000000</dimIncrement></register>\n"));
        assertEquals("test.svd:7:1: element 2 of register 'R%s' at <addressOffset> 0x4 with <dimIncrement>"
                + " 0x8000000000000000 lies past the end of the 64-bit address space", e.getMessage());
    }

    @Test
    void aClusterOffsetPlusARegisterOffsetPastTheEndIsRefused() {
        SvdException e = error(SvdTestSupport.peripheral("<cluster><name>C</name><addressOffset>0xFFFFFFFFFFFFFFF0"
                + "</addressOffset>\n<register><name>R</name><addressOffset>0x20</addressOffset></register></cluster>\n"));
        assertEquals("test.svd:8:1: register 'R' at <addressOffset> 0x20 in a cluster at 0xFFFFFFFFFFFFFFF0 lies past"
                + " the end of the 64-bit address space", e.getMessage());
    }

    @Test
    void aFieldArrayWhoseIncrementOverflowsDoesNotWrapBackIntoTheRegister() {
        SvdException e = error(oneRegister("<fields><field><name>F%s</name><bitOffset>0</bitOffset><dim>2</dim>"
                + "<dimIncrement>0x8000000000000000</dimIncrement></field></fields>"));
        assertEquals("field 'F1' (bit 0 + 1 * <dimIncrement> 9223372036854775808) does not fit in the 32-bit"
                + " register 'R'", e.reason());
    }

    @Test
    void theDecimalTwoToTheSixtyFourIsOutOfRange() {
        SvdException e = error(SvdTestSupport.device("", "<peripheral><name>P</name><baseAddress>18446744073709551616"
                + "</baseAddress></peripheral>\n"));
        assertEquals("invalid number '18446744073709551616' in <baseAddress>", e.reason());
    }

    @Test
    void aScaledNumberPastTwoToTheSixtyFourIsOutOfRange() {
        SvdException e = error(SvdTestSupport.device("", "<peripheral><name>P</name><baseAddress>16777216T"
                + "</baseAddress></peripheral>\n"));
        assertEquals("invalid number '16777216T' in <baseAddress>", e.reason());
    }
}
