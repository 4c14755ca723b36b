package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.MmioConstants.MMIO_U_SHARED;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE_BACK;
import static org.mmioworkbench.core.tests.Fixtures.GPIO;
import static org.mmioworkbench.core.tests.Fixtures.PAGE;
import static org.mmioworkbench.core.tests.Fixtures.RTC;
import static org.mmioworkbench.core.tests.Fixtures.UART0;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.IoMemHandles;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.SimProcess;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.SimulatorListener;
import org.mmioworkbench.core.Snapshot;
import org.mmioworkbench.core.Timing;
import org.mmioworkbench.core.TraceEvent;

class TraceAndClockTest {
    private final Simulator sim = Fixtures.qemu();
    private final MmioApi api = sim.process("driver").api();

    /** A script touching every kind of operation, including conflicts and faults. */
    static void script(Simulator s) {
        SimProcess driver = s.process("driver");
        SimProcess helper = s.process("helper");
        MmioApi api = driver.api();
        IoMemHandles h = new IoMemHandles();
        api.knIoMemHandlesClear(h);
        h.rid = api.knRegisterPhyMem(GPIO, PAGE, MMIO_U_SHARED).rid();
        helper.api().knRegisterPhyMem(GPIO, PAGE, 0);
        api.knRegisterPhyMem(UART0, PAGE, 0);
        MapResult m = api.knIoMapMem(h.rid, VMM_FLAG_READ | org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE,
                VMM_FLAG_WRITE_BACK);
        h.handle = m.handle();
        api.ioWriteMmReg32(m.address() + 0x400, 0xFF);
        api.ioWriteMmBuffer8(m.address(), new byte[] {1, 2, 3}, 3);
        api.ioReadMmBuffer16(m.address(), new short[4], 4);
        assertThrows(MmioFault.class, () -> api.ioReadMmReg32(m.address() + 2)); // recorded in the trace
        s.ipcTransferHandle(driver, h.rid, helper);
        s.advance(5_000);
        int rtc = api.knRegisterPhyMem(RTC, PAGE, 0).rid();
        s.kernel().access(RTC, PAGE);
        api.knHandleRevoke(rtc);
        api.knIoMemHandlesClose(h);
    }

    @Test
    void sameScriptTwiceGivesEqualTracesDiagnosticsAndTime() {
        Simulator first = Fixtures.qemu();
        Simulator second = Fixtures.qemu();
        script(first);
        script(second);
        assertEquals(first.trace(), second.trace());
        assertEquals(first.diagnostics(), second.diagnostics());
        assertEquals(first.now(), second.now());
        assertEquals(first.processes(), second.processes());
        assertTrue(first.traceLength() > 15);
    }

    @Test
    void everyOperationIsTracedWithSequenceTimeActorArgumentsAndResult() {
        long boot = sim.traceLength();
        int rid = api.knRegisterPhyMem(GPIO, PAGE, MMIO_U_SHARED).rid();
        TraceEvent e = sim.traceSince(boot).get(0);
        assertEquals(boot, e.seq());
        assertEquals(0, e.timeNanos());
        assertEquals("driver", e.actor());
        assertEquals("KnRegisterPhyMem", e.operation());
        assertEquals("addr=0x09030000, size=0x1000, flags=MMIO_U_SHARED", e.arguments());
        assertEquals("rcOk rid=0x" + Integer.toHexString(rid), e.result());
        assertEquals(Retcode.rcOk, e.rc());
        assertNull(e.fault());
        assertEquals(OptionalLong.of(GPIO), e.physicalAddress());
        assertEquals("GPIO", e.device());
    }

    @Test
    void bootClaimsAndProcessStartsAreTraced() {
        List<TraceEvent> trace = sim.trace();
        assertEquals("KernelBootClaim", trace.get(0).operation());
        assertEquals("kernel", trace.get(0).actor());
        assertEquals("UART0", trace.get(0).device());
        assertEquals("ProcessStart", trace.get(1).operation());
        assertEquals("driver", trace.get(1).actor());
    }

    @Test
    void registerAccessEventsCarryValuePhysicalAddressAndDevice() {
        MapResult m = Fixtures.mapRw(api, Fixtures.registerOk(api, GPIO, PAGE, 0));
        api.ioWriteMmReg16(m.address() + 0x400, 0xAB); // GPIODIR
        api.ioReadMmReg16(m.address() + 0x400);
        List<TraceEvent> t = sim.trace();
        TraceEvent write = t.get(t.size() - 2);
        TraceEvent read = t.get(t.size() - 1);
        assertEquals("IoWriteMmReg16", write.operation());
        assertEquals("reg=0x0000004000000400, data=0x00ab", write.arguments());
        assertEquals("IoReadMmReg16", read.operation());
        assertEquals("0x00ab", read.result());
        assertNull(read.rc());
        assertEquals(OptionalLong.of(GPIO + 0x400), read.physicalAddress());
        assertEquals("GPIO", read.device());
        assertEquals("GPIO.GPIODIR", read.register());
    }

