package org.mmioworkbench.core.tests.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.error;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.peripheral;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.read;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.register;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.svd.SvdAddressBlock;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdEnumeratedValue;
import org.mmioworkbench.core.svd.SvdInterrupt;
import org.mmioworkbench.core.svd.SvdPeripheral;
import org.mmioworkbench.core.svd.SvdRegister;

/**
 * What every kind of SVD element must contain (a name, an address block's offset and size), what the reader
 * skips inside each kind, interrupt numbers, bit ranges at the limits of a 64-bit register, and how
 * descriptions are normalised.
 */
class SvdReaderElementTest {

    /** An element of a kind the reader does not know, holding elements it would otherwise read. */
    private static final String VENDOR = "<vendorThing><name>WRONG</name><offset>9</offset><size>9</size>"
            + "<value>9</value><register><name>HIDDEN</name><addressOffset>0x80</addressOffset></register>"
            + "<field><name>HIDDEN</name><bitOffset>9</bitOffset></field>"
            + "<peripheral><name>HIDDEN</name><baseAddress>0</baseAddress></peripheral>"
            + "<enumeratedValue><name>HIDDEN</name><value>9</value></enumeratedValue></vendorThing>";

    @Test
    void elementsOfUnknownKindsAreSkippedWholeWhateverTheyContainInEveryKindOfElement() {
        SvdDevice d = read(SvdTestSupport.device("", """
                <peripheral><name>P</name><baseAddress>0x40000000</baseAddress>
                  <addressBlock>%1$s<offset>0</offset><size>0x100</size><usage>registers</usage></addressBlock>
                  <interrupt>%1$s<name>IRQ</name><value>5</value></interrupt>
                  <registers>%1$s
                    <cluster>%1$s<name>C</name><addressOffset>0x10</addressOffset>
                      <register><name>IN</name><addressOffset>0</addressOffset></register>
                    </cluster>
                    <register>%1$s<name>R</name><addressOffset>0</addressOffset>
                      <fields>%1$s<field>%1$s<name>F</name><bitOffset>0</bitOffset><bitWidth>2</bitWidth>
                        <enumeratedValues>%1$s<name>E</name>
                          <enumeratedValue>%1$s<name>ON</name><value>1</value></enumeratedValue>
                        </enumeratedValues></field></fields>
                    </register>
                  </registers></peripheral>
                %1$s
                """.formatted(VENDOR)));
        assertEquals(1, d.peripherals().size());
        SvdPeripheral p = d.peripherals().get(0);
        assertEquals("P", p.name());
        assertEquals(List.of(new SvdAddressBlock(0, 0x100, "registers")), p.addressBlocks());
        assertEquals(List.of(new SvdInterrupt("IRQ", "", 5)), p.interrupts());
        assertEquals(List.of("R", "C.IN"), p.registers().stream().map(SvdRegister::qualifiedName).toList());
        SvdRegister r = register(d, "P", "R");
        assertEquals(1, r.fields().size());
        assertEquals("F", r.fields().get(0).name());
        assertEquals(2, r.fields().get(0).bitWidth());
        assertEquals("E", r.fields().get(0).enumerations().get(0).name());
        assertEquals(List.of("ON"), r.fields().get(0).enumerations().get(0).values().stream()
                .map(SvdEnumeratedValue::name).toList());
    }

    @Test
    void everyNamedKindOfElementMustHaveAName() {
        assertEquals("test.svd:5:1: <peripheral> has no <name>", error(SvdTestSupport.device("",
                "<peripheral><baseAddress>0</baseAddress></peripheral>\n")).getMessage());
        assertEquals("test.svd:7:1: <cluster> has no <name>", error(peripheral(
                "<cluster><addressOffset>0</addressOffset>\n"
                + "<register><name>R</name><addressOffset>0</addressOffset></register></cluster>\n")).getMessage());
        assertEquals("test.svd:7:33: <field> has no <name>", error(peripheral(
                "<register><name>R</name><fields><field><bitOffset>0</bitOffset></field></fields></register>\n"))
                .getMessage());
        assertEquals("test.svd:8:1: <enumeratedValue> has no <name>", error(peripheral(
                "<register><name>R</name><fields><field><name>F</name><bitOffset>0</bitOffset><enumeratedValues>\n"
                + "<enumeratedValue><value>1</value></enumeratedValue></enumeratedValues></field></fields>"
                + "</register>\n")).getMessage());
        assertEquals("test.svd:6:1: <interrupt> has no <name>", error(SvdTestSupport.device("",
                "<peripheral><name>P</name><baseAddress>0</baseAddress>\n<interrupt><value>1</value></interrupt>"
                + "</peripheral>\n")).getMessage());
    }

