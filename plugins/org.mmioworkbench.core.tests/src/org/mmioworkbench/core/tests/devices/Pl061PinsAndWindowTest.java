package org.mmioworkbench.core.tests.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Pl061;

/**
 * The PL061's pins seen from outside (levels, directions, pin numbers), the edge of its GPIODATA window,
 * falling edges and GPIOIC, after the PL061 TRM (ARM DDI 0190).
 */
class Pl061PinsAndWindowTest {
    static final long GPIO = 0x0903_0000L;
    static final int ALL_PINS = 0x3FC;
    static final int DIR = 0x400;
    static final int IS = 0x404;
    static final int IEV = 0x40C;
    static final int IE = 0x410;
    static final int RIS = 0x414;
    static final int IC = 0x41C;

    private final Rig rig = new Rig(new Simulator(Board.qemuVirt()), GPIO);

    private Pl061 model() {
        return rig.sim.device("GPIO", Pl061.class).orElseThrow();
    }

    @Test
    void theModelReportsEachPinsLevelAndDirection() {
        rig.w32(DIR, 0x05);
        rig.w32(ALL_PINS, 0x01);
        Pl061 gpio = model();
        assertTrue(gpio.isOutput(0));
        assertFalse(gpio.isOutput(1));
        assertTrue(gpio.isOutput(2));
        assertTrue(gpio.level(0));
        assertFalse(gpio.level(2), "an output driven low");
        assertFalse(gpio.level(1), "an input nobody drives");
        assertEquals(8, gpio.pinCount());
        assertEquals(0x05, gpio.registers().get(gpio.registers().register("GPIODIR")));
    }

    @Test
    void pinsOutside0To7AreRefused() {
        Pl061 gpio = model();
        for (int pin : new int[] {-1, 8}) {
            assertThrows(IllegalArgumentException.class, () -> gpio.setInput(pin, true));
            assertThrows(IllegalArgumentException.class, () -> gpio.level(pin));
            assertThrows(IllegalArgumentException.class, () -> gpio.isOutput(pin));
        }
        assertFalse(gpio.level(7));
    }

    @Test
    void readingGpiodataIsTracedUnderItsName() {
        rig.r32(ALL_PINS);
        assertEquals("GPIO.GPIODATA", rig.last().register());
        rig.r32(0x000);
        assertEquals("GPIO.GPIODATA", rig.last().register());
    }

    @Test
    void theFirstWordAfterTheDataWindowIsGpiodir() {
        rig.w32(DIR, 0x3C);
        assertEquals("GPIO.GPIODIR", rig.last().register());
        assertEquals(0x3C, rig.r32(DIR));
        assertEquals(0x3C, rig.sim.peek(GPIO + DIR, 32).orElseThrow());
        assertThrows(MmioFault.class, () -> rig.api.ioReadMmReg32(rig.base + DIR + 2));
        assertEquals("GPIO.GPIODIR", rig.last().register(), "the fault's trace event names the register");
        assertThrows(MmioFault.class, () -> rig.api.ioReadMmReg32(rig.base + DIR - 2));
        assertEquals("GPIO.GPIODATA", rig.last().register());
    }

    @Test
    void aWriteToAddress0x000ReachesNoPinAndIsTracedAsGpiodata() {
        rig.w32(DIR, 0xFF);
        rig.w32(ALL_PINS, 0x0F);
        rig.w32(0x000, 0xF0);
        assertEquals("GPIO.GPIODATA", rig.last().register());
        assertTrue(rig.last().changedFields().isEmpty(), rig.last().toString());
        assertEquals(0x0F, rig.r32(ALL_PINS));
        assertTrue(rig.sim.diagnostics().isEmpty(), () -> rig.sim.diagnostics().toString());
    }

    @Test
    void fallingEdgeDetectSeesOnlyFallingEdges() {
        rig.w32(IS, 0);
        rig.w32(IEV, 0); // falling edges
        rig.w32(IE, 0x04);
        rig.sim.setInput("GPIO", 2, true);
        assertEquals(0, rig.r32(RIS), "a rising edge");
        rig.sim.setInput("GPIO", 2, false);
        assertEquals(0x04, rig.r32(RIS));
        assertTrue(rig.sim.interruptRaised("GPIO"));
    }

    @Test
    void gpioicClearsOnlyTheEdgeInterruptsItNamesAndHoldsNoValue() {
        rig.w32(IEV, 0x03); // rising edges on pins 0 and 1
        rig.sim.setInput("GPIO", 0, true);
        rig.sim.setInput("GPIO", 1, true);
        assertEquals(0x03, rig.r32(RIS));
        rig.w32(IC, 0x01);
        assertEquals(0x02, rig.r32(RIS));
        assertEquals(0, rig.sim.peek(GPIO + IC, 32).orElseThrow(), "GPIOIC holds no value");
        rig.w32(IC, 0x01); // the same value again still clears
        rig.sim.setInput("GPIO", 0, false);
        rig.sim.setInput("GPIO", 0, true);
        assertEquals(0x03, rig.r32(RIS));
        rig.w32(IC, 0x01);
        assertEquals(0x02, rig.r32(RIS));
    }

    @Test
    void resetPutsAUsedGpioBackIntoItsPowerOnState() {
        rig.w32(DIR, 0xFF);
        rig.w32(IEV, 0xFF);
        rig.w32(IE, 0xFF);
        rig.w32(ALL_PINS, 0xFF);
        assertTrue(rig.sim.interruptRaised("GPIO"));
        model().reset();
        assertEquals(0, rig.r32(DIR));
        assertEquals(0, rig.r32(ALL_PINS));
        assertEquals(0, rig.r32(RIS));
        assertFalse(rig.sim.interruptRaised("GPIO"));
    }
}
