package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.Snapshot;
import org.mmioworkbench.core.SourceLine;

/** A diagnostic names the line of driver source that caused it, as the simulator's source locator tells. */
class DiagnosticOriginTest {
    private static final long UART0 = 0x0900_0000L;

    private final Simulator sim = new Simulator(Board.qemuVirt());
    private final MmioApi driver = sim.process("driver").api();

    private Diagnostic last() {
        List<Diagnostic> all = sim.diagnostics();
        return all.get(all.size() - 1);
    }

    @Test
    void theLocatorNamesTheLineOfTheProcessThatCausedIt() {
        assertEquals(0, sim.diagnosticCount());
        driver.knRegisterPhyMem(UART0, 0x1000, 0); // the kernel's console, without MMIO_K_SHARED
        assertNull(last().origin(), "no locator: unknown");

        int[] line = {7};
        sim.setSourceLocator(p -> p.equals("driver") ? new SourceLine("uart.c", line[0]) : null);
        Snapshot before = sim.snapshot();
        driver.knRegisterPhyMem(UART0, 0x1000, 0);
        Diagnostic d = last();
        assertEquals(DiagnosticKind.KERNEL_OWNS_REGION, d.kind());
        assertEquals(new SourceLine("uart.c", 7), d.origin());
        assertEquals("uart.c:7", d.origin().toString());

        line[0] = 9;
        sim.restore(before);
        driver.knRegisterPhyMem(UART0, 0x1000, 0);
        assertEquals(new SourceLine("uart.c", 9), last().origin(), "asked when recorded, after a restore too");

        sim.process("other").api().knRegisterPhyMem(UART0, 0x1000, 0);
        assertNull(last().origin(), "a process the locator does not know");
        sim.setSourceLocator(null);
        driver.knRegisterPhyMem(UART0, 0x1000, 0);
        assertNull(last().origin());
    }

    @Test
    void aSourceLineHasAFileAndALineFromOne() {
        assertThrows(IllegalArgumentException.class, () -> new SourceLine("a.c", 0));
        assertThrows(NullPointerException.class, () -> new SourceLine(null, 1));
    }
}
