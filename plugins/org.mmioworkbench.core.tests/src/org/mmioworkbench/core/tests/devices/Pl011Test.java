package org.mmioworkbench.core.tests.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.devices.Boards;
import org.mmioworkbench.core.devices.DeviceCatalog;
import org.mmioworkbench.core.devices.Pl011;

/** The PL011 UART driven through the MMIO API the way a KasperskyOS driver does. */
class Pl011Test {
    static final long UART0 = 0x0900_0000L;
    static final int DR = 0x000;
    static final int RSR = 0x004;
    static final int FR = 0x018;
    static final int IBRD = 0x024;
    static final int FBRD = 0x028;
    static final int LCR_H = 0x02C;
    static final int CR = 0x030;
    static final int IFLS = 0x034;
    static final int IMSC = 0x038;
    static final int RIS = 0x03C;
    static final int MIS = 0x040;
    static final int ICR = 0x044;

    static final int BUSY = 1 << 3;
    static final int RXFE = 1 << 4;
    static final int TXFF = 1 << 5;
    static final int RXFF = 1 << 6;
    static final int TXFE = 1 << 7;
    static final int FEN = 1 << 4;
    static final int WLEN_8 = 3 << 5;
    static final int UARTEN = 1;
    static final int TXE = 1 << 8;
    static final int RXE = 1 << 9;
    static final int RXIM = 1 << 4;
    static final int TXIM = 1 << 5;
    static final int RTIM = 1 << 6;

    /** 10-bit frames at 115200 baud from a 24 MHz clock: IBRD 13, FBRD 1, 16 x 13.015625 cycles per bit. */
    static final long FRAME_NS = 86_771;

    private final Rig rig = new Rig(new Simulator(Board.qemuVirt()), UART0);

    /** Disable, program 115200 8N1 with FIFOs, enable: the usual PL011 initialisation. */
    private void init() {
        rig.w32(CR, 0);
        while ((rig.r32(FR) & BUSY) != 0) {
            // let the kernel's output finish
        }
        rig.w32(IBRD, 13); // 24 MHz / (16 x 115200) = 13.02
        rig.w32(FBRD, 1); // 0.02 x 64 = 1.33
        rig.w32(LCR_H, WLEN_8 | FEN);
        rig.w32(CR, UARTEN | TXE | RXE);
    }

    private void putString(String s) {
        for (char c : s.toCharArray()) {
            while ((rig.r32(FR) & TXFF) != 0) {
                // poll until there is room in the transmit FIFO
            }
            rig.w32(DR, c);
        }
    }

    private void waitIdle() {
        while ((rig.r32(FR) & BUSY) != 0) {
            // poll until the last stop bit has left
        }
    }

    private Pl011 uart() {
        return rig.sim.device("UART0", Pl011.class).orElseThrow();
    }

    @Test
    void driverInitialisesTheUartWritesAStringPollingTxffAndItAppearsOnTheConsole() {
        init();
        String text = "Hello from a KasperskyOS driver, longer than the 16-entry FIFO!\n";
        putString(text);
        waitIdle();
        assertEquals(text, rig.sim.console("UART0"));
        assertEquals(text, uart().transmitted());
        assertEquals(TXFE | RXFE, rig.r32(FR));
        assertTrue(rig.sim.diagnostics().isEmpty(), () -> rig.sim.diagnostics().toString());
        assertEquals(115_200, uart().baudRate(), 115_200 * 0.01);
    }

    @Test
    void aConsoleCanBeReadFromAPositionOnSoALongOutputIsFollowedWithoutCopyingItAll() {
        init();
        putString("first line\n");
        waitIdle();
        int shown = rig.sim.consoleLength("UART0");
        assertEquals("first line\n".length(), shown);
        putString("second\n");
        waitIdle();
        assertEquals("second\n", rig.sim.console("UART0", shown));
        assertEquals("", rig.sim.console("UART0", 1000));
        assertEquals(rig.sim.console("UART0"), rig.sim.console("UART0", 0));
    }

    @Test
    void traceShowsUartRegistersAndTheFieldsTheDriverChanged() {
        init();
        List<TraceEvent> trace = rig.sim.trace();
        TraceEvent enable = trace.get(trace.size() - 1);
        assertEquals("UART0.UARTCR", enable.register());
        assertTrue(enable.toString().endsWith("driver IoWriteMmReg32 UART0.UARTCR <- 0x301 (UARTEN=1 TXE=1 RXE=1)"),
                enable.toString());
        TraceEvent lineControl = trace.get(trace.size() - 2);
        assertTrue(lineControl.toString().endsWith("UART0.UARTLCR_H <- 0x70"), lineControl.toString());
        assertTrue(trace.stream().anyMatch(e -> e.toString().endsWith("IoReadMmReg32 UART0.UARTFR -> 0x90")));
        rig.w32(DR, 'A');
        assertTrue(rig.last().toString().endsWith("UART0.UARTDR <- 0x41 (DATA=0x41)"), rig.last().toString());
    }

