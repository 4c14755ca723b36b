package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.MmioConstants.INVALID_HANDLE;
import static org.mmioworkbench.core.MmioConstants.MMIO_U_SHARED;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_HIGH_GUARD;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_LOW_GUARD;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE_BACK;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE_COMBINE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE_THROUGH;
import static org.mmioworkbench.core.Retcode.rcBusy;
import static org.mmioworkbench.core.Retcode.rcHandleRevoked;
import static org.mmioworkbench.core.Retcode.rcInvalidArgument;
import static org.mmioworkbench.core.Retcode.rcResourceNotFound;
import static org.mmioworkbench.core.Retcode.rcOk;
import static org.mmioworkbench.core.Retcode.rcOutOfMemory;
import static org.mmioworkbench.core.tests.Fixtures.GPIO;
import static org.mmioworkbench.core.tests.Fixtures.PAGE;
import static org.mmioworkbench.core.tests.Fixtures.QEMU_HOLE;
import static org.mmioworkbench.core.tests.Fixtures.RTC;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.FaultCause;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MappingInfo;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.SimProcess;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;

class MappingTest {
    private static final int RW = VMM_FLAG_READ | VMM_FLAG_WRITE;

    private final Simulator sim = Fixtures.qemu();
    private final SimProcess driver = sim.process("driver");
    private final MmioApi api = driver.api();

    @Test
    void mappingReturnsAddressAndHandleAndIsVisibleInTheRegion() {
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        MapResult m = api.knIoMapMem(rid, RW, VMM_FLAG_CACHE_DISABLE);
        assertEquals(rcOk, m.rc());
        assertEquals(Simulator.MMIO_VIRTUAL_BASE, m.address());
        assertTrue(m.handle() != INVALID_HANDLE && m.handle() != rid);
        MappingInfo info = sim.regions().get(0).mapping().orElseThrow();
        assertEquals("driver", info.process());
        assertEquals(m.address(), info.virtualAddress());
        assertEquals(RW, info.prot());
        assertEquals(VMM_FLAG_CACHE_DISABLE, info.attr());
        assertEquals(m.handle(), info.handle());
    }

    @Test
    void virtualAddressesAreDeterministicPerProcess() {
        MmioApi other = sim.process("other").api();
        MapResult first = Fixtures.mapRw(api, Fixtures.registerOk(api, GPIO, PAGE, 0));
        MapResult second = Fixtures.mapRw(api, Fixtures.registerOk(api, RTC, PAGE, 0));
        MapResult otherFirst = Fixtures.mapRw(other, Fixtures.registerOk(other, QEMU_HOLE, PAGE, 0));
        assertEquals(Simulator.MMIO_VIRTUAL_BASE, first.address());
        assertEquals(first.address() + PAGE + PAGE, second.address(), "one guard page between mappings");
        assertEquals(first.address(), otherFirst.address(), "each process has its own address space");

        Simulator again = Fixtures.qemu();
        MmioApi api2 = again.process("driver").api();
        Fixtures.mapRw(api2, Fixtures.registerOk(api2, GPIO, PAGE, 0));
        assertEquals(second.address(), Fixtures.mapRw(api2, Fixtures.registerOk(api2, RTC, PAGE, 0)).address());
    }

    @Test
    void secondMappingOfTheSameRegionIsBusy() {
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        Fixtures.mapRw(api, rid);
        MapResult again = api.knIoMapMem(rid, VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE);
        assertEquals(rcBusy, again.rc());
        assertEquals(INVALID_HANDLE, again.handle());
        assertEquals(0, again.address());
        assertEquals(1, driver.info().mappings().size());
    }

    @Test
    void mappingARegionMappedByAnotherProcessIsBusy() {
        MmioApi other = sim.process("other").api();
        int rid = Fixtures.registerOk(api, GPIO, PAGE, MMIO_U_SHARED);
        int otherRid = Fixtures.registerOk(other, GPIO, PAGE, MMIO_U_SHARED);
        Fixtures.mapRw(api, rid);
        assertEquals(rcBusy, other.knIoMapMem(otherRid, RW, VMM_FLAG_CACHE_DISABLE).rc());
    }

