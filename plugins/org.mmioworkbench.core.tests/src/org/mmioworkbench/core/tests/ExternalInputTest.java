package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.devices.Pl011;

/**
 * Input from outside the simulated machine (serial input, GPIO pins, debugger writes): what the trace says it
 * did, and that input the device cannot take is refused before anything is traced or queued.
 */
class ExternalInputTest {
    private final Simulator sim = new Simulator(Board.qemuVirt());

    private TraceEvent last() {
        return sim.traceSince(sim.traceLength() - 1).get(0);
    }

    @Test
    void serialInputIsTracedWithHowManyCharactersWereQueued() {
        sim.input("UART0", "ok");
        assertEquals("input", last().operation());
        assertEquals("2 characters queued", last().result());
        sim.input("UART0", "!");
        assertEquals("1 character queued", last().result());
    }

    @Test
    void serialInputThatIsNotBytesIsRefusedBeforeItIsTracedOrQueued() {
        long traced = sim.traceLength();
        assertThrows(IllegalArgumentException.class, () -> sim.input("UART0", "ok\u0100"));
        assertEquals(traced, sim.traceLength());
        assertEquals("", sim.device("UART0", Pl011.class).orElseThrow().pendingInput());
    }

    @Test
    void drivingAPinIsTracedAndAPinTheDeviceDoesNotHaveIsRefusedBeforeItIsTraced() {
        sim.setInput("GPIO", 7, true);
        assertEquals("setInput", last().operation());
        assertEquals("device=GPIO, pin=7, level=1", last().arguments());
        assertEquals("done", last().result());
        long traced = sim.traceLength();
        assertThrows(IllegalArgumentException.class, () -> sim.setInput("GPIO", 8, true));
        assertThrows(IllegalArgumentException.class, () -> sim.setInput("GPIO", -1, true));
        assertEquals(traced, sim.traceLength());
    }

    @Test
    void aDebuggerWriteIsTracedWithWhatTheRegisterReadsBack() {
        sim.debugWrite("GPIO", 0x400, 32, 0x0F);
        assertEquals("debugWrite", last().operation());
        assertEquals("reads back 0xf", last().result());
    }

    @Test
    void aDebuggerReadHasTheReadsSideEffectsWhereAPeekHasNone() {
        sim.input("UART0", "A");
        sim.advance(1_000_000); // time enough to receive it at 115200 baud
        assertEquals(0, sim.peek(0x0900_0018L, 32).getAsInt() & 0x10, "UARTFR.RXFE clear: a character waits");
        assertEquals(0x41, sim.peek(0x0900_0000L, 32).getAsInt() & 0xFF, "a peek sees it");
        assertEquals(0, sim.peek(0x0900_0018L, 32).getAsInt() & 0x10, "and leaves it");
        assertEquals(0x41L, sim.debugRead("UART0", 0x000, 32) & 0xFF);
        assertEquals("debugRead", last().operation());
        assertEquals("device=UART0, offset=0x0, width=32", last().arguments());
        assertEquals("0x41", last().result());
        assertEquals(0x10, sim.peek(0x0900_0018L, 32).getAsInt() & 0x10, "the read popped it: RXFE set");
        long traced = sim.traceLength();
        assertThrows(IllegalArgumentException.class, () -> sim.debugRead("UART0", 0x1000, 32));
        assertThrows(IllegalArgumentException.class, () -> sim.debugRead("UART0", 0x2, 32));
        assertThrows(IllegalArgumentException.class, () -> sim.debugRead("NONE", 0, 32));
        assertEquals(traced, sim.traceLength(), "nothing traced for a refused read");
    }
}
