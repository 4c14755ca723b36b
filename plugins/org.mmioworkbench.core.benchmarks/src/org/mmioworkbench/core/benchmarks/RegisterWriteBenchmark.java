package org.mmioworkbench.core.benchmarks;

import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;

import java.util.concurrent.TimeUnit;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.Snapshot;
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
 * A simulated 32-bit register write, and read, through a mapped virtual address with tracing on, on the
 * {@code qemu-virt} board's PL061 GPIO (GPIODIR): the core Java API alone, the peer of the C and script benchmarks'
 * accesses. Target: under 100 ns on average. Each invocation
 * makes {@value #WRITES} writes; the simulator then goes back to a snapshot so the trace does not grow
 * without bound (the restore is not measured).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RegisterWriteBenchmark {
    static final int WRITES = 10_000;
    private static final long GPIO = 0x0903_0000L;
    private static final long GPIODIR = 0x400;

    private Simulator sim;
    private MmioApi api;
    private long register;
    private Snapshot mapped;

    /** Registers and maps the GPIO window once. */
    @Setup(Level.Trial)
    public void map() {
        sim = new Simulator(Board.qemuVirt());
        api = sim.process("bench").api();
        int rid = api.knRegisterPhyMem(GPIO, 0x1000, 0).rid();
        MapResult map = api.knIoMapMem(rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
        register = map.address() + GPIODIR;
        mapped = sim.snapshot();
    }

    /** Drops the trace of the last invocation. */
    @Setup(Level.Invocation)
    public void rewind() {
        sim.restore(mapped);
    }

    /** Reads GPIODIR {@value #WRITES} times (a traced read costs what a write does: the peer of the drivers' reads). */
    @Benchmark
    @OperationsPerInvocation(WRITES)
    public int read32() {
        int sum = 0;
        for (int i = 0; i < WRITES; i++) {
            sum += api.ioReadMmReg32(register);
        }
        return sum;
    }

    /** Writes GPIODIR {@value #WRITES} times. */
    @Benchmark
    @OperationsPerInvocation(WRITES)
    public void write32() {
        for (int i = 0; i < WRITES; i++) {
            api.ioWriteMmReg32(register, i & 0xFF);
        }
    }
}
