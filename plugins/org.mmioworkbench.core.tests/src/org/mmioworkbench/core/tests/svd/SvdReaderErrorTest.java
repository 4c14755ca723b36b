package org.mmioworkbench.core.tests.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.error;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.core.svd.SvdException;
import org.mmioworkbench.core.svd.SvdReader;

/**
 * Broken files: each gives an {@link SvdException} whose message is {@code file:line:col: reason},
 * pointing at the offending element. The XML parser's own messages are in the default locale, so the
 * tests pin it to English.
 */
class SvdReaderErrorTest {
    private static Locale saved;

    @BeforeAll
    static void englishParserMessages() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(saved);
    }

    /** Joins lines, so that line N of the document is argument N. */
    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static void assertError(String expected, SvdException e) {
        assertEquals(expected, e.getMessage());
    }

    @Test
    void missingFileSaysSoWithoutAPosition(@TempDir Path dir) {
        Path file = dir.resolve("absent.svd");
        SvdException e = assertThrows(SvdException.class, () -> SvdReader.read(file));
        assertError(file + ":0:0: no such file", e);
        assertEquals(0, e.line());
        assertEquals("no such file", e.reason());
    }

    @Test
    void aDirectoryIsNotAFile(@TempDir Path dir) {
        SvdException e = assertThrows(SvdException.class, () -> SvdReader.read(dir));
        assertError(dir + ":0:0: is a directory, not an SVD file", e);
    }

    @Test
    void aFileOnDiskIsNamedAsGivenInMessages(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.svd"), lines(
                "<device>",
                "  <peripherals/>",
                "</device>"));
        SvdException e = assertThrows(SvdException.class, () -> SvdReader.read(file));
        assertError(file + ":1:1: <device> has no <name>", e);
    }

    @Test
    void binaryGarbageIsNotUtf8() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertError("test.svd:1:1: invalid UTF-8 byte 0x89 (the file is not text in that encoding)", error(png));
    }

    @Test
    void anInvalidByteInsideTheFileIsReportedWhereItIs() {
        byte[] bytes = lines("<device>", "  <name>T\u00FFST</name>").getBytes(StandardCharsets.ISO_8859_1);
        assertError("test.svd:2:10: invalid UTF-8 byte 0xFF (the file is not text in that encoding)", error(bytes));
    }

    @Test
    void textThatIsNotXml() {
        assertError("test.svd:2:3: not an XML file: it starts with 'h' where '<' was expected",
                error("\n  hello, world\n"));
    }

    @Test
    void emptyFile() {
        assertError("test.svd:1:1: empty file: a CMSIS-SVD <device> was expected", error(" \n"));
    }

    @Test
    void truncatedXml() {
        assertError("test.svd:4:17: malformed XML: XML document structures must start and end within the same entity.",
                error(lines(
                        "<device>",
                        "  <name>T</name>",
                        "  <peripherals>",
                        "    <peripheral>").stripTrailing()));
    }

    @Test
    void mismatchedEndTag() {
        assertError("test.svd:3:5: malformed XML: The element type \"peripherals\" must be terminated by the"
                + " matching end-tag \"</peripherals>\".", error(lines(
                        "<device>",
                        "  <name>T</name><peripherals>",
                        "  </peripheral>",
                        "</device>")));
    }

    @Test
    void externalEntitiesAreNotResolved() {
        assertError("test.svd:3:20: malformed XML: The entity \"xxe\" was referenced, but not declared.",
                error(lines(
                        "<?xml version=\"1.0\"?>",
                        "<!DOCTYPE device [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                        "<device><name>&xxe;</name></device>")));
    }

    @Test
    void rootElementMustBeDevice() {
        assertError("test.svd:3:1: root element is <html>, expected <device>", error(lines(
                "<?xml version=\"1.0\"?>",
                "<!-- not SVD -->",
                "<html><body/></html>")));
    }

    @Test
    void deviceWithoutName() {
        assertError("test.svd:2:3: <device> has no <name>", error(lines(
                "<?xml version=\"1.0\"?>",
                "  <device schemaVersion=\"1.3\">",
                "  <peripherals/>",
                "</device>")));
    }

    @Test
    void numberThatDoesNotParse() {
        assertError("test.svd:6:39: invalid number '0x4G00' in <addressOffset>", error(lines(
                "<device><name>T</name>",
                "  <peripherals>",
                "    <peripheral><name>P</name><baseAddress>0</baseAddress>",
                "      <registers>",
                "        <register><name>R</name>",
                "          <description>x</description><addressOffset>0x4G00</addressOffset>",
                "        </register>",
                "      </registers>",
                "    </peripheral>",
                "  </peripherals>",
                "</device>")));
    }

    @Test
    void numberTooLargeFor64Bits() {
        assertError("test.svd:3:31: invalid number '0x10000000000000000' in <baseAddress>", error(lines(
                "<device><name>T</name>",
                "  <peripherals>",
                "    <peripheral><name>P</name><baseAddress>0x10000000000000000</baseAddress></peripheral>",
                "  </peripherals>",
                "</device>")));
    }

    @Test
    void registerWithoutAddressOffset() {
        assertError("test.svd:5:9: register 'CR' has no <addressOffset>", error(lines(
                "<device><name>T</name>",
                "  <peripherals>",
                "    <peripheral><name>P</name><baseAddress>0</baseAddress>",
                "      <registers>",
                "        <register><name>CR</name><size>32</size></register>",
                "      </registers>",
                "    </peripheral>",
                "  </peripherals>",
                "</device>")));
    }

    @Test
    void registerWithoutName() {
        assertError("test.svd:4:18: <register> has no <name>", error(lines(
                "<device><name>T</name>",
                "  <peripherals>",
                "    <peripheral><name>P</name><baseAddress>0</baseAddress>",
                "      <registers><register/><register><addressOffset>0</addressOffset></register></registers>",
                "    </peripheral>",
                "  </peripherals>",
                "</device>")));
    }

    @Test
    void peripheralDerivedFromNothing() {
        assertError("test.svd:3:5: peripheral 'UART1' derivedFrom 'UART9': no such peripheral", error(lines(
                "<device><name>T</name>",
                "  <peripherals>",
                "    <peripheral derivedFrom=\"UART9\">",
                "      <name>UART1</name><baseAddress>0x1000</baseAddress>",
                "    </peripheral>",
                "  </peripherals>",
                "</device>")));
    }

    @Test
    void registerDerivedFromNothing() {
        assertError("test.svd:4:16: register 'B' derivedFrom 'P.NONE': no such register", error(lines(
                "<device><name>T</name>",
                "  <peripherals>",
                "    <peripheral><name>P</name><baseAddress>0</baseAddress><registers>",
                "      <cluster><register derivedFrom=\"P.NONE\"><name>B</name></register>",
                "        <name>C</name><addressOffset>0</addressOffset></cluster>",
                "    </registers></peripheral>",
                "  </peripherals>",
                "</device>")));
    }

    @Test
    void peripheralDerivationCycle() {
        assertError("test.svd:3:5: peripheral 'A' derivedFrom 'B' is circular", error(lines(
                "<device><name>T</name>",
                "  <peripherals>",
                "    <peripheral derivedFrom=\"B\"><name>A</name><baseAddress>0</baseAddress></peripheral>",
                "    <peripheral derivedFrom=\"C\"><name>B</name><baseAddress>4</baseAddress></peripheral>",
                "    <peripheral derivedFrom=\"A\"><name>C</name><baseAddress>8</baseAddress></peripheral>",
                "  </peripherals>",
                "</device>")));
    }

    @Test
    void registerDerivedFromItself() {
        assertError("test.svd:4:7: register 'R' derivedFrom 'R' is circular", error(lines(
                "<device><name>T</name>",
                "  <peripherals>",
                "    <peripheral><name>P</name><baseAddress>0</baseAddress><registers>",
                "      <register derivedFrom=\"R\"><name>R</name><addressOffset>0</addressOffset></register>",
                "    </registers></peripheral>",
                "  </peripherals>",
                "</device>")));
    }

    @Test
    void enumeratedValuesDerivedFromNothing() {
        assertError("test.svd:5:9: enumeratedValues 'of field F' derivedFrom 'Missing': no such enumeratedValues",
                error(lines(
                        "<device><name>T</name><peripherals>",
                        "  <peripheral><name>P</name><baseAddress>0</baseAddress><registers>",
                        "    <register><name>R</name><addressOffset>0</addressOffset><fields>",
                        "      <field><name>F</name><bitOffset>0</bitOffset>",
                        "        <enumeratedValues derivedFrom=\"Missing\"/>",
                        "      </field>",
                        "    </fields></register>",
                        "  </registers></peripheral>",
                        "</peripherals></device>")));
    }

    @Test
    void percentSWithoutDim() {
        assertError("test.svd:4:5: register 'CH%s' has %s in its name but no <dim>", error(lines(
                "<device><name>T</name><peripherals>",
                "  <peripheral><name>P</name><baseAddress>0</baseAddress>",
                "  <registers>",
                "    <register><name>CH%s</name><addressOffset>0</addressOffset></register>",
                "  </registers></peripheral>",
                "</peripherals></device>")));
    }

    @Test
    void dimWithoutPercentS() {
        assertError("test.svd:4:5: cluster 'CH' has <dim> but no %s in its name", error(lines(
                "<device><name>T</name><peripherals>",
                "  <peripheral><name>P</name><baseAddress>0</baseAddress>",
                "  <registers>",
                "    <cluster><dim>2</dim><dimIncrement>8</dimIncrement><name>CH</name>",
                "      <addressOffset>0</addressOffset></cluster>",
                "  </registers></peripheral>",
                "</peripherals></device>")));
    }

    @Test
    void dimIndexWithTheWrongNumberOfEntries() {
        assertError("test.svd:4:57: <dimIndex> 'A,B' has 2 entries but <dim> is 3", error(lines(
                "<device><name>T</name><peripherals>",
                "  <peripheral><name>P</name><baseAddress>0</baseAddress>",
                "  <registers>",
                "    <register><dim>3</dim><dimIncrement>4</dimIncrement><dimIndex>A,B</dimIndex>",
                "      <name>R%s</name><addressOffset>0</addressOffset></register>",
                "  </registers></peripheral>",
                "</peripherals></device>")));
    }


    @Test
    void fieldWithoutBitRange() {
        assertError("test.svd:4:7: field 'F' has no bit range (<bitOffset>, <lsb>/<msb> or <bitRange>)",
                error(lines(
                        "<device><name>T</name><peripherals>",
                        "  <peripheral><name>P</name><baseAddress>0</baseAddress><registers>",
                        "    <register><name>R</name><addressOffset>0</addressOffset><fields>",
                        "      <field><name>F</name><access>read-only</access></field>",
                        "    </fields></register>",
                        "  </registers></peripheral>",
                        "</peripherals></device>")));
    }

    @Test
    void msbBelowLsb() {
        assertError("test.svd:4:7: field 'F' has msb 3 below lsb 5", error(lines(
                "<device><name>T</name><peripherals>",
                "  <peripheral><name>P</name><baseAddress>0</baseAddress><registers>",
                "    <register><name>R</name><addressOffset>0</addressOffset><fields>",
                "      <field><name>F</name><lsb>5</lsb><msb>3</msb></field>",
                "    </fields></register>",
                "  </registers></peripheral>",
                "</peripherals></device>")));
    }

    @Test
    void malformedBitRange() {
        assertError("test.svd:4:28: invalid <bitRange> '[7-0]', expected [msb:lsb] with bits 0..63", error(lines(
                "<device><name>T</name><peripherals>",
                "  <peripheral><name>P</name><baseAddress>0</baseAddress><registers>",
                "    <register><name>R</name><addressOffset>0</addressOffset><fields>",
                "      <field><name>F</name><bitRange>[7-0]</bitRange></field>",
                "    </fields></register>",
                "  </registers></peripheral>",
                "</peripherals></device>")));
    }

    @Test
    void zeroBitWidth() {
        assertError("test.svd:4:52: <bitWidth> 0 is out of range 1..64", error(lines(
                "<device><name>T</name><peripherals>",
                "  <peripheral><name>P</name><baseAddress>0</baseAddress><registers>",
                "    <register><name>R</name><addressOffset>0</addressOffset><fields>",
                "      <field><name>F</name><bitOffset>0</bitOffset><bitWidth>0</bitWidth></field>",
                "    </fields></register>",
                "  </registers></peripheral>",
                "</peripherals></device>")));
    }

    @Test
    void unknownAccess() {
        assertError("test.svd:3:61: unknown <access> 'rw'", error(lines(
                "<device><name>T</name><peripherals>",
                "  <peripheral><name>P</name><baseAddress>0</baseAddress><registers>",
                "    <register><name>R</name><addressOffset>0</addressOffset><access>rw</access></register>",
                "  </registers></peripheral>",
                "</peripherals></device>")));
    }

    @Test
    void unknownModifiedWriteValues() {
        assertError("test.svd:3:10: unknown <modifiedWriteValues> 'writeToClear'", error(lines(
                "<device><name>T</name><peripherals><peripheral><name>P</name><baseAddress>0</baseAddress>",
                "  <registers><register><name>R</name><addressOffset>0</addressOffset>",
                "         <modifiedWriteValues>writeToClear</modifiedWriteValues></register>",
                "  </registers></peripheral></peripherals></device>")));
    }

    @Test
    void enumeratedValueWithoutValue() {
        assertError("test.svd:5:9: enumeratedValue 'ON' has neither <value> nor <isDefault>", error(lines(
                "<device><name>T</name><peripherals>",
                "  <peripheral><name>P</name><baseAddress>0</baseAddress><registers>",
                "    <register><name>R</name><addressOffset>0</addressOffset><fields>",
                "      <field><name>F</name><bitOffset>0</bitOffset><enumeratedValues>",
                "        <enumeratedValue><name>ON</name><description>on</description></enumeratedValue>",
                "      </enumeratedValues></field>",
                "    </fields></register>",
                "  </registers></peripheral>",
                "</peripherals></device>")));
    }

    @Test
    void enumeratedValueWithADigitBinaryCannotHave() {
        assertError("test.svd:5:40: invalid number '#102' in <value>", error(lines(
                "<device><name>T</name><peripherals>",
                "  <peripheral><name>P</name><baseAddress>0</baseAddress><registers>",
                "    <register><name>R</name><addressOffset>0</addressOffset><fields>",
                "      <field><name>F</name><bitOffset>0</bitOffset><enumeratedValues>",
                "        <enumeratedValue><name>X</name><value>#102</value></enumeratedValue>",
                "      </enumeratedValues></field>",
                "    </fields></register>",
                "  </registers></peripheral>",
                "</peripherals></device>")));
    }

    @Test
    void elementInsideATextElement() {
        assertError("test.svd:3:17: <name> must hold text, not <b>", error(lines(
                "<device><name>T</name><peripherals>",
                "  <peripheral>",
                "                <name>P<b>old</b></name><baseAddress>0</baseAddress></peripheral>",
                "</peripherals></device>")));
    }

    @Test
    void absurdDimIsRefused() {
        assertError("test.svd:3:15: <dim> 4000000000 is out of range 1..65536", error(lines(
                "<device><name>T</name><peripherals>",
                "  <peripheral><name>P</name><baseAddress>0</baseAddress><registers>",
                "    <register><dim>4000000000</dim><dimIncrement>4</dimIncrement><name>R%s</name>",
                "      <addressOffset>0</addressOffset></register>",
                "  </registers></peripheral>",
                "</peripherals></device>")));
    }

    @Test
    void arraysExpandingToAbsurdlyManyRegistersAreRefused() {
        assertError("test.svd:4:7: more than 262144 registers after expanding arrays", error(lines(
                "<device><name>T</name><peripherals>",
                "  <peripheral><name>P</name><baseAddress>0</baseAddress><registers>",
                "    <cluster><dim>65536</dim><dimIncrement>0x1000</dimIncrement><name>C%s</name><addressOffset>0</addressOffset>",
                "      <register><dim>1024</dim><dimIncrement>4</dimIncrement><name>R%s</name>",
                "        <addressOffset>0</addressOffset></register></cluster>",
                "  </registers></peripheral>",
                "</peripherals></device>")));
    }

    @Test
    void interruptWithoutValue() {
        assertError("test.svd:3:5: interrupt 'IRQ' has no <value>", error(lines(
                "<device><name>T</name><peripherals>",
                "  <peripheral><name>P</name><baseAddress>0</baseAddress>",
                "    <interrupt><name>IRQ</name></interrupt>",
                "  </peripheral>",
                "</peripherals></device>")));
    }

    @Test
    void peripheralWithoutBaseAddress() {
        assertError("test.svd:2:3: peripheral 'P' has no <baseAddress>", error(lines(
                "<device><name>T</name><peripherals>",
                "  <peripheral><name>P</name></peripheral>",
                "</peripherals></device>")));
    }
}
