package org.mmioworkbench.core.tests.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.device;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.peripheral;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.read;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.register;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.svd.ModifiedWriteValues;
import org.mmioworkbench.core.svd.SvdAccess;
import org.mmioworkbench.core.svd.SvdAddressBlock;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdEnumeratedValue;
import org.mmioworkbench.core.svd.SvdEnumeration;
import org.mmioworkbench.core.svd.SvdField;
import org.mmioworkbench.core.svd.SvdPeripheral;
import org.mmioworkbench.core.svd.SvdRegister;

/** {@code derivedFrom} on peripherals, clusters, registers, fields and enumerated values. */
class SvdReaderDerivedFromTest {

    private static final String UARTS = """
            <peripheral derivedFrom="UART0">
              <name>UART1</name>
              <baseAddress>0x40001000</baseAddress>
              <interrupt><name>UART1_IRQ</name><value>21</value></interrupt>
            </peripheral>
            <peripheral>
              <name>UART0</name>
              <description>The first UART</description>
              <groupName>UART</groupName>
              <baseAddress>0x40000000</baseAddress>
              <size>16</size>
              <addressBlock><offset>0</offset><size>0x100</size><usage>registers</usage></addressBlock>
              <interrupt><name>UART0_IRQ</name><description>UART 0</description><value>20</value></interrupt>
              <registers>
                <register><name>DR</name><addressOffset>0</addressOffset>
                  <fields><field><name>DATA</name><bitOffset>0</bitOffset><bitWidth>8</bitWidth></field></fields>
                </register>
                <register><name>FR</name><addressOffset>4</addressOffset><access>read-only</access></register>
              </registers>
            </peripheral>
            <peripheral derivedFrom="UART1">
              <name>UART2</name>
              <description>The third UART</description>
              <baseAddress>0x40002000</baseAddress>
              <size>32</size>
              <registers>
                <register><name>FR</name><addressOffset>8</addressOffset></register>
                <register><name>EXTRA</name><addressOffset>0xC</addressOffset></register>
              </registers>
            </peripheral>
            """;

    @Test
    void derivedPeripheralCopiesTheBaseRegistersDescriptionGroupAndAddressBlocks() {
        SvdDevice d = read(device("", UARTS));
        SvdPeripheral uart1 = SvdTestSupport.peripheral(d, "UART1");
        assertEquals("UART0", uart1.derivedFrom());
        assertEquals(0x40001000L, uart1.baseAddress());
        assertEquals("The first UART", uart1.description());
        assertEquals("UART", uart1.groupName());
        assertEquals(List.of(new SvdAddressBlock(0, 0x100, "registers")), uart1.addressBlocks());
        assertEquals(List.of("DR", "FR"), uart1.registers().stream().map(SvdRegister::name).toList());
        assertEquals(16, register(d, "UART1", "DR").size());
        assertEquals(8, register(d, "UART1", "DR").fields().get(0).bitWidth());
        assertEquals(SvdAccess.READ_ONLY, register(d, "UART1", "FR").access());
    }

    @Test
    void derivedPeripheralKeepsOnlyItsOwnInterrupts() {
        SvdDevice d = read(device("", UARTS));
        assertEquals("UART1_IRQ", SvdTestSupport.peripheral(d, "UART1").interrupts().get(0).name());
        assertEquals(1, SvdTestSupport.peripheral(d, "UART1").interrupts().size());
        assertEquals(0, SvdTestSupport.peripheral(d, "UART2").interrupts().size());
        assertEquals("UART 0", SvdTestSupport.peripheral(d, "UART0").interrupts().get(0).description());
        assertEquals(20, SvdTestSupport.peripheral(d, "UART0").interrupts().get(0).value());
    }

    @Test
    void baseOfADerivedPeripheralHasNoDerivedFrom() {
        assertEquals("", SvdTestSupport.peripheral(read(device("", UARTS)), "UART0").derivedFrom());
    }

    @Test
    void derivedPeripheralOverridesPropertiesAndRegistersByNameThroughAChain() {
        SvdDevice d = read(device("", UARTS));
        SvdPeripheral uart2 = SvdTestSupport.peripheral(d, "UART2");
        assertEquals("UART1", uart2.derivedFrom());
        assertEquals("The third UART", uart2.description());
        assertEquals(List.of("DR", "FR", "EXTRA"), uart2.registers().stream().map(SvdRegister::name).toList());
        assertEquals(8, register(d, "UART2", "FR").addressOffset());
        assertEquals(SvdAccess.READ_WRITE, register(d, "UART2", "FR").access());
        assertEquals(32, register(d, "UART2", "DR").size());
    }

    @Test
    void peripheralsAreSortedByBaseAddressWhateverTheFileOrder() {
        SvdDevice d = read(device("", UARTS));
        assertEquals(List.of("UART0", "UART1", "UART2"), d.peripherals().stream().map(SvdPeripheral::name).toList());
    }

