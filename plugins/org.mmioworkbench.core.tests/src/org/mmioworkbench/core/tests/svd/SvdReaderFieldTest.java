package org.mmioworkbench.core.tests.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.peripheral;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.read;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.register;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.svd.ModifiedWriteValues;
import org.mmioworkbench.core.svd.ReadAction;
import org.mmioworkbench.core.svd.SvdAccess;
import org.mmioworkbench.core.svd.SvdField;
import org.mmioworkbench.core.svd.SvdRegister;

/** Field bit ranges, access, write semantics and read actions. */
class SvdReaderFieldTest {

    private static SvdField onlyField(String fieldXml) {
        SvdRegister r = register(read(peripheral("<register><name>R</name><addressOffset>0</addressOffset><fields>"
                + fieldXml + "</fields></register>")), "P", "R");
        assertEquals(1, r.fields().size());
        return r.fields().get(0);
    }

    @Test
    void bitOffsetAndBitWidthGiveTheField() {
        SvdField f = onlyField("<field><name>F</name><bitOffset>4</bitOffset><bitWidth>3</bitWidth></field>");
        assertEquals(4, f.bitOffset());
        assertEquals(3, f.bitWidth());
        assertEquals(0x70, f.mask());
    }

    @Test
    void bitOffsetWithoutBitWidthIsOneBit() {
        SvdField f = onlyField("<field><name>F</name><bitOffset>31</bitOffset></field>");
        assertEquals(31, f.bitOffset());
        assertEquals(1, f.bitWidth());
    }

    @Test
    void lsbAndMsbGiveTheField() {
        SvdField f = onlyField("<field><name>F</name><lsb>8</lsb><msb>15</msb></field>");
        assertEquals(8, f.bitOffset());
        assertEquals(8, f.bitWidth());
    }

    @Test
    void bitRangeGivesTheField() {
        SvdField f = onlyField("<field><name>F</name><bitRange>[ 23:16 ]</bitRange></field>");
        assertEquals(16, f.bitOffset());
        assertEquals(8, f.bitWidth());
    }

    @Test
    void singleBitRangeIsOneBit() {
        SvdField f = onlyField("<field><name>F</name><bitRange>[0:0]</bitRange></field>");
        assertEquals(0, f.bitOffset());
        assertEquals(1, f.bitWidth());
    }

    @Test
    void aFieldMayFillA64BitRegister() {
        SvdRegister r = register(read(peripheral("""
                <register><name>R</name><addressOffset>0</addressOffset><size>64</size><fields>
                  <field><name>ALL</name><bitOffset>0</bitOffset><bitWidth>64</bitWidth></field></fields></register>
                """)), "P", "R");
        assertEquals(-1L, r.fields().get(0).mask());
    }

    @Test
    void fieldsAreSortedByBitOffset() {
        SvdRegister r = register(read(peripheral("""
                <register><name>R</name><addressOffset>0</addressOffset><fields>
                  <field><name>HIGH</name><bitOffset>16</bitOffset><bitWidth>16</bitWidth></field>
                  <field><name>LOW</name><bitOffset>0</bitOffset><bitWidth>8</bitWidth></field>
                  <field><name>MID</name><bitRange>[15:8]</bitRange></field>
                </fields></register>
                """)), "P", "R");
        assertEquals(List.of("LOW", "MID", "HIGH"), r.fields().stream().map(SvdField::name).toList());
    }

    @ParameterizedTest
    @EnumSource(SvdAccess.class)
    void eachAccessTypeIsRead(SvdAccess access) {
        SvdField f = onlyField("<field><name>F</name><bitOffset>0</bitOffset><access>" + access.svdName()
                + "</access></field>");
        assertEquals(access, f.access());
    }

    @ParameterizedTest
    @CsvSource({"writeonce, WRITE_ONCE", "read-writeonce, READ_WRITE_ONCE", "READ-ONLY, READ_ONLY"})
    void accessIsMatchedIgnoringCaseAsSomeVendorsWriteIt(String written, SvdAccess expected) {
        SvdField f = onlyField("<field><name>F</name><bitOffset>0</bitOffset><access>" + written + "</access></field>");
        assertEquals(expected, f.access());
    }

    @ParameterizedTest
    @EnumSource(ModifiedWriteValues.class)
    void eachModifiedWriteValuesIsRead(ModifiedWriteValues writes) {
        SvdField f = onlyField("<field><name>F</name><bitOffset>0</bitOffset><modifiedWriteValues>"
                + writes.svdName() + "</modifiedWriteValues></field>");
        assertEquals(writes, f.modifiedWriteValues());
    }

    @ParameterizedTest
    @EnumSource(ModifiedWriteValues.class)
    void eachModifiedWriteValuesOfARegisterIsRead(ModifiedWriteValues writes) {
        SvdRegister r = register(read(peripheral("<register><name>R</name><addressOffset>0</addressOffset>"
                + "<modifiedWriteValues>" + writes.svdName() + "</modifiedWriteValues></register>")), "P", "R");
        assertEquals(writes, r.modifiedWriteValues());
    }

    @ParameterizedTest
    @EnumSource(ReadAction.class)
    void eachReadActionIsRead(ReadAction action) {
        SvdField f = onlyField("<field><name>F</name><bitOffset>0</bitOffset><readAction>" + action.svdName()
                + "</readAction></field>");
        assertEquals(action, f.readAction());
    }

    @ParameterizedTest
    @EnumSource(ReadAction.class)
    void eachReadActionOfARegisterIsRead(ReadAction action) {
        SvdRegister r = register(read(peripheral("<register><name>R</name><addressOffset>0</addressOffset>"
                + "<readAction>" + action.svdName() + "</readAction></register>")), "P", "R");
        assertEquals(action, r.readAction());
    }

    @Test
    void elementsTheReaderDoesNotKnowAreSkippedWhereverTheyAre() {
        SvdRegister r = register(read(SvdTestSupport.device("""
                  <cpu><name>CM4</name><revision>r0p1</revision><endian>little</endian></cpu>
                  <vendorExtensions><anything><deep a="1">text</deep></anything></vendorExtensions>
                """, """
                <peripheral><name>P</name><version>1.0</version><baseAddress>0</baseAddress>
                  <headerStructName>PS</headerStructName><futureThing>x</futureThing><registers>
                  <register><name>R</name><displayName>Reg</displayName><addressOffset>0</addressOffset>
                    <dataType>uint32_t</dataType><protection>s</protection>
                    <writeConstraint><range><minimum>0</minimum><maximum>3</maximum></range></writeConstraint>
                    <fields><field><name>F</name><bitOffset>0</bitOffset>
                      <writeConstraint><useEnumeratedValues>true</useEnumeratedValues></writeConstraint>
                      <x:vendor xmlns:x="urn:x">y</x:vendor></field></fields>
                  </register>
                  <!-- a comment --><?pi data?>
                </registers></peripheral>
                """)), "P", "R");
        assertEquals("F", r.fields().get(0).name());
    }
}
