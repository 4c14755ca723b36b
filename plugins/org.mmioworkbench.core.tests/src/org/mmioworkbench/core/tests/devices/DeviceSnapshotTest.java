package org.mmioworkbench.core.tests.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.SerialPort;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.Snapshot;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.devices.Boards;
import org.mmioworkbench.core.devices.Pl011;

/** Snapshots capture and restore device state exactly: FIFOs, consoles, timers, pins and interrupt lines. */
class DeviceSnapshotTest {
    static final long FRAME_NS = Pl011Test.FRAME_NS;

    /** Everything observable about devices, read without side effects. */
    private static List<Object> observe(Simulator sim) {
        List<Object> all = new ArrayList<>();
        all.add(sim.now());
        all.add(sim.interrupts());
        all.add(List.copyOf(sim.trace()));
        all.add(List.copyOf(sim.diagnostics()));
        for (DeviceWindow w : sim.board().devices()) {
            for (long off = 0; off < w.size(); off += 4) {
                all.add(sim.peek(w.base() + off, 32));
            }
            sim.device(w.name(), SerialPort.class).ifPresent(p -> all.add(p.transmitted()));
            sim.device(w.name(), Pl011.class).ifPresent(p -> all.add(p.pendingInput() + "|" + p.transmitLevel() + "|"
                    + p.receiveLevel()));
        }
        return all;
    }

    private static Rig uartDriver(Simulator sim) {
        Rig rig = new Rig(sim, Pl011Test.UART0);
        rig.w32(Pl011Test.IMSC, Pl011Test.TXIM | Pl011Test.RXIM | Pl011Test.RTIM);
        return rig;
    }

    @Test
    void restoreMidTransmissionBringsBackFifoConsoleFlagsAndInterruptLine() {
        Simulator sim = new Simulator(Board.qemuVirt());
        Rig rig = uartDriver(sim);
        for (char c : "hello world!".toCharArray()) {
            rig.w32(Pl011Test.DR, c);
        }
        sim.advance(3 * FRAME_NS + FRAME_NS / 2);
        Snapshot mid = sim.snapshot();
        List<Object> atMid = observe(sim);
        Pl011 uart = sim.device("UART0", Pl011.class).orElseThrow();
        assertEquals("hel", uart.transmitted());
        assertEquals(8, uart.transmitLevel());
        assertTrue(sim.interruptRaised("UART0"), "TX FIFO fell to its trigger level (8)");

        rig.w32(Pl011Test.ICR, Pl011Test.TXIM);
        sim.advance(20 * FRAME_NS);
        List<TraceEvent> firstFuture = List.copyOf(sim.trace());
        assertEquals("hello world!", sim.console("UART0"));
        assertNotEquals(atMid, observe(sim));

        sim.restore(mid);
        assertEquals(atMid, observe(sim));
        assertEquals("hel", sim.console("UART0"));
        assertEquals(Pl011Test.TXIM, rig.r32(Pl011Test.MIS));
        sim.restore(mid);
        rig.w32(Pl011Test.ICR, Pl011Test.TXIM);
        sim.advance(20 * FRAME_NS);
        assertEquals(firstFuture, sim.trace(), "the future repeats exactly");
    }

    @Test
    void restoreBringsBackPendingInputAndTheReceiveFifo() {
        Simulator sim = new Simulator(Board.qemuVirt());
        Rig rig = uartDriver(sim);
        sim.input("UART0", "abcdef");
        sim.advance(2 * FRAME_NS + 100);
        Snapshot s = sim.snapshot();
        List<Object> before = observe(sim);
        assertEquals("cdef", sim.device("UART0", Pl011.class).orElseThrow().pendingInput());
        sim.advance(10 * FRAME_NS);
        rig.r32(Pl011Test.DR);
        sim.input("UART0", "xyz");
        sim.restore(s);
        assertEquals(before, observe(sim));
        StringBuilder got = new StringBuilder();
        while (got.length() < 6) {
            if ((rig.r32(Pl011Test.FR) & Pl011Test.RXFE) == 0) {
                got.append((char) rig.r32(Pl011Test.DR));
            }
        }
        assertEquals("abcdef", got.toString());
    }

    @Test
    void restoreBringsBackTimersPinsAndInterruptLinesOfTheRaspberryPi() {
        Simulator sim = new Simulator(Boards.rpi4b());
        Rig timer = new Rig(sim, Bcm2711Test.SYSTIMER);
        Rig gpio = new Rig(sim, Bcm2711Test.GPIO);
        timer.w32(Bcm2711Test.C1, timer.r32(Bcm2711Test.CLO) + 100);
        gpio.w32(Bcm2711Test.GPREN0, 1 << 7);
        sim.setInput("GPIO", 7, false);
        Snapshot s = sim.snapshot();
        List<Object> before = observe(sim);
        sim.advance(200_000);
        sim.setInput("GPIO", 7, true);
        assertTrue(sim.interruptRaised("SYSTIMER.C1"));
        assertTrue(sim.interruptRaised("GPIO.BANK0"));
        sim.restore(s);
        assertEquals(before, observe(sim));
        assertFalse(sim.interruptRaised("SYSTIMER.C1"));
        assertFalse(sim.pinLevel("GPIO", 7));
        sim.advance(200_000);
        assertTrue(sim.interruptRaised("SYSTIMER.C1"), "the timer still matches after the restore");
    }

    @Test
    void snapshotsOfBothBoardsRoundTripAfterActivityOnEveryDevice() {
        for (String name : Boards.names()) {
            Simulator sim = new Simulator(Boards.builtIn(name).orElseThrow());
            for (DeviceWindow w : sim.board().devices()) {
                Rig rig = new Rig(sim, w.base());
                rig.w32(0x38, 0x7F);
                rig.w32(0x10, 3);
                rig.w32(0, 'A');
            }
            sim.input("UART0", "in");
            sim.advance(1_234_567);
            Snapshot s = sim.snapshot();
            List<Object> at = observe(sim);
            sim.advance(5_000_000_000L);
            sim.input("UART0", "more");
            sim.advance(1_000_000);
            sim.restore(s);
            assertEquals(at, observe(sim), name);
        }
    }

    @Test
    void sameScriptOnDevicesGivesTheSameTraceDiagnosticsAndConsoleTwice() {
        List<List<Object>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Simulator sim = new Simulator(Board.qemuVirt());
            Rig rig = uartDriver(sim);
            for (char c : "determinism".toCharArray()) {
                rig.w32(Pl011Test.DR, c);
            }
            sim.input("UART0", "echo");
            new Rig(sim, Pl061Test.GPIO).w32(Pl061Test.IE, 1);
            sim.setInput("GPIO", 0, true);
            sim.advance(3_000_000_000L);
            runs.add(observe(sim));
        }
        assertEquals(runs.get(0), runs.get(1));
    }
}
