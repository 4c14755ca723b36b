package org.mmioworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.core.Simulator;

/**
 * The debugger's reverse history in-process: however long a run and however many steps back and forth, it
 * keeps a bounded number of checkpoints, and every boundary it goes back to is exactly where the script was.
 */
class DebuggerHistoryIT {
    /** The start, 16 dense ones, 64 stops, 24 far ones and the one being added. */
    private static final int MOST = 1 + 16 + Debugger.STEPPED + Debugger.FAR + 1;

    /** Boundary k (k >= 1) of the loop stands before line 2 (k odd) or 3 (k even), with n = (k - 1) / 2. */
    private static Debugger loop(Path dir) throws Exception {
        Path script = Sim.script(dir, "loop.mmio", "uint64_t n = 0;", "while (n < 900000) {", "    n++;", "}");
        return new Debugger(LoadedScript.load(script, null), Simulator.DEFAULT_TRACE_WINDOW);
    }

    private static void assertAtBoundary(Debugger dbg, long k) {
        assertEquals(k, dbg.position());
        assertEquals(Long.valueOf((k - 1) / 2), dbg.machine.variables().get("n"), "n at boundary " + k);
        assertEquals(k % 2 == 1 ? 2 : 3, dbg.current().orElseThrow().line(), "line at boundary " + k);
    }

    @Test
    void aLongContinueKeepsABoundedNumberOfCheckpointsAndGoingBackAnywhereIsExact(@TempDir Path dir)
            throws Exception {
        Debugger dbg = loop(dir);
        dbg.cont();
        assertEquals(1_800_001, dbg.position()); // the last loop condition ended it
        assertTrue(dbg.checkpointCount() <= MOST, "checkpoints after 1.8 million statements: " + dbg.checkpointCount());
        long[] targets = {1_799_000, 1_500_001, 1_499_998, 900_000, 123_457, 4096, 3};
        for (long target : targets) {
            // after the end, the first step back goes to the start of the last statement
            dbg.reverseStep(dbg.position() - target + (dbg.machine.isTerminated() ? 1 : 0));
            assertAtBoundary(dbg, target);
            assertTrue(dbg.checkpointCount() <= MOST, "checkpoints at " + target + ": " + dbg.checkpointCount());
        }
    }

    @Test
    void steppingBackAndForthThousandsOfTimesKeepsABoundedNumberOfCheckpoints(@TempDir Path dir) throws Exception {
        Debugger dbg = loop(dir);
        for (int i = 0; i < 20_000; i++) {
            dbg.step();
        }
        for (int i = 0; i < 3_000; i++) {
            dbg.reverseStep(2);
            dbg.step();
        }
        assertAtBoundary(dbg, 17_000);
        assertTrue(dbg.checkpointCount() <= MOST, "checkpoints: " + dbg.checkpointCount());
        assertEquals(17_000, dbg.reverseStep(100_000));
        assertEquals(0, dbg.position());
    }
}
