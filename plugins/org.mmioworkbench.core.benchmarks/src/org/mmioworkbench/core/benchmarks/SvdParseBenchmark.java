package org.mmioworkbench.core.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdReader;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing a large CMSIS-SVD file, warm. Target: the largest vendor file the repository ships (STM32H753) in
 * under 300 ms. The folder comes from {@code -Dmmio.svd.dir}, default {@code ../../examples/svd} (run from
 * this module's folder).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SvdParseBenchmark {
    /** The SVD file to parse, from the repository's examples/svd. */
    @Param({"STM32H753.svd"})
    public String file;

    private Path path;

    /** Finds the file. */
    @Setup
    public void locate() {
        path = Path.of(System.getProperty("mmio.svd.dir", "../../examples/svd"), file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("SVD file not found: " + path.toAbsolutePath()
                    + " (set -Dmmio.svd.dir=DIR)");
        }
    }

    /**
     * Parses the file and expands it.
     *
     * @return the device, so the work is not optimised away
     * @throws Exception if the file cannot be read
     */
    @Benchmark
    public SvdDevice parse() throws Exception {
        return SvdReader.read(path);
    }
}
