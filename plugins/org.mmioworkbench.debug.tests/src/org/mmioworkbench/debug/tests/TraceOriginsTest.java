package org.mmioworkbench.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.SourceLine;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.debug.CDebugSession;
import org.mmioworkbench.debug.RunResult;
import org.mmioworkbench.debug.SuspendReason;

/**
 * What the Access Trace view relies on in the engine: the source line of each event the program made, kept for the
 * trace window only, and going back to an event, exactly, also across checkpoints.
 */
class TraceOriginsTest {
    private static final Path INCLUDE = Path.of("..", "org.mmioworkbench.c", "include").toAbsolutePath().normalize();
    private static final long UARTCR = 0x09000030L;
    private static final long UARTIBRD = 0x09000024L;

    private static final String UART_DRIVER = """
            #include <coresrv/io/mmio.h>
            #include <stdint.h>
            #include <stdio.h>
            int main(void) {
                IoMemHandles io;
                void *base = 0;
                KnIoMemHandlesClear(&io);
                KnRegisterPhyMem(0x09000000, 0x1000, MMIO_K_SHARED, &io.rid);
                KnIoMapMem(io.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &io.handle);
                volatile uint32_t *uart = base;
                uint32_t cr = uart[0x30 / 4];
                uart[0x30 / 4] = 0;
                IoWriteMmReg32((uint8_t *) base + 0x30, cr | 0x80);
                cr = uart[0x30 / 4] + 1;
                printf("done\\n");
                return 0;
            }
            """;

    @TempDir
    Path dir;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private Simulator sim;

    private CDebugSession session(String source, int traceWindow) throws Exception {
        Path file = dir.resolve("prog.c");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        sim = new Simulator(Board.qemuVirt(), traceWindow);
        return new CDebugSession(CProgram.compile(file, List.of(), INCLUDE), sim, "prog", output::writeBytes);
    }

    private static int line(CDebugSession s) {
        return s.frames().get(0).pos().line();
    }

    private TraceEvent event(String operation, int nth) {
        return sim.trace().stream().filter(e -> e.actor().equals("prog") && e.operation().equals(operation))
                .skip(nth).findFirst().orElseThrow(() -> new AssertionError("no " + operation + " #" + nth));
    }

    @Test
    void eachCallAndAccessOfTheProgramNamesTheLineOfItsStatementAndOtherEventsNone() throws Exception {
        CDebugSession s = session(UART_DRIVER, Simulator.DEFAULT_TRACE_WINDOW);
        assertInstanceOf(RunResult.Terminated.class, s.resume());
        List<String> lines = new ArrayList<>();
        for (TraceEvent e : sim.trace()) {
            Optional<SourceLine> at = s.traceOrigins().originOf(e.seq());
            if (at.isPresent()) {
                assertTrue(at.get().file().endsWith("prog.c"), at.get().file());
                lines.add(at.get().line() + " " + e.operation());
            } else {
                assertFalse(e.actor().equals("prog") && !e.operation().equals("ProcessStart"),
                        "every call and access of the program has its line: " + e);
            }
        }
        assertEquals(List.of("7 KnIoMemHandlesClear", "8 KnRegisterPhyMem", "9 KnIoMapMem", "11 IoReadMmReg32",
                "12 IoWriteMmReg32", "13 IoWriteMmReg32", "14 IoReadMmReg32"), lines,
                "loads and stores through the pointer are the lines' accesses too; the kernel's boot claim, the"
                        + " process's start and the clock have no line");
        assertEquals(Optional.empty(), s.traceOrigins().originOf(sim.traceLength()), "no such event yet");
    }