    @Test
    void registerDerivedFromASiblingCopiesItAndOverridesWhatItWrites() {
        SvdDevice d = read(peripheral("""
                <register derivedFrom="CTRL0"><name>CTRL1</name><addressOffset>4</addressOffset>
                  <resetValue>0x11</resetValue></register>
                <register><name>CTRL0</name><description>Control</description><addressOffset>0</addressOffset>
                  <size>16</size><access>read-write</access><resetValue>0x10</resetValue>
                  <modifiedWriteValues>oneToToggle</modifiedWriteValues>
                  <fields><field><name>EN</name><bitOffset>0</bitOffset></field>
                          <field><name>MODE</name><bitOffset>1</bitOffset><bitWidth>2</bitWidth></field></fields>
                </register>
                """));
        SvdRegister r = register(d, "P", "CTRL1");
        assertEquals("Control", r.description());
        assertEquals(4, r.addressOffset());
        assertEquals(16, r.size());
        assertEquals(0x11, r.resetValue());
        assertEquals(ModifiedWriteValues.ONE_TO_TOGGLE, r.modifiedWriteValues());
        assertEquals(List.of("EN", "MODE"), r.fields().stream().map(SvdField::name).toList());
    }

    @Test
    void registerDerivedFromAQualifiedPathInAnotherPeripheral() {
        SvdDevice d = read(device("", """
                <peripheral><name>A</name><baseAddress>0x1000</baseAddress><registers>
                  <cluster><name>BLOCK</name><addressOffset>0x40</addressOffset>
                    <register><name>STATUS</name><addressOffset>0</addressOffset><resetValue>0x77</resetValue>
                      <fields><field><name>BUSY</name><bitOffset>31</bitOffset></field></fields></register>
                  </cluster>
                  <register><name>ID</name><addressOffset>0</addressOffset><resetValue>0x42</resetValue></register>
                </registers></peripheral>
                <peripheral><name>B</name><baseAddress>0x2000</baseAddress><registers>
                  <register derivedFrom="A.BLOCK.STATUS"><name>STAT</name><addressOffset>4</addressOffset></register>
                  <register derivedFrom="A.ID"><name>ID</name><addressOffset>0</addressOffset></register>
                </registers></peripheral>
                """));
        assertEquals(0x77, register(d, "B", "STAT").resetValue());
        assertEquals("BUSY", register(d, "B", "STAT").fields().get(0).name());
        assertEquals(0x42, register(d, "B", "ID").resetValue());
    }

    @Test
    void registerInAClusterDerivesFromARegisterOfTheEnclosingPeripheral() {
        SvdDevice d = read(peripheral("""
                <register><name>BASE</name><addressOffset>0</addressOffset><resetValue>9</resetValue></register>
                <cluster><name>C</name><addressOffset>0x10</addressOffset>
                  <register derivedFrom="BASE"><name>COPY</name><addressOffset>0</addressOffset></register>
                </cluster>
                """));
        assertEquals(9, register(d, "P", "C.COPY").resetValue());
        assertEquals(0x10, register(d, "P", "C.COPY").addressOffset());
    }

    @Test
    void clusterDerivedFromAnotherCopiesItsRegistersAtItsOwnOffset() {
        SvdDevice d = read(peripheral("""
                <cluster><name>TX</name><addressOffset>0x100</addressOffset>
                  <register><name>PTR</name><addressOffset>0</addressOffset></register>
                  <register><name>MAXCNT</name><addressOffset>4</addressOffset><resetValue>0xFF</resetValue></register>
                </cluster>
                <cluster derivedFrom="TX"><name>RX</name><addressOffset>0x200</addressOffset>
                  <register><name>AMOUNT</name><addressOffset>8</addressOffset><access>read-only</access></register>
                </cluster>
                """));
        assertEquals(0x200, register(d, "P", "RX.PTR").addressOffset());
        assertEquals(0x204, register(d, "P", "RX.MAXCNT").addressOffset());
        assertEquals(0xFF, register(d, "P", "RX.MAXCNT").resetValue());
        assertEquals(0x208, register(d, "P", "RX.AMOUNT").addressOffset());
        assertEquals(5, d.registerCount());
    }

    @Test
    void clusterDerivedFromANestedClusterByPath() {
        SvdDevice d = read(peripheral("""
                <cluster><name>OUTER</name><addressOffset>0</addressOffset>
                  <cluster><name>INNER</name><addressOffset>0x10</addressOffset>
                    <register><name>R</name><addressOffset>4</addressOffset></register>
                  </cluster>
                </cluster>
                <cluster derivedFrom="OUTER.INNER"><name>OTHER</name><addressOffset>0x80</addressOffset></cluster>
                """));
        assertEquals(0x84, register(d, "P", "OTHER.R").addressOffset());
    }

