package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;
import static org.mmioworkbench.core.tests.Fixtures.GPIO;
import static org.mmioworkbench.core.tests.Fixtures.PAGE;
import static org.mmioworkbench.core.tests.Fixtures.QEMU_HOLE;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.FaultCause;
import org.mmioworkbench.core.IoMemHandles;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.Timing;
import org.mmioworkbench.core.TraceEvent;

/** The access rules of IoReadMmReg/IoWriteMmReg on plain memory (register semantics: RegisterSemanticsTest). */
class RegisterAccessTest {
    private final Simulator sim = Fixtures.qemuMemory();
    private final MmioApi api = sim.process("driver").api();

    private long mapGpio(int prot) {
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        MapResult m = api.knIoMapMem(rid, prot, VMM_FLAG_CACHE_DISABLE);
        assertEquals(Retcode.rcOk, m.rc());
        return m.address();
    }

    private long mapGpioRw() {
        return mapGpio(VMM_FLAG_READ | VMM_FLAG_WRITE);
    }

    @Test
    void freshDeviceMemoryReadsAsZero() {
        long va = mapGpioRw();
        assertEquals(0, api.ioReadMmReg32(va + 0x400));
        assertEquals(0, api.ioReadMmReg8(va + 0xFFF));
    }

    @Test
    void writesAreReadBackAtEveryWidthLittleEndian() {
        long va = mapGpioRw();
        api.ioWriteMmReg32(va + 0x10, 0x11223344);
        assertEquals(0x11223344, api.ioReadMmReg32(va + 0x10));
        assertEquals(0x44, api.ioReadMmReg8(va + 0x10));
        assertEquals(0x1122, api.ioReadMmReg16(va + 0x12));
        api.ioWriteMmReg16(va + 0x20, 0xBEEF);
        assertEquals(0xBEEF, api.ioReadMmReg16(va + 0x20));
        api.ioWriteMmReg8(va + 0x21, 0x12);
        assertEquals(0x12EF, api.ioReadMmReg16(va + 0x20));
        api.ioWriteMmReg32(va + 0x30, 0xFFFF_FFFF);
        assertEquals(0xFFFF_FFFFL, Integer.toUnsignedLong(api.ioReadMmReg32(va + 0x30)));
    }

    @Test
    void writesReachTheDeviceAtTheTranslatedPhysicalAddress() {
        long va = mapGpioRw();
        api.ioWriteMmReg32(va + 0x400, 0xA5);
        assertEquals(OptionalInt.of(0xA5), sim.peek(GPIO + 0x400, 32));
    }

    @Test
    void dataBitsAboveTheAccessWidthAreIgnored() {
        long va = mapGpioRw();
        api.ioWriteMmReg8(va, 0x1FF);
        api.ioWriteMmReg16(va + 2, 0x12345);
        assertEquals(0xFF, api.ioReadMmReg8(va));
        assertEquals(0x2345, api.ioReadMmReg16(va + 2));
    }

    @Test
    void sixteenBitAccessAtOddAddressFaultsMisaligned() {
        long va = mapGpioRw();
        MmioFault f = assertThrows(MmioFault.class, () -> api.ioReadMmReg16(va + 1));
        assertEquals(FaultCause.MISALIGNED, f.faultCause());
        assertEquals(16, f.widthBits());
        assertEquals(OptionalLong.of(GPIO + 1), f.physicalAddress());
        assertThrows(MmioFault.class, () -> api.ioWriteMmReg16(va + 3, 1));
    }

    @Test
    void thirtyTwoBitAccessAtNonMultipleOfFourFaultsMisaligned() {
        long va = mapGpioRw();
        for (int off : new int[] {1, 2, 3}) {
            MmioFault f = assertThrows(MmioFault.class, () -> api.ioReadMmReg32(va + off));
            assertEquals(FaultCause.MISALIGNED, f.faultCause());
        }
        assertEquals(FaultCause.MISALIGNED,
                assertThrows(MmioFault.class, () -> api.ioWriteMmReg32(va + 6, 1)).faultCause());
    }

    @Test
    void eightBitAccessIsAlignedAnywhere() {
        long va = mapGpioRw();
        api.ioWriteMmReg8(va + 7, 7);
        assertEquals(7, api.ioReadMmReg8(va + 7));
    }