    @Test
    void receiverOfTransferredRegionHandleCanMapIt() {
        SimProcess other = sim.process("other");
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        int received = sim.ipcTransferHandle(driver, rid, other).handle();
        MapResult m = Fixtures.mapRw(other.api(), received);
        assertEquals(Simulator.MMIO_VIRTUAL_BASE, m.address());
        assertEquals("other", sim.regions().get(0).mapping().orElseThrow().process());
        assertEquals(rcBusy, api.knIoMapMem(rid, RW, VMM_FLAG_CACHE_DISABLE).rc());
    }

    @Test
    void regionCanBeMappedByAnotherProcessAfterTheFirstUnmaps() {
        SimProcess other = sim.process("other");
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        int received = sim.ipcTransferHandle(driver, rid, other).handle();
        MapResult m = Fixtures.mapRw(api, rid);
        assertEquals(rcBusy, other.api().knIoMapMem(received, RW, VMM_FLAG_CACHE_DISABLE).rc());
        assertEquals(rcOk, api.knHandleClose(m.handle()));
        assertEquals(rcOk, other.api().knIoMapMem(received, RW, VMM_FLAG_CACHE_DISABLE).rc());
    }

    @Test
    void mappingANeverIssuedHandleIsNotFound() {
        assertEquals(rcResourceNotFound, api.knIoMapMem(12345, RW, VMM_FLAG_CACHE_DISABLE).rc());
    }

    @Test
    void mappingAClosedHandleIsNotFound() {
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        assertEquals(rcOk, api.knHandleClose(rid));
        assertEquals(rcResourceNotFound, api.knIoMapMem(rid, RW, VMM_FLAG_CACHE_DISABLE).rc());
    }

    @Test
    void mappingARevokedHandleIsHandleRevoked() {
        SimProcess other = sim.process("other");
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        int received = sim.ipcTransferHandle(driver, rid, other).handle();
        assertEquals(rcOk, api.knHandleRevoke(rid));
        assertEquals(rcHandleRevoked, other.api().knIoMapMem(received, RW, VMM_FLAG_CACHE_DISABLE).rc());
    }

    @Test
    void mappingAHandleOfAnotherProcessIsNotFound() {
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        assertEquals(rcResourceNotFound, sim.process("other").api().knIoMapMem(rid, RW, VMM_FLAG_CACHE_DISABLE).rc());
    }

    @Test
    void mappingInvalidHandleIsInvalidArgument() {
        assertEquals(rcInvalidArgument, api.knIoMapMem(INVALID_HANDLE, RW, VMM_FLAG_CACHE_DISABLE).rc());
    }

    @Test
    void mappingHandleGivenAsRidIsInvalidArgument() {
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        MapResult m = Fixtures.mapRw(api, rid);
        assertEquals(rcInvalidArgument, api.knIoMapMem(m.handle(), RW, VMM_FLAG_CACHE_DISABLE).rc());
    }

    @Test
    void protMustBeReadOrReadWrite() {
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        assertEquals(rcInvalidArgument, api.knIoMapMem(rid, 0, VMM_FLAG_CACHE_DISABLE).rc());
        assertEquals(rcInvalidArgument, api.knIoMapMem(rid, VMM_FLAG_CACHE_DISABLE, VMM_FLAG_CACHE_DISABLE).rc());
        assertEquals(rcInvalidArgument, api.knIoMapMem(rid, RW | 0x4, VMM_FLAG_CACHE_DISABLE).rc());
        MapResult readOnly = api.knIoMapMem(rid, VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE);
        assertEquals(rcOk, readOnly.rc());
        assertEquals(rcOk, api.knHandleClose(readOnly.handle()));
        assertEquals(rcOk, api.knIoMapMem(rid, RW, VMM_FLAG_CACHE_DISABLE).rc());
    }

