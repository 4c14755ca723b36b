package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceContext;
import org.mmioworkbench.core.DeviceFactory;
import org.mmioworkbench.core.DeviceModel;
import org.mmioworkbench.core.DeviceState;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.InterruptLine;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;

/**
 * What the simulator promises a device model written against the {@link DeviceModel} API: it is reset before
 * anything uses it, an event it schedules at reset happens at its time, its interrupt line is the one it asked
 * for (asking again gives the same line), and its diagnostics point at the offset it names.
 */
class CustomDeviceModelTest {
    private static final long BASE = 0x1000_0000L;

    /** Holds a value set only by reset(); 1000 ns after reset it raises its line and reports once. */
    private static final class Beacon implements DeviceModel {
        final DeviceContext context;
        final InterruptLine line;
        int value;
        long elapsed;
        long fireAt;
        long firedAt = -1;

        Beacon(DeviceContext context) {
            this.context = context;
            this.line = context.interruptLine("");
        }

        @Override
        public void reset() {
            value = 0x5A;
            elapsed = 0;
            fireAt = 1000;
        }

        @Override
        public void advance(long nanos) {
            elapsed += nanos;
            if (firedAt < 0 && elapsed >= fireAt) {
                firedAt = context.now();
                context.interruptLine("").set(true);
                context.diagnose(DiagnosticKind.DEVICE_MISUSE, "beacon fired", 8, 4);
            }
        }

        @Override
        public long nextEventNanos() {
            return firedAt < 0 ? context.now() - elapsed + fireAt : Long.MAX_VALUE;
        }

        @Override
        public int read(long offset, int widthBits) {
            return value;
        }

        @Override
        public void write(long offset, int widthBits, int v) {
            value = v;
        }

        @Override
        public int peek(long offset, int widthBits) {
            return value;
        }

        @Override
        public DeviceState saveState() {
            return new DeviceState() {
            };
        }

        @Override
        public void restoreState(DeviceState state) {
        }
    }

    private final Simulator sim = new Simulator(Board.builder("beacon").device("BEACON", BASE, Fixtures.PAGE, false,
            DeviceFactory.withContext((w, c) -> new Beacon(c))).build());

    private Beacon beacon() {
        return sim.device("BEACON", Beacon.class).orElseThrow();
    }

    @Test
    void aModelIsResetBeforeItsFirstAccess() {
        MmioApi api = sim.process("driver").api();
        long va = Fixtures.mapRw(api, Fixtures.registerOk(api, BASE, Fixtures.PAGE, 0)).address();
        assertEquals(0x5A, api.ioReadMmReg32(va));
        assertEquals(0x5A, sim.peek(BASE, 32).orElseThrow());
    }

    @Test
    void anEventScheduledAtResetHappensAtItsTimeAndItsInterruptAndDiagnosticAreTracedThen() {
        long traced = sim.traceLength();
        sim.advance(5000);
        Beacon b = beacon();
        assertEquals(1000, b.firedAt);
        List<TraceEvent> irq = sim.traceSince(traced).stream().filter(e -> e.operation().equals("IRQ")).toList();
        assertEquals(1, irq.size(), irq.toString());
        assertEquals(1000, irq.get(0).timeNanos());
        assertTrue(sim.interruptRaised("BEACON"));
        assertSame(b.line, b.context.interruptLine(""), "asking for the line again gives the same line");
        assertEquals("BEACON", b.line.name());
        assertTrue(b.line.isRaised());
        b.line.set(false);
        assertTrue(!b.line.isRaised() && !sim.interruptRaised("BEACON"));
        Diagnostic d = Fixtures.diagnosticsOfKind(sim, DiagnosticKind.DEVICE_MISUSE).get(0);
        assertEquals(new AddressRange(BASE + 8, 4), d.range());
        assertEquals(1000, d.timeNanos());
    }
}