    @Test
    void writeThroughReadOnlyMappingFaultsAndLeavesMemoryUnchanged() {
        long va = mapGpio(VMM_FLAG_READ);
        MmioFault f = assertThrows(MmioFault.class, () -> api.ioWriteMmReg32(va + 0x400, 0xFF));
        assertEquals(FaultCause.WRITE_NOT_PERMITTED, f.faultCause());
        assertTrue(f.isWrite());
        assertEquals(OptionalInt.of(0), sim.peek(GPIO + 0x400, 32));
        assertEquals(0, api.ioReadMmReg32(va + 0x400));
    }

    @Test
    void accessToNeverMappedAddressFaultsUnmappedWithoutPhysicalAddress() {
        MmioFault f = assertThrows(MmioFault.class, () -> api.ioReadMmReg32(0x1234_0000L));
        assertEquals(FaultCause.UNMAPPED, f.faultCause());
        assertEquals(OptionalLong.empty(), f.physicalAddress());
        assertEquals("driver", f.process());
        assertEquals(0x1234_0000L, f.virtualAddress());
    }

    @Test
    void accessAfterMappingHandleClosedFaultsNamingProcessAddressAndCause() {
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        MapResult m = Fixtures.mapRw(api, rid);
        api.ioWriteMmReg32(m.address() + 8, 1);
        assertEquals(Retcode.rcOk, api.knHandleClose(m.handle()));
        MmioFault f = assertThrows(MmioFault.class, () -> api.ioReadMmReg32(m.address() + 8));
        assertEquals(FaultCause.FREED, f.faultCause());
        assertEquals("driver", f.process());
        assertEquals(m.address() + 8, f.virtualAddress());
        assertEquals(OptionalLong.of(GPIO + 8), f.physicalAddress());
        assertEquals("MMIO fault in process 'driver': 32-bit read at virtual address 0x0000004000000008 (physical"
                + " 0x09030008): the mapping was freed: its handle was closed", f.getMessage());
    }

    @Test
    void accessAfterKnIoMemHandlesCloseFaultsFreed() {
        IoMemHandles h = new IoMemHandles();
        api.knIoMemHandlesClear(h);
        h.rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        MapResult m = Fixtures.mapRw(api, h.rid);
        h.handle = m.handle();
        assertEquals(Retcode.rcOk, api.knIoMemHandlesClose(h));
        assertEquals(FaultCause.FREED,
                assertThrows(MmioFault.class, () -> api.ioWriteMmReg8(m.address(), 1)).faultCause());
    }

    @Test
    void accessJustPastTheMappingFaultsUnmapped() {
        long va = mapGpioRw();
        assertEquals(FaultCause.UNMAPPED,
                assertThrows(MmioFault.class, () -> api.ioReadMmReg8(va + PAGE)).faultCause());
        assertEquals(FaultCause.UNMAPPED,
                assertThrows(MmioFault.class, () -> api.ioReadMmReg8(va - 1)).faultCause());
    }

    @Test
    void accessToAPageWithNoDeviceIsABusError() {
        int rid = Fixtures.registerOk(api, QEMU_HOLE, PAGE, 0);
        MapResult m = Fixtures.mapRw(api, rid);
        MmioFault f = assertThrows(MmioFault.class, () -> api.ioReadMmReg32(m.address()));
        assertEquals(FaultCause.BUS_ERROR, f.faultCause());
        assertEquals(OptionalLong.of(QEMU_HOLE), f.physicalAddress());
        assertEquals(OptionalInt.empty(), sim.peek(QEMU_HOLE, 32));
    }

    @Test
    void aMappingIsVisibleOnlyInItsOwnProcess() {
        long va = mapGpioRw();
        MmioFault f = assertThrows(MmioFault.class, () -> sim.process("other").api().ioReadMmReg32(va));
        assertEquals(FaultCause.UNMAPPED, f.faultCause());
        assertEquals("other", f.process());
    }

