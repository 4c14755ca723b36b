package org.mmioworkbench.core.tests.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceContext;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.Timing;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.devices.DeviceCatalog;
import org.mmioworkbench.core.devices.Pl011;

/**
 * The PL011's line settings (frame format, FIFO enable, baud-rate divisor), its enable bits, its trigger levels
 * and its timing, as the PL011 TRM (ARM DDI 0183) describes them, driven through the MMIO API.
 */
class Pl011LineAndFifoTest {
    static final long UART0 = 0x0900_0000L;
    static final int DR = 0x000;
    static final int FR = 0x018;
    static final int IBRD = 0x024;
    static final int FBRD = 0x028;
    static final int LCR_H = 0x02C;
    static final int CR = 0x030;
    static final int IFLS = 0x034;
    static final int IMSC = 0x038;
    static final int RIS = 0x03C;
    static final int ICR = 0x044;

    static final int BUSY = 1 << 3;
    static final int RXFE = 1 << 4;
    static final int TXFF = 1 << 5;
    static final int TXFE = 1 << 7;
    static final int PEN = 1 << 1;
    static final int STP2 = 1 << 3;
    static final int FEN = 1 << 4;
    static final int WLEN_8 = 3 << 5;
    static final int UARTEN = 1;
    static final int TXE = 1 << 8;
    static final int RXE = 1 << 9;
    static final int RXIM = 1 << 4;
    static final int TXIM = 1 << 5;
    static final int RTIM = 1 << 6;

    /** 10-bit frames, divisor 833/64 (115200 baud) from 24 MHz: 86770.83 ns, rounded. */
    static final long FRAME_NS = 86_771;

    private final Rig rig = new Rig(new Simulator(Board.qemuVirt()), UART0);

    private Pl011 uart() {
        return rig.sim.device("UART0", Pl011.class).orElseThrow();
    }

    /** Programs the UART with a divisor (in 64ths) and a UARTLCR_H value, then enables it. */
    private void program(int divisor64, int lineControl) {
        rig.w32(CR, 0);
        while ((rig.r32(FR) & BUSY) != 0) {
            // let the kernel's output finish
        }
        rig.w32(IBRD, divisor64 >>> 6);
        rig.w32(FBRD, divisor64 & 63);
        rig.w32(LCR_H, lineControl);
        rig.w32(CR, UARTEN | TXE | RXE);
    }

    private void advanceTo(long time) {
        rig.sim.advance(time - rig.sim.now());
    }

    private static Rig freshUart() {
        return new Rig(new Simulator(Board.builder("b").device("UART", 0x1000_0000L, 0x1000, false,
                DeviceCatalog.pl011(Pl011.QEMU_VIRT_CLOCK_HZ, 0)).build()), 0x1000_0000L);
    }

    @Test
    void frameTimeCountsStartDataParityAndStopBitsAndIsRoundedToTheNearestNanosecond() {
        // one bit is 16 x 833/64 cycles of 24 MHz = 8677.083 ns
        int[][] formats = {
            {WLEN_8 | FEN, 86_771}, // 8N1: 10 bits
            {FEN, 60_740}, // 5N1: 7 bits
            {(1 << 5) | FEN, 69_417}, // 6N1: 8 bits
            {(2 << 5) | FEN, 78_094}, // 7N1: 9 bits
            {PEN | FEN, 69_417}, // 5E1: 8 bits
            {STP2 | FEN, 69_417}, // 5N2: 8 bits
            {WLEN_8 | PEN | FEN, 95_448}, // 8E1: 11 bits
            {WLEN_8 | STP2 | FEN, 95_448}, // 8N2: 11 bits
            {WLEN_8 | PEN | STP2 | FEN, 104_125}, // 8E2: 12 bits
        };
        for (int[] f : formats) {
            program(833, f[0]);
            assertEquals(f[1], uart().frameNanos(), "UARTLCR_H=0x" + Integer.toHexString(f[0]));
        }
        program(64, WLEN_8 | FEN); // 1.5 Mbaud: 10 x 666.67 ns
        assertEquals(6_667, uart().frameNanos(), "rounded to the nearest, not down");
    }

    @Test
    void aCharacterSentIn5N1LeavesAfterSevenBitTimes() {
        program(833, FEN);
        long start = rig.sim.now();
        rig.w32(DR, 'x');
        advanceTo(start + 60_740 - 1);
        assertEquals("", rig.sim.console("UART0"));
        rig.sim.advance(1);
        assertEquals("x", rig.sim.console("UART0"));
    }

