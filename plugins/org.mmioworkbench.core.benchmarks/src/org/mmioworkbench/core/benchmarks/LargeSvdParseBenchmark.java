package org.mmioworkbench.core.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 13's target "a 10 MB SVD reads in under 300 ms in-process", warm, through the reader's facade
 * ({@link SvdReader#read(Path)}: parse and expand). No vendor file that large ships, so the setup makes one from
 * {@code STM32H753.svd} (4 MB): the file's peripherals, then renamed copies of those in its peripheral region
 * (0x40000000 to 0x5FFFFFFF) at new addresses (each copy 0x20000000 higher, its {@code derivedFrom} pointing at the
 * copy of the same round, without its interrupts), one by one until the file is 10 MiB (10,489,171 bytes, 314
 * peripherals); written to a temporary file,
 * deleted at the end. The setup checks that the reader takes it whole (every copy is a peripheral of the device). The
 * folder comes from {@code -Dmmio.svd.dir}, default {@code ../../examples/svd} (run from this module's folder).
 * {@code SvdParseBenchmark} measures the 4 MB original in the same way.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LargeSvdParseBenchmark {
    /** The size the made file reaches at least: 10 MiB. */
    static final long TARGET_BYTES = 10L << 20;
    private static final long REGION_START = 0x4000_0000L;
    private static final long REGION_SIZE = 0x2000_0000L;
    private static final Pattern PERIPHERAL = Pattern.compile("(?s)<peripheral(\\s[^>]*)?>.*?</peripheral>");
    private static final Pattern NAME = Pattern.compile("<name>([^<]*)</name>");
    private static final Pattern BASE = Pattern.compile("<baseAddress>\\s*(0[xX][0-9A-Fa-f]+)\\s*</baseAddress>");
    private static final Pattern DERIVED = Pattern.compile("derivedFrom=\"([^\"]*)\"");
    private static final Pattern INTERRUPT = Pattern.compile("(?s)\\s*<interrupt>.*?</interrupt>");

    private Path file;
    /** How many peripherals the made file has. */
    private int peripherals;

    /**
     * Makes the 10 MiB file and checks that the reader takes all of it.
     *
     * @throws Exception if the source cannot be read or the made file is not read whole
     */
    @Setup(Level.Trial)
    public void make() throws Exception {
        Path source = Path.of(System.getProperty("mmio.svd.dir", "../../examples/svd"), "STM32H753.svd");
        if (!Files.isRegularFile(source)) {
            throw new IllegalStateException("SVD file not found: " + source.toAbsolutePath()
                    + " (set -Dmmio.svd.dir=DIR)");
        }
        file = Files.createTempFile("large-", ".svd");
        Files.writeString(file, enlarge(Files.readString(source, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        SvdDevice device = SvdReader.read(file);
        if (device.peripherals().size() != peripherals) {
            throw new IllegalStateException("the made file has " + peripherals + " peripherals, the reader read "
                    + device.peripherals().size());
        }
        System.out.printf(Locale.ROOT, "%nmade %s: %,d bytes, %d peripherals%n", file, Files.size(file), peripherals);
    }

    /** The SVD text with renamed copies of its peripherals added until it is at least {@link #TARGET_BYTES}. */
    private String enlarge(String svd) {
        int end = svd.indexOf("</peripherals>");
        String head = svd.substring(0, end);
        String tail = svd.substring(end);
        StringBuilder out = new StringBuilder(head);
        Matcher m = PERIPHERAL.matcher(head);
        java.util.List<String> blocks = new java.util.ArrayList<>();
        while (m.find()) {
            blocks.add(m.group());
        }
        peripherals = blocks.size();
        for (int round = 1; out.length() + tail.length() < TARGET_BYTES; round++) {
            if (REGION_START + (round + 1) * REGION_SIZE > 0x1_0000_0000L) {
                throw new IllegalStateException("32-bit addresses have room for " + (round - 1) + " copies only");
            }
            String suffix = "_C" + round;
            long shift = round * REGION_SIZE;
            for (String block : blocks) {
                if (out.length() + tail.length() >= TARGET_BYTES) {
                    break;
                }
                Matcher base = BASE.matcher(block);
                if (!base.find()) {
                    continue;
                }
                long address = Long.decode(base.group(1));
                if (address < REGION_START || address >= REGION_START + REGION_SIZE) {
                    continue;
                }
                String copy = base.replaceFirst("<baseAddress>" + String.format(Locale.ROOT, "0x%08X",
                        address + shift) + "</baseAddress>");
                copy = NAME.matcher(copy).replaceFirst("<name>$1" + suffix + "</name>");
                copy = DERIVED.matcher(copy).replaceFirst("derivedFrom=\"$1" + suffix + "\"");
                copy = INTERRUPT.matcher(copy).replaceAll("");
                out.append("    ").append(copy).append('\n');
                peripherals++;
            }
        }
        return out.append(tail).toString();
    }

    /**
     * Deletes the made file.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Reads the 10 MiB file and expands it.
     *
     * @return the device, so the work is not optimised away
     * @throws Exception if the file cannot be read
     */
    @Benchmark
    public SvdDevice read() throws Exception {
        return SvdReader.read(file);
    }
}