    @Test
    void kernelCallsAdvanceTheClockByTheKernelCallCost() {
        long t = sim.now();
        int rid = api.knRegisterPhyMem(GPIO, PAGE, 0).rid();
        assertEquals(t + Timing.KERNEL_CALL_NANOS, sim.now());
        api.knRegisterPhyMem(GPIO + 1, PAGE, 0);
        assertEquals(t + 2 * Timing.KERNEL_CALL_NANOS, sim.now(), "failed calls cost the same");
        api.knHandleClose(rid);
        assertEquals(t + 3 * Timing.KERNEL_CALL_NANOS, sim.now());
    }

    @Test
    void registerAccessesAdvanceTheClockByTheAccessCost() {
        MapResult m = Fixtures.mapRw(api, Fixtures.registerOk(api, GPIO, PAGE, 0));
        long t = sim.now();
        api.ioReadMmReg32(m.address());
        api.ioWriteMmReg8(m.address(), 1);
        assertEquals(t + 2 * Timing.REGISTER_ACCESS_NANOS, sim.now());
        TraceEvent last = sim.traceSince(sim.traceLength() - 1).get(0);
        assertEquals(t + Timing.REGISTER_ACCESS_NANOS, last.timeNanos(), "events carry their start time");
    }

    @Test
    void aPollingLoopSeesTimePass() {
        MapResult m = Fixtures.mapRw(api, Fixtures.registerOk(api, GPIO, PAGE, 0));
        long start = sim.now();
        int polls = 0;
        while (sim.now() - start < 10_000) {
            api.ioReadMmReg32(m.address() + 0x18);
            polls++;
        }
        assertEquals(10_000 / Timing.REGISTER_ACCESS_NANOS, polls);
    }

    @Test
    void advanceAddsADelayAndIsTraced() {
        long t = sim.now();
        sim.advance(2_500);
        assertEquals(t + 2_500, sim.now());
        TraceEvent e = sim.traceSince(sim.traceLength() - 1).get(0);
        assertEquals("advance", e.operation());
        assertEquals("simulator", e.actor());
        assertThrows(IllegalArgumentException.class, () -> sim.advance(-1));
    }

    @Test
    void libraryHelpersCostNoTime() {
        long t = sim.now();
        api.knIoMemHandlesClear(new IoMemHandles());
        api.knIoMemHandlesClose(new IoMemHandles());
        assertEquals(t, sim.now());
    }

    @Test
    void traceListsAlreadyReturnedNeverChange() {
        List<TraceEvent> before = sim.trace();
        int size = before.size();
        api.knRegisterPhyMem(GPIO, PAGE, 0);
        assertEquals(size, before.size());
        assertThrows(UnsupportedOperationException.class, () -> before.add(null));
    }

    @Test
    void listenersAreNotifiedAfterEveryOperationIncludingFaults() {
        List<TraceEvent> seen = new ArrayList<>();
        sim.addListener(seen::add);
        long before = sim.traceLength();
        script(sim);
        assertEquals(sim.traceSince(before), seen);
    }

    @Test
    void listenersAreNotifiedOnRestoreAndMayReadTheSimulator() {
        Snapshot s = sim.snapshot();
        List<Long> lengths = new ArrayList<>();
        sim.addListener(new SimulatorListener() {
            @Override
            public void traced(TraceEvent event) {
                lengths.add(sim.traceLength());
            }

            @Override
            public void restored(Snapshot snapshot) {
                lengths.add(-sim.traceLength());
            }
        });
        api.knRegisterPhyMem(GPIO, PAGE, 0);
        sim.restore(s);
        assertEquals(List.of(s.traceLength() + 1, -s.traceLength()), lengths);
    }

    @Test
    void afterARestoreListenersAreGivenEveryNewEventFromTheRestoredPointOn() {
        Snapshot s = sim.snapshot();
        api.knRegisterPhyMem(GPIO, PAGE, 0);
        api.knRegisterPhyMem(UART0, PAGE, 0);
        api.knRegisterPhyMem(RTC, PAGE, 0);
        List<TraceEvent> seen = new ArrayList<>();
        sim.addListener(seen::add);
        sim.restore(s);
        api.knRegisterPhyMem(GPIO, PAGE, 0);
        assertEquals(1, seen.size(), "the trace is shorter than before the restore, but the new event is news");
        assertEquals(s.traceLength(), seen.get(0).seq());
        assertEquals(sim.traceSince(s.traceLength()), seen);
    }

    @Test
    void anAdvanceOfMoreThan2To32NanosecondsIsTracedWithItsLength() {
        long start = sim.now();
        sim.advance(5_000_000_123L);
        List<TraceEvent> last = sim.traceSince(sim.traceLength() - 1);
        assertEquals(start + 5_000_000_123L, sim.now());
        assertTrue(last.get(0).toString().contains("5000000123"), last.get(0).toString());
    }
}
