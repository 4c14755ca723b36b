package org.mmioworkbench.core.benchmarks;

import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.Simulator;

/**
 * The heap a long run holds: ten million 32-bit register reads (the PL061 GPIODATA of {@code qemu-virt}),
 * with the heap in use measured after a full collection every million, first with the default trace window,
 * then, as the peer in the same run, keeping the whole trace ({@link Simulator#WHOLE_TRACE}, what the
 * simulator did before it had a window). Not a JMH benchmark: it measures memory, not time; run it with
 * {@code java -Xmx2g -cp target/benchmarks.jar org.mmioworkbench.core.benchmarks.LongRunMemory}.
 */
public final class LongRunMemory {
    private static final long GPIO = 0x0903_0000L;
    private static final long GPIODATA_ALL = 0x3FC;
    private static final int ACCESSES = 10_000_000;
    private static final int STEP = 1_000_000;

    private LongRunMemory() {
    }

    /**
     * Runs both and prints a Markdown table.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.out.println("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB, "
                + Runtime.getRuntime().availableProcessors() + " processors");
        long[][] heap = new long[2][ACCESSES / STEP + 1];
        long[] nanos = new long[2];
        int[] windows = {Simulator.DEFAULT_TRACE_WINDOW, Simulator.WHOLE_TRACE};
        for (int run = 0; run < 2; run++) {
            heap[run][0] = usedAfterCollection();
            long start = System.nanoTime();
            Simulator sim = new Simulator(Board.qemuVirt(), windows[run]);
            MmioApi api = sim.process("bench").api();
            int rid = api.knRegisterPhyMem(GPIO, 0x1000, 0).rid();
            MapResult map = api.knIoMapMem(rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
            long register = map.address() + GPIODATA_ALL;
            long measuring = 0;
            for (int i = 1; i <= ACCESSES; i++) {
                api.ioReadMmReg32(register);
                if (i % STEP == 0) {
                    long t = System.nanoTime();
                    heap[run][i / STEP] = usedAfterCollection();
                    measuring += System.nanoTime() - t;
                }
            }
            nanos[run] = System.nanoTime() - start - measuring;
            if (sim.traceLength() < ACCESSES) {
                throw new AssertionError("trace length " + sim.traceLength());
            }
        }
        System.out.println();
        System.out.println("| accesses | heap in use, default window (65,536 events) | heap in use, whole trace (peer) |");
        System.out.println("| ---: | ---: | ---: |");
        for (int k = 0; k <= ACCESSES / STEP; k++) {
            System.out.println(String.format(Locale.ROOT, "| %,d | %.1f MB | %.1f MB |", (long) k * STEP,
                    heap[0][k] / 1048576.0, heap[1][k] / 1048576.0));
        }
        System.out.println(String.format(Locale.ROOT, "| time for 10^7 accesses (without the measuring) | %.2f s |"
                + " %.2f s |", nanos[0] / 1e9, nanos[1] / 1e9));
    }

    private static long usedAfterCollection() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
