package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceContext;
import org.mmioworkbench.core.DeviceFactory;
import org.mmioworkbench.core.DeviceModel;
import org.mmioworkbench.core.DeviceState;
import org.mmioworkbench.core.GpioPort;
import org.mmioworkbench.core.InterruptLine;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.SerialPort;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;

/**
 * A device model of one's own that is a {@link SerialPort} and a {@link GpioPort} and implements only what
 * those interfaces require: the simulator's consoles work through the interfaces' default methods, its input
 * and pin checks refuse what the interfaces rule out even where the model would take it, and the model's
 * {@link InterruptLine#raise()} and {@link InterruptLine#lower()} drive the line the simulator reports.
 */
class CustomPortsTest {
    private static final long BASE = 0x1000_0000L;

    /** Transmits what is written at 0; 1 written at 4 raises its line, 0 lowers it; keeps 8 pin levels. */
    private static final class Port implements DeviceModel, SerialPort, GpioPort {
        final InterruptLine line;
        final StringBuilder sent = new StringBuilder();
        final StringBuilder received = new StringBuilder();
        final boolean[] pins = new boolean[8];

        Port(DeviceContext context) {
            line = context.interruptLine("");
        }

        @Override
        public String transmitted() {
            return sent.toString();
        }

        @Override
        public void receive(CharSequence text) {
            received.append(text);
        }

        @Override
        public int pinCount() {
            return 4;
        }

        @Override
        public void setInput(int pin, boolean level) {
            pins[pin] = level;
        }

        @Override
        public boolean level(int pin) {
            return pins[pin];
        }

        @Override
        public boolean isOutput(int pin) {
            return false;
        }

        @Override
        public int read(long offset, int widthBits) {
            return 0;
        }

        @Override
        public void write(long offset, int widthBits, int value) {
            if (offset == 0) {
                sent.append((char) value);
            } else if (value != 0) {
                line.raise();
            } else {
                line.lower();
            }
        }

        @Override
        public int peek(long offset, int widthBits) {
            return 0;
        }

        @Override
        public void reset() {
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

    private final Simulator sim = new Simulator(Board.builder("port").device("PORT", BASE, Fixtures.PAGE, false,
            DeviceFactory.withContext((w, c) -> new Port(c))).build());
    private final MmioApi api = sim.process("driver").api();
    private final long va = Fixtures.mapRw(api, Fixtures.registerOk(api, BASE, Fixtures.PAGE, 0)).address();

    private Port port() {
        return sim.device("PORT", Port.class).orElseThrow();
    }

    @Test
    void theConsoleOfASerialPortWithOnlyTransmittedGivesItsLengthAndWhatFollowsAPosition() {
        for (char c : "hello".toCharArray()) {
            api.ioWriteMmReg8(va, c);
        }
        assertEquals("hello", sim.console("PORT"));
        assertEquals(5, sim.consoleLength("PORT"));
        assertEquals("llo", sim.console("PORT", 2));
        assertEquals("hello", sim.console("PORT", -3));
        assertEquals("", sim.console("PORT", 9));
    }

    @Test
    void inputAboveAByteIsRefusedEvenWhenTheModelWouldTakeItAndNoInputIsQueuedAsSuch() {
        long traced = sim.traceLength();
        assertThrows(IllegalArgumentException.class, () -> sim.input("PORT", "ok\u0100"));
        assertEquals(traced, sim.traceLength());
        assertEquals("", port().received.toString());
        sim.input("PORT", "");
        TraceEvent queued = sim.traceSince(sim.traceLength() - 1).get(0);
        assertEquals("0 characters queued", queued.result());
        sim.input("PORT", "\u00ff");
        assertEquals("\u00ff", port().received.toString());
    }

    @Test
    void aPinBeyondThePortsPinCountIsRefusedEvenWhenTheModelWouldTakeIt() {
        sim.setInput("PORT", 3, true);
        assertTrue(sim.pinLevel("PORT", 3));
        assertThrows(IllegalArgumentException.class, () -> sim.setInput("PORT", 4, true));
        assertThrows(IllegalArgumentException.class, () -> sim.pinLevel("PORT", 4));
        assertFalse(port().pins[4]);
        sim.setInput("PORT", 0, true);
        assertTrue(sim.pinLevel("PORT", 0));
    }

    @Test
    void raiseAndLowerDriveTheLineTheSimulatorReportsAndTraces() {
        api.ioWriteMmReg32(va + 4, 1);
        assertTrue(sim.interruptRaised("PORT"));
        List<TraceEvent> t = sim.trace();
        assertEquals("IRQ", t.get(t.size() - 1).operation());
        assertEquals("raised", t.get(t.size() - 1).result());
        api.ioWriteMmReg32(va + 4, 0);
        assertFalse(sim.interruptRaised("PORT"));
        assertEquals("lowered", sim.traceSince(sim.traceLength() - 1).get(0).result());
    }
}
