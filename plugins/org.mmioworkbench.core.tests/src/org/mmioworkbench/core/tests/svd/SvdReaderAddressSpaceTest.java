package org.mmioworkbench.core.tests.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.error;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.read;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.svd.SvdAccess;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdRegister;

/**
 * Registers at the very end of the 64-bit address space, the limits on expanded arrays, fields of derived
 * registers that change size or access, and what a file must start with.
 */
class SvdReaderAddressSpaceTest {

    private static String peripheralAt(String base, String registers) {
        return SvdTestSupport.device("", "<peripheral><name>P</name><baseAddress>" + base + "</baseAddress><registers>"
                + registers + "</registers></peripheral>\n");
    }

    private static String reg(String name, String offset, int size) {
        return "<register><name>" + name + "</name><addressOffset>" + offset + "</addressOffset><size>" + size
                + "</size></register>";
    }

    @Test
    void aRegisterWhoseLastByteIsTheLastByteOfTheAddressSpaceIsAccepted() {
        SvdDevice d = read(peripheralAt("0xFFFFFFFFFFFFFFF0", reg("R", "0xC", 32)));
        assertEquals(0xC, d.peripherals().get(0).registers().get(0).addressOffset());
        read(peripheralAt("0", reg("R", "0xFFFFFFFFFFFFFFFC", 32)));
    }

    @Test
    void aRegisterOneBytePastTheEndOfTheAddressSpaceIsRefusedNamingTheRegisterThatReachesFurthest() {
        String m = error(peripheralAt("0xFFFFFFFFFFFFFFF0", reg("A", "0xD", 8) + reg("B", "0xD", 32)
                + reg("C", "0xE", 16))).getMessage();
        assertTrue(m.contains("register 'P.B' at 0xFFFFFFFFFFFFFFF0 + 0xD lies past the end of the 64-bit address"
                + " space"), m);
        m = error(peripheralAt("0xFFFFFFFFFFFFFFF0", reg("A", "0xC", 32) + reg("B", "0xF", 8) + reg("C", "0xE", 16)
                + reg("D", "0x10", 8))).getMessage();
        assertTrue(m.contains("'P.D' at 0xFFFFFFFFFFFFFFF0 + 0x10"), m);
        m = error(peripheralAt("0", reg("R", "0xFFFFFFFFFFFFFFFD", 32))).getMessage();
        assertTrue(m.contains("register 'R' at offset 0xFFFFFFFFFFFFFFFD"), m);
    }

    @Test
    void theFirstRegisterOfSeveralEndingAtTheSameByteIsNamed() {
        String m = error(peripheralAt("0xFFFFFFFFFFFFFFFD", reg("A", "0", 32) + reg("B", "3", 8))).getMessage();
        assertTrue(m.contains("register 'P.A' at 0xFFFFFFFFFFFFFFFD + 0x0 lies past the end"), m);
    }

    private static String arrays(int peripherals, int registers) {
        return SvdTestSupport.device("", "<peripheral><name>P%s</name><dim>" + peripherals + "</dim><dimIncrement>"
                + "0x100000</dimIncrement><baseAddress>0</baseAddress><registers><register><name>R%s</name><dim>"
                + registers + "</dim><dimIncrement>4</dimIncrement><addressOffset>0</addressOffset></register>"
                + "</registers></peripheral>\n");
    }

    @Test
    void arraysMayExpandToExactly262144RegistersAndNoMore() {
        SvdDevice d = read(arrays(4, 65536));
        assertEquals(4, d.peripherals().size());
        assertEquals(65536, d.peripherals().get(3).registers().size());
        String m = error(arrays(5, 65536)).getMessage();
        assertTrue(m.endsWith("more than 262144 registers after expanding arrays"), m);
        assertEquals(262144, read(clusters(4, 65536)).peripherals().get(0).registers().size());
        m = error(clusters(5, 65536)).getMessage();
        assertTrue(m.endsWith("more than 262144 registers after expanding arrays"), m);
    }

