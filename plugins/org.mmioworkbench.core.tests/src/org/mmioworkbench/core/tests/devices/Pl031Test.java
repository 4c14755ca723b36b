package org.mmioworkbench.core.tests.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.devices.DeviceCatalog;
import org.mmioworkbench.core.devices.Pl031;

/** The PL031 RTC counting seconds of simulated time. */
class Pl031Test {
    static final long RTC = 0x0901_0000L;
    static final long SECOND = 1_000_000_000L;
    static final int DR = 0x000;
    static final int MR = 0x004;
    static final int LR = 0x008;
    static final int CR = 0x00C;
    static final int IMSC = 0x010;
    static final int RIS = 0x014;
    static final int MIS = 0x018;
    static final int ICR = 0x01C;

    private final Rig rig = new Rig(new Simulator(Board.qemuVirt()), RTC);

    @Test
    void qemusRtcRunsFromBootAndCountsSecondsOfSimulatedTime() {
        assertEquals(1, rig.r32(CR));
        assertEquals(0, rig.r32(DR));
        rig.sim.advance(3 * SECOND);
        assertEquals(3, rig.r32(DR));
        rig.sim.advance(SECOND / 2);
        assertEquals(3, rig.r32(DR));
        rig.sim.advance(SECOND / 2);
        assertEquals(4, rig.r32(DR));
    }

    @Test
    void loadRegisterSetsTheCounterAtOnceAndItKeepsCounting() {
        rig.w32(LR, 1_700_000_000);
        assertEquals(1_700_000_000, rig.r32(DR));
        rig.sim.advance(5 * SECOND);
        assertEquals(1_700_000_005, rig.r32(DR));
        assertEquals(1_700_000_005, rig.sim.device("RTC", Pl031.class).orElseThrow().counter());
    }

    @Test
    void matchRaisesTheInterruptAtTheExactSecondAndIcrClearsIt() {
        rig.w32(LR, 100);
        rig.w32(MR, 103);
        rig.w32(IMSC, 1);
        rig.sim.advance(10 * SECOND);
        assertEquals(1, rig.r32(RIS));
        assertEquals(1, rig.r32(MIS));
        assertTrue(rig.sim.interruptRaised("RTC"));
        TraceEvent irq = rig.sim.trace().stream().filter(e -> e.operation().equals("IRQ")).findFirst().orElseThrow();
        assertEquals(3 * SECOND, irq.timeNanos(), "the third tick after loading, at t = 3 s");
        assertEquals("RTC", irq.arguments());
        rig.w32(ICR, 1);
        assertFalse(rig.sim.interruptRaised("RTC"));
        assertEquals(0, rig.r32(RIS));
    }

    @Test
    void maskedMatchSetsOnlyTheRawStatus() {
        rig.w32(MR, 2);
        rig.sim.advance(2 * SECOND);
        assertEquals(1, rig.r32(RIS));
        assertEquals(0, rig.r32(MIS));
        assertFalse(rig.sim.interruptRaised("RTC"));
        rig.w32(IMSC, 1);
        assertTrue(rig.sim.interruptRaised("RTC"), "unmasking a pending match raises the line");
    }

    @Test
    void stoppedRtcStartsOnRtcstartAndCannotBeStoppedAgain() {
        Rig fresh = new Rig(new Simulator(Board.builder("b").device("RTC", 0x1000_0000L, 0x1000, false,
                DeviceCatalog.pl031(false)).build()), 0x1000_0000L);
        fresh.w32(LR, 50);
        fresh.sim.advance(3 * SECOND);
        assertEquals(50, fresh.r32(DR), "not started: it does not count");
        fresh.w32(CR, 1);
        fresh.sim.advance(2 * SECOND);
        assertEquals(52, fresh.r32(DR));
        fresh.w32(CR, 0);
        assertEquals(1, fresh.r32(CR), "RTCSTART is oneToSet: writing 0 does nothing");
        fresh.sim.advance(SECOND);
        assertEquals(53, fresh.r32(DR));
    }

    @Test
    void writingTheDataRegisterIsDiagnosedAsReadOnly() {
        rig.w32(DR, 5);
        assertEquals(List.of(DiagnosticKind.WRITE_TO_READ_ONLY), rig.sim.diagnostics().stream().map(d -> d.kind())
                .toList());
        assertTrue(rig.sim.diagnostics().get(0).message().contains("RTC.RTCDR"));
        assertEquals(0, rig.r32(DR));
    }

    @Test
    void primeCellIdRegistersReadThePl031Identification() {
        int[] expected = {0x31, 0x10, 0x14, 0x00, 0x0D, 0xF0, 0x05, 0xB1};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], rig.r32(0xFE0 + 4 * i));
        }
    }
}
