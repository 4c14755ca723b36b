package org.mmioworkbench.core.tests.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.InterruptInfo;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.devices.Bcm2711Gpio;
import org.mmioworkbench.core.devices.Boards;

/** The BCM2711 GPIO block and system timer on the rpi4b board. */
class Bcm2711Test {
    static final long SYSTIMER = 0xFE00_3000L;
    static final long GPIO = 0xFE20_0000L;
    static final int GPFSEL1 = 0x04;
    static final int GPSET0 = 0x1C;
    static final int GPCLR0 = 0x28;
    static final int GPLEV0 = 0x34;
    static final int GPLEV1 = 0x38;
    static final int GPEDS0 = 0x40;
    static final int GPREN0 = 0x4C;
    static final int GPFEN0 = 0x58;
    static final int GPHEN0 = 0x64;
    static final int PUP_PDN0 = 0xE4;
    static final int CS = 0x00;
    static final int CLO = 0x04;
    static final int CHI = 0x08;
    static final int C1 = 0x10;
    static final int C3 = 0x18;

    private final Simulator sim = new Simulator(Boards.rpi4b());
    private final Rig gpio = new Rig(sim, GPIO);

    /** Makes pin 17 an output: GPFSEL1 bits 23..21 = 001. */
    private void pin17Output() {
        gpio.w32(GPFSEL1, (gpio.r32(GPFSEL1) & ~(7 << 21)) | (1 << 21));
    }

    @Test
    void gpsetAndGpclrDriveAnOutputPinAndGplevShowsIt() {
        pin17Output();
        gpio.w32(GPSET0, 1 << 17);
        assertEquals(1 << 17, gpio.r32(GPLEV0) & (1 << 17));
        assertTrue(sim.pinLevel("GPIO", 17));
        gpio.w32(GPSET0, 0); // writing 0 does nothing
        assertTrue(sim.pinLevel("GPIO", 17));
        gpio.w32(GPCLR0, 1 << 17);
        assertEquals(0, gpio.r32(GPLEV0) & (1 << 17));
        TraceEvent clear = gpio.sim.traceSince(gpio.sim.traceLength() - 2).get(0);
        assertTrue(clear.toString().endsWith("IoWriteMmReg32 GPIO.GPCLR0 <- 0x20000 (CLR17=1)"), clear.toString());
        assertTrue(gpio.sim.diagnostics().isEmpty());
    }

    @Test
    void gpsetIsWriteOnlyAndReadsZero() {
        pin17Output();
        gpio.w32(GPSET0, 1 << 17);
        assertEquals(0, gpio.r32(GPSET0));
        assertEquals(1, gpio.diagnostics(DiagnosticKind.READ_OF_WRITE_ONLY).size());
    }

    @Test
    void outputLatchIsKeptWhileThePinIsAnInputAndDrivesItOnceItIsAnOutput() {
        gpio.w32(GPSET0, 1 << 17);
        assertEquals(0, gpio.r32(GPLEV0) & (1 << 17), "pin 17 is an input (pull-down) so far");
        pin17Output();
        assertEquals(1 << 17, gpio.r32(GPLEV0) & (1 << 17));
        assertEquals(1L << 17, sim.device("GPIO", Bcm2711Gpio.class).orElseThrow().outputLatches());
    }

    @Test
    void inputLevelsComeFromOutsideElseFromThePullResistors() {
        assertEquals(0xAAA9_5555, gpio.r32(PUP_PDN0), "reset value of GPIO_PUP_PDN_CNTRL_REG0");
        assertEquals(0x1FF, gpio.r32(GPLEV0) & 0xFFFF, "pins 0-8 pull up, 9-15 pull down");
        sim.setInput("GPIO", 4, false);
        sim.setInput("GPIO", 12, true);
        assertEquals(0x11EF, gpio.r32(GPLEV0) & 0xFFFF);
        sim.setInput("GPIO", 40, true);
        assertEquals(1 << 8, gpio.r32(GPLEV1) & (1 << 8));
    }

