package org.mmioworkbench.core.tests.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdException;
import org.mmioworkbench.core.svd.SvdListing;
import org.mmioworkbench.core.svd.SvdReader;

/**
 * Reads every vendor SVD file the repository ships in {@code examples/svd} (system property
 * {@code mmio.svd.dir}, which the build sets) and checks the totals against an independent oracle, plus a
 * few registers per file as {@code mmio-sim svd} lists them. A missing folder fails the tests: they must
 * not pass by skipping.
 */
class VendorSvdFilesTest {
    /** The folder's location, from this module's folder, when the build does not set {@code mmio.svd.dir}. */
    private static final String DEFAULT_FOLDER = "../../examples/svd";

    /**
     * Peripherals, registers and fields after derivedFrom and dim expansion, as computed by the
     * independent oracle {@code plugins/org.mmioworkbench.core.tests/svd-counts.py} (Python, xml.etree
     * only): {@code python3 svd-counts.py <folder>/*.svd}.
     */
    private static final Map<String, int[]> ORACLE = Map.of(
            "STM32F103.svd", new int[] {67, 956, 6826},
            "STM32F407.svd", new int[] {76, 1414, 11920},
            "STM32H753.svd", new int[] {124, 3063, 18738},
            "nrf52840.svd", new int[] {84, 2332, 6284},
            "rp2040.svd", new int[] {37, 1182, 5800});

    private static final Map<String, SvdDevice> DEVICES = new HashMap<>();
    private static Path folder;

    @BeforeAll
    static void findTheFolder() {
        folder = Path.of(System.getProperty("mmio.svd.dir", DEFAULT_FOLDER));
        if (!Files.isDirectory(folder)) {
            fail("the SVD folder " + folder.toAbsolutePath() + " does not exist; set the system property"
                    + " mmio.svd.dir to the repository's examples/svd");
        }
    }

    private static SvdDevice device(String file) {
        return DEVICES.computeIfAbsent(file, f -> {
            Path path = folder.resolve(f);
            if (!Files.isRegularFile(path)) {
                return fail("missing " + path.toAbsolutePath());
            }
            try {
                return SvdReader.read(path);
            } catch (SvdException e) {
                return fail(e.getMessage(), e);
            }
        });
    }

    private static void assertCounts(String file) {
        SvdDevice d = device(file);
        int[] expected = ORACLE.get(file);
        assertEquals(expected[0] + " peripherals, " + expected[1] + " registers, " + expected[2] + " fields",
                SvdListing.summary(d), file);
        assertEquals(expected[0], d.peripherals().size());
        assertEquals(expected[1], d.registerCount());
        assertEquals(expected[2], d.fieldCount());
    }

    private static void assertListed(String file, String... expectedLines) {
        List<String> lines = SvdListing.lines(device(file));
        for (String line : expectedLines) {
            assertTrue(lines.contains(line), () -> file + " does not list: " + line);
        }
    }

    @Test
    void everySvdFileOfTheFolderIsKnownToTheOracleAndReads() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().endsWith(".svd")).forEach(p -> names.add(
                    p.getFileName().toString()));
        }
        assertEquals(ORACLE.keySet(), Set.copyOf(names));
        for (String name : names) {
            assertEquals(ORACLE.get(name)[1], device(name).registerCount(), name);
        }
    }

    @Test
    void stm32f103CountsMatchTheOracle() {
        assertCounts("STM32F103.svd");
    }

    @Test
    void stm32f103RegistersIncludingDerivedPeripherals() {
        assertListed("STM32F103.svd",
                "0x40011004 GPIOC.CRH reset=0x44444444 access=read-write fields=16",
                "0x40013804 USART1.DR reset=0x00000000 access=read-write fields=1",
                "0x40021004 RCC.CFGR reset=0x00000000 access=read-write fields=11",
                "0x40013C00 ADC3.SR reset=0x00000000 access=read-write fields=5");
    }

    @Test
    void stm32f407CountsMatchTheOracle() {
        assertCounts("STM32F407.svd");
    }

    @Test
    void stm32f407RegistersIncludingDerivedPeripherals() {
        assertListed("STM32F407.svd",
                "0x40020000 GPIOA.MODER reset=0xA8000000 access=read-write fields=16",
                "0x40020C00 GPIOD.MODER reset=0x00000000 access=read-write fields=16",
                "0x40023800 RCC.CR reset=0x00000083 access=read-write fields=12",
                "0x40004400 USART2.SR reset=0x00C00000 access=read-write fields=10");
    }

    @Test
    void stm32h753CountsMatchTheOracle() {
        assertCounts("STM32H753.svd");
    }

    @Test
    void stm32h753RegistersIncludingDerivedPeripherals() {
        assertListed("STM32H753.svd",
                "0x58022800 GPIOK.MODER reset=0xABFFFFFF access=read-write fields=16",
                "0x58024400 RCC.CR reset=0x00000083 access=read-write fields=22",
                "0x4001101C USART1.ISR reset=0x000000C0 access=read-only fields=28",
                "0x40022108 ADC2.CR reset=0x00000000 access=read-write fields=18");
    }

    @Test
    void nrf52840CountsMatchTheOracle() {
        assertCounts("nrf52840.svd");
    }

    @Test
    void nrf52840RegistersIncludingArraysAndClusters() {
        assertListed("nrf52840.svd",
                "0x4000651C GPIOTE.CONFIG[3] reset=0x00000000 access=read-write fields=5",
                "0x40007538 SAADC.CH[2].CONFIG reset=0x00020000 access=read-write fields=7",
                "0x5000077C P0.PIN_CNF[31] reset=0x00000002 access=read-write fields=5",
                "0x40028524 UARTE1.BAUDRATE reset=0x04000000 access=read-write fields=1",
                "0x10000100 FICR.INFO.PART reset=0x00052840 access=read-only fields=1");
    }

    @Test
    void rp2040CountsMatchTheOracle() {
        assertCounts("rp2040.svd");
    }

    @Test
    void rp2040RegistersIncludingResetMasksAndDerivedPeripherals() {
        assertListed("rp2040.svd",
                "0x4000C000 RESETS.RESET reset=0x01FFFFFF access=read-write fields=25",
                "0xD0000000 SIO.CPUID reset=0x00000000 access=read-write fields=1",
                "0x50300000 PIO1.CTRL reset=0x00000000 access=read-write fields=3",
                "0x40038000 UART1.UARTDR reset=0x00000000 access=read-write fields=5");
    }

    @Test
    void listingIsSortedByAbsoluteAddressAndEndsWithTheSummary() {
        List<String> lines = SvdListing.lines(device("STM32F407.svd"));
        assertEquals(ORACLE.get("STM32F407.svd")[1] + 1, lines.size());
        long previous = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
            long address = Long.parseUnsignedLong(line.substring(2, line.indexOf(' ')), 16);
            assertTrue(Long.compareUnsigned(previous, address) <= 0, line);
            previous = address;
        }
        assertEquals("76 peripherals, 1414 registers, 11920 fields", lines.get(lines.size() - 1));
    }
}
