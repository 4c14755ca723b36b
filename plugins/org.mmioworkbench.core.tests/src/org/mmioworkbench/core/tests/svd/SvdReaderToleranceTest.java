package org.mmioworkbench.core.tests.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.peripheral;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.read;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.register;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.svd.SvdAccess;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdField;
import org.mmioworkbench.core.svd.SvdRegister;
import org.mmioworkbench.core.svd.SvdWarning;

/**
 * Real vendor files that the SVD format does not allow but the tools users know accept are read those tools' way,
 * each with a warning that names the file, line and column of the element: the file is not refused.
 */
class SvdReaderToleranceTest {

    @Test
    void aFieldRunningPastItsRegisterIsClippedAndOneOutsideItLeftOut() {
        SvdDevice d = read(peripheral("""
                <register><name>CR</name><addressOffset>0</addressOffset><size>16</size><fields>
                  <field><name>LOW</name><bitOffset>0</bitOffset><bitWidth>4</bitWidth></field>
                  <field><name>TOP</name><bitOffset>14</bitOffset><bitWidth>4</bitWidth></field>
                  <field><dim>3</dim><dimIncrement>8</dimIncrement><name>B%s</name><lsb>0</lsb><msb>7</msb></field>
                </fields></register>
                """));
        SvdRegister cr = register(d, "P", "CR");
        assertEquals(List.of("B0", "LOW", "B1", "TOP"), cr.fields().stream().map(SvdField::name).toList());
        SvdField top = cr.fields().get(3);
        assertEquals(14, top.bitOffset());
        assertEquals(2, top.bitWidth(), "clipped to bits 14..15 (SiFive e310x, esp32)");
        assertEquals(2, d.warnings().size(), d.warnings().toString());
        SvdWarning clipped = d.warnings().get(0);
        assertEquals("test.svd", clipped.file());
        assertEquals("field 'TOP' (bits 14..17) runs past the 16-bit register 'CR'; clipped to bits 14..15",
                clipped.reason());
        assertEquals(clipped.file() + ":" + clipped.line() + ":" + clipped.column() + ": warning: " + clipped.reason(),
                clipped.toString());
        assertEquals("field 'B2' (bits 16..23) lies outside the 16-bit register 'CR'; left out",
                d.warnings().get(1).reason());
        assertEquals(d.warnings().get(0).line() + 1, d.warnings().get(1).line(), "each at its own element");
    }

    @Test
    void accessWriteIsReadAsWriteOnlyWithAWarning() {
        SvdDevice d = read(peripheral("""
                <register><name>KEY</name><addressOffset>0</addressOffset><access>write</access></register>
                <register><name>DATA</name><addressOffset>4</addressOffset><fields>
                  <field><name>D</name><bitOffset>0</bitOffset><bitWidth>8</bitWidth><access>write</access></field>
                </fields></register>
                """));
        assertEquals(SvdAccess.WRITE_ONLY, register(d, "P", "KEY").access(), "GigaDevice GD32VF103");
        assertEquals(SvdAccess.WRITE_ONLY, register(d, "P", "DATA").fields().get(0).access());
        assertEquals(2, d.warnings().size(), d.warnings().toString());
        assertEquals("<access> 'write' is not an SVD access value; read as 'write-only'", d.warnings().get(0).reason());
    }

    @Test
    void derivedFromOneElementOfAListDerivesFromTheListsDefinition() {
        SvdDevice d = read(peripheral("""
                <register><dim>2</dim><dimIncrement>4</dimIncrement><dimIndex>0-1</dimIndex>
                  <name>P10%sPFS</name><addressOffset>0</addressOffset><resetValue>0x10</resetValue>
                  <fields><field><name>PODR</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field></fields>
                </register>
                <register derivedFrom="P100PFS"><dim>2</dim><dimIncrement>4</dimIncrement><dimIndex>0-1</dimIndex>
                  <name>P20%sPFS</name><addressOffset>0x40</addressOffset></register>
                """));
        SvdRegister p201 = register(d, "P", "P201PFS");
        assertEquals(0x44, p201.addressOffset(), "Renesas RA: its own place");
        assertEquals(0x10, p201.resetValue(), "the list's reset value");
        assertEquals("PODR", p201.fields().get(0).name());
        assertEquals(1, d.warnings().size(), d.warnings().toString());
        assertEquals("register 'P20%sPFS' derivedFrom 'P100PFS', an element of the list 'P10%sPFS': derived from the"
                + " list's definition", d.warnings().get(0).reason());
    }

    @Test
    void aFieldDerivedFromOneElementOfAFieldListIsReadToo() {
        SvdDevice d = read(peripheral("""
                <register><name>R</name><addressOffset>0</addressOffset><fields>
                  <field><dim>2</dim><dimIncrement>4</dimIncrement><name>MODE%s</name><bitOffset>0</bitOffset>
                    <bitWidth>3</bitWidth><access>read-only</access><description>Pin mode</description></field>
                  <field derivedFrom="MODE1"><name>LAST</name><bitOffset>28</bitOffset><bitWidth>3</bitWidth></field>
                </fields></register>
                """));
        SvdField last = register(d, "P", "R").fields().stream().filter(f -> f.name().equals("LAST")).findFirst()
                .orElseThrow();
        assertEquals(28, last.bitOffset());
        assertEquals(SvdAccess.READ_ONLY, last.access(), "from the list's definition");
        assertEquals("Pin mode", last.description());
        assertEquals(1, d.warnings().size());
    }

    @Test
    void aFileWithoutSuchElementsHasNoWarnings() {
        assertEquals(List.of(), read(peripheral("""
                <register><name>R</name><addressOffset>0</addressOffset></register>
                """)).warnings());
    }
}
