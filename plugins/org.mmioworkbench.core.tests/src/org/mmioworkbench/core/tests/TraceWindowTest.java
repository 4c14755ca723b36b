package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.tests.Fixtures.GPIO;
import static org.mmioworkbench.core.tests.Fixtures.PAGE;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.SimulatorListener;
import org.mmioworkbench.core.Snapshot;
import org.mmioworkbench.core.TraceEvent;

/** The trace window: the trace keeps the most recent events, counts all of them, and snapshots keep no more. */
class TraceWindowTest {
    private static final long GPIODATA_ALL = 0x3FC;
    private static final long GPIODIR = 0x400;
    private static final long GPIOIE = 0x410;

    /** A driver making every kind of event: accesses, buffers, kernel calls, interrupts, clock advances. */
    private static final class Driver {
        final Simulator sim;
        final MmioApi api;
        final long base;

        Driver(int window) {
            sim = new Simulator(Board.qemuVirt(), window);
            api = sim.process("driver").api();
            int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
            MapResult m = Fixtures.mapRw(api, rid);
            base = m.address();
            api.ioWriteMmReg32(base + GPIOIE, 0xFF);
        }

        void run(int from, int to) {
            int[] buf = new int[3];
            for (int i = from; i < to; i++) {
                api.ioWriteMmReg32(base + GPIODIR, i & 0x0F);
                api.ioReadMmReg32(base + GPIODATA_ALL);
                if (i % 7 == 0) {
                    api.ioReadMmBuffer32(base + GPIODATA_ALL, buf, 3);
                }
                if (i % 11 == 0) {
                    api.knHandleClose(1000 + i);
                }
                if (i % 13 == 0) {
                    sim.setInput("GPIO", 7, (i & 1) == 0);
                }
                if (i % 17 == 0) {
                    sim.advance(10);
                }
            }
        }
    }

    private static List<String> text(List<TraceEvent> events) {
        return events.stream().map(TraceEvent::toString).toList();
    }

    @Test
    void theTraceKeepsTheLastWindowOfEventsAndCountsEveryOne() {
        Driver whole = new Driver(Simulator.WHOLE_TRACE);
        Driver windowed = new Driver(1000);
        whole.run(0, 20_000);
        windowed.run(0, 20_000);

        long length = whole.sim.traceLength();
        assertTrue(length > 40_000, "the drive made " + length + " events");
        assertEquals(length, windowed.sim.traceLength());
        List<TraceEvent> window = windowed.sim.trace();
        assertEquals(1000, window.size());
        assertEquals(length - 1000, window.get(0).seq());
        assertEquals(length - 1, window.get(999).seq());
        List<TraceEvent> all = whole.sim.trace();
        assertEquals(text(all.subList(all.size() - 1000, all.size())), text(window));
        assertEquals(text(all.subList(all.size() - 10, all.size())), text(windowed.sim.traceSince(length - 10)));
        assertEquals(text(window), text(windowed.sim.traceSince(0)), "older events than the window: the window");
    }

    @Test
    void listenersAreGivenEveryEventWhateverTheWindow() {
        Driver whole = new Driver(Simulator.WHOLE_TRACE);
        Driver windowed = new Driver(1);
        List<TraceEvent> seen = new ArrayList<>();
        windowed.sim.addListener(new SimulatorListener() {
            @Override
            public void traced(TraceEvent event) {
                seen.add(event);
            }
        });
        long from = windowed.sim.traceLength();
        whole.run(0, 5_000);
        windowed.run(0, 5_000);
        List<TraceEvent> all = whole.sim.trace();
        assertEquals(text(all.subList((int) from, all.size())), text(seen));
        assertEquals(1, windowed.sim.trace().size());
    }

