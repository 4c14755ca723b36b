package org.mmioworkbench.script.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.devices.Pl011;

/** Scripts that run long stay linear: what one more iteration costs does not grow with the run. */
class LongRunTest {

    /** A loop feeding UART0 a character per iteration, faster than it can receive them. */
    private static long allocatedByFeeding(int characters) {
        ScriptRun run = ScriptRun.of("for (uint64_t i = 0; i < " + characters + "; i++) {\n"
                + "    UartInput(\"UART0\", \"x\")\n"
                + "}\n");
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        run.machine.run();
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(characters, run.sim.device("UART0", Pl011.class).orElseThrow().pendingInput().length());
        return allocated;
    }

    @Test
    void uartInputInALoopCostsTheSameForEveryIteration() {
        allocatedByFeeding(2_000); // warm up
        long small = allocatedByFeeding(5_000);
        long large = allocatedByFeeding(40_000);
        // Eight times the iterations: eight times the memory if each costs the same, 64 times if each copies all
        // the input waiting (as it did: 40,000 iterations allocated about 800 MB).
        assertTrue(large < 16 * small, "5,000 iterations allocated " + small + " bytes, 40,000 allocated " + large);
    }
}
