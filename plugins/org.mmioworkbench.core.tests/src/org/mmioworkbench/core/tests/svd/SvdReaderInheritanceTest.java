package org.mmioworkbench.core.tests.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.device;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.peripheral;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.read;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.register;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.svd.ModifiedWriteValues;
import org.mmioworkbench.core.svd.ReadAction;
import org.mmioworkbench.core.svd.SvdAccess;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdField;
import org.mmioworkbench.core.svd.SvdRegister;

/** How register properties and field defaults pass from device to peripheral, cluster, register and field. */
class SvdReaderInheritanceTest {

    private static final String DEFAULTS = """
              <size>16</size>
              <access>read-only</access>
              <resetValue>0x1234</resetValue>
              <resetMask>0xFF00</resetMask>
            """;

    @Test
    void registerWithoutPropertiesInheritsTheDeviceDefaults() {
        SvdDevice d = read(device(DEFAULTS, """
                <peripheral><name>P</name><baseAddress>0x1000</baseAddress><registers>
                  <register><name>R</name><addressOffset>0</addressOffset></register>
                </registers></peripheral>
                """));
        SvdRegister r = register(d, "P", "R");
        assertEquals(16, r.size());
        assertEquals(SvdAccess.READ_ONLY, r.access());
        assertEquals(0x1234, r.resetValue());
        assertEquals(0xFF00, r.resetMask());
        assertEquals(0x1200, r.resetBits());
    }

    @Test
    void peripheralPropertiesOverrideTheDeviceDefaultsOneByOne() {
        SvdDevice d = read(device(DEFAULTS, """
                <peripheral><name>P</name><baseAddress>0x1000</baseAddress>
                  <size>32</size><access>read-write</access>
                  <registers><register><name>R</name><addressOffset>0</addressOffset></register></registers>
                </peripheral>
                """));
        SvdRegister r = register(d, "P", "R");
        assertEquals(32, r.size());
        assertEquals(SvdAccess.READ_WRITE, r.access());
        assertEquals(0x1234, r.resetValue());
        assertEquals(0xFF00, r.resetMask());
    }

    @Test
    void clusterPropertiesOverrideThePeripheralsForTheRegistersInside() {
        SvdDevice d = read(device(DEFAULTS, """
                <peripheral><name>P</name><baseAddress>0x1000</baseAddress><resetValue>0x1</resetValue>
                  <registers>
                    <cluster><name>C</name><addressOffset>0x10</addressOffset><access>write-only</access>
                      <resetMask>0xFFFF</resetMask>
                      <register><name>IN</name><addressOffset>4</addressOffset></register>
                    </cluster>
                    <register><name>OUT</name><addressOffset>0</addressOffset></register>
                  </registers>
                </peripheral>
                """));
        SvdRegister in = register(d, "P", "C.IN");
        assertEquals(SvdAccess.WRITE_ONLY, in.access());
        assertEquals(0xFFFF, in.resetMask());
        assertEquals(1, in.resetValue());
        assertEquals(0x14, in.addressOffset());
        SvdRegister out = register(d, "P", "OUT");
        assertEquals(SvdAccess.READ_ONLY, out.access());
        assertEquals(0xFF00, out.resetMask());
    }

    @Test
    void nestedClustersPassPropertiesDownAndAddTheirOffsets() {
        SvdDevice d = read(peripheral("""
                <cluster><name>A</name><addressOffset>0x100</addressOffset><size>8</size>
                  <cluster><name>B</name><addressOffset>0x20</addressOffset><access>read-only</access>
                    <cluster><name>C</name><addressOffset>0x4</addressOffset>
                      <register><name>R</name><addressOffset>0x1</addressOffset><resetValue>0x5A</resetValue></register>
                    </cluster>
                  </cluster>
                </cluster>
                """));
        SvdRegister r = register(d, "P", "A.B.C.R");
        assertEquals(java.util.List.of("A", "B", "C"), r.clusterPath());
        assertEquals(0x125, r.addressOffset());
        assertEquals(8, r.size());
        assertEquals(SvdAccess.READ_ONLY, r.access());
        assertEquals(0x5A, r.resetValue());
        assertEquals(0xFF, r.resetMask());
    }

    @Test
    void registerPropertiesOverrideEveryEnclosingLevel() {
        SvdDevice d = read(device(DEFAULTS, """
                <peripheral><name>P</name><baseAddress>0x1000</baseAddress><registers>
                  <register><name>R</name><addressOffset>0</addressOffset><size>32</size>
                    <access>read-writeOnce</access><resetValue>0xCAFE0000</resetValue><resetMask>0xFFFF0000</resetMask>
                  </register>
                </registers></peripheral>
                """));
        SvdRegister r = register(d, "P", "R");
        assertEquals(32, r.size());
        assertEquals(SvdAccess.READ_WRITE_ONCE, r.access());
        assertEquals(0xCAFE0000L, r.resetValue());
        assertEquals(0xFFFF0000L, r.resetMask());
    }