    @Test
    void withTinyDelaysTxffReallyBecomesSetAndTimeDrainsTheFifo() {
        init();
        int written = 0;
        while ((rig.r32(FR) & TXFF) == 0) {
            rig.w32(DR, 'a' + written);
            written++;
        }
        assertEquals(17, written, "16 in the FIFO plus one in the shift register");
        assertEquals(TXFF | BUSY | RXFE, rig.r32(FR));
        assertEquals("", rig.sim.console("UART0"), "not one frame time has passed yet");
        rig.sim.advance(FRAME_NS);
        assertEquals(0, rig.r32(FR) & TXFF, "one character left, so there is room again");
        assertEquals("a", rig.sim.console("UART0"));
        rig.sim.advance(17 * FRAME_NS);
        assertEquals(TXFE | RXFE, rig.r32(FR));
        assertEquals("abcdefghijklmnopq", rig.sim.console("UART0"));
    }

    @Test
    void charactersLeaveAtTheProgrammedBaudRate() {
        init();
        long start = rig.sim.now();
        rig.w32(DR, 'x');
        rig.sim.advance(FRAME_NS - 200); // the write cost 100 ns, so this is just before the end of the frame
        assertEquals("", rig.sim.console("UART0"));
        rig.sim.advance(100);
        assertEquals("x", rig.sim.console("UART0"));
        assertEquals(start + FRAME_NS, rig.sim.now());
        rig.w32(CR, 0);
        rig.w32(IBRD, 6); // ~230400 baud
        rig.w32(FBRD, 33);
        rig.w32(LCR_H, WLEN_8 | FEN | (1 << 3)); // two stop bits: 11-bit frames
        rig.w32(CR, UARTEN | TXE);
        assertEquals(11 * (64L * 6 + 33) * 1_000_000_000L / (4 * 24_000_000L), uart().frameNanos(), 1);
    }