    @Test
    void fieldDerivedFromASiblingCopiesItsBitsAccessAndEnumerations() {
        SvdRegister r = register(read(peripheral("""
                <register><name>R</name><addressOffset>0</addressOffset><fields>
                  <field><name>A</name><bitOffset>0</bitOffset><bitWidth>2</bitWidth><access>read-only</access>
                    <enumeratedValues><enumeratedValue><name>OFF</name><value>0</value></enumeratedValue></enumeratedValues>
                  </field>
                  <field derivedFrom="A"><name>B</name><bitOffset>4</bitOffset><bitWidth>2</bitWidth></field>
                  <field derivedFrom="A"><name>C</name><description>same bits</description></field>
                </fields></register>
                """)), "P", "R");
        SvdField b = r.fields().stream().filter(f -> f.name().equals("B")).findFirst().orElseThrow();
        assertEquals(4, b.bitOffset());
        assertEquals(SvdAccess.READ_ONLY, b.access());
        assertEquals("OFF", b.enumerations().get(0).values().get(0).name());
        SvdField c = r.fields().stream().filter(f -> f.name().equals("C")).findFirst().orElseThrow();
        assertEquals(0, c.bitOffset());
        assertEquals(2, c.bitWidth());
        assertEquals("same bits", c.description());
    }

    @Test
    void enumeratedValuesDerivedFromAPlainNameInTheSameRegister() {
        SvdRegister r = register(read(peripheral("""
                <register><name>R</name><addressOffset>0</addressOffset><fields>
                  <field><name>A</name><bitOffset>0</bitOffset><bitWidth>2</bitWidth>
                    <enumeratedValues><name>MODE</name><usage>read-write</usage>
                      <enumeratedValue><name>IN</name><value>0</value></enumeratedValue>
                      <enumeratedValue><name>OUT</name><value>1</value></enumeratedValue>
                    </enumeratedValues>
                  </field>
                  <field><name>B</name><bitOffset>2</bitOffset><bitWidth>2</bitWidth>
                    <enumeratedValues derivedFrom="MODE"/>
                  </field>
                </fields></register>
                """)), "P", "R");
        SvdEnumeration e = r.fields().get(1).enumerations().get(0);
        assertEquals("MODE", e.name());
        assertEquals(List.of("IN", "OUT"), e.values().stream().map(SvdEnumeratedValue::name).toList());
        assertEquals("OUT", e.lookup(1).orElseThrow().name());
    }

    @Test
    void enumeratedValuesDerivedFromAQualifiedNameInAnotherPeripheral() {
        SvdDevice d = read(device("", """
                <peripheral><name>GPIO</name><baseAddress>0x1000</baseAddress><registers>
                  <register><name>CFG</name><addressOffset>0</addressOffset><fields>
                    <field><name>DIR</name><bitOffset>0</bitOffset>
                      <enumeratedValues><name>DirEnum</name>
                        <enumeratedValue><name>Input</name><value>0</value></enumeratedValue>
                        <enumeratedValue><name>Output</name><value>1</value></enumeratedValue>
                      </enumeratedValues></field>
                  </fields></register>
                </registers></peripheral>
                <peripheral><name>OTHER</name><baseAddress>0x2000</baseAddress><registers>
                  <register><name>CFG</name><addressOffset>0</addressOffset><fields>
                    <field><name>DIR</name><bitOffset>0</bitOffset>
                      <enumeratedValues><name>DirEnum</name>
                        <enumeratedValue><name>Low</name><value>0</value></enumeratedValue></enumeratedValues></field>
                    <field><name>D2</name><bitOffset>1</bitOffset>
                      <enumeratedValues derivedFrom="GPIO.CFG.DIR.DirEnum"><usage>read</usage></enumeratedValues>
                    </field>
                    <field><name>D3</name><bitOffset>2</bitOffset>
                      <enumeratedValues derivedFrom="DirEnum"/></field>
                  </fields></register>
                </registers></peripheral>
                """));
        SvdRegister cfg = register(d, "OTHER", "CFG");
        SvdEnumeration qualified = cfg.fields().get(1).enumerations().get(0);
        assertEquals("read", qualified.usage());
        assertEquals(List.of("Input", "Output"), qualified.values().stream().map(SvdEnumeratedValue::name).toList());
        SvdEnumeration nearest = cfg.fields().get(2).enumerations().get(0);
        assertEquals(List.of("Low"), nearest.values().stream().map(SvdEnumeratedValue::name).toList());
    }

    @Test
    void derivedPeripheralMayComeBeforeItsBaseAndKeepsItsBaseDimOnlyWithPercentS() {
        SvdDevice d = read(device("", """
                <peripheral derivedFrom="TIMER%s"><name>TIMERX</name><baseAddress>0x9000</baseAddress></peripheral>
                <peripheral><dim>2</dim><dimIncrement>0x1000</dimIncrement><name>TIMER%s</name>
                  <baseAddress>0x4000</baseAddress><registers>
                  <register><name>CNT</name><addressOffset>0</addressOffset></register></registers></peripheral>
                """));
        assertEquals(List.of("TIMER0", "TIMER1", "TIMERX"), d.peripherals().stream().map(SvdPeripheral::name).toList());
        assertEquals("TIMER%s", SvdTestSupport.peripheral(d, "TIMERX").derivedFrom());
        assertTrue(SvdTestSupport.peripheral(d, "TIMERX").register("CNT").isPresent());
    }
}
