package org.mmioworkbench.core.tests.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.device;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.peripheral;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.read;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.register;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdField;
import org.mmioworkbench.core.svd.SvdPeripheral;
import org.mmioworkbench.core.svd.SvdRegister;

/** {@code dim} arrays of registers, clusters, fields and peripherals, and how their elements are named. */
class SvdReaderArrayTest {

    private static List<String> names(SvdPeripheral p) {
        return p.registers().stream().map(SvdRegister::qualifiedName).toList();
    }

    private static List<Long> offsets(SvdPeripheral p) {
        return p.registers().stream().map(SvdRegister::addressOffset).toList();
    }

    @Test
    void bracketArrayNamesEachElementWithItsIndexInBrackets() {
        SvdDevice d = read(peripheral("""
                <register><dim>4</dim><dimIncrement>4</dimIncrement><name>CONFIG[%s]</name>
                  <description>Configuration %s</description><addressOffset>0x510</addressOffset></register>
                """));
        SvdPeripheral p = SvdTestSupport.peripheral(d, "P");
        assertEquals(List.of("CONFIG[0]", "CONFIG[1]", "CONFIG[2]", "CONFIG[3]"), names(p));
        assertEquals(List.of(0x510L, 0x514L, 0x518L, 0x51CL), offsets(p));
        assertEquals("Configuration 3", register(d, "P", "CONFIG[3]").description());
    }

    @Test
    void percentSArrayWithACommaListDimIndex() {
        SvdDevice d = read(peripheral("""
                <register><dim>3</dim><dimIncrement>0x10</dimIncrement><dimIndex>A, B,C</dimIndex>
                  <name>PORT%sCFG</name><addressOffset>0x100</addressOffset></register>
                """));
        SvdPeripheral p = SvdTestSupport.peripheral(d, "P");
        assertEquals(List.of("PORTACFG", "PORTBCFG", "PORTCCFG"), names(p));
        assertEquals(List.of(0x100L, 0x110L, 0x120L), offsets(p));
    }

    @Test
    void percentSArrayWithANumberRangeDimIndex() {
        SvdPeripheral p = SvdTestSupport.peripheral(read(peripheral("""
                <register><dim>8</dim><dimIncrement>4</dimIncrement><dimIndex>0-7</dimIndex>
                  <name>PIN%s</name><addressOffset>0</addressOffset></register>
                """)), "P");
        assertEquals(List.of("PIN0", "PIN1", "PIN2", "PIN3", "PIN4", "PIN5", "PIN6", "PIN7"), names(p));
        assertEquals(28L, p.register("PIN7").orElseThrow().addressOffset());
    }

    @Test
    void percentSArrayWithARangeNotStartingAtZero() {
        SvdPeripheral p = SvdTestSupport.peripheral(read(peripheral("""
                <register><dim>3</dim><dimIncrement>4</dimIncrement><dimIndex>4-6</dimIndex>
                  <name>CH%s_CTRL</name><addressOffset>0</addressOffset></register>
                """)), "P");
        assertEquals(List.of("CH4_CTRL", "CH5_CTRL", "CH6_CTRL"), names(p));
    }

    @Test
    void percentSArrayWithALetterRangeDimIndex() {
        SvdPeripheral p = SvdTestSupport.peripheral(read(peripheral("""
                <register><dim>3</dim><dimIncrement>4</dimIncrement><dimIndex>A-C</dimIndex>
                  <name>GPIO%s</name><addressOffset>0</addressOffset></register>
                """)), "P");
        assertEquals(List.of("GPIOA", "GPIOB", "GPIOC"), names(p));
    }

    @Test
    void percentSArrayWithoutDimIndexCountsFromZero() {
        SvdPeripheral p = SvdTestSupport.peripheral(read(peripheral("""
                <register><dim>2</dim><dimIncrement>8</dimIncrement><name>BUF%s</name>
                  <addressOffset>0x20</addressOffset></register>
                """)), "P");
        assertEquals(List.of("BUF0", "BUF1"), names(p));
        assertEquals(List.of(0x20L, 0x28L), offsets(p));
    }

