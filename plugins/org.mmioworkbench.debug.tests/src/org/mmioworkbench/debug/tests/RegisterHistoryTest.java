package org.mmioworkbench.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.state.RegisterState;
import org.mmioworkbench.debug.CDebugSession;
import org.mmioworkbench.debug.RunResult;
import org.mmioworkbench.debug.SuspendReason;

/**
 * Comparing two points of a session's history: the board's registers as they were right after two events of the
 * trace, exactly (replayed from the engine's checkpoints), with the program left where the user had it.
 */
class RegisterHistoryTest {
    private static final Path INCLUDE = Path.of("..", "org.mmioworkbench.c", "include").toAbsolutePath().normalize();

    /** 600 writes of UARTIBRD, one a statement: far more statements than between two checkpoints. */
    private static final String DRIVER = """
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
                for (int i = 1; i <= 600; i++) {
                    uart[0x24 / 4] = i;
                }
                uart[0x30 / 4] = 0;
                printf("done\\n");
                return 0;
            }
            """;

    @TempDir
    Path dir;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private CDebugSession session(ByteArrayOutputStream out) throws Exception {
        Path file = dir.resolve("prog.c");
        Files.writeString(file, DRIVER, StandardCharsets.UTF_8);
        Simulator sim = new Simulator(Board.qemuVirt());
        return new CDebugSession(CProgram.compile(file, List.of(), INCLUDE), sim, "prog", out::writeBytes);
    }

    /** The seq of the program's nth write of UARTIBRD (from 0). */
    private static long ibrdWrite(CDebugSession s, int nth) {
        return s.simulator().trace().stream()
                .filter(e -> e.actor().equals("prog") && e.register().equals("UART0.UARTIBRD")
                        && e.operation().startsWith("IoWrite"))
                .skip(nth).findFirst().orElseThrow().seq();
    }

    private static String where(CDebugSession s) {
        return s.statements() + " statements, line " + s.frames().get(0).pos().line() + ", trace "
                + s.simulator().traceLength() + ", " + s.checkpointCount() + " checkpoints, i = "
                + s.evaluator().evaluate("i", 0).value() + ", registers " + RegisterState.capture(s.simulator(),
                        List.of());
    }

    private static List<String> origins(CDebugSession s) {
        List<String> out = new ArrayList<>();
        for (TraceEvent e : s.simulator().trace()) {
            out.add(e.seq() + ":" + s.traceOrigins().originOf(e.seq()).map(l -> l.line()).orElse(0));
        }
        return out;
    }

    @Test
    void theRegistersAtTwoEventsCompareDecodedAndTheProgramStaysWhereItWas() throws Exception {
        CDebugSession s = session(output);
        s.breakAtLine("prog.c", 15);
        assertInstanceOf(SuspendReason.BreakpointHit.class,
                assertInstanceOf(RunResult.Suspended.class, s.resume()).reason());
        String before = where(s);
        List<String> lines = origins(s);
        long tenth = ibrdWrite(s, 9);
        long last = ibrdWrite(s, 599);

        List<RegisterState> states = s.registerStatesAt(List.of(tenth, last), List.of("UART0"));

        assertEquals(before, where(s), "the program, its simulator and its history are as they were");
        assertEquals(lines, origins(s), "every event still names its line");
        assertEquals(10, value(states.get(0), "UARTIBRD"), "as the 10th write left it");
        assertEquals(600, value(states.get(1), "UARTIBRD"));
        assertEquals(value(states.get(0), "UARTCR"), value(states.get(1), "UARTCR"));
        List<RegisterState.Difference> diff = states.get(0).diff(states.get(1), s.simulator());
        assertEquals(1, diff.size(), diff.toString());
        assertEquals("UART0.UARTIBRD", diff.get(0).register());
        assertEquals(Optional.of(10L), diff.get(0).before());
        assertEquals(Optional.of(600L), diff.get(0).after());
        assertEquals(List.of(new FieldChange("BAUDDIVINT", 10, 600, "")), diff.get(0).fields(), "decoded");

        assertInstanceOf(RunResult.Terminated.class, s.resume());
        assertEquals("done\n", output.toString(StandardCharsets.UTF_8), "printed once: the replays printed nothing");
        ByteArrayOutputStream alone = new ByteArrayOutputStream();
        CDebugSession reference = session(alone);
        reference.resume();
        assertEquals(reference.simulator().trace(), s.simulator().trace(),
                "the run went on exactly as a run without the excursion");
    }

    @Test
    void pausedInTheMiddleOfAStatementTheProgramIsPutBackThere() throws Exception {
        CDebugSession s = session(output);
        assertInstanceOf(RunResult.Terminated.class, s.resume());
        String ended = s.simulator().traceLength() + " " + RegisterState.capture(s.simulator(), List.of());
        List<RegisterState> afterEnd = s.registerStatesAt(List.of(ibrdWrite(s, 0)), List.of());
        assertEquals(1, value(afterEnd.get(0), "UARTIBRD"));
        assertEquals(ended, s.simulator().traceLength() + " " + RegisterState.capture(s.simulator(), List.of()),
                "after the end, still at the end");
        assertInstanceOf(RunResult.NotRunning.class, s.resume(), "and still ended");

        long write300 = ibrdWrite(s, 299);
        assertInstanceOf(SuspendReason.EventReached.class,
                assertInstanceOf(RunResult.Suspended.class, s.goBackToEvent(write300)).reason());
        String mid = where(s);
        List<RegisterState> states = s.registerStatesAt(List.of(ibrdWrite(s, 5), ibrdWrite(s, 299)), List.of());
        assertEquals(mid, where(s));
        assertEquals(write300 + 1, s.simulator().traceLength(), "right after the write it had gone back to");
        assertEquals(6, value(states.get(0), "UARTIBRD"));
        assertEquals(300, value(states.get(1), "UARTIBRD"));
        assertEquals(RegisterState.capture(s.simulator(), List.of()), states.get(1),
                "the state at an event is the one going back to it shows");
        assertInstanceOf(RunResult.Terminated.class, s.resume());
        assertEquals("done\ndone\n", output.toString(StandardCharsets.UTF_8),
                "printed by each of the two runs to the end, never by a replay");
    }

    @Test
    void anEventTheProgramDidNotMakeIsRefusedAndNothingMoves() throws Exception {
        CDebugSession s = session(output);
        s.breakAtLine("prog.c", 15);
        s.resume();
        String before = where(s);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.registerStatesAt(List.of(ibrdWrite(s, 1), 0L), List.of()));
        assertEquals("Event #0 was not made by a statement of this program, or the trace no longer holds it.",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.registerStatesAt(List.of(ibrdWrite(s, 1)),
                List.of("NOPE")));
        assertEquals(before, where(s));
        assertTrue(s.canGoBackToEvent(ibrdWrite(s, 1)));
    }

    private static long value(RegisterState state, String register) {
        return state.registers().stream().filter(v -> v.register().equals(register)).findFirst().orElseThrow()
                .value();
    }
}
