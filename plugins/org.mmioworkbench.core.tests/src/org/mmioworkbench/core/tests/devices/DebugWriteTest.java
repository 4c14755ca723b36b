package org.mmioworkbench.core.tests.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.devices.Boards;

/** The debugger's write (the Register Editor's edits): through the device's rules, traced, free of time. */
class DebugWriteTest {
    private static final long UART0 = 0x0900_0000L;
    private static final long UARTCR = 0x030;
    private static final long UARTFR = 0x018;
    private static final long GPIO = 0x0903_0000L;
    private static final long GPIODIR = 0x400;

    @Test
    void aDebugWriteReachesTheRegisterIsTracedAndCostsNoTime() {
        Simulator sim = new Simulator(Boards.qemuVirt());
        long before = sim.now();
        sim.debugWrite("GPIO", GPIODIR, 32, 0x0F);
        assertEquals(0x0F, sim.peek(GPIO + GPIODIR, 32).orElseThrow());
        assertEquals(before, sim.now());
        TraceEvent last = sim.traceSince(sim.traceLength() - 1).get(0);
        assertEquals("debugWrite", last.operation());
        assertTrue(last.toString().contains("GPIO"), last.toString());
    }

    @Test
    void aDebugWriteToAReadOnlyRegisterIsIgnoredAndDiagnosed() {
        Simulator sim = new Simulator(Boards.qemuVirt());
        int flags = sim.peek(UART0 + UARTFR, 32).orElseThrow();
        sim.debugWrite("UART0", UARTFR, 32, ~flags);
        assertEquals(flags, sim.peek(UART0 + UARTFR, 32).orElseThrow());
        assertTrue(sim.diagnostics().stream().anyMatch(d -> d.kind() == DiagnosticKind.WRITE_TO_READ_ONLY),
                sim.diagnostics().toString());
    }

    @Test
    void aDebugWriteFollowsTheDevicesBehaviour() {
        Simulator sim = new Simulator(Boards.qemuVirt());
        sim.debugWrite("UART0", UARTCR, 32, 0x300);
        assertEquals(0x300, sim.peek(UART0 + UARTCR, 32).orElseThrow(), "UARTEN cleared: the UART is disabled");
    }

    @Test
    void aDebugWriteToAMissingDeviceOrAMisalignedOffsetIsRefused() {
        Simulator sim = new Simulator(Boards.qemuVirt());
        assertThrows(IllegalArgumentException.class, () -> sim.debugWrite("UART9", 0, 32, 1));
        assertThrows(IllegalArgumentException.class, () -> sim.debugWrite("GPIO", 0x401, 32, 1));
        assertThrows(IllegalArgumentException.class, () -> sim.debugWrite("GPIO", 0x400, 12, 1));
    }
}
