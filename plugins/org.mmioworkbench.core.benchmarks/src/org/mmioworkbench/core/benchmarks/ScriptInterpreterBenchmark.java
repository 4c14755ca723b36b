package org.mmioworkbench.core.benchmarks;

import java.util.concurrent.TimeUnit;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.script.Outcome;
import org.mmioworkbench.script.Script;
import org.mmioworkbench.script.ScriptMachine;
import org.mmioworkbench.script.ScriptOptions;
import org.mmioworkbench.script.ScriptOutput;
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
 * {@code *.mmio} scripts, which run on the C interpreter: the same counting loop as
 * {@link CInterpreterBenchmark#countingLoop} (ns per iteration, goal 15 ns) and an MMIO register write with
 * {@code IoWriteMmReg32} and read with {@code IoReadMmReg32} in the PL061 mapping (ns per access including its loop,
 * goal 75 ns; compare {@link RegisterWriteBenchmark#write32} and {@link RegisterWriteBenchmark#read32}, the core API
 * alone). Each invocation runs a fresh machine on a fresh
 * simulator; the scripts are parsed once.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScriptInterpreterBenchmark {
    static final int LOOP = 2_000_000;
    static final int ACCESSES = 20_000;

    private static final String COUNT = """
            sum = 0
            for (i = 0; i < %d; i++) {
                sum += i
            }
            assert(sum == %d, "the loop summed")
            """.formatted(LOOP, (long) LOOP * (LOOP - 1) / 2);

    private static final String MMIO = """
            IoMemHandles hs
            KnIoMemHandlesClear(&hs)
            rc = KnRegisterPhyMem(0x09030000, 0x1000, 0, &hs.rid)
            assert(rc == rcOk, "registered")
            rc = KnIoMapMem(hs.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &hs.handle)
            assert(rc == rcOk, "mapped")
            for (i = 0; i < %d; i++) {
                IoWriteMmReg32(base + 0x400, i & 0xFF)
            }
            """.formatted(ACCESSES);

    private static final String MMIO_READ = """
            IoMemHandles hs
            KnIoMemHandlesClear(&hs)
            rc = KnRegisterPhyMem(0x09030000, 0x1000, 0, &hs.rid)
            assert(rc == rcOk, "registered")
            rc = KnIoMapMem(hs.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &hs.handle)
            assert(rc == rcOk, "mapped")
            sum = 0
            for (i = 0; i < %d; i++) {
                sum += IoReadMmReg32(base + 0x400)
            }
            assert(sum == 0, "GPIODIR reads 0")
            """.formatted(ACCESSES);

    private Script count;
    private Script mmio;
    private Script mmioRead;

    /** Parses both scripts once. */
    @Setup(Level.Trial)
    public void parse() {
        count = Script.parse(COUNT, "count.mmio");
        mmio = Script.parse(MMIO, "mmio.mmio");
        mmioRead = Script.parse(MMIO_READ, "mmioread.mmio");
    }

    private static Outcome run(Script s, long bound) {
        ScriptMachine m = new ScriptMachine(s, new Simulator(Board.qemuVirt()), ScriptOutput.discard(),
                ScriptOptions.defaults().withLoopBound(bound));
        Outcome o = m.run();
        if (o.kind() != Outcome.Kind.FINISHED) {
            throw new IllegalStateException("benchmark script failed: " + o.message());
        }
        return o;
    }

    /** {@code for (i = 0; i < N; i++) { sum += i }}: per iteration. */
    @Benchmark
    @OperationsPerInvocation(LOOP)
    public Outcome countingLoop() {
        return run(count, LOOP);
    }

    /** {@code IoWriteMmReg32(base + 0x400, i & 0xFF)} in a loop: per MMIO write, through the simulator with tracing. */
    @Benchmark
    @OperationsPerInvocation(ACCESSES)
    public Outcome mmioWrite() {
        return run(mmio, ACCESSES);
    }

    /** {@code sum += IoReadMmReg32(base + 0x400)} in a loop: per MMIO read, through the simulator with tracing. */
    @Benchmark
    @OperationsPerInvocation(ACCESSES)
    public Outcome mmioRead() {
        return run(mmioRead, ACCESSES);
    }
}