    private static String clusters(int clusters, int registers) {
        return SvdTestSupport.peripheral("<cluster><name>C%s</name><dim>" + clusters + "</dim><dimIncrement>0x100000"
                + "</dimIncrement><addressOffset>0</addressOffset><register><name>R%s</name><dim>" + registers
                + "</dim><dimIncrement>4</dimIncrement><addressOffset>0</addressOffset></register></cluster>\n");
    }

    @Test
    void aDerivedRegisterWithAnotherAccessGivesItsFieldsThatAccess() {
        SvdDevice d = read(SvdTestSupport.peripheral("""
                <register><name>BASE</name><addressOffset>0</addressOffset><access>read-write</access>
                  <fields><field><name>F</name><bitOffset>4</bitOffset><bitWidth>4</bitWidth></field></fields></register>
                <register derivedFrom="BASE"><name>RO</name><addressOffset>4</addressOffset><access>read-only</access>
                </register>
                <register derivedFrom="BASE"><name>SAME</name><addressOffset>8</addressOffset></register>
                """));
        assertEquals(SvdAccess.READ_WRITE, SvdTestSupport.register(d, "P", "BASE").fields().get(0).access());
        assertEquals(SvdAccess.READ_ONLY, SvdTestSupport.register(d, "P", "RO").fields().get(0).access());
        assertEquals(SvdAccess.READ_WRITE, SvdTestSupport.register(d, "P", "SAME").fields().get(0).access());
    }

    @Test
    void aDerivedRegisterTooNarrowForItsBasesFieldsLeavesThemOutWithAWarning() {
        SvdDevice narrow = read(SvdTestSupport.peripheral("""
                <register><name>BASE</name><addressOffset>0</addressOffset>
                  <fields><field><name>F</name><bitOffset>20</bitOffset><bitWidth>4</bitWidth></field></fields></register>
                <register derivedFrom="BASE"><name>NARROW</name><addressOffset>4</addressOffset><size>16</size></register>
                """));
        assertEquals(List.of(), SvdTestSupport.register(narrow, "P", "NARROW").fields());
        assertEquals(1, SvdTestSupport.register(narrow, "P", "BASE").fields().size());
        assertEquals(1, narrow.warnings().size(), narrow.warnings().toString());
        String m = narrow.warnings().get(0).toString();
        assertTrue(m.contains("NARROW") && m.contains("left out") && m.contains(": warning: "), m);
        SvdRegister wide = SvdTestSupport.register(read(SvdTestSupport.peripheral("""
                <register><name>BASE</name><addressOffset>0</addressOffset><size>16</size>
                  <fields><field><name>F</name><bitOffset>4</bitOffset><bitWidth>4</bitWidth></field></fields></register>
                <register derivedFrom="BASE"><name>WIDE</name><addressOffset>4</addressOffset><size>32</size></register>
                """)), "P", "WIDE");
        assertEquals(32, wide.size());
        assertEquals(4, wide.fields().get(0).bitOffset());
    }

    private static String notXml(String content) {
        return error(content.getBytes(StandardCharsets.UTF_8)).getMessage();
    }

    @Test
    void aFileThatDoesNotStartWithATagNamesTheCharacterPrintableOrNot() {
        assertEquals("test.svd:1:1: not an XML file: it starts with '!' where '<' was expected", notXml("!x"));
        assertEquals("test.svd:1:1: not an XML file: it starts with '~' where '<' was expected", notXml("~"));
        assertEquals("test.svd:2:3: not an XML file: it starts with 'a' where '<' was expected", notXml("\n  a"));
        assertEquals("test.svd:1:1: not an XML file: it starts with U+007F where '<' was expected", notXml("\u007f"));
        assertEquals("test.svd:1:1: not an XML file: it starts with U+00E9 where '<' was expected", notXml("\u00e9"));
        assertEquals("test.svd:1:1: not an XML file: it starts with U+0001 where '<' was expected", notXml("\u0001"));
    }
}
