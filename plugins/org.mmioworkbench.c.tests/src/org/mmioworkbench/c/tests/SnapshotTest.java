package org.mmioworkbench.c.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.c.CMachine;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.c.internal.Machine;
import org.mmioworkbench.c.internal.Mailbox;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;

/**
 * The machine pauses at statement boundaries, and its whole state (frames, stack, globals, heap) restored from a
 * snapshot runs on exactly as it did: what a debugger's reverse stepping needs.
 */
class SnapshotTest {
    private static final String PROGRAM = """
            #include <stdio.h>
            #include <stdlib.h>
            static int g;
            static int depth(int n, int *acc) {
                int local[4] = {n, n, n, n};
                *acc += local[n % 4];
                if (n == 0) return 0;
                return 1 + depth(n - 1, acc);
            }
            int main(void) {
                int *heap = malloc(64 * sizeof *heap);
                for (int i = 0; i < 64; i++) { heap[i] = i * i; g += heap[i]; }
                int acc = 0;
                int d = depth(20, &acc);
                printf("%d %d %d %d\\n", d, acc, g, heap[63]);
                free(heap);
                return 0;
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aRestoredSnapshotTakenInsideNestedCallsRunsOnToTheSameResult() throws Exception {
        Path file = dir.resolve("snap.c");
        Files.writeString(file, PROGRAM, StandardCharsets.UTF_8);
        CProgram p = CProgram.compile(file, List.of(), CRun.INCLUDE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CMachine m = new CMachine(p, new Simulator(Board.qemuVirt()), "snap", new Mailbox(), b -> out.write(b, 0, b.length));
        Machine vm = m.machine();
        CMachine.Outcome paused = m.runUntil(x -> x.top().depth() == 12);
        assertTrue(paused.paused());
        assertEquals(12, vm.top().depth());
        Machine.State state = vm.snapshot();
        long steps = vm.steps();
        CMachine.Outcome first = m.run();
        assertFalse(first.error(), first.message());
        String once = out.toString(StandardCharsets.UTF_8);
        assertEquals("20 210 85344 3969\n", once);
        vm.restore(state);
        assertEquals(steps, vm.steps());
        assertEquals(12, vm.top().depth());
        out.reset();
        CMachine.Outcome again = m.run();
        assertFalse(again.error(), again.message());
        assertEquals(once, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void statementsAreCountedAndTheRunPausesBeforeEachOne() throws Exception {
        Path file = dir.resolve("count.c");
        Files.writeString(file, "int main(void) {\n  int x = 0;\n  x++;\n  x++;\n  return x - 2;\n}\n",
                StandardCharsets.UTF_8);
        CProgram p = CProgram.compile(file, List.of(), CRun.INCLUDE);
        CMachine m = new CMachine(p, new Simulator(Board.qemuVirt()), "count", new Mailbox(), b -> { });
        int[] lines = new int[8];
        int[] n = {0};
        CMachine.Outcome o;
        do {
            o = m.runUntil(x -> true);
            if (o.paused()) {
                lines[n[0]++] = m.machine().current().stmtPos.line();
            }
        } while (o.paused());
        assertEquals(0, o.status());
        assertEquals(List.of(3, 4, 5), java.util.Arrays.stream(lines, 0, n[0]).boxed().toList());
        assertEquals(4, m.statements());
    }
}