    @Test
    void withFifosOffTheTransmitterHasAOneCharacterHoldingRegister() {
        program(833, WLEN_8); // FEN clear
        rig.w32(DR, 'a'); // straight into the shift register
        assertEquals(TXFE | BUSY | RXFE, rig.r32(FR));
        rig.w32(DR, 'b'); // the holding register
        assertEquals(TXFF | BUSY | RXFE, rig.r32(FR));
        rig.w32(DR, 'c'); // lost
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.DEVICE_MISUSE);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().contains("wrote 'c' to UART0.UARTDR while the transmit holding register was full"),
                d.get(0).message());
        rig.sim.advance(3 * FRAME_NS);
        assertEquals("ab", rig.sim.console("UART0"));
    }

    @Test
    void withFifosOnAFullTransmitFifoIsNamedAsSuchAndTheLostCharacterShown() {
        program(833, WLEN_8 | FEN);
        for (int i = 0; i < 17; i++) {
            rig.w32(DR, 'a');
        }
        rig.w32(DR, 0x17F); // a byte write of 0x7F with other lanes' bits set
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.DEVICE_MISUSE);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().contains("wrote 0x7f to UART0.UARTDR while the transmit FIFO was full"),
                d.get(0).message());
    }

    @Test
    void withFifosOffTheReceiverHasAOneCharacterHoldingRegister() {
        program(833, WLEN_8);
        rig.sim.input("UART0", "xy");
        rig.sim.advance(3 * FRAME_NS);
        assertEquals(1, uart().receiveLevel());
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.DEVICE_MISUSE);
        assertEquals(1, d.size(), "y overran the holding register");
        assertTrue(d.get(0).message().contains("character 'y' lost"), d.get(0).message());
        assertEquals('x', rig.r32(DR) & 0xFF);
        rig.r32(DR);
        Diagnostic empty = rig.diagnostics(DiagnosticKind.DEVICE_MISUSE).get(1);
        assertTrue(empty.message().contains("while the receive holding register was empty"), empty.message());
    }

    @Test
    void anEmptyReadWithFifosOnNamesTheReceiveFifo() {
        program(833, WLEN_8 | FEN);
        rig.r32(DR);
        Diagnostic empty = rig.diagnostics(DiagnosticKind.DEVICE_MISUSE).get(0);
        assertTrue(empty.message().contains("while the receive FIFO was empty"), empty.message());
    }

    @Test
    void overrunDiagnosticsShowPrintableCharactersQuotedAndOthersInHex() {
        program(833, WLEN_8 | FEN);
        rig.sim.input("UART0", "0123456789ABCDEF ~\u007f\u001f");
        rig.sim.advance(21 * FRAME_NS);
        List<String> lost = rig.diagnostics(DiagnosticKind.DEVICE_MISUSE).stream().map(Diagnostic::message).toList();
        assertEquals(4, lost.size(), lost::toString);
        assertTrue(lost.get(0).contains("character ' ' lost"), lost.get(0));
        assertTrue(lost.get(1).contains("character '~' lost"), lost.get(1));
        assertTrue(lost.get(2).contains("character 0x7f lost"), lost.get(2));
        assertTrue(lost.get(3).contains("character 0x1f lost"), lost.get(3));
    }

    @Test
    void theTransmitterRunsOnlyWithBothUartenAndTxe() {
        program(833, WLEN_8 | FEN);
        rig.w32(CR, TXE | RXE); // UARTEN clear
        rig.w32(DR, 'z');
        rig.sim.advance(5 * FRAME_NS);
        assertEquals("", rig.sim.console("UART0"));
        assertEquals(BUSY | RXFE, rig.r32(FR));
        rig.w32(CR, UARTEN | TXE | RXE);
        rig.sim.advance(FRAME_NS);
        assertEquals("z", rig.sim.console("UART0"));
    }

    @Test
    void inputWaitsUntilUartenAndRxeAreBothSet() {
        program(833, WLEN_8 | FEN);
        rig.w32(CR, UARTEN | TXE); // RXE clear
        rig.sim.input("UART0", "a");
        rig.sim.advance(5 * FRAME_NS);
        assertEquals("a", uart().pendingInput());
        assertEquals(0, uart().receiveLevel());
        rig.w32(CR, TXE | RXE); // UARTEN clear
        rig.sim.advance(5 * FRAME_NS);
        assertEquals("a", uart().pendingInput());
        assertEquals(TXFE | RXFE, rig.r32(FR));
        rig.w32(CR, UARTEN | TXE | RXE);
        rig.sim.advance(FRAME_NS);
        assertEquals("", uart().pendingInput());
        assertEquals(1, uart().receiveLevel());
    }

    @Test
    void inputWaitsWhileTheLatchedDivisorIsZeroAndArrivesOnceUartlcrHLatchesOne() {
        Rig fresh = freshUart();
        Pl011 uart = fresh.sim.device("UART", Pl011.class).orElseThrow();
        fresh.w32(CR, UARTEN | RXE);
        fresh.sim.input("UART", "hi");
        fresh.sim.advance(10 * FRAME_NS);
        assertEquals("hi", uart.pendingInput(), "no baud rate, nothing arrives");
        fresh.w32(IBRD, 13);
        fresh.w32(FBRD, 1);
        fresh.sim.advance(10 * FRAME_NS);
        assertEquals("hi", uart.pendingInput(), "the divisor is latched by a UARTLCR_H write only");
        fresh.w32(LCR_H, WLEN_8 | FEN);
        fresh.sim.advance(2 * FRAME_NS);
        assertEquals("", uart.pendingInput());
        assertEquals(2, uart.receiveLevel());
    }

    @Test
    void aCharacterArrivesOneFrameAfterInputAndTheReceiveTimeoutFires32BitTimesAfterIt() {
        program(64, WLEN_8 | FEN); // 1.5 Mbaud: frame 6666.67 ns, bit 666.67 ns
        rig.w32(IMSC, RTIM);
        long sent = rig.sim.now();
        rig.sim.input("UART0", "x");
        advanceTo(sent + 6_667 - 1);
        assertEquals(0, uart().receiveLevel());
        rig.sim.advance(1);
        assertEquals(1, uart().receiveLevel());
        long arrived = rig.sim.now();
        advanceTo(arrived + 32 * 667 - 1);
        assertFalse(rig.sim.interruptRaised("UART0"));
        rig.sim.advance(1);
        assertTrue(rig.sim.interruptRaised("UART0"), "32 bit times of 667 ns after the character arrived");
    }

    @Test
    void rewritingUartcrWithTheReceiverStillOnDoesNotDelayACharacterOnTheLine() {
        program(833, WLEN_8 | FEN);
        long sent = rig.sim.now();
        rig.sim.input("UART0", "a");
        rig.sim.advance(FRAME_NS / 2);
        rig.w32(CR, UARTEN | RXE); // transmitter off, receiver stays on
        advanceTo(sent + FRAME_NS);
        assertEquals(1, uart().receiveLevel());
    }

    @Test
    void receiveInterruptFollowsTheProgrammedTriggerLevel() {
        program(833, WLEN_8 | FEN);
        rig.w32(IFLS, 1 << 3); // receive trigger 1/4 full: 4 characters
        rig.w32(IMSC, RXIM);
        long sent = rig.sim.now();
        rig.sim.input("UART0", "abcde");
        advanceTo(sent + 3 * FRAME_NS);
        assertEquals(3, uart().receiveLevel());
        assertFalse(rig.sim.interruptRaised("UART0"));
        advanceTo(sent + 5 * FRAME_NS);
        assertEquals(5, uart().receiveLevel());
        assertTrue(rig.sim.interruptRaised("UART0"));
        rig.r32(DR);
        assertTrue(rig.sim.interruptRaised("UART0"), "4 left: still at the trigger level");
        rig.r32(DR);
        assertFalse(rig.sim.interruptRaised("UART0"), "3 left: below it");
    }

    @Test
    void transmitInterruptIsRaisedOnlyWhenTheLevelFallsThroughTheTriggerAndWritingAboveItClearsIt() {
        program(833, WLEN_8 | FEN);
        rig.w32(IMSC, TXIM); // default trigger: 1/2 full, 8 characters
        long start = rig.sim.now();
        for (int i = 0; i < 12; i++) {
            rig.w32(DR, 'a' + i); // one goes to the shift register, 11 wait
        }
        advanceTo(start + 2 * FRAME_NS);
        assertEquals(9, uart().transmitLevel());
        assertFalse(rig.sim.interruptRaised("UART0"));
        advanceTo(start + 3 * FRAME_NS);
        assertEquals(8, uart().transmitLevel());
        assertTrue(rig.sim.interruptRaised("UART0"));
        advanceTo(start + 4 * FRAME_NS);
        assertEquals(7, uart().transmitLevel());
        rig.w32(DR, 'x');
        assertTrue(rig.sim.interruptRaised("UART0"), "8 waiting is not above the trigger level");
        rig.w32(DR, 'y');
        assertFalse(rig.sim.interruptRaised("UART0"), "9 waiting is above it");
    }

    @Test
    void aTransmitFifoThatNeverRoseAboveTheTriggerLevelDrainsWithoutATransmitInterrupt() {
        program(833, WLEN_8 | FEN);
        rig.w32(IMSC, TXIM);
        for (int i = 0; i < 9; i++) {
            rig.w32(DR, 'a' + i); // one to the shift register, 8 (the trigger level) wait
        }
        rig.sim.advance(10 * FRAME_NS);
        assertEquals("abcdefghi", rig.sim.console("UART0"));
        assertFalse(rig.sim.interruptRaised("UART0"));
        assertEquals(0, rig.r32(RIS) & TXIM);
    }

    @Test
    void changedBaudRateRegistersWithoutAUartlcrHWriteAreDiagnosedOncePerChangeAndTheOldRateIsUsed() {
        program(833, WLEN_8 | FEN);
        rig.w32(IBRD, 26); // divisor now 26 x 64 + 1 = 1665, latched still 833
        long start = rig.sim.now();
        rig.w32(DR, 'a');
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.DEVICE_MISUSE);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().contains("UART0.UARTIBRD/UARTFBRD were changed (divisor 1665/64)")
                && d.get(0).message().contains("still uses the old divisor 833/64"), d.get(0).message());
        advanceTo(start + FRAME_NS);
        assertEquals("a", rig.sim.console("UART0"), "sent at the old rate");
        rig.w32(IMSC, 0x7FF);
        rig.w32(IMSC, 0);
        rig.w32(DR, 'b');
        assertEquals(1, rig.diagnostics(DiagnosticKind.DEVICE_MISUSE).size(), "once per change");
        rig.w32(IBRD, 27);
        rig.sim.advance(2 * FRAME_NS);
        rig.w32(DR, 'c');
        d = rig.diagnostics(DiagnosticKind.DEVICE_MISUSE);
        assertEquals(2, d.size(), "a further change is diagnosed again");
        assertTrue(d.get(1).message().contains("(divisor 1729/64)"), d.get(1).message());
        rig.w32(FBRD, 2);
        rig.sim.advance(2 * FRAME_NS);
        rig.w32(DR, 'd');
        assertEquals(3, rig.diagnostics(DiagnosticKind.DEVICE_MISUSE).size(), "so is a change of UARTFBRD");
    }

    @Test
    void aZeroDivisorIsDiagnosedAsSuch() {
        Rig fresh = freshUart();
        fresh.w32(CR, UARTEN | TXE);
        fresh.w32(DR, 'q');
        Diagnostic d = fresh.diagnostics(DiagnosticKind.DEVICE_MISUSE).get(0);
        assertTrue(d.message().contains("its baud-rate divisor is 0") && d.message().contains("nothing is sent"),
                d.message());
    }

    @Test
    void writingAnUpperByteOfUartdrSendsNothingAndReadingOneTakesNothingFromTheFifo() {
        program(833, WLEN_8 | FEN);
        rig.w8(DR + 1, 0x41);
        rig.sim.advance(2 * FRAME_NS);
        assertEquals("", rig.sim.console("UART0"));
        assertEquals(TXFE | RXFE, rig.r32(FR));
        rig.sim.input("UART0", "k");
        rig.sim.advance(2 * FRAME_NS);
        rig.r8(DR + 1); // the error bits
        assertEquals(1, uart().receiveLevel());
        assertEquals('k', rig.r8(DR));
        assertEquals(0, uart().receiveLevel());
    }

    @Test
    void uartdrReadsReceivedDataNeverWhatWasWritten() {
        program(833, WLEN_8 | FEN);
        rig.w32(DR, 'A');
        assertEquals(0, rig.r32(DR));
        assertEquals(0, rig.sim.peek(UART0 + DR, 32).orElseThrow());
    }

    @Test
    void uartIcrIsACommandThatHoldsNoValue() {
        program(833, WLEN_8 | FEN);
        rig.w32(ICR, 0x7FF);
        assertEquals(0, rig.sim.peek(UART0 + ICR, 32).orElseThrow());
    }

    @Test
    void resetPutsAUsedUartBackIntoItsBootState() {
        program(833, WLEN_8 | FEN);
        rig.w32(IMSC, TXIM | RXIM);
        for (int i = 0; i < 12; i++) {
            rig.w32(DR, 'a' + i);
        }
        rig.sim.advance(3 * FRAME_NS);
        rig.w32(CR, 0);
        rig.sim.input("UART0", "waiting");
        assertTrue(rig.sim.interruptRaised("UART0"));
        Pl011 uart = uart();
        uart.reset();
        assertEquals("", uart.transmitted());
        assertEquals("", uart.pendingInput());
        assertEquals(0, uart.transmitLevel());
        assertFalse(rig.sim.interruptRaised("UART0"));
        assertEquals(TXFE | RXFE, rig.r32(FR));
        assertEquals(0, rig.r32(IMSC));
        assertEquals(0x301, rig.r32(CR));
        assertEquals(0x70, rig.r32(LCR_H));
    }

    @Test
    void aUartNeedsAPositiveClockAndANonNegativeBaudRate() {
        DeviceContext context = DeviceContext.standalone("U");
        assertThrows(IllegalArgumentException.class, () -> new Pl011(context, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Pl011(context, 1, -1));
        assertEquals(0, new Pl011(context, 1, 0).frameNanos());
    }

    @Test
    void inputThatIsNotBytesIsRefusedWhole() {
        Pl011 uart = uart();
        assertThrows(IllegalArgumentException.class, () -> uart.receive("ok\u0100"));
        assertEquals("", uart.pendingInput());
    }

    @Test
    void inputIsReceivedAtItsArrivalTimeAlsoWhenTheClockPassesItInOneStep() {
        program(833, WLEN_8); // FIFOs off: the first character raises the receive interrupt
        rig.w32(IMSC, RXIM);
        long sent = rig.sim.now();
        long traced = rig.sim.traceLength();
        rig.sim.input("UART0", "x");
        rig.sim.advance(10 * FRAME_NS);
        List<TraceEvent> raised = rig.sim.traceSince(traced).stream()
                .filter(e -> e.operation().equals("IRQ")).toList();
        assertEquals(1, raised.size(), raised.toString());
        assertEquals(sent + FRAME_NS, raised.get(0).timeNanos(), "raised when the stop bit is in, not at the step's end");
    }

    @Test
    void theReceiveTimeoutFiresAtItsTimeAlsoWhenOneAdvancePassesArrivalAndTimeout() {
        program(64, WLEN_8 | FEN); // 1.5 Mbaud: frame 6667 ns, bit 667 ns
        rig.w32(IMSC, RTIM);
        long sent = rig.sim.now();
        long traced = rig.sim.traceLength();
        rig.sim.input("UART0", "x");
        rig.sim.advance(100_000);
        List<TraceEvent> raised = rig.sim.traceSince(traced).stream()
                .filter(e -> e.operation().equals("IRQ")).toList();
        assertEquals(1, raised.size(), raised.toString());
        assertEquals(sent + 6_667 + 32 * 667, raised.get(0).timeNanos(), "arrival, then 32 bit times");
    }

    @Test
    void aCharacterArrivingExactlyAtTheEndOfAnAccessToAnotherDeviceIsReceivedThen() {
        var gpio = rig.api.knRegisterPhyMem(0x0903_0000L, 0x1000, MMIO_K_SHARED);
        long gpioBase = rig.api.knIoMapMem(gpio.rid(), VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE).address();
        program(833, WLEN_8);
        rig.w32(IMSC, RXIM);
        long sent = rig.sim.now();
        rig.sim.input("UART0", "x");
        rig.sim.advance(FRAME_NS - 3 * Timing.REGISTER_ACCESS_NANOS);
        long traced = rig.sim.traceLength();
        for (int i = 0; i < 3; i++) {
            rig.api.ioReadMmReg32(gpioBase + 0x3FC); // GPIO accesses: the UART is not accessed
        }
        assertEquals(sent + FRAME_NS, rig.sim.now());
        List<TraceEvent> events = rig.sim.traceSince(traced);
        assertEquals(List.of("IoReadMmReg32", "IoReadMmReg32", "IoReadMmReg32", "IRQ"),
                events.stream().map(TraceEvent::operation).toList());
        assertEquals(sent + FRAME_NS, events.get(3).timeNanos(), "the stop bit came in as the third read ended");
    }
}