    @Test
    void writeOnlyMappingIsRefusedBecausePageTablesCannotExpressIt() {
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        MapResult m = api.knIoMapMem(rid, VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
        assertEquals(rcInvalidArgument, m.rc());
        assertEquals(INVALID_HANDLE, m.handle());
        assertTrue(sim.regions().get(0).mapping().isEmpty(), "nothing was mapped");
        String result = sim.trace().get(sim.trace().size() - 1).result();
        assertTrue(result.contains("write-only mappings cannot be made"), result);
    }

    @Test
    void attrZeroIsAcceptedAsPublicDriverCodePassesIt() {
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        MapResult m = api.knIoMapMem(rid, RW, 0);
        assertEquals(rcOk, m.rc());
        assertTrue(sim.diagnostics().isEmpty(), "0 lets the kernel choose uncached device memory: no diagnostic");
        assertEquals(0x61, api.ioReadMmReg32(m.address() + 0xFE0)); // GPIOPeriphID0 of the PL061
        assertEquals(0, sim.processes().get(0).mappings().get(0).attr());
    }

    @Test
    void attrIsZeroOrOneCacheFlagWithOptionalGuardFlags() {
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        assertEquals(rcInvalidArgument, api.knIoMapMem(rid, RW, VMM_FLAG_CACHE_DISABLE | VMM_FLAG_WRITE_BACK).rc());
        assertEquals(rcInvalidArgument, api.knIoMapMem(rid, RW, VMM_FLAG_READ).rc());
        assertEquals(rcInvalidArgument, api.knIoMapMem(rid, RW, 0x4000).rc());
        for (int attr : new int[] {VMM_FLAG_LOW_GUARD, VMM_FLAG_HIGH_GUARD | VMM_FLAG_CACHE_DISABLE,
                VMM_FLAG_LOW_GUARD | VMM_FLAG_HIGH_GUARD | VMM_FLAG_CACHE_DISABLE}) {
            MapResult m = api.knIoMapMem(rid, RW, attr);
            assertEquals(rcOk, m.rc(), MmioConstants.attrText(attr));
            assertEquals(rcOk, api.knHandleClose(m.handle()));
        }
        assertTrue(sim.diagnostics().isEmpty());
    }

    @Test
    void everyMappingHasAnUnmappedPageBelowAndAboveWithOrWithoutGuardFlags() {
        int gpio = Fixtures.registerOk(api, GPIO, PAGE, 0);
        int rtc = Fixtures.registerOk(api, RTC, PAGE, 0);
        long first = api.knIoMapMem(gpio, RW, 0).address();
        long second = api.knIoMapMem(rtc, RW, VMM_FLAG_LOW_GUARD | VMM_FLAG_HIGH_GUARD).address();
        assertEquals(Simulator.MMIO_VIRTUAL_BASE, first);
        assertEquals(first + 2 * PAGE, second, "one unmapped page between the two mappings");
        for (long guard : new long[] {first - 4, first + PAGE, second - 4, second + PAGE}) {
            MmioFault f = assertThrows(MmioFault.class, () -> api.ioReadMmReg32(guard));
            assertEquals(FaultCause.UNMAPPED, f.faultCause(), Long.toHexString(guard));
        }
    }

    @Test
    void cacheableMappingOfDeviceRegistersSucceedsWithDiagnostic() {
        int[] attrs = {VMM_FLAG_WRITE_BACK, VMM_FLAG_WRITE_THROUGH, VMM_FLAG_WRITE_COMBINE};
        String[] names = {"VMM_FLAG_WRITE_BACK", "VMM_FLAG_WRITE_THROUGH", "VMM_FLAG_WRITE_COMBINE"};
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        for (int i = 0; i < attrs.length; i++) {
            MapResult m = api.knIoMapMem(rid, RW, attrs[i]);
            assertEquals(rcOk, m.rc());
            Diagnostic d = sim.diagnostics().get(i);
            assertEquals(DiagnosticKind.CACHED_DEVICE_MAPPING, d.kind());
            assertTrue(d.message().contains(names[i]) && d.message().contains("VMM_FLAG_CACHE_DISABLE")
                    && d.message().contains("(GPIO)"), d.message());
            assertEquals(rcOk, api.knHandleClose(m.handle()));
        }
    }

    @Test
    void uncachedMappingLeavesNoDiagnostic() {
        Fixtures.mapRw(api, Fixtures.registerOk(api, GPIO, PAGE, 0));
        assertTrue(sim.diagnostics().isEmpty());
    }

    @Test
    void cacheableMappingOfAHoleLeavesNoDiagnostic() {
        int rid = Fixtures.registerOk(api, QEMU_HOLE, PAGE, 0);
        assertEquals(rcOk, api.knIoMapMem(rid, RW, VMM_FLAG_WRITE_BACK).rc());
        assertTrue(sim.diagnostics().isEmpty());
    }

    /** Registers a range in a hole of qemu-virt (no device, no RAM) and maps it read-write. */
    private MapResult mapHole(long base, long size) {
        return api.knIoMapMem(Fixtures.registerOk(api, base, size, 0), RW, VMM_FLAG_CACHE_DISABLE);
    }

    @Test
    void aRegionLargerThanTheVirtualWindowLeftIsOutOfMemory() {
        long big = 0x4000_0000_0000L; // 64 TiB, more than half of the 127.75 TiB window
        assertEquals(rcOk, mapHole(0x1_0000_0000_0000L, big).rc());
        long left = Simulator.MMIO_VIRTUAL_LIMIT - (Simulator.MMIO_VIRTUAL_BASE + big + PAGE);
        long events = sim.traceLength();

        MapResult m = mapHole(0x2_0000_0000_0000L, left + PAGE);

        assertEquals(rcOutOfMemory, m.rc());
        assertEquals(0, m.address());
        assertEquals(INVALID_HANDLE, m.handle());
        assertEquals(1, driver.info().mappings().size(), "nothing was mapped");
        TraceEvent e = sim.traceSince(events + 1).get(0);
        assertEquals("KnIoMapMem", e.operation());
        assertEquals("rcOutOfMemory (MMIO virtual address window exhausted)", e.result());
    }

    @Test
    void aRegionThatFillsTheVirtualWindowExactlyIsMappedAndNothingFitsAfterIt() {
        long big = 0x4000_0000_0000L;
        assertEquals(rcOk, mapHole(0x1_0000_0000_0000L, big).rc());
        long next = Simulator.MMIO_VIRTUAL_BASE + big + PAGE;
        long left = Simulator.MMIO_VIRTUAL_LIMIT - next;

        MapResult last = mapHole(0x2_0000_0000_0000L, left);
        assertEquals(rcOk, last.rc(), "the window's last byte can be mapped");
        assertEquals(next, last.address());
        MmioFault f = assertThrows(MmioFault.class, () -> api.ioReadMmReg8(Simulator.MMIO_VIRTUAL_LIMIT - 1));
        assertEquals(FaultCause.BUS_ERROR, f.faultCause(), "mapped (to a hole): the access reached the bus");
    }

    @Test
    void afterAMappingThatEndsAtTheWindowsEndEvenOnePageIsOutOfMemory() {
        long big = 0x4000_0000_0000L;
        assertEquals(rcOk, mapHole(0x1_0000_0000_0000L, big).rc());
        long left = Simulator.MMIO_VIRTUAL_LIMIT - (Simulator.MMIO_VIRTUAL_BASE + big + PAGE);
        assertEquals(rcOk, mapHole(0x2_0000_0000_0000L, left).rc());

        MapResult beyond = mapHole(0x3_0000_0000_0000L, PAGE);

        assertEquals(rcOutOfMemory, beyond.rc(), "no address at or above MMIO_VIRTUAL_LIMIT is handed out");
        assertEquals(0, beyond.address());
        assertTrue(driver.info().mappings().stream()
                .allMatch(mi -> Long.compareUnsigned(mi.virtualAddress(), Simulator.MMIO_VIRTUAL_LIMIT) < 0));
    }
}