    @Test
    void faultIsRecordedInTraceAndDiagnostics() {
        long va = mapGpio(VMM_FLAG_READ);
        long before = sim.now();
        assertThrows(MmioFault.class, () -> api.ioWriteMmReg32(va + 4, 1));
        TraceEvent e = sim.traceSince(sim.traceLength() - 1).get(0);
        assertTrue(e.isFault());
        assertEquals(FaultCause.WRITE_NOT_PERMITTED, e.fault());
        assertEquals("driver", e.actor());
        assertEquals("IoWriteMmReg32", e.operation());
        assertEquals(OptionalLong.of(GPIO + 4), e.physicalAddress());
        assertEquals("GPIO", e.device());
        assertEquals(before + Timing.REGISTER_ACCESS_NANOS, sim.now());
        var d = sim.diagnostics().get(sim.diagnostics().size() - 1);
        assertEquals(DiagnosticKind.FAULT, d.kind());
        assertEquals(List.of("driver"), d.actors());
        assertTrue(d.message().contains("VMM_FLAG_WRITE"), d.message());
        assertEquals(new AddressRange(GPIO + 4, 4), d.range(), "the physical bytes the access touched");
    }

    @Test
    void aFaultsDiagnosticNamesThePhysicalBytesOnceTheAddressTranslatedAndTheVirtualOnesBefore() {
        long va = mapGpioRw();
        assertThrows(MmioFault.class, () -> api.ioReadMmReg16(va + 0x21));
        assertEquals(new AddressRange(GPIO + 0x21, 2), lastDiagnostic().range(), "misaligned: translated");
        int rid = Fixtures.registerOk(api, QEMU_HOLE, PAGE, 0);
        long hole = Fixtures.mapRw(api, rid).address();
        assertThrows(MmioFault.class, () -> api.ioWriteMmReg32(hole + 8, 1));
        assertEquals(new AddressRange(QEMU_HOLE + 8, 4), lastDiagnostic().range(), "bus error: translated");
        assertThrows(MmioFault.class, () -> api.ioReadMmReg32(0x1234_0000L));
        assertEquals(new AddressRange(0x1234_0000L, 4), lastDiagnostic().range(), "unmapped: only a virtual address");
        assertThrows(MmioFault.class, () -> api.ioReadMmReg32(-2L));
        assertEquals(new AddressRange(-2L, 1), lastDiagnostic().range(), "an access that would wrap names one byte");
    }

    private Diagnostic lastDiagnostic() {
        List<Diagnostic> all = sim.diagnostics();
        return all.get(all.size() - 1);
    }

    /** DEV_A (two pages of plain memory) with the page of the hole behind it, mapped as one region. */
    private static final long PAST_DEV_A = Fixtures.DEV_A + Fixtures.DEV_A_SIZE;

    @Test
    void theFirstBytePastADeviceWindowIsABusErrorRightAfterAnAccessToThatDevice() {
        Simulator test = new Simulator(Fixtures.testBoard());
        MmioApi driver = test.process("driver").api();
        long va = Fixtures.mapRw(driver, Fixtures.registerOk(driver, Fixtures.DEV_A, Fixtures.DEV_A_SIZE + PAGE, 0))
                .address();
        driver.ioWriteMmReg32(va + Fixtures.DEV_A_SIZE - 4, 0x1234_5678); // the window's last word

        MmioFault f = assertThrows(MmioFault.class, () -> driver.ioWriteMmReg8(va + Fixtures.DEV_A_SIZE, 0xAA));

        assertEquals(FaultCause.BUS_ERROR, f.faultCause());
        assertEquals(OptionalLong.of(PAST_DEV_A), f.physicalAddress());
        assertEquals("", test.traceSince(test.traceLength() - 1).get(0).device(), "no device is named");
        assertEquals(OptionalInt.empty(), test.peek(PAST_DEV_A, 8));
        assertEquals(0x1234_5678, driver.ioReadMmReg32(va + Fixtures.DEV_A_SIZE - 4));
    }

    @Test
    void theFirstBytePastADeviceWindowIsABusErrorAfterAnAccessToAnotherDevice() {
        Simulator test = new Simulator(Fixtures.testBoard());
        MmioApi driver = test.process("driver").api();
        long va = Fixtures.mapRw(driver, Fixtures.registerOk(driver, Fixtures.DEV_A, Fixtures.DEV_A_SIZE + PAGE, 0))
                .address();
        long devB = Fixtures.mapRw(driver, Fixtures.registerOk(driver, Fixtures.DEV_B, PAGE, 0)).address();
        driver.ioWriteMmReg32(devB, 1); // the bus looks DEV_A up afresh below

        MmioFault f = assertThrows(MmioFault.class, () -> driver.ioReadMmReg32(va + Fixtures.DEV_A_SIZE));

        assertEquals(FaultCause.BUS_ERROR, f.faultCause());
        test.peek(Fixtures.DEV_B, 32); // so that the peek below looks DEV_A up afresh too
        assertEquals(OptionalInt.empty(), test.peek(PAST_DEV_A, 32));
    }

