package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.MmioConstants.INVALID_HANDLE;
import static org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED;
import static org.mmioworkbench.core.MmioConstants.MMIO_U_SHARED;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;
import static org.mmioworkbench.core.tests.Fixtures.GPIO;
import static org.mmioworkbench.core.tests.Fixtures.PAGE;
import static org.mmioworkbench.core.tests.Fixtures.UART0;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.HandleInfo;
import org.mmioworkbench.core.HandleRef;
import org.mmioworkbench.core.HandleKind;
import org.mmioworkbench.core.HandleOrigin;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.HandleState;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MappingInfo;
import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.ProcessInfo;
import org.mmioworkbench.core.RegionInfo;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.SimProcess;
import org.mmioworkbench.core.Simulator;

class ObservationTest {
    private final Simulator sim = Fixtures.qemu();
    private final SimProcess a = sim.process("a");
    private final SimProcess b = sim.process("b");

    @Test
    void regionsReportRangeDevicesRegistrationsMappingAndHandleOwners() {
        int rid = Fixtures.registerOk(a.api(), UART0, PAGE, MMIO_K_SHARED | MMIO_U_SHARED);
        Fixtures.registerOk(b.api(), UART0, PAGE, MMIO_K_SHARED | MMIO_U_SHARED);
        MapResult m = Fixtures.mapRw(a.api(), rid);
        RegionInfo r = sim.regions().get(0);
        assertEquals(new AddressRange(UART0, PAGE), r.range());
        assertEquals(List.of("UART0"), r.devices());
        assertTrue(r.kernelUsed());
        assertEquals(List.of("a", "b"), r.registrations().stream().map(x -> x.process()).toList());
        assertEquals("MMIO_K_SHARED|MMIO_U_SHARED", r.registrations().get(0).flagsText());
        MappingInfo mi = r.mapping().orElseThrow();
        assertEquals(new MappingInfo("a", m.address(), new AddressRange(UART0, PAGE),
                VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, m.handle()), mi);
        assertEquals(new AddressRange(m.address(), PAGE), mi.virtualRange());
        assertEquals(List.of("a", "b"), r.handleOwners());
    }

    @Test
    void processesReportHandlesWithKindRegionOriginStateAndRights() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        MapResult m = Fixtures.mapRw(a.api(), rid);
        int received = sim.ipcTransferHandle(a, rid, b).handle();
        List<ProcessInfo> ps = sim.processes();
        assertEquals(List.of("a", "b"), ps.stream().map(ProcessInfo::name).toList());
        AddressRange gpio = new AddressRange(GPIO, PAGE);
        assertEquals(List.of(
                new HandleInfo(rid, "a", HandleKind.REGION, gpio, HandleOrigin.REGISTERED, "", HandleState.VALID,
                        Optional.empty(), 0, HandleRights.REGION_FULL),
                new HandleInfo(m.handle(), "a", HandleKind.MAPPING, gpio, HandleOrigin.MAPPED, "", HandleState.VALID,
                        Optional.empty(), m.address(), HandleRights.MAP_READ.union(HandleRights.MAP_WRITE))),
                ps.get(0).handles());
        assertEquals(1, ps.get(0).mappings().size());
        assertEquals(List.of(new HandleInfo(received, "b", HandleKind.REGION, gpio, HandleOrigin.RECEIVED, "a",
                HandleState.VALID, Optional.of(new HandleRef("a", rid)), 0, HandleRights.REGION_FULL)),
                ps.get(1).handles());
        a.api().knHandleRevoke(rid);
        assertEquals(HandleState.REVOKED, b.handles().get(0).state());
    }

    @Test
    void observationResultsAreImmutable() {
        Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        assertThrows(UnsupportedOperationException.class, () -> sim.regions().clear());
        assertThrows(UnsupportedOperationException.class, () -> sim.processes().get(0).handles().clear());
        assertThrows(UnsupportedOperationException.class, () -> sim.diagnostics().clear());
        assertThrows(UnsupportedOperationException.class, () -> sim.kernelClaims().clear());
    }

    @Test
    void simulatorCanBeReadFromAnotherThreadWhileAScriptRuns() throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread script = new Thread(() -> {
            try {
                for (int i = 0; i < 300; i++) {
                    int rid = a.api().knRegisterPhyMem(GPIO, PAGE, 0).rid();
                    MapResult m = a.api().knIoMapMem(rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
                    a.api().ioWriteMmReg32(m.address(), i);
                    sim.ipcTransferHandle(a, rid, b);
                    a.api().knHandleClose(m.handle());
                    a.api().knHandleRevoke(rid);
                    b.handles().forEach(h -> b.api().knHandleClose(h.value()));
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        script.start();
        while (script.isAlive()) {
            for (RegionInfo r : sim.regions()) {
                assertTrue(r.registrations().size() <= 1);
            }
            sim.processes().forEach(p -> assertTrue(p.mappings().size() <= 1));
            List<?> trace = sim.trace();
            assertTrue(trace.isEmpty() || trace.get(trace.size() - 1) != null);
        }
        script.join();
        assertEquals(null, failure.get());
        assertTrue(sim.regions().isEmpty());
    }

    @Test
    void kernelAndSimulatorAreReservedProcessNames() {
        assertThrows(IllegalArgumentException.class, () -> sim.process("kernel"));
        assertThrows(IllegalArgumentException.class, () -> sim.process("simulator"));
        assertThrows(IllegalArgumentException.class, () -> sim.process(" "));
        assertEquals(a, sim.process("a"));
        assertFalse(Simulator.isProcessName("kernel"));
        assertFalse(Simulator.isProcessName("simulator"));
        assertFalse(Simulator.isProcessName(" "));
        assertFalse(Simulator.isProcessName(null));
        assertTrue(Simulator.isProcessName("a"));
    }

    @Test
    void retcodesAndConstantsRenderAsInTheSdk() {
        assertEquals(0, Retcode.rcOk.code());
        assertEquals(Retcode.rcBusy, Retcode.fromCode(Retcode.rcBusy.code()));
        assertEquals("VMM_FLAG_READ|VMM_FLAG_WRITE", MmioConstants.protText(VMM_FLAG_READ | VMM_FLAG_WRITE));
        assertEquals("VMM_FLAG_CACHE_DISABLE", MmioConstants.attrText(VMM_FLAG_CACHE_DISABLE));
        assertEquals("0", MmioConstants.registrationFlagsText(0));
    }
}
