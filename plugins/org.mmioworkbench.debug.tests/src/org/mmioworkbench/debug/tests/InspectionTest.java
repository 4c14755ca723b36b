package org.mmioworkbench.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.c.internal.Evaluator.EvalException;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.debug.CDebugSession;
import org.mmioworkbench.debug.MappedRegister;
import org.mmioworkbench.debug.RunResult;
import org.mmioworkbench.debug.SuspendReason;
import org.mmioworkbench.debug.Variable;

/**
 * What an editor's hover shows while a driver is suspended: an expression's value in the selected frame, without side
 * effects, and for an address in an MMIO mapping the register there with its fields.
 */
class InspectionTest {
    private static final Path INCLUDE = Path.of("..", "org.mmioworkbench.c", "include").toAbsolutePath().normalize();

    @TempDir
    Path dir;
    private final Simulator sim = new Simulator(Board.qemuVirt());

    private CDebugSession suspendedAtLine(int line) throws Exception {
        Path file = dir.resolve("uart.c");
        Files.writeString(file, """
                #include <coresrv/io/mmio.h>
                #include <stdint.h>
                struct point { int x, y; };
                int main(void) {
                    IoMemHandles io;
                    void *base = 0;
                    struct point p = { 3, 4 };
                    KnIoMemHandlesClear(&io);
                    KnRegisterPhyMem(0x09000000, 0x1000, MMIO_K_SHARED, &io.rid);
                    KnIoMapMem(io.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &io.handle);
                    volatile uint32_t *uart = base;
                    uart[0x30 / 4] = 0x301;
                    return p.x - 3;
                }
                """, StandardCharsets.UTF_8);
        CDebugSession s = new CDebugSession(CProgram.compile(file, List.of(), INCLUDE), sim,
                "uart", b -> { });
        s.breakAtLine(file.toString(), line);
        assertInstanceOf(SuspendReason.BreakpointHit.class,
                assertInstanceOf(RunResult.Suspended.class, s.resume()).reason());
        return s;
    }

    @Test
    void anExpressionIsShownWithItsValueAndMembers() throws Exception {
        CDebugSession s = suspendedAtLine(13);
        Variable p = s.inspect("p", 0);
        assertEquals("p", p.name());
        assertEquals("{x = 3, y = 4}", p.value(false));
        assertEquals("7", s.inspect("p.x + p.y", 0).value(false));
        assertThrows(EvalException.class, () -> s.inspect("p.x = 9", 0), "a hover never changes the program");
        assertEquals("3", s.inspect("p.x", 0).value(false));
    }

    @Test
    void anAddressInAMappingShowsTheRegisterThereWithItsFieldsWithoutReadingIt() throws Exception {
        CDebugSession s = suspendedAtLine(13);
        long cr = s.inspect("(uint32_t *) base + 0x30 / 4", 0).scalar().getAsLong();
        long traced = sim.traceLength();
        MappedRegister r = s.registerAt(cr).orElseThrow();
        assertEquals("UART0.UARTCR", r.register());
        assertEquals(0x0900_0030L, r.physicalAddress());
        assertEquals(0x301, r.value());
        assertEquals(List.of("UARTEN", "TXE", "RXE"), r.fields().stream().map(FieldChange::field).toList());
        assertTrue(s.registerAt(0x1000).isEmpty(), "an address in no mapping is no register");
        assertEquals(traced, sim.traceLength(), "the register was peeked, not read by the driver");
    }
}
