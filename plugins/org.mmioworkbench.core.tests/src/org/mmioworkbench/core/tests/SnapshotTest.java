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
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceModel;
import org.mmioworkbench.core.DeviceState;
import org.mmioworkbench.core.FaultCause;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MemoryDevice;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.MmioFault;
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
    void aSnapshotOfAnotherSimulatorIsRejectedAndChangesNothing() {
        MapResult m = setUp();
        List<Object> before = observe(sim);
        Simulator other = Fixtures.qemu();
        MmioApi stranger = other.process("stranger").api();
        Fixtures.mapRw(stranger, Fixtures.registerOk(stranger, RTC, PAGE, 0));
        Snapshot foreign = other.snapshot();

        assertThrows(IllegalArgumentException.class, () -> sim.restore(foreign));

        assertEquals(before, observe(sim), "processes, handles, regions, devices, clock and trace as they were");
        assertEquals(0x34, api.ioReadMmReg32(m.address() + 0x400), "the session goes on where it was");
    }

    @Test
    void aSnapshotOfAnotherSimulatorIsRejectedEvenWhereItsDeviceStatesWouldFit() {
        Simulator mine = Fixtures.qemuMemory(); // plain memory takes any memory's state: only the owner tells
        MmioApi driverApi = mine.process("driver").api();
        MapResult m = Fixtures.mapRw(driverApi, Fixtures.registerOk(driverApi, GPIO, PAGE, 0));
        driverApi.ioWriteMmReg32(m.address(), 0x34);
        List<Object> before = observe(mine);
        Simulator other = Fixtures.qemuMemory();
        MmioApi stranger = other.process("stranger").api();
        Fixtures.mapRw(stranger, Fixtures.registerOk(stranger, RTC, PAGE, 0));

        assertThrows(IllegalArgumentException.class, () -> mine.restore(other.snapshot()));

        assertEquals(before, observe(mine));
        assertEquals(0x34, driverApi.ioReadMmReg32(m.address()));
    }

    @Test
    void anAddressMappedAfterTheSnapshotFaultsUnmappedAfterRestore() {
        Fixtures.mapRw(api, Fixtures.registerOk(api, GPIO, PAGE, 0));
        Snapshot snap = sim.snapshot();
        MapResult late = Fixtures.mapRw(api, Fixtures.registerOk(api, RTC, PAGE, 0));
        api.ioReadMmReg32(late.address()); // the translation is cached

        sim.restore(snap);

        MmioFault f = assertThrows(MmioFault.class, () -> api.ioReadMmReg32(late.address()));
        assertEquals(FaultCause.UNMAPPED, f.faultCause());
        assertEquals(OptionalLong.empty(), f.physicalAddress());
    }

    @Test
    void restoreReleasesTheLockSoAnotherThreadCanReadAndDrive() throws Exception {
        MapResult m = setUp();
        Snapshot snap = sim.snapshot();
        mutate(m);
        sim.restore(snap);
        assertEquals(snap.timeNanos(), onAnotherThread(sim::now));
        onAnotherThread(() -> {
            api.ioWriteMmReg32(m.address() + 0x400, 0x12);
            return null;
        });

        Snapshot foreign = Fixtures.qemu().snapshot();
        assertThrows(IllegalArgumentException.class, () -> sim.restore(foreign));
        assertEquals(0x12, onAnotherThread(() -> api.ioReadMmReg32(m.address() + 0x400)),
                "a rejected restore releases the lock too");
    }

    @Test
    void aDeviceThatRefusesItsStateLeavesTheWholeSimulatorAsItWas() {
        AtomicBoolean refuse = new AtomicBoolean();
        Simulator s = new Simulator(Board.builder("refusing")
                .device("MEM", Fixtures.DEV_A, PAGE)
                .device("FUSSY", Fixtures.DEV_B, PAGE, false, w -> new Refusing(new MemoryDevice(w), refuse))
                .build());
        MmioApi a = s.process("driver").api();
        MapResult mem = Fixtures.mapRw(a, Fixtures.registerOk(a, Fixtures.DEV_A, PAGE, 0));
        a.ioWriteMmReg32(mem.address(), 1);
        Snapshot snap = s.snapshot();
        a.ioWriteMmReg32(mem.address(), 2);
        MapResult fussy = Fixtures.mapRw(a, Fixtures.registerOk(a, Fixtures.DEV_B, PAGE, 0));
        a.ioWriteMmReg32(fussy.address(), 3);
        List<Object> before = List.of(s.now(), s.regions(), s.processes(), List.copyOf(s.trace()),
                s.peek(Fixtures.DEV_A, 32), s.peek(Fixtures.DEV_B, 32));

        refuse.set(true);
        assertThrows(IllegalStateException.class, () -> s.restore(snap));

        assertEquals(before, List.of(s.now(), s.regions(), s.processes(), List.copyOf(s.trace()),
                s.peek(Fixtures.DEV_A, 32), s.peek(Fixtures.DEV_B, 32)));
        assertEquals(3, a.ioReadMmReg32(fussy.address()), "the mapping made after the snapshot still works");
    }

    /** Plain memory that throws when told to refuse the state it is given back (a model's bug, say). */
    private record Refusing(MemoryDevice memory, AtomicBoolean refuse) implements DeviceModel {
        @Override
        public int read(long offset, int widthBits) {
            return memory.read(offset, widthBits);
        }

        @Override
        public void write(long offset, int widthBits, int value) {
            memory.write(offset, widthBits, value);
        }

        @Override
        public int peek(long offset, int widthBits) {
            return memory.peek(offset, widthBits);
        }

        @Override
        public void reset() {
            memory.reset();
        }

        @Override
        public DeviceState saveState() {
            return memory.saveState();
        }

        @Override
        public void restoreState(DeviceState state) {
            if (refuse.get()) {
                throw new IllegalStateException("this model refuses to go back");
            }
            memory.restoreState(state);
        }
    }

    /** Runs a call on another thread and waits for it at most 10 s: it would wait for ever on a held lock. */
    private static <T> T onAnotherThread(Callable<T> call) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            return executor.submit(call).get(10, TimeUnit.SECONDS);
        } finally {
            executor.shutdownNow();
        }
    }
}
