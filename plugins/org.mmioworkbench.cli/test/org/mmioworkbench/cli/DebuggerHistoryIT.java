package org.mmioworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.debug.CDebugSession;
import org.mmioworkbench.debug.console.ScriptCommands;
import org.mmioworkbench.script.ScriptMachine;

/**
 * The script debugger's reverse history in-process (the debug engine's session under {@code mmio-sim debug}):
 * however long a run and however many steps back and forth, it keeps a bounded number of checkpoints, and every
 * boundary it goes back to is exactly where the script was.
 */
class DebuggerHistoryIT {
    /** The start, 16 dense ones, 64 stops, 24 far ones and the one being added. */
    private static final int MOST = 1 + 16 + 64 + 24 + 1;

    /** Boundary k (k >= 1) of the loop stands before line 2 (k odd) or 3 (k even), with n = (k - 1) / 2. */
    private static CDebugSession loop(Path dir) throws Exception {
        Path script = Sim.script(dir, "loop.mmio", "uint64_t n = 0;", "while (n < 900000) {", "    n++;", "}");
        LoadedScript loaded = LoadedScript.load(script, null);
        return ScriptCommands.load(loaded.script(), loaded.fileName(), loaded.board(), loaded.notes(),
                Simulator.DEFAULT_TRACE_WINDOW, new PrintStream(OutputStream.nullOutputStream())).session();
    }

    private static void assertAtBoundary(CDebugSession dbg, long k) {
        ScriptMachine m = dbg.script().orElseThrow();
        assertEquals(k, dbg.statements());
        assertEquals(Long.valueOf((k - 1) / 2), m.variables().get("n"), "n at boundary " + k);
        assertEquals(k % 2 == 1 ? 2 : 3, m.currentStatement().orElseThrow().line(), "line at boundary " + k);
    }

    @Test
    void aLongContinueKeepsABoundedNumberOfCheckpointsAndGoingBackAnywhereIsExact(@TempDir Path dir)
            throws Exception {
        CDebugSession dbg = loop(dir);
        dbg.resume();
        assertEquals(1_800_002, dbg.statements()); // the last loop condition ended it
        assertTrue(dbg.checkpointCount() <= MOST, "checkpoints after 1.8 million statements: " + dbg.checkpointCount());
        long[] targets = {1_799_000, 1_500_001, 1_499_998, 900_000, 123_457, 4096, 3};
        for (long target : targets) {
            dbg.reverseStepInto(dbg.statements() - target);
            assertAtBoundary(dbg, target);
            assertTrue(dbg.checkpointCount() <= MOST, "checkpoints at " + target + ": " + dbg.checkpointCount());
        }
    }

    @Test
    void steppingBackAndForthThousandsOfTimesKeepsABoundedNumberOfCheckpoints(@TempDir Path dir) throws Exception {
        CDebugSession dbg = loop(dir);
        for (int i = 0; i < 20_000; i++) {
            dbg.stepInto();
        }
        for (int i = 0; i < 3_000; i++) {
            dbg.reverseStepInto(2);
            dbg.stepInto();
        }
        assertAtBoundary(dbg, 17_000);
        assertTrue(dbg.checkpointCount() <= MOST, "checkpoints: " + dbg.checkpointCount());
        dbg.reverseStepInto(100_000);
        assertEquals(0, dbg.statements());
    }
}