    @Test
    void risingEdgeSetsGpedsRaisesTheBankInterruptAndWritingOneClearsIt() {
        sim.setInput("GPIO", 20, false);
        gpio.w32(GPREN0, 1 << 20);
        assertEquals(0, gpio.r32(GPEDS0));
        sim.setInput("GPIO", 20, true);
        assertEquals(1 << 20, gpio.r32(GPEDS0));
        assertTrue(sim.interruptRaised("GPIO.BANK0"));
        assertTrue(sim.interruptRaised("GPIO"));
        assertFalse(sim.interruptRaised("GPIO.BANK1"));
        gpio.w32(GPEDS0, 1 << 20);
        assertEquals(0, gpio.r32(GPEDS0));
        assertFalse(sim.interruptRaised("GPIO.BANK0"));
        sim.setInput("GPIO", 20, false);
        assertEquals(0, gpio.r32(GPEDS0), "falling edge detection is not enabled");
        gpio.w32(GPFEN0, 1 << 20);
        sim.setInput("GPIO", 20, true);
        sim.setInput("GPIO", 20, false);
        assertEquals(1 << 20, gpio.r32(GPEDS0));
    }

    @Test
    void highLevelDetectIsSetAgainWhileTheLevelHolds() {
        gpio.w32(GPHEN0, 1 << 5); // pin 5 pulls up: high
        assertEquals(1 << 5, gpio.r32(GPEDS0));
        gpio.w32(GPEDS0, 1 << 5);
        assertEquals(1 << 5, gpio.r32(GPEDS0), "the level still holds");
        sim.setInput("GPIO", 5, false);
        gpio.w32(GPEDS0, 1 << 5);
        assertEquals(0, gpio.r32(GPEDS0));
    }

    @Test
    void systemTimerCountsMicrosecondsOfSimulatedTime() {
        Rig timer = new Rig(sim, SYSTIMER);
        long t = sim.now();
        assertEquals(t / 1000, Integer.toUnsignedLong(timer.r32(CLO)));
        sim.advance(2_500_000);
        assertEquals((t + 100 + 2_500_000) / 1000, Integer.toUnsignedLong(timer.r32(CLO)));
        assertEquals(0, timer.r32(CHI));
        sim.advance(4_294_967_296_000L); // 2^32 microseconds
        assertEquals(1, timer.r32(CHI));
    }

    @Test
    void compareMatchSetsTheMatchBitAndRaisesTheChannelLineAtTheExactMicrosecond() {
        Rig timer = new Rig(sim, SYSTIMER);
        long target = Integer.toUnsignedLong(timer.r32(CLO)) + 1000;
        timer.w32(C1, (int) target);
        sim.advance(500_000);
        assertEquals(0, timer.r32(CS));
        sim.advance(1_000_000);
        assertEquals(0x2, timer.r32(CS));
        assertTrue(sim.interruptRaised("SYSTIMER.C1"));
        assertFalse(sim.interruptRaised("SYSTIMER.C3"));
        TraceEvent irq = sim.trace().stream().filter(e -> e.operation().equals("IRQ")).findFirst().orElseThrow();
        assertEquals(target * 1000, irq.timeNanos());
        assertTrue(irq.toString().endsWith("IRQ SYSTIMER.C1 raised"), irq.toString());
        timer.w32(CS, 0x2); // M1 is oneToClear
        assertTrue(timer.last().toString().endsWith("IRQ SYSTIMER.C1 lowered"), timer.last().toString());
        assertTrue(sim.traceSince(sim.traceLength() - 2).get(0).toString().endsWith("SYSTIMER.CS <- 0x2 (M1=0)"));
        assertEquals(0, timer.r32(CS));
        assertFalse(sim.interruptRaised("SYSTIMER.C1"));
    }

    @Test
    void twoChannelsMatchIndependently() {
        Rig timer = new Rig(sim, SYSTIMER);
        long now = Integer.toUnsignedLong(timer.r32(CLO));
        timer.w32(C1, (int) (now + 50));
        timer.w32(C3, (int) (now + 20));
        sim.advance(30_000);
        assertEquals(0x8, timer.r32(CS));
        sim.advance(30_000);
        assertEquals(0xA, timer.r32(CS));
        timer.w32(CS, 0x8);
        assertEquals(0x2, timer.r32(CS));
    }

    @Test
    void interruptLinesOfTheBoardAreListed() {
        List<String> lines = sim.interrupts().stream().map(InterruptInfo::line).toList();
        assertEquals(List.of("SYSTIMER.C0", "SYSTIMER.C1", "SYSTIMER.C2", "SYSTIMER.C3", "GPIO", "GPIO.BANK0",
                "GPIO.BANK1", "GPIO.BANK2", "UART0"), lines);
        assertTrue(sim.interrupts().stream().noneMatch(InterruptInfo::raised));
    }
}