    @Test
    void processKeepsRunningAfterAFault() {
        long va = mapGpioRw();
        assertThrows(MmioFault.class, () -> api.ioReadMmReg32(va + 2));
        api.ioWriteMmReg32(va, 5);
        assertEquals(5, api.ioReadMmReg32(va));
    }

    @Test
    void bufferReadRepeatsOneRegisterAccessCountTimes() {
        long va = mapGpioRw();
        api.ioWriteMmReg32(va + 0x40, 0xCAFE_F00D);
        long events = sim.traceLength();
        long t = sim.now();
        int[] buf = new int[6];
        api.ioReadMmBuffer32(va + 0x40, buf, 5);
        assertArrayEquals(new int[] {0xCAFE_F00D, 0xCAFE_F00D, 0xCAFE_F00D, 0xCAFE_F00D, 0xCAFE_F00D, 0}, buf);
        assertEquals(t + 5 * Timing.REGISTER_ACCESS_NANOS, sim.now());
        assertEquals(events + 1, sim.traceLength());
        assertEquals("IoReadMmBuffer32", sim.traceSince(events).get(0).operation());

        byte[] bytes = new byte[3];
        api.ioReadMmBuffer8(va + 0x40, bytes, 3);
        assertArrayEquals(new byte[] {0x0D, 0x0D, 0x0D}, bytes);
        short[] shorts = new short[2];
        api.ioReadMmBuffer16(va + 0x42, shorts, 2);
        assertArrayEquals(new short[] {(short) 0xCAFE, (short) 0xCAFE}, shorts);
    }

    @Test
    void bufferWriteWritesElementsInOrderToOneRegister() {
        long va = mapGpioRw();
        long t = sim.now();
        api.ioWriteMmBuffer8(va + 1, new byte[] {1, 2, (byte) 0xF3, 4}, 3);
        assertEquals(t + 3 * Timing.REGISTER_ACCESS_NANOS, sim.now());
        assertEquals(0xF3, api.ioReadMmReg8(va + 1));
        assertEquals(0, api.ioReadMmReg8(va + 2), "the register address does not advance");
        api.ioWriteMmBuffer16(va + 4, new short[] {0x1111, (short) 0xABCD}, 2);
        assertEquals(0xABCD, api.ioReadMmReg16(va + 4));
        api.ioWriteMmBuffer32(va + 8, new int[] {7, 8, 9}, 3);
        assertEquals(9, api.ioReadMmReg32(va + 8));
        TraceEvent e = sim.trace().stream().filter(x -> x.operation().equals("IoWriteMmBuffer32")).findFirst()
                .orElseThrow();
        assertTrue(e.arguments().contains("cnt=3") && e.arguments().contains("0x00000009"), e.arguments());
    }

    @Test
    void bufferAccessesAreCheckedLikeSingleAccesses() {
        long va = mapGpio(VMM_FLAG_READ);
        assertEquals(FaultCause.MISALIGNED, assertThrows(MmioFault.class,
                () -> api.ioReadMmBuffer16(va + 1, new short[2], 2)).faultCause());
        assertEquals(FaultCause.WRITE_NOT_PERMITTED, assertThrows(MmioFault.class,
                () -> api.ioWriteMmBuffer32(va, new int[] {1}, 1)).faultCause());
        assertEquals(FaultCause.UNMAPPED, assertThrows(MmioFault.class,
                () -> api.ioReadMmBuffer8(va + PAGE, new byte[1], 1)).faultCause());
    }

    @Test
    void bufferCountMustFitTheBuffer() {
        long va = mapGpioRw();
        assertThrows(IllegalArgumentException.class, () -> api.ioReadMmBuffer32(va, new int[2], 3));
        assertThrows(IllegalArgumentException.class, () -> api.ioWriteMmBuffer8(va, new byte[2], -1));
        long t = sim.now();
        api.ioReadMmBuffer32(va, new int[2], 0);
        assertEquals(t, sim.now(), "a zero-count buffer access touches nothing");
    }
}
