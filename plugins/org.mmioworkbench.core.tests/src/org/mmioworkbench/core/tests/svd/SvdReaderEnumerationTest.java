package org.mmioworkbench.core.tests.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.peripheral;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.read;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.register;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mmioworkbench.core.svd.SvdEnumeratedValue;
import org.mmioworkbench.core.svd.SvdEnumeration;
import org.mmioworkbench.core.svd.SvdField;

/** {@code enumeratedValues}: usage, default entries, value forms and don't-care bits. */
class SvdReaderEnumerationTest {

    private static SvdField field(String enumerationsXml) {
        return register(read(peripheral("<register><name>R</name><addressOffset>0</addressOffset><fields>"
                + "<field><name>F</name><bitOffset>0</bitOffset><bitWidth>4</bitWidth>" + enumerationsXml
                + "</field></fields></register>")), "P", "R").fields().get(0);
    }

    @Test
    void usageDefaultsToReadWrite() {
        SvdEnumeration e = field("""
                <enumeratedValues><enumeratedValue><name>A</name><value>1</value></enumeratedValue></enumeratedValues>
                """).enumerations().get(0);
        assertEquals("read-write", e.usage());
        assertEquals("", e.name());
        assertTrue(e.forRead());
        assertTrue(e.forWrite());
    }

    @Test
    void separateReadAndWriteEnumerationsAreKeptByUsage() {
        SvdField f = field("""
                <enumeratedValues><name>R</name><usage>read</usage>
                  <enumeratedValue><name>Busy</name><value>1</value></enumeratedValue></enumeratedValues>
                <enumeratedValues><name>W</name><usage>write</usage>
                  <enumeratedValue><name>Start</name><value>1</value></enumeratedValue></enumeratedValues>
                """);
        assertEquals(2, f.enumerations().size());
        assertEquals("Busy", f.readEnumeration().orElseThrow().lookup(1).orElseThrow().name());
        assertEquals("Start", f.writeEnumeration().orElseThrow().lookup(1).orElseThrow().name());
        assertFalse(f.enumerations().get(0).forWrite());
    }

    @Test
    void isDefaultNamesEveryValueNotListed() {
        SvdEnumeration e = field("""
                <enumeratedValues>
                  <enumeratedValue><name>Zero</name><value>0</value></enumeratedValue>
                  <enumeratedValue><name>Other</name><description>Anything else</description>
                    <isDefault>true</isDefault></enumeratedValue>
                </enumeratedValues>
                """).enumerations().get(0);
        SvdEnumeratedValue other = e.values().get(1);
        assertTrue(other.isDefault());
        assertEquals("Anything else", other.description());
        assertEquals("Zero", e.lookup(0).orElseThrow().name());
        assertEquals("Other", e.lookup(9).orElseThrow().name());
    }

    @ParameterizedTest
    @CsvSource({"10, 10", "0x0A, 10", "0XA, 10", "#1010, 10", "0b1010, 10", "+3, 3"})
    void valuesAreReadInEveryNumberForm(String written, long expected) {
        SvdEnumeratedValue v = field("<enumeratedValues><enumeratedValue><name>V</name><value>" + written
                + "</value></enumeratedValue></enumeratedValues>").enumerations().get(0).values().get(0);
        assertEquals(expected, v.value());
        assertEquals(0, v.dontCareMask());
        assertFalse(v.isDefault());
    }

    @Test
    void dontCareBitsInBinaryValuesBecomeAMask() {
        SvdEnumeration e = field("""
                <enumeratedValues>
                  <enumeratedValue><name>Hash</name><value>#1x0x</value></enumeratedValue>
                  <enumeratedValue><name>Zero</name><value>0b0X11</value></enumeratedValue>
                </enumeratedValues>
                """).enumerations().get(0);
        SvdEnumeratedValue hash = e.values().get(0);
        assertEquals(0b1000, hash.value());
        assertEquals(0b0101, hash.dontCareMask());
        assertEquals("Hash", e.lookup(0b1101).orElseThrow().name());
        assertEquals("Hash", e.lookup(0b1000).orElseThrow().name());
        assertTrue(e.lookup(0b1010).isEmpty());
        assertEquals(0b0011, e.values().get(1).value());
        assertEquals(0b0100, e.values().get(1).dontCareMask());
        assertEquals("Zero", e.lookup(0b0111).orElseThrow().name());
    }

    @Test
    void enumeratedValueDescriptionsAreNormalisedAndKeptInFileOrder() {
        SvdEnumeration e = field("""
                <enumeratedValues>
                  <enumeratedValue><name>B</name><description>  second
                      line </description><value>1</value></enumeratedValue>
                  <enumeratedValue><name>A</name><value>0</value></enumeratedValue>
                </enumeratedValues>
                """).enumerations().get(0);
        assertEquals(List.of("B", "A"), e.values().stream().map(SvdEnumeratedValue::name).toList());
        assertEquals("second line", e.values().get(0).description());
        assertEquals("", e.values().get(1).description());
    }
}
