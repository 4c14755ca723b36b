package org.mmioworkbench.core.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.mmioworkbench.boardfile.BoardFileReader;
import org.mmioworkbench.core.Board;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a board file of many devices, from disk: reading, YAML, the checks of every device (alignment,
 * overlaps, register windows) and building the board. Goal: linear in the number of devices, and under two
 * seconds for 60,000. One device in a hundred takes its registers from one SVD file; the others are plain
 * memory. Each load is timed on its own (single shot), after warm-up loads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class BoardFileLoadBenchmark {
    /** How many devices the board file places. */
    @Param({"15000", "30000", "60000"})
    public int devices;

    private Path dir;
    private Path file;

    /** The board file: one line per device, 4 KiB windows one after another from 0x10000000. */
    static String boardFile(int devices) {
        StringBuilder text = new StringBuilder(devices * 64).append("board: many\ndevices:\n");
        for (int i = 0; i < devices; i++) {
            text.append("  - {name: D").append(i).append(", base: 0x").append(Long.toHexString(0x1000_0000L + 0x1000L * i))
                    .append(", size: 0x1000").append(i % 100 == 0 ? ", svd: chip.svd, peripheral: P}\n" : "}\n");
        }
        return text.toString();
    }

    /**
     * Writes the board file and its SVD file into a temporary folder.
     *
     * @throws IOException if they cannot be written
     */
    @Setup
    public void write() throws IOException {
        dir = Files.createTempDirectory("board-load");
        Files.writeString(dir.resolve("chip.svd"), """
                <device><name>CHIP</name><peripherals><peripheral><name>P</name><baseAddress>0</baseAddress>
                <registers><register><name>CTRL</name><addressOffset>0</addressOffset><fields>
                <field><name>EN</name><bitOffset>0</bitOffset></field></fields></register>
                <register><name>DATA</name><addressOffset>4</addressOffset></register></registers>
                </peripheral></peripherals></device>
                """);
        file = Files.writeString(dir.resolve("many.yaml"), boardFile(devices));
    }

    /**
     * Removes the files.
     *
     * @throws IOException if they cannot be removed
     */
    @TearDown
    public void remove() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir.resolve("chip.svd"));
        Files.deleteIfExists(dir);
    }

    /**
     * Loads the board file.
     *
     * @return the board, so the work is not optimised away
     * @throws Exception if the file is not a valid board
     */
    @Benchmark
    public Board load() throws Exception {
        return BoardFileReader.read(file);
    }
}