    @Test
    void clusterArrayRepeatsItsRegistersUnderEachElementName() {
        SvdDevice d = read(peripheral("""
                <cluster><dim>3</dim><dimIncrement>0x20</dimIncrement><name>CH[%s]</name>
                  <addressOffset>0x100</addressOffset>
                  <register><name>CTRL</name><addressOffset>0</addressOffset></register>
                  <register><name>STAT</name><addressOffset>4</addressOffset></register>
                </cluster>
                """));
        SvdRegister ctrl = register(d, "P", "CH[2].CTRL");
        assertEquals(List.of("CH[2]"), ctrl.clusterPath());
        assertEquals("CTRL", ctrl.name());
        assertEquals(0x140, ctrl.addressOffset());
        assertEquals(0x124, register(d, "P", "CH[1].STAT").addressOffset());
        assertEquals(6, d.registerCount());
    }

    @Test
    void nestedClusterArraysMultiplyAndAddTheirOffsets() {
        SvdDevice d = read(peripheral("""
                <cluster><dim>2</dim><dimIncrement>0x100</dimIncrement><name>DMA%s</name><addressOffset>0</addressOffset>
                  <cluster><dim>4</dim><dimIncrement>0x10</dimIncrement><name>STREAM[%s]</name>
                    <addressOffset>0x20</addressOffset>
                    <register><dim>2</dim><dimIncrement>4</dimIncrement><name>ADDR[%s]</name>
                      <addressOffset>8</addressOffset></register>
                  </cluster>
                </cluster>
                """));
        assertEquals(16, d.registerCount());
        SvdRegister last = register(d, "P", "DMA1.STREAM[3].ADDR[1]");
        assertEquals(List.of("DMA1", "STREAM[3]"), last.clusterPath());
        assertEquals(0x100 + 0x20 + 3 * 0x10 + 8 + 4, last.addressOffset());
    }

    @Test
    void fieldArrayRepeatsAFieldEveryDimIncrementBits() {
        SvdRegister r = register(read(peripheral("""
                <register><name>OUT</name><addressOffset>0</addressOffset><fields>
                  <field><dim>4</dim><dimIncrement>2</dimIncrement><name>PIN%s</name>
                    <description>Pin %s</description><bitOffset>8</bitOffset><bitWidth>2</bitWidth></field>
                  <field><dim>2</dim><dimIncrement>1</dimIncrement><dimIndex>LO,HI</dimIndex><name>EN_%s</name>
                    <bitOffset>0</bitOffset></field>
                </fields></register>
                """)), "P", "OUT");
        assertEquals(List.of("EN_LO", "EN_HI", "PIN0", "PIN1", "PIN2", "PIN3"),
                r.fields().stream().map(SvdField::name).toList());
        assertEquals(List.of(0, 1, 8, 10, 12, 14), r.fields().stream().map(SvdField::bitOffset).toList());
        assertEquals("Pin 2", r.fields().get(4).description());
    }

    @Test
    void peripheralArrayRepeatsThePeripheralEveryDimIncrement() {
        SvdDevice d = read(device("", """
                <peripheral><dim>2</dim><dimIncrement>0x1000</dimIncrement><name>SPI[%s]</name>
                  <description>SPI %s</description><baseAddress>0x40003000</baseAddress><registers>
                  <register><name>CR</name><addressOffset>0</addressOffset></register></registers></peripheral>
                """));
        assertEquals(List.of("SPI[0]", "SPI[1]"), d.peripherals().stream().map(SvdPeripheral::name).toList());
        assertEquals(0x40004000L, SvdTestSupport.peripheral(d, "SPI[1]").baseAddress());
        assertEquals("SPI 1", SvdTestSupport.peripheral(d, "SPI[1]").description());
        assertEquals(2, d.registerCount());
    }

    @Test
    void registersAreSortedByOffsetThenName() {
        SvdPeripheral p = SvdTestSupport.peripheral(read(peripheral("""
                <register><name>Z</name><addressOffset>8</addressOffset></register>
                <register><name>B</name><addressOffset>0</addressOffset></register>
                <register><name>A</name><addressOffset>0</addressOffset><alternateRegister>B</alternateRegister></register>
                <register><name>M</name><addressOffset>4</addressOffset><alternateGroup>G</alternateGroup></register>
                """)), "P");
        assertEquals(List.of("A", "B", "M", "Z"), names(p));
    }

    @Test
    void aSingleElementArrayNeedsNoDimIncrement() {
        SvdPeripheral p = SvdTestSupport.peripheral(read(peripheral("""
                <register><dim>1</dim><name>ONLY[%s]</name><addressOffset>0x30</addressOffset></register>
                """)), "P");
        assertEquals(List.of("ONLY[0]"), names(p));
    }
}
