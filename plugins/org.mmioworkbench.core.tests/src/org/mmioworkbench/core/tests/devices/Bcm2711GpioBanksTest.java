package org.mmioworkbench.core.tests.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.devices.Bcm2711Gpio;
import org.mmioworkbench.core.devices.Boards;

/**
 * The BCM2711 GPIO block's second register bank (pins 32-57), its event-detect kinds and its three bank
 * interrupt lines, after the BCM2711 ARM Peripherals data sheet, chapter 5.
 */
class Bcm2711GpioBanksTest {
    static final long GPIO = 0xFE20_0000L;
    static final int GPFSEL4 = 0x10;
    static final int GPSET1 = 0x20;
    static final int GPCLR1 = 0x2C;
    static final int GPLEV0 = 0x34;
    static final int GPLEV1 = 0x38;
    static final int GPEDS0 = 0x40;
    static final int GPEDS1 = 0x44;
    static final int GPREN1 = 0x50;
    static final int GPFEN0 = 0x58;
    static final int GPLEN0 = 0x70;
    static final int GPAFEN0 = 0x88;

    private final Simulator sim = new Simulator(Boards.rpi4b());
    private final Rig gpio = new Rig(sim, GPIO);

    private Bcm2711Gpio model() {
        return sim.device("GPIO", Bcm2711Gpio.class).orElseThrow();
    }

    @Test
    void gpset1AndGpclr1DrivePinsOfTheSecondBank() {
        gpio.w32(GPFSEL4, 1); // pin 40 output
        assertTrue(model().isOutput(40));
        assertFalse(model().isOutput(41));
        assertEquals(1, model().function(40));
        gpio.w32(GPSET1, 1 << 8);
        assertEquals(1L << 40, model().outputLatches());
        assertEquals(1 << 8, gpio.r32(GPLEV1) & (1 << 8));
        assertTrue(model().level(40));
        assertEquals(0, sim.peek(GPIO + GPSET1, 32).orElseThrow(), "GPSET1 holds no value");
        gpio.w32(GPCLR1, 1 << 8);
        assertEquals(0, model().outputLatches());
        assertFalse(model().level(40));
        assertEquals(0, sim.peek(GPIO + GPCLR1, 32).orElseThrow(), "GPCLR1 holds no value");
    }

    @Test
    void risingEdgeDetectWorksOnTheSecondBankAndRaisesTheBank1Line() {
        sim.setInput("GPIO", 40, false);
        gpio.w32(GPREN1, 1 << 8);
        sim.setInput("GPIO", 40, true);
        assertEquals(1 << 8, gpio.r32(GPEDS1));
        assertTrue(sim.interruptRaised("GPIO.BANK1"));
        assertFalse(sim.interruptRaised("GPIO.BANK0"));
        assertFalse(sim.interruptRaised("GPIO.BANK2"));
        assertTrue(sim.interruptRaised("GPIO"));
    }

    @Test
    void eachBankLineCoversItsPinRange() {
        gpio.w32(GPFEN0, 0); // nothing
        sim.setInput("GPIO", 50, false);
        gpio.w32(GPREN1, 1 << (50 - 32));
        sim.setInput("GPIO", 50, true);
        assertTrue(sim.interruptRaised("GPIO.BANK2"), "pins 46-57");
        assertFalse(sim.interruptRaised("GPIO.BANK1"));
        assertFalse(sim.interruptRaised("GPIO.BANK0"));
    }

    @Test
    void fallingEdgeDetectSeesOnlyFallingEdges() {
        sim.setInput("GPIO", 20, false);
        gpio.w32(GPFEN0, 1 << 20);
        sim.setInput("GPIO", 20, true);
        assertEquals(0, gpio.r32(GPEDS0), "a rising edge");
        sim.setInput("GPIO", 20, false);
        assertEquals(1 << 20, gpio.r32(GPEDS0));
    }

    @Test
    void asynchronousFallingEdgeDetectAloneSeesFallingEdges() {
        sim.setInput("GPIO", 21, true);
        gpio.w32(GPAFEN0, 1 << 21);
        sim.setInput("GPIO", 21, false);
        assertEquals(1 << 21, gpio.r32(GPEDS0));
    }

    @Test
    void lowLevelDetectFlagsALowPinOnly() {
        sim.setInput("GPIO", 22, true);
        gpio.w32(GPLEN0, (1 << 22) | (1 << 23));
        assertEquals(0, gpio.r32(GPEDS0) & (1 << 22), "pin 22 is high");
        sim.setInput("GPIO", 23, false);
        assertEquals(1 << 23, gpio.r32(GPEDS0) & (1 << 23));
        sim.setInput("GPIO", 22, false);
        assertEquals(1 << 22, gpio.r32(GPEDS0) & (1 << 22));
    }

    @Test
    void aReleasedPinReadsItsPullResistorAgain() {
        sim.setInput("GPIO", 4, false); // pin 4 pulls up
        sim.setInput("GPIO", 12, true); // pin 12 pulls down
        assertEquals(1 << 12, gpio.r32(GPLEV0) & ((1 << 4) | (1 << 12)));
        model().release(4);
        assertEquals((1 << 4) | (1 << 12), gpio.r32(GPLEV0) & ((1 << 4) | (1 << 12)));
        model().release(12);
        assertEquals(1 << 4, gpio.r32(GPLEV0) & ((1 << 4) | (1 << 12)));
    }

    @Test
    void pinsOutside0To57AreRefused() {
        Bcm2711Gpio m = model();
        for (int pin : new int[] {-1, 58}) {
            assertThrows(IllegalArgumentException.class, () -> m.setInput(pin, true));
            assertThrows(IllegalArgumentException.class, () -> m.release(pin));
            assertThrows(IllegalArgumentException.class, () -> m.level(pin));
            assertThrows(IllegalArgumentException.class, () -> m.isOutput(pin));
            assertThrows(IllegalArgumentException.class, () -> m.function(pin));
        }
        m.level(0);
        m.level(57);
        assertEquals(0, m.function(57));
    }

    @Test
    void resetPutsAUsedGpioBlockBackIntoItsPowerOnState() {
        gpio.w32(GPFSEL4, 1);
        gpio.w32(GPSET1, 1 << 8);
        gpio.w32(GPLEN0, 1 << 22);
        sim.setInput("GPIO", 22, false);
        assertTrue(sim.interruptRaised("GPIO"));
        model().reset();
        assertEquals(0, model().function(40));
        assertEquals(0, model().outputLatches());
        assertEquals(0, gpio.r32(GPLEN0));
        assertEquals(0, gpio.r32(GPEDS0));
        assertFalse(sim.interruptRaised("GPIO"));
        assertEquals(0x1FF, gpio.r32(GPLEV0) & 0xFFFF, "pins 0-8 pull up again, nothing drives pin 22");
    }

    @Test
    void theTraceNamesEachLineAnEdgeRaisesAndLowers() {
        sim.setInput("GPIO", 40, false);
        gpio.w32(GPREN1, 1 << 8);
        long traced = sim.traceLength();
        sim.setInput("GPIO", 40, true);
        gpio.w32(GPEDS1, 1 << 8); // clearing the event lowers both lines again
        List<String> lines = sim.traceSince(traced).stream().filter(e -> e.operation().equals("IRQ"))
                .map(TraceEvent::toString).toList();
        assertEquals(4, lines.size(), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.contains("GPIO.BANK1") && l.contains("raised")).count(), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.contains("GPIO.BANK1") && l.contains("lowered")).count(), lines.toString());
        assertEquals(2, lines.stream().filter(l -> !l.contains("BANK")).count(), lines.toString());
    }
}
