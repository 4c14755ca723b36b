package org.mmioworkbench.core.tests.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;

/** The PL061 GPIO on qemu-virt: address-masked data, pins driven from outside, interrupts. */
class Pl061Test {
    static final long GPIO = 0x0903_0000L;
    static final int DIR = 0x400;
    static final int IS = 0x404;
    static final int IBE = 0x408;
    static final int IEV = 0x40C;
    static final int IE = 0x410;
    static final int RIS = 0x414;
    static final int MIS = 0x418;
    static final int IC = 0x41C;

    private final Rig rig = new Rig(new Simulator(Board.qemuVirt()), GPIO);

    /** The GPIODATA address that reaches the pins of a mask. */
    private static int data(int pinMask) {
        return pinMask << 2;
    }

    @Test
    void addressBitsNineToTwoMaskWhichPinsAWriteChanges() {
        rig.w32(DIR, 0xFF);
        rig.w32(data(0xFF), 0xFF);
        assertEquals(0xFF, rig.r32(data(0xFF)));
        rig.w32(data(0x01), 0x00); // address 0x004: pin 0 only
        assertEquals(0xFE, rig.r32(data(0xFF)));
        rig.w32(data(0x30), 0x00); // address 0x0C0: pins 4 and 5
        assertEquals(0xCE, rig.r32(data(0xFF)));
        rig.w32(data(0x00), 0x00); // address 0x000 reaches no pin
        assertEquals(0xCE, rig.r32(data(0xFF)));
    }

    @Test
    void addressBitsNineToTwoMaskWhichPinsAReadReturns() {
        rig.w32(DIR, 0xFF);
        rig.w32(data(0xFF), 0xA5);
        assertEquals(0x05, rig.r32(data(0x0F)));
        assertEquals(0x80, rig.r32(data(0x80)));
        assertEquals(0x00, rig.r32(data(0x5A)));
        assertEquals(0x00, rig.r32(0x000));
        assertEquals(0x00, rig.r8(data(0xFF) + 1), "bits 15..8 of GPIODATA read 0");
        assertEquals(OptionalInt.of(0x05), rig.sim.peek(GPIO + data(0x0F), 32));
    }

    @Test
    void writesChangeOnlyOutputPinsAndInputsFollowTheOutsideWorld() {
        rig.w32(DIR, 0x0F);
        rig.w32(data(0xFF), 0xFF);
        assertEquals(0x0F, rig.r32(data(0xFF)), "pins 4-7 are inputs, low until driven");
        rig.sim.setInput("GPIO", 6, true);
        assertEquals(0x4F, rig.r32(data(0xFF)));
        assertTrue(rig.sim.pinLevel("GPIO", 6));
        assertTrue(rig.sim.pinLevel("GPIO", 0));
        rig.w32(DIR, 0xFF);
        assertEquals(0x0F, rig.r32(data(0xFF)), "pin 6 is now an output, driven low by its latch");
        assertThrows(IllegalArgumentException.class, () -> rig.sim.setInput("GPIO", 8, true));
        assertThrows(IllegalArgumentException.class, () -> rig.sim.setInput("RTC", 0, true));
    }

    @Test
    void traceNamesGpiodataAndThePinsAMaskedWriteChanged() {
        rig.w32(DIR, 0xFF);
        rig.w32(data(0x03), 0x01);
        TraceEvent e = rig.last();
        assertEquals("GPIO.GPIODATA", e.register());
        assertEquals(List.of(new FieldChange("PIN0", 0, 1, "")), e.changedFields());
        assertTrue(e.toString().endsWith("IoWriteMmReg32 GPIO.GPIODATA <- 0x1 (PIN0=1)"), e.toString());
    }

    @Test
    void risingEdgeRaisesTheInterruptAndGpioicClearsIt() {
        rig.w32(IS, 0); // edge
        rig.w32(IEV, 0x08); // rising edge on pin 3
        rig.w32(IE, 0x08);
        rig.sim.setInput("GPIO", 3, true);
        assertEquals(0x08, rig.r32(RIS));
        assertEquals(0x08, rig.r32(MIS));
        assertTrue(rig.sim.interruptRaised("GPIO"));
        assertTrue(rig.sim.trace().stream().anyMatch(e -> e.toString().endsWith("IRQ GPIO raised")));
        rig.w32(IC, 0x08);
        assertEquals(0, rig.r32(RIS));
        assertFalse(rig.sim.interruptRaised("GPIO"));
        rig.sim.setInput("GPIO", 3, false);
        assertEquals(0, rig.r32(RIS), "a falling edge does not count");
    }

    @Test
    void bothEdgesTriggerWithGpioibe() {
        rig.w32(IBE, 0x01);
        rig.sim.setInput("GPIO", 0, true);
        assertEquals(1, rig.r32(RIS));
        rig.w32(IC, 1);
        rig.sim.setInput("GPIO", 0, false);
        assertEquals(1, rig.r32(RIS));
        assertFalse(rig.sim.interruptRaised("GPIO"), "masked: GPIOIE is 0");
    }

    @Test
    void levelSensitiveInterruptFollowsTheLevelAndCannotBeClearedWhileItHolds() {
        rig.w32(IS, 0x02);
        rig.w32(IEV, 0x02); // high level on pin 1
        rig.w32(IE, 0x02);
        assertFalse(rig.sim.interruptRaised("GPIO"));
        rig.sim.setInput("GPIO", 1, true);
        assertTrue(rig.sim.interruptRaised("GPIO"));
        rig.w32(IC, 0x02);
        assertTrue(rig.sim.interruptRaised("GPIO"), "the level still holds");
        rig.sim.setInput("GPIO", 1, false);
        assertFalse(rig.sim.interruptRaised("GPIO"));
        assertEquals(0, rig.r32(RIS));
    }

    @Test
    void outputPinsAreSeenByTheEdgeDetectorToo() {
        rig.w32(DIR, 0x80);
        rig.w32(IEV, 0x80);
        rig.w32(IE, 0x80);
        rig.w32(data(0x80), 0x80);
        assertTrue(rig.sim.interruptRaised("GPIO"));
    }

    @Test
    void primeCellIdRegistersReadThePl061Identification() {
        int[] expected = {0x61, 0x10, 0x04, 0x00, 0x0D, 0xF0, 0x05, 0xB1};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], rig.r32(0xFE0 + 4 * i));
        }
    }
}