    @Test
    void goingBackToASnapshotAndTakingAnotherPathGivesTheTraceOfThatPath() {
        Driver direct = new Driver(3000);
        direct.run(0, 4_000);
        direct.run(10_000, 14_000);

        Driver rewound = new Driver(3000);
        rewound.run(0, 4_000);
        Snapshot middle = rewound.sim.snapshot();
        rewound.run(4_000, 8_000);
        rewound.sim.restore(middle);
        assertEquals(middle.traceLength(), rewound.sim.traceLength());
        rewound.run(10_000, 14_000);

        assertEquals(direct.sim.traceLength(), rewound.sim.traceLength());
        assertEquals(text(direct.sim.trace()), text(rewound.sim.trace()));
    }

    @Test
    void aLongRunWithAHundredSnapshotsHoldsOnlyTheirWindows() {
        Driver d = new Driver(1000);
        List<Snapshot> kept = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            d.run(i * 30_000, (i + 1) * 30_000);
            kept.add(d.sim.snapshot());
        }
        assertTrue(d.sim.traceLength() > 7_000_000, "events: " + d.sim.traceLength());
        long used = usedHeapAfterCollection();
        // The whole trace would take about 400 MB; 100 windows of 1000 events, with their chunks, are about 10 MB.
        assertTrue(used < 64L << 20, "heap in use with 100 snapshots of a windowed trace: " + (used >> 20) + " MB");
        d.sim.restore(kept.get(0));
        assertEquals(1000, d.sim.trace().size());
        assertEquals(kept.get(0).traceLength() - 1, d.sim.trace().get(999).seq());
    }

    private static long usedHeapAfterCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void aMillionDiagnosticsKeepTheLastThousandAndCountEveryOne() {
        Simulator sim = new Simulator(Board.qemuVirt());
        MmioApi api = sim.process("driver").api();
        int rid = Fixtures.registerOk(api, Fixtures.UART0, PAGE, org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED);
        long uartfr = Fixtures.mapRw(api, rid).address() + 0x18;
        long before = sim.diagnosticCount();
        List<Snapshot> kept = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            api.ioWriteMmReg32(uartfr, i); // UARTFR is read-only: a diagnostic each time
            if (i % 100_000 == 0) {
                kept.add(sim.snapshot());
            }
        }
        assertEquals(before + 1_000_000, sim.diagnosticCount());
        assertEquals(Simulator.DIAGNOSTIC_WINDOW, sim.diagnostics().size());
        assertEquals(sim.diagnosticCount() - 1, sim.diagnostics().get(Simulator.DIAGNOSTIC_WINDOW - 1).seq());
        assertTrue(sim.diagnostics().get(0).message().contains("UART0.UARTFR, which is read-only"));
        assertEquals(List.of(sim.diagnostics().get(Simulator.DIAGNOSTIC_WINDOW - 1)),
                sim.diagnosticsSince(sim.diagnosticCount() - 1));
        long used = usedHeapAfterCollection();
        // A million diagnostics take about 400 MB; ten snapshots of a thousand, a few MB.
        assertTrue(used < 64L << 20, "heap in use after a million diagnostics: " + (used >> 20) + " MB");

        Simulator whole = new Simulator(Board.qemuVirt(), Simulator.WHOLE_TRACE);
        MmioApi wholeApi = whole.process("driver").api();
        int wholeRid = Fixtures.registerOk(wholeApi, Fixtures.UART0, PAGE,
                org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED);
        long wholeUartfr = Fixtures.mapRw(wholeApi, wholeRid).address() + 0x18;
        for (int i = 0; i < 3000; i++) {
            wholeApi.ioWriteMmReg32(wholeUartfr, i);
        }
        assertEquals(whole.diagnosticCount(), whole.diagnostics().size(), "the whole trace keeps every diagnostic");
    }

    @Test
    void aWindowBelowOneEventIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Simulator(Board.qemuVirt(), 0));
        assertEquals("the trace window must be at least 1 event, not 0", e.getMessage());
        assertEquals(Simulator.DEFAULT_TRACE_WINDOW, new Simulator(Board.qemuVirt()).traceWindow());
    }
}