    @Test
    void anAddressBlockNeedsAnOffsetAndASize() {
        assertEquals("test.svd:6:1: <addressBlock> has no <offset>", error(SvdTestSupport.device("",
                "<peripheral><name>P</name><baseAddress>0</baseAddress>\n<addressBlock><size>4</size></addressBlock>"
                + "</peripheral>\n")).getMessage());
        assertEquals("test.svd:6:1: <addressBlock> has no <size>", error(SvdTestSupport.device("",
                "<peripheral><name>P</name><baseAddress>0</baseAddress>\n<addressBlock><offset>4</offset>"
                + "</addressBlock></peripheral>\n")).getMessage());
    }

    private static int interruptNumber(String value) {
        return read(SvdTestSupport.device("", "<peripheral><name>P</name><baseAddress>0</baseAddress><interrupt>"
                + "<name>I</name><value>" + value + "</value></interrupt></peripheral>\n")).peripherals().get(0)
                .interrupts().get(0).value();
    }

    @Test
    void interruptNumbersAreDecimalOrSvdNumbersUpToTheLargestInt() {
        assertEquals(-1, interruptNumber("-1"), "negative numbers exist for Cortex-M exceptions");
        assertEquals(0, interruptNumber("0x0"));
        assertEquals(0x20, interruptNumber("0x20"));
        assertEquals(Integer.MAX_VALUE, interruptNumber("0x7FFFFFFF"));
        assertEquals("test.svd:5:80: invalid number '0x80000000' in <value>", error(SvdTestSupport.device("",
                "<peripheral><name>P</name><baseAddress>0</baseAddress><interrupt><name>I</name><value>0x80000000"
                + "</value></interrupt></peripheral>\n")).getMessage());
    }

    @Test
    void bitRangesReachBit63AndNoFurther() {
        SvdRegister r = register(read(peripheral("<register><name>R</name><addressOffset>0</addressOffset>"
                + "<size>64</size><fields><field><name>F</name><bitRange>[63:0]</bitRange></field></fields>"
                + "</register>\n")), "P", "R");
        assertEquals(64, r.fields().get(0).bitWidth());
        assertEquals(0, r.fields().get(0).bitOffset());
        for (String range : new String[] {"[64:0]", "[3:64]", "[-1:0]", "[3:-1]"}) {
            String message = error(peripheral("<register><name>R</name><addressOffset>0</addressOffset>"
                    + "<size>64</size><fields><field><name>F</name><bitRange>" + range + "</bitRange></field></fields>"
                    + "</register>\n")).getMessage();
            assertEquals(true, message.contains("<bitRange> '" + range + "'") || message.contains(range), message);
        }
    }

    private static String description(String written) {
        return register(read(peripheral("<register><name>R</name><description>" + written
                + "</description><addressOffset>0</addressOffset></register>\n")), "P", "R").description();
    }

    @Test
    void descriptionsHaveEveryRunOfWhiteSpaceCollapsedToOneSpaceAndAreTrimmed() {
        assertEquals("", description(""));
        assertEquals("clean text", description("clean text"));
        assertEquals("a b", description("a  b"));
        assertEquals("a b", description("a \tb"));
        assertEquals("Two words here", description("  Two\n   words\there "));
        assertEquals("x", description("x\n"));
        assertEquals("y", description("\ty"));
    }

    @Test
    void aLongInvalidNameIsShownCutAfter80Characters() {
        String eighty = "A".repeat(79) + "-";
        String message = error(peripheral("<register><name>" + eighty + "</name><addressOffset>0</addressOffset>"
                + "</register>\n")).getMessage();
        assertEquals(true, message.contains("invalid <name> '" + eighty + "':"), message);
        String longer = eighty + "B";
        message = error(peripheral("<register><name>" + longer + "</name><addressOffset>0</addressOffset>"
                + "</register>\n")).getMessage();
        assertEquals(true, message.contains("invalid <name> '" + eighty + "...':"), message);
    }
}
