package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mmioworkbench.core.MmioConstants.MMIO_U_SHARED;
import static org.mmioworkbench.core.tests.Fixtures.GPIO;
import static org.mmioworkbench.core.tests.Fixtures.PAGE;
import static org.mmioworkbench.core.tests.Fixtures.RTC;
import static org.mmioworkbench.core.tests.Fixtures.UART0;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.SimProcess;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.Snapshot;

class SnapshotTest {
    private final Simulator sim = Fixtures.qemu();
    private final SimProcess driver = sim.process("driver");
    private final MmioApi api = driver.api();

    /** Everything observable, including device memory read without side effects. */
    private static List<Object> observe(Simulator s) {
        List<Object> all = new ArrayList<>();
        all.add(s.now());
        all.add(s.regions());
        all.add(s.processes());
        all.add(s.kernelClaims());
        all.add(List.copyOf(s.diagnostics()));
        all.add(List.copyOf(s.trace()));
        for (long base : new long[] {UART0, RTC, GPIO}) {
            for (long off = 0; off < PAGE; off += 4) {
                all.add(s.peek(base + off, 32));
            }
        }
        return all;
    }

    private MapResult setUp() {
        int rid = Fixtures.registerOk(api, GPIO, PAGE, MMIO_U_SHARED);
        MapResult m = Fixtures.mapRw(api, rid);
        api.ioWriteMmReg32(m.address() + 0x400, 0x34); // GPIODIR
        api.knRegisterPhyMem(UART0, PAGE, 0);
        sim.ipcTransferHandle(driver, rid, sim.process("peer"));
        return m;
    }

    private void mutate(MapResult m) {
        api.ioWriteMmReg32(m.address() + 0x400, 0x99);
        api.ioWriteMmReg32(m.address() + 0x410, 0x77); // GPIOIE
        api.knHandleClose(m.handle());
        MmioApi late = sim.process("late").api();
        Fixtures.registerOk(late, RTC, PAGE, 0);
        sim.kernel().access(RTC, PAGE);
        sim.advance(1_000_000);
    }

    @Test
    void restoreBringsBackMemoryHandlesClockTraceAndDiagnostics() {
        MapResult m = setUp();
        List<Object> before = observe(sim);
        Snapshot snap = sim.snapshot();
        mutate(m);
        assertNotEquals(before, observe(sim));
        sim.restore(snap);
        assertEquals(before, observe(sim));
        assertEquals(0x34, api.ioReadMmReg32(m.address() + 0x400));
    }

    @Test
    void restoreRestoresIdCountersSoTheFutureRepeatsExactly() {
        MapResult m = setUp();
        Snapshot snap = sim.snapshot();
        mutate(m);
        List<Object> firstFuture = observe(sim);
        sim.restore(snap);
        mutate(m);
        assertEquals(firstFuture, observe(sim));
    }

    @Test
    void aSnapshotCanBeRestoredRepeatedlyAndNeverChanges() {
        MapResult m = setUp();
        Snapshot snap = sim.snapshot();
        List<Object> at = observe(sim);
        for (int i = 0; i < 3; i++) {
            api.ioWriteMmReg32(m.address(), i);
            mutate(m);
            sim.restore(snap);
            assertEquals(at, observe(sim));
        }
    }

    @Test
    void steppingBackAndForwardBetweenSnapshotsRestoresEachExactly() {
        MapResult m = setUp();
        Snapshot early = sim.snapshot();
        List<Object> atEarly = observe(sim);
        mutate(m);
        Snapshot late = sim.snapshot();
        List<Object> atLate = observe(sim);
        sim.restore(early);
        api.ioWriteMmReg32(m.address() + 0x400, 0x55);
        sim.advance(3);
        sim.restore(late);
        assertEquals(atLate, observe(sim));
        sim.restore(early);
        assertEquals(atEarly, observe(sim));
    }

    @Test
    void snapshotReportsTimeTraceLengthAndDiagnosticCount() {
        setUp();
        Snapshot snap = sim.snapshot();
        assertEquals(sim.now(), snap.timeNanos());
        assertEquals(sim.traceLength(), snap.traceLength());
        assertEquals(sim.diagnostics().size(), snap.diagnosticCount());
    }

    @Test
    void processStartedAfterTheSnapshotIsGoneAfterRestore() {
        Snapshot snap = sim.snapshot();
        SimProcess late = sim.process("late");
        sim.restore(snap);
        assertFalse(late.exists());
        assertThrows(IllegalStateException.class, () -> late.api().knRegisterPhyMem(GPIO, PAGE, 0));
        assertEquals(List.of("driver"), sim.processes().stream().map(p -> p.name()).toList());
    }

    @Test
    void snapshotOfAnotherSimulatorIsRejected() {
        Snapshot foreign = Fixtures.qemu().snapshot();
        assertThrows(IllegalArgumentException.class, () -> sim.restore(foreign));
    }
}
