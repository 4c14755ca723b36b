package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED;
import static org.mmioworkbench.core.tests.Fixtures.GPIO;
import static org.mmioworkbench.core.tests.Fixtures.PAGE;
import static org.mmioworkbench.core.tests.Fixtures.RTC;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.DeviceContext;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.HandleInfo;
import org.mmioworkbench.core.HandleKind;
import org.mmioworkbench.core.HandleRef;
import org.mmioworkbench.core.InterruptInfo;
import org.mmioworkbench.core.InterruptLine;
import org.mmioworkbench.core.IoMemHandles;
import org.mmioworkbench.core.KernelClaimInfo;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.RegionInfo;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.SimProcess;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.StandaloneContext;
import org.mmioworkbench.core.TraceEvent;

/**
 * The values the simulator's views hand to a user interface (regions, handles, kernel claims, interrupt
 * lines, faults, field changes, diagnostics) and how the small value types render, read through their
 * accessors as a view reads them.
 */
class ViewRecordsTest {
    private final Simulator sim = Fixtures.qemu();
    private final SimProcess driver = sim.process("driver");
    private final MmioApi api = driver.api();

    private TraceEvent last() {
        return sim.traceSince(sim.traceLength() - 1).get(0);
    }

    @Test
    void aRegionTheKernelDoesNotUseSaysSoAndItsRegistrationCarriesItsTime() {
        sim.advance(500);
        int rid = Fixtures.registerOk(api, RTC, PAGE, 0);
        long registeredAt = last().timeNanos();
        assertTrue(registeredAt >= 500);
        RegionInfo region = sim.regions().stream().filter(r -> r.range().base() == RTC).findFirst().orElseThrow();
        assertFalse(region.kernelUsed());
        assertEquals(List.of("RTC"), region.devices());
        assertEquals("driver", region.registrations().get(0).process());
        assertEquals(registeredAt, region.registrations().get(0).timeNanos());
        assertEquals(0x1, rid);
    }

    @Test
    void aKernelClaimAfterBootCarriesTheTimeItWasMade() {
        sim.advance(700);
        assertEquals(Retcode.rcOk, sim.kernel().access(GPIO, PAGE));
        long claimedAt = last().timeNanos();
        KernelClaimInfo claim = sim.kernelClaims().get(sim.kernelClaims().size() - 1);
        assertEquals(GPIO, claim.range().base());
        assertFalse(claim.atBoot());
        assertEquals(claimedAt, claim.timeNanos());
        assertTrue(claimedAt >= 700);
        assertEquals(0, sim.kernelClaims().get(0).timeNanos(), "the boot claim");
    }

    @Test
    void aMappingHandleNamesItsProcessAndTheVirtualAddressItMaps() {
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        MapResult map = Fixtures.mapRw(api, rid);
        HandleInfo mapping = driver.handles().stream().filter(h -> h.kind() == HandleKind.MAPPING).findFirst()
                .orElseThrow();
        assertEquals("driver", mapping.process());
        assertEquals(map.address(), mapping.virtualAddress());
        assertEquals(map.handle(), mapping.value());
        HandleInfo region = driver.handles().stream().filter(h -> h.value() == rid).findFirst().orElseThrow();
        assertEquals(0, region.virtualAddress(), "a region handle maps nothing");
        HandleRef ref = mapping.ref();
        assertEquals("driver", ref.process());
        assertEquals(map.handle(), ref.value());
        assertEquals("driver:0x" + Integer.toHexString(map.handle()), ref.toString());
        assertEquals("driver", driver.toString());
        assertEquals("driver", api.process());
    }

    @Test
    void interruptsListEachLineWithTheDeviceDrivingItAndItsLevel() {
        MapResult map = Fixtures.mapRw(api, Fixtures.registerOk(api, GPIO, PAGE, 0));
        api.ioWriteMmReg32(map.address() + 0x40C, 1); // GPIOIEV: pin 0 on its rising edge
        api.ioWriteMmReg32(map.address() + 0x410, 1); // GPIOIE: pin 0
        sim.setInput("GPIO", 0, true);
        InterruptInfo gpio = sim.interrupts().stream().filter(i -> i.line().equals("GPIO")).findFirst().orElseThrow();
        assertEquals("GPIO", gpio.device());
        assertTrue(gpio.raised());
        InterruptInfo uart = sim.interrupts().stream().filter(i -> i.line().equals("UART0")).findFirst()
                .orElseThrow();
        assertEquals("UART0", uart.device());
        assertFalse(uart.raised());
    }