    @Test
    void withoutAnyDefaultsARegisterIs32BitReadWriteResettingToZeroWithAFullMask() {
        SvdRegister r = register(read(peripheral("<register><name>R</name><addressOffset>0</addressOffset></register>")),
                "P", "R");
        assertEquals(32, r.size());
        assertEquals(SvdAccess.READ_WRITE, r.access());
        assertEquals(0, r.resetValue());
        assertEquals(0xFFFFFFFFL, r.resetMask());
        assertEquals(ModifiedWriteValues.MODIFY, r.modifiedWriteValues());
        assertNull(r.readAction());
    }

    @Test
    void resetValueAndMaskAreLimitedToTheRegisterSize() {
        SvdDevice d = read(device("<resetValue>0xFFFFFFFF</resetValue><resetMask>0xFFFFFFFF</resetMask>\n", """
                <peripheral><name>P</name><baseAddress>0x1000</baseAddress><registers>
                  <register><name>R</name><addressOffset>0</addressOffset><size>8</size></register>
                  <register><name>W</name><addressOffset>8</addressOffset><size>64</size>
                    <resetValue>0xFFFFFFFFFFFFFFFF</resetValue><resetMask>0xFFFFFFFFFFFFFFFF</resetMask></register>
                </registers></peripheral>
                """));
        SvdRegister r = register(d, "P", "R");
        assertEquals(0xFF, r.resetValue());
        assertEquals(0xFF, r.resetMask());
        SvdRegister w = register(d, "P", "W");
        assertEquals(-1L, w.resetValue());
        assertEquals(-1L, w.resetMask());
    }

    @Test
    void deviceAddressUnitBitsWidthNameAndDescriptionAreRead() {
        SvdDevice d = read(device("""
                  <description>  A   test
                     device  </description>
                  <addressUnitBits>16</addressUnitBits>
                  <width>64</width>
                """, ""));
        assertEquals("TEST", d.name());
        assertEquals("A test device", d.description());
        assertEquals(16, d.addressUnitBits());
        assertEquals(64, d.width());
        assertEquals(0, d.peripherals().size());
    }

    @Test
    void addressUnitBitsDefaultsTo8AndWidthTo32() {
        SvdDevice d = read(device("", ""));
        assertEquals(8, d.addressUnitBits());
        assertEquals(32, d.width());
        assertEquals("", d.description());
    }

    @Test
    void fieldsWithoutAccessOrWriteSemanticsTakeTheRegisters() {
        SvdRegister r = register(read(peripheral("""
                <register><name>R</name><addressOffset>0</addressOffset><access>read-only</access>
                  <modifiedWriteValues>oneToClear</modifiedWriteValues><readAction>clear</readAction>
                  <fields>
                    <field><name>A</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>
                    <field><name>B</name><bitOffset>1</bitOffset><bitWidth>1</bitWidth><access>read-write</access>
                      <modifiedWriteValues>oneToSet</modifiedWriteValues><readAction>set</readAction></field>
                  </fields>
                </register>
                """)), "P", "R");
        assertEquals(ModifiedWriteValues.ONE_TO_CLEAR, r.modifiedWriteValues());
        assertEquals(ReadAction.CLEAR, r.readAction());
        SvdField a = r.fields().get(0);
        assertEquals(SvdAccess.READ_ONLY, a.access());
        assertEquals(ModifiedWriteValues.ONE_TO_CLEAR, a.modifiedWriteValues());
        assertEquals(ReadAction.CLEAR, a.readAction());
        SvdField b = r.fields().get(1);
        assertEquals(SvdAccess.READ_WRITE, b.access());
        assertEquals(ModifiedWriteValues.ONE_TO_SET, b.modifiedWriteValues());
        assertEquals(ReadAction.SET, b.readAction());
    }

    @Test
    void fieldAccessDefaultsToTheAccessTheRegisterInherited() {
        SvdDevice d = read(device("<access>write-only</access>\n", """
                <peripheral><name>P</name><baseAddress>0</baseAddress><registers>
                  <register><name>R</name><addressOffset>0</addressOffset>
                    <fields><field><name>F</name><bitOffset>3</bitOffset></field></fields></register>
                </registers></peripheral>
                """));
        SvdField f = register(d, "P", "R").fields().get(0);
        assertEquals(SvdAccess.WRITE_ONLY, f.access());
        assertEquals(ModifiedWriteValues.MODIFY, f.modifiedWriteValues());
        assertNull(f.readAction());
    }

    @Test
    void descriptionsHaveTheirWhiteSpaceNormalised() {
        SvdDevice d = read(device("", """
                <peripheral><name>P</name><description>
                    Peripheral
                    with	tabs  and
                    lines
                  </description><baseAddress>0</baseAddress><registers>
                  <register><name>R</name><description>Plain</description><addressOffset>0</addressOffset>
                    <fields><field><name>F</name><description> a\tb </description><bitOffset>0</bitOffset></field></fields>
                  </register>
                  <register><name>S</name><addressOffset>4</addressOffset></register>
                </registers></peripheral>
                """));
        assertEquals("Peripheral with tabs and lines", SvdTestSupport.peripheral(d, "P").description());
        assertEquals("Plain", register(d, "P", "R").description());
        assertEquals("a b", register(d, "P", "R").fields().get(0).description());
        assertEquals("", register(d, "P", "S").description());
    }
}