    @Test
    void goingBackToAnEventPausesRightAfterItWithTheRegistersAndVariablesAsItLeftThem() throws Exception {
        CDebugSession s = session(UART_DRIVER, Simulator.DEFAULT_TRACE_WINDOW);
        assertInstanceOf(RunResult.Terminated.class, s.resume());
        assertEquals(0x381, sim.peek(UARTCR, 32).getAsInt());
        TraceEvent disable = event("IoWriteMmReg32", 0);
        assertTrue(s.canGoBackToEvent(disable.seq()));

        SuspendReason.EventReached r = assertInstanceOf(SuspendReason.EventReached.class,
                assertInstanceOf(RunResult.Suspended.class, s.goBackToEvent(disable.seq())).reason());
        assertEquals(disable, r.event(), "the same event, made again by the replay");
        assertEquals(12, line(s), "in the statement that made it");
        assertEquals(0, sim.peek(UARTCR, 32).getAsInt(), "the register as the write left it");
        assertEquals(0x301, s.evaluator().evaluate("cr", 0).value(), "the variables as they were then");
        assertEquals(disable.seq() + 1, sim.traceLength(), "the trace ends with the event");

        TraceEvent read = event("IoReadMmReg32", 0);
        assertInstanceOf(SuspendReason.EventReached.class,
                assertInstanceOf(RunResult.Suspended.class, s.goBackToEvent(read.seq())).reason());
        assertEquals(11, line(s));
        assertEquals(0x301, sim.peek(UARTCR, 32).getAsInt(), "before the write");

        assertEquals("done\n", output.toString(StandardCharsets.UTF_8), "the replays printed nothing again");
        assertInstanceOf(RunResult.Terminated.class, s.resume(), "runs on from there to the end");
        assertEquals(0x381, sim.peek(UARTCR, 32).getAsInt());
        assertEquals(12, s.traceOrigins().originOf(event("IoWriteMmReg32", 0).seq()).orElseThrow().line(),
                "the lines of the events made again are known again");

        TraceEvent start = sim.trace().stream().filter(e -> e.operation().equals("ProcessStart")).findFirst()
                .orElseThrow();
        assertFalse(s.canGoBackToEvent(start.seq()), "no statement of the program started its process");
        assertFalse(s.canGoBackToEvent(0), "nor made the kernel's boot claim");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.goBackToEvent(0));
        assertEquals("Event #0 was not made by a statement of this program, or the trace no longer holds it.",
                e.getMessage());
    }

    private static final String COUNTER = """
            #include <coresrv/io/mmio.h>
            #include <stdint.h>
            int main(void) {
                IoMemHandles io;
                void *base = 0;
                KnIoMemHandlesClear(&io);
                KnRegisterPhyMem(0x09000000, 0x1000, MMIO_K_SHARED, &io.rid);
                KnIoMapMem(io.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &io.handle);
                volatile uint32_t *uart = base;
                uint32_t sum = 0;
                for (uint32_t i = 0; i < 5000; i++) {
                    uart[0x24 / 4] = i;
                    sum += uart[0x24 / 4];
                }
                return sum == 12497500u ? 0 : 1;
            }
            """;

    @Test
    void goingBackAcrossCheckpointsIsExactAndOnlyTheTraceWindowsLinesAreKept() throws Exception {
        CDebugSession s = session(COUNTER, 1024);
        assertInstanceOf(RunResult.Terminated.class, s.resume());
        assertEquals(0, s.outcome().status());
        assertTrue(s.statements() > 3 * 4096, "long enough for several checkpoints: " + s.statements());
        List<TraceEvent> window = sim.trace();
        long first = window.get(0).seq();
        assertEquals(1024, window.size());
        assertTrue(s.traceOrigins().originOf(first).isPresent());
        assertEquals(Optional.empty(), s.traceOrigins().originOf(first - 1), "older than the window: forgotten");
        assertFalse(s.canGoBackToEvent(first - 1));

        TraceEvent write = window.stream().filter(e -> e.isWrite()).findFirst().orElseThrow();
        long i = write.accessValue().orElseThrow();
        assertTrue(i > 4400, "an iteration near the end: " + i);
        assertInstanceOf(SuspendReason.EventReached.class,
                assertInstanceOf(RunResult.Suspended.class, s.goBackToEvent(write.seq())).reason());
        assertEquals(12, line(s));
        assertEquals(i, s.evaluator().evaluate("i", 0).value());
        assertEquals(i * (i - 1) / 2, s.evaluator().evaluate("sum", 0).value(), "the sum of the iterations before");
        assertEquals(i, sim.peek(UARTIBRD, 32).getAsInt() & 0xFFFF, "UARTIBRD holds 16 bits");
        assertEquals(write, sim.trace().get(sim.trace().size() - 1));
        assertInstanceOf(RunResult.Terminated.class, s.resume());
        assertEquals(0, s.outcome().status());
    }
}
