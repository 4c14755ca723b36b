package org.mmioworkbench.core.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.mmioworkbench.c.CCompileException;
import org.mmioworkbench.c.CMachine;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.c.internal.Mailbox;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The C interpreter: a plain counting loop (ns per iteration, goal 15 ns) and an MMIO register write and read from
 * driver code through a volatile pointer into a mapping (ns per access including its loop, goal 75 ns; compare
 * {@link RegisterWriteBenchmark#write32} and {@link RegisterWriteBenchmark#read32}, the core API alone). Each invocation runs a fresh process.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CInterpreterBenchmark {
    static final int LOOP = 2_000_000;
    static final int ACCESSES = 20_000;

    private static final String COUNT = """
            int main(void) {
                long sum = 0;
                for (int i = 0; i < %d; i++)
                    sum += i;
                return sum == %dL ? 0 : 1;
            }
            """.formatted(LOOP, (long) LOOP * (LOOP - 1) / 2);

    private static final String MMIO = """
            #include <coresrv/io/mmio.h>
            #include <stdint.h>
            int main(void) {
                Handle rid, mh;
                void *base;
                if (KnRegisterPhyMem(0x09030000, 0x1000, 0, &rid) != rcOk) return 1;
                if (KnIoMapMem(rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &mh) != rcOk)
                    return 2;
                volatile uint32_t *gpiodir = (volatile uint32_t *)((uint8_t *)base + 0x400);
                for (int i = 0; i < %d; i++)
                    *gpiodir = i & 0xFF;
                return 0;
            }
            """.formatted(ACCESSES);

    private static final String MMIO_READ = """
            #include <coresrv/io/mmio.h>
            #include <stdint.h>
            int main(void) {
                Handle rid, mh;
                void *base;
                if (KnRegisterPhyMem(0x09030000, 0x1000, 0, &rid) != rcOk) return 1;
                if (KnIoMapMem(rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &mh) != rcOk)
                    return 2;
                volatile uint32_t *gpiodir = (volatile uint32_t *)((uint8_t *)base + 0x400);
                uint32_t sum = 0;
                for (int i = 0; i < %d; i++)
                    sum += *gpiodir;
                return sum == 0 ? 0 : 3;
            }
            """.formatted(ACCESSES);

    private CProgram count;
    private CProgram mmio;
    private CProgram mmioRead;

    /** Compiles both programs once. */
    @Setup(Level.Trial)
    public void compile() throws IOException, CCompileException {
        Path dir = Files.createTempDirectory("cbench");
        Path include = includeDir();
        count = CProgram.compile(write(dir, "count.c", COUNT), List.of(), include);
        mmio = CProgram.compile(write(dir, "mmio.c", MMIO), List.of(), include);
        mmioRead = CProgram.compile(write(dir, "mmioread.c", MMIO_READ), List.of(), include);
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static Path includeDir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path inc = p.resolve("plugins/org.mmioworkbench.c/include");
            if (Files.isDirectory(inc)) {
                return inc;
            }
            if (Files.isDirectory(p.resolve("org.mmioworkbench.c/include"))) {
                return p.resolve("org.mmioworkbench.c/include");
            }
        }
        throw new IllegalStateException("run from the repository: the bundled C headers were not found");
    }

    private static int run(CProgram p) throws CCompileException {
        CMachine m = new CMachine(p, new Simulator(Board.qemuVirt()), "bench", new Mailbox(), b -> { });
        CMachine.Outcome o = m.run();
        if (o.error() || o.status() != 0) {
            throw new IllegalStateException("benchmark program failed: " + o.message() + " status " + o.status());
        }
        return o.status();
    }

    /** {@code for (int i = 0; i < N; i++) sum += i;}: per iteration. */
    @Benchmark
    @OperationsPerInvocation(LOOP)
    public int countingLoop() throws CCompileException {
        return run(count);
    }

    /** {@code *gpiodir = i & 0xFF;} in a loop: per MMIO write, through the simulator with tracing. */
    @Benchmark
    @OperationsPerInvocation(ACCESSES)
    public int mmioWriteThroughPointer() throws CCompileException {
        return run(mmio);
    }

    /** {@code sum += *gpiodir;} in a loop: per MMIO read, through the simulator with tracing. */
    @Benchmark
    @OperationsPerInvocation(ACCESSES)
    public int mmioReadThroughPointer() throws CCompileException {
        return run(mmioRead);
    }
}
