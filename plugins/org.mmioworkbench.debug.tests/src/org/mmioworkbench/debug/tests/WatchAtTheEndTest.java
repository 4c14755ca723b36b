package org.mmioworkbench.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.debug.CDebugSession;
import org.mmioworkbench.debug.RegisterWatch;
import org.mmioworkbench.debug.RunResult;
import org.mmioworkbench.debug.SuspendReason;

/**
 * A register watchpoint stops at an access made by the expression of main's own {@code return}: the last statement of
 * many drivers ({@code return status_register & ERR;}). Before, the program ended without stopping there.
 */
class WatchAtTheEndTest {
    private static final Path INCLUDE = Path.of("..", "org.mmioworkbench.c", "include").toAbsolutePath().normalize();

    @Test
    void aWatchpointStopsAtAnAccessInMainsReturnAndTheProgramEndsWithItsStatusAfter(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("w.c");
        Files.writeString(file, """
                #include <coresrv/io/mmio.h>
                #include <stdint.h>
                int main(void) {
                    IoMemHandles io;
                    void *base = 0;
                    KnIoMemHandlesClear(&io);
                    KnRegisterPhyMem(0x09000000, 0x1000, MMIO_K_SHARED, &io.rid);
                    KnIoMapMem(io.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &io.handle);
                    volatile uint32_t *uart = base;
                    return (int) (uart[0x30 / 4] & 0x7) - 1;
                }
                """, StandardCharsets.UTF_8);
        Simulator sim = new Simulator(Board.qemuVirt());
        CDebugSession s = new CDebugSession(CProgram.compile(file, List.of(), INCLUDE), sim, "w", b -> { });
        RegisterWatch w = s.watchRegister("UART0", "UARTCR", null, RegisterWatch.Access.READ, null);
        long before = sim.traceLength();
        SuspendReason.RegisterWatchTriggered hit = assertInstanceOf(SuspendReason.RegisterWatchTriggered.class,
                assertInstanceOf(RunResult.Suspended.class, s.resume()).reason());
        assertEquals(w, hit.watch());
        assertEquals(10, s.frames().get(0).pos().line(), "at the return, in main");
        assertEquals("main", s.frames().get(0).function());
        long reads = sim.traceLength() - before;
        RunResult end = s.resume();
        assertEquals(0, assertInstanceOf(RunResult.Terminated.class, end).outcome().status(),
                "the return's value, read once (UARTCR's low bits are 0x1 on this board: UARTEN)");
        assertEquals(reads, sim.traceLength() - before, "the read was not made again");
    }
}
