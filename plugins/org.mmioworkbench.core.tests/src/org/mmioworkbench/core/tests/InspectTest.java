package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;
import static org.mmioworkbench.core.tests.Fixtures.GPIO;
import static org.mmioworkbench.core.tests.Fixtures.PAGE;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.Simulator;

/**
 * {@link Simulator#inspect(Runnable)}: a view's reads see one state while a driver runs on another
 * thread, and the driver goes on afterwards.
 */
class InspectTest {
    private final Simulator sim = Fixtures.qemu();

    @Test
    void aDriverOnAnotherThreadDoesNotMoveTheSimulationDuringAnInspection() throws Exception {
        MmioApi driver = sim.process("driver").api();
        int rid = driver.knRegisterPhyMem(GPIO, PAGE, 0).rid();
        MapResult map = driver.knIoMapMem(rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
        long gpiodata = map.address() + 0x3FC;
        driver.ioWriteMmReg8(map.address() + 0x400, 0xFF); // all pins outputs
        long setUp = sim.traceLength();

        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch running = new CountDownLatch(1);
        Thread loop = new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                driver.ioWriteMmReg8(gpiodata, i & 0xFF);
                running.countDown();
            }
        }, "driver");
        loop.start();
        try {
            assertTrue(running.await(10, TimeUnit.SECONDS), "the driver runs");
            long[] seen = new long[4];
            sim.inspect(() -> {
                seen[0] = sim.traceLength();
                seen[1] = sim.now();
                sleep(50); // long enough for the driver to write many times, were it not held up
                seen[2] = sim.traceLength();
                seen[3] = sim.now();
            });
            assertTrue(seen[0] > setUp, "the reads ran, and saw the driver's writes before the inspection");
            assertEquals(seen[0], seen[2], "no event was traced during the inspection");
            assertEquals(seen[1], seen[3], "the clock stood still during the inspection");
            long after = seen[2];
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (sim.traceLength() == after && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertTrue(sim.traceLength() > after, "the driver went on after the inspection");
        } finally {
            stop.set(true);
            loop.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