    @Test
    void aFaultSaysWhetherItWasAWriteAndWhenItHappened() {
        long va = Fixtures.mapRw(api, Fixtures.registerOk(api, GPIO, PAGE, 0)).address();
        sim.advance(1234);
        MmioFault write = assertThrows(MmioFault.class, () -> api.ioWriteMmReg32(va + 2, 1));
        assertTrue(write.isWrite());
        assertEquals(last().timeNanos(), write.timeNanos());
        assertTrue(write.timeNanos() >= 1234);
        MmioFault read = assertThrows(MmioFault.class, () -> api.ioReadMmReg16(va + 1));
        assertFalse(read.isWrite());
        assertEquals(last().timeNanos(), read.timeNanos());
    }

    @Test
    void aFieldChangeGivesItsFieldValuesAndValueName() {
        long va = Fixtures.mapRw(api, Fixtures.registerOk(api, Fixtures.UART0, PAGE, MMIO_K_SHARED)).address();
        api.ioWriteMmReg32(va + 0x2C, 0x40); // UARTLCR_H: FIFOs off, 7 data bits
        FieldChange fen = last().changedFields().get(0);
        assertEquals("FEN", fen.field());
        assertEquals(1, fen.oldValue());
        assertEquals(0, fen.newValue());
        assertEquals("HOLDING", fen.valueName());
        FieldChange wlen = last().changedFields().get(1);
        assertEquals("WLEN", wlen.field());
        assertEquals(3, wlen.oldValue());
        assertEquals(2, wlen.newValue());
        assertEquals("BITS7", wlen.valueName());
    }

    @Test
    void aFieldChangeShowsValuesBelowTenInDecimalAndOthersInHex() {
        assertEquals("EN=0", new FieldChange("EN", 1, 0, "").toString());
        assertEquals("DIV=9", new FieldChange("DIV", 0, 9, "").toString());
        assertEquals("DIV=0xa", new FieldChange("DIV", 0, 10, "").toString());
        assertEquals("TOP=0x8000000000000000(HIGH)", new FieldChange("TOP", 0, Long.MIN_VALUE, "HIGH").toString());
    }

    @Test
    void ioMemHandlesShowBothFieldsWithInvalidOnesByName() {
        IoMemHandles handles = new IoMemHandles();
        assertEquals("{rid=INVALID_HANDLE, handle=INVALID_HANDLE}", handles.toString());
        handles.rid = 0x1;
        assertEquals("{rid=0x1, handle=INVALID_HANDLE}", handles.toString());
        handles.handle = 0x2a;
        assertEquals("{rid=0x1, handle=0x2a}", handles.toString());
    }

    @Test
    void aStandaloneContextCollectsDiagnosticsOfActorTestAndPrintsThemAsTheKernelLogDoes() {
        StandaloneContext ctx = DeviceContext.standalone("DEV");
        ctx.setNow(250);
        ctx.setNow(250);
        assertThrows(IllegalArgumentException.class, () -> ctx.setNow(249));
        ctx.diagnose(DiagnosticKind.WRITE_TO_READ_ONLY, "write to read-only STAT", 8, 4);
        Diagnostic d = ctx.diagnostics().get(0);
        assertEquals(List.of("test"), d.actors());
        assertEquals(250, d.timeNanos());
        assertEquals("[250ns] WRITE_TO_READ_ONLY: write to read-only STAT", d.toString());
    }

    @Test
    void aStandaloneContextsInterruptLinesAreNamedAfterTheDeviceAndKeepTheLevelTheyAreDriven() {
        StandaloneContext ctx = DeviceContext.standalone("TIMER");
        InterruptLine own = ctx.interruptLine("");
        InterruptLine c1 = ctx.interruptLine("C1");
        assertEquals("TIMER", own.name());
        assertEquals("TIMER.C1", c1.name());
        assertFalse(c1.isRaised());
        c1.raise();
        assertTrue(c1.isRaised());
        assertEquals(Map.of("TIMER", false, "TIMER.C1", true), ctx.interruptLevels());
        c1.lower();
        assertFalse(c1.isRaised());
        own.raise();
        assertEquals(Map.of("TIMER", true, "TIMER.C1", false), ctx.interruptLevels());
    }
}