    @Test
    void writingAFullFifoLosesTheCharacterAndIsDiagnosedOnce() {
        init();
        for (int i = 0; i < 20; i++) {
            rig.w32(DR, '0' + i);
        }
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.DEVICE_MISUSE);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().contains("'driver'") && d.get(0).message().contains("UART0.UARTDR")
                && d.get(0).message().contains("TXFF"), d.get(0).message());
        rig.sim.advance(20 * FRAME_NS);
        assertEquals("0123456789:;<=>?@", rig.sim.console("UART0"), "the last three were lost");
    }

    @Test
    void disabledTransmitterKeepsCharactersInTheFifoUntilEnabled() {
        init();
        rig.w32(CR, UARTEN | RXE); // TXE off
        rig.w32(DR, 'z');
        rig.sim.advance(10 * FRAME_NS);
        assertEquals("", rig.sim.console("UART0"));
        assertEquals(BUSY | RXFE, rig.r32(FR), "BUSY while data waits, even with the transmitter off");
        rig.w32(CR, UARTEN | TXE | RXE);
        rig.sim.advance(FRAME_NS);
        assertEquals("z", rig.sim.console("UART0"));
    }

    @Test
    void baudRateRegistersTakeEffectOnlyWithTheNextLineControlWrite() {
        Rig fresh = new Rig(new Simulator(Board.builder("b").device("UART", 0x1000_0000L, 0x1000, false,
                DeviceCatalog.pl011(Pl011.QEMU_VIRT_CLOCK_HZ, 0)).build()), 0x1000_0000L);
        fresh.w32(IBRD, 13);
        fresh.w32(FBRD, 1);
        fresh.w32(CR, UARTEN | TXE);
        fresh.w32(DR, 'q'); // UARTLCR_H never written: the latched divisor is still 0
        fresh.sim.advance(10 * FRAME_NS);
        assertEquals("", fresh.sim.console("UART"));
        List<Diagnostic> d = fresh.diagnostics(DiagnosticKind.DEVICE_MISUSE);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().contains("divisor") && d.get(0).message().contains("UARTLCR_H"),
                d.get(0).message());
        fresh.w32(LCR_H, WLEN_8);
        fresh.sim.advance(FRAME_NS);
        assertEquals("q", fresh.sim.console("UART"));
    }

    @Test
    void inputIsReadBackThroughUartdrWhilePollingRxfe() {
        init();
        rig.sim.input("UART0", "ok\n");
        StringBuilder got = new StringBuilder();
        long start = rig.sim.now();
        while (got.length() < 3) {
            if ((rig.r32(FR) & RXFE) == 0) {
                got.append((char) (rig.r32(DR) & 0xFF));
            }
        }
        assertEquals("ok\n", got.toString());
        assertTrue(rig.sim.now() - start >= 3 * FRAME_NS, "input arrives at the baud rate");
        assertTrue((rig.r32(FR) & RXFE) != 0);
        assertEquals("", uart().pendingInput());
        TraceEvent input = rig.sim.trace().stream().filter(e -> e.operation().equals("input")).findFirst()
                .orElseThrow();
        assertEquals("simulator", input.actor());
        assertEquals("device=UART0, text=\"ok\\n\"", input.arguments());
    }

    @Test
    void inputFedACharacterAtATimeCostsTheSameHoweverMuchInputWaits() {
        init();
        rig.w32(CR, 0); // receiver off: the input waits, as if the sender used flow control
        Pl011 uart = uart();
        feed(uart, 0, 5_000);
        long early = allocatedWhile(() -> feed(uart, 5_000, 10_000));
        feed(uart, 10_000, 40_000);
        long late = allocatedWhile(() -> feed(uart, 40_000, 45_000));
        assertEquals(45_000, uart.pendingInput().length());
        // Copying what waits on every call allocates about 200 MB for the late characters.
        assertTrue(late < 4 << 20, "5,000 characters added to 40,000 waiting allocated " + late + " bytes (the first "
                + "5,000 to 5,000 waiting: " + early + ")");
        rig.w32(CR, UARTEN | TXE | RXE);
        StringBuilder got = new StringBuilder();
        while (got.length() < 30) {
            if ((rig.r32(FR) & RXFE) == 0) {
                got.append((char) (rig.r32(DR) & 0xFF));
            }
        }
        assertEquals("abcdefghijklmnopqrstuvwxyzabcd", got.toString());
    }

    private static void feed(Pl011 uart, int from, int to) {
        for (int i = from; i < to; i++) {
            uart.receive(String.valueOf((char) ('a' + i % 26)));
        }
    }

    private static long allocatedWhile(Runnable r) {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        r.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void readingAnEmptyReceiveFifoIsDiagnosedOnce() {
        init();
        rig.r32(DR);
        rig.r32(DR);
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.DEVICE_MISUSE);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().contains("RXFE"), d.get(0).message());
    }

    @Test
    void receiveOverrunLosesCharactersAndSetsOe() {
        init();
        rig.sim.input("UART0", "0123456789ABCDEFGH"); // 18 characters, nobody reads
        rig.sim.advance(20 * FRAME_NS);
        assertEquals(RXFF | TXFE, rig.r32(FR));
        assertEquals(0x8, rig.r32(RSR) & 0x8, "overrun error");
        assertTrue((rig.r32(RIS) & (1 << 10)) != 0);
        assertEquals(2, rig.diagnostics(DiagnosticKind.DEVICE_MISUSE).size(), "G and H lost");
        StringBuilder got = new StringBuilder();
        while ((rig.r32(FR) & RXFE) == 0) {
            got.append((char) (rig.r32(DR) & 0xFF));
        }
        assertEquals("0123456789ABCDEF", got.toString());
        rig.w32(RSR, 0); // UARTECR: any write clears the errors
        assertEquals(0, rig.r32(RSR));
    }

    @Test
    void receiveTimeoutInterruptRaisesTheLineAndReadingItEmptyLowersIt() {
        init();
        rig.w32(IMSC, RXIM | RTIM);
        rig.sim.input("UART0", "x");
        rig.sim.advance(FRAME_NS + 32 * 8681);
        assertTrue(rig.sim.interruptRaised("UART0"));
        assertEquals(RTIM, rig.r32(MIS));
        TraceEvent raised = rig.sim.trace().stream().filter(e -> e.operation().equals("IRQ")).findFirst().orElseThrow();
        assertEquals("IRQ UART0 raised", raised.toString().substring(raised.toString().indexOf("IRQ")));
        assertEquals('x', rig.r32(DR) & 0xFF);
        assertFalse(rig.sim.interruptRaised("UART0"));
        TraceEvent lowered = rig.sim.traceSince(rig.sim.traceLength() - 1).get(0);
        assertTrue(lowered.toString().endsWith("IRQ UART0 lowered"), lowered.toString());
        TraceEvent read = rig.sim.traceSince(rig.sim.traceLength() - 2).get(0);
        assertEquals("UART0.UARTDR", read.register(), "the interrupt change follows the access that caused it");
    }

    @Test
    void receiveInterruptFiresAtTheTriggerLevel() {
        init();
        rig.w32(IFLS, 0); // receive trigger 1/8 full: 2 characters
        rig.w32(IMSC, RXIM);
        rig.sim.input("UART0", "ab");
        rig.sim.advance(FRAME_NS + 10);
        assertFalse(rig.sim.interruptRaised("UART0"));
        rig.sim.advance(FRAME_NS);
        assertTrue(rig.sim.interruptRaised("UART0"));
        rig.r32(DR);
        assertFalse(rig.sim.interruptRaised("UART0"), "below the trigger level again");
    }

    @Test
    void transmitInterruptFiresWhenTheFifoDrainsToItsTriggerLevelAndIcrClearsIt() {
        init();
        rig.w32(IMSC, TXIM); // trigger: 1/2 full (8 characters)
        assertFalse(rig.sim.interruptRaised("UART0"), "an empty FIFO does not raise it by itself");
        for (int i = 0; i < 12; i++) {
            rig.w32(DR, 'a' + i);
        }
        assertFalse(rig.sim.interruptRaised("UART0"));
        rig.sim.advance(3 * FRAME_NS);
        assertTrue(rig.sim.interruptRaised("UART0"), "level fell to 8");
        assertEquals(TXIM, rig.r32(MIS));
        rig.w32(ICR, TXIM);
        assertFalse(rig.sim.interruptRaised("UART0"));
        assertEquals(0, rig.r32(RIS) & TXIM);
        long irqs = rig.sim.trace().stream().filter(e -> e.operation().equals("IRQ")).count();
        assertEquals(2, irqs);
    }

    @Test
    void loopbackSendsTransmittedCharactersToTheReceiver() {
        init();
        rig.w32(CR, UARTEN | TXE | RXE | (1 << 7));
        rig.w32(DR, 'L');
        rig.sim.advance(FRAME_NS);
        assertEquals("", rig.sim.console("UART0"));
        assertEquals('L', rig.r32(DR) & 0xFF);
    }

    @Test
    void primeCellIdRegistersReadThePl011Identification() {
        int[] expected = {0x11, 0x10, 0x14, 0x00, 0x0D, 0xF0, 0x05, 0xB1};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], rig.r32(0xFE0 + 4 * i), "ID register at 0x" + Integer.toHexString(0xFE0 + 4 * i));
        }
        assertEquals("UART0.UARTPCellID3", rig.last().register());
    }

    @Test
    void flagRegisterAfterResetHasTxfeAndRxfeSet() {
        assertEquals(TXFE | RXFE, rig.r32(FR));
        Rig fresh = new Rig(new Simulator(Board.builder("b").device("UART", 0x1000_0000L, 0x1000, false,
                DeviceCatalog.pl011(Pl011.QEMU_VIRT_CLOCK_HZ, 0)).build()), 0x1000_0000L);
        assertEquals(TXFE | RXFE, fresh.r32(FR));
        assertEquals(0x300, fresh.r32(CR), "hardware reset: TXE and RXE set, UARTEN clear");
        assertEquals(0x12, fresh.r32(IFLS));
        assertEquals(0x301, rig.r32(CR), "the kernel's console is left enabled");
        assertEquals(0x70, rig.r32(LCR_H));
    }

    @Test
    void writingTheFlagRegisterIsDiagnosedAsReadOnly() {
        rig.w32(FR, 0);
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.WRITE_TO_READ_ONLY);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().contains("UART0.UARTFR") && d.get(0).message().contains("TXFF"),
                d.get(0).message());
        rig.r32(ICR);
        assertEquals(1, rig.diagnostics(DiagnosticKind.READ_OF_WRITE_ONLY).size());
    }

    @Test
    void raspberryPiUartUsesA48MHzReferenceClock() {
        Rig pi = new Rig(new Simulator(Boards.rpi4b()), 0xFE20_1000L);
        pi.w32(CR, 0);
        pi.w32(IBRD, 26); // 48 MHz / (16 x 115200) = 26.04
        pi.w32(FBRD, 3);
        pi.w32(LCR_H, WLEN_8 | FEN);
        pi.w32(CR, UARTEN | TXE | RXE);
        Pl011 uart = pi.sim.device("UART0", Pl011.class).orElseThrow();
        assertEquals(10 * (64L * 26 + 3) * 1_000_000_000L / (4 * 48_000_000L), uart.frameNanos(), 1);
        pi.w32(DR, 'p');
        pi.sim.advance(uart.frameNanos());
        assertEquals("p", pi.sim.console("UART0"));
    }
}
