package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.MmioConstants.INVALID_HANDLE;
import static org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED;
import static org.mmioworkbench.core.Retcode.rcOk;
import static org.mmioworkbench.core.tests.Fixtures.GPIO;
import static org.mmioworkbench.core.tests.Fixtures.PAGE;
import static org.mmioworkbench.core.tests.Fixtures.UART0;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.IoMemHandles;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.SimProcess;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.Snapshot;
import org.mmioworkbench.core.Timing;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.devices.DeviceCatalog;

/**
 * What the trace says about kernel and library calls and the simulator's own operations (the text a user reads in
 * the trace, the console and the views), and the calls a process a restore removed can no longer make.
 */
class KernelCallTraceTest {
    private final Simulator sim = Fixtures.qemu();
    private final SimProcess driver = sim.process("driver");
    private final MmioApi api = driver.api();

    private TraceEvent last() {
        return sim.traceSince(sim.traceLength() - 1).get(0);
    }

    @Test
    void eachRefusedRegistrationSaysWhyInTheTrace() {
        record Case(long addr, long size, String why) {
        }
        for (Case c : List.of(new Case(GPIO + 0x800, PAGE, "(base address not aligned to the page size 0x1000)"),
                new Case(GPIO, 0, "(size is zero)"),
                new Case(GPIO, PAGE + 4, "(size not a multiple of the page size 0x1000)"),
                new Case(0xFFFF_FFFF_FFFF_F000L, 2 * PAGE, "(range wraps around the end of the address space)"))) {
            api.knRegisterPhyMem(c.addr(), c.size(), 0);
            assertEquals("rcInvalidArgument " + c.why(), last().result());
        }
        api.knRegisterPhyMem(GPIO, PAGE, 0x100);
        assertEquals("rcInvalidArgument (unknown flag bits)", last().result());
    }

    @Test
    void closingARevokedHandleSaysItsSlotWasFreedAndClosingAValidOneSaysNothingMore() {
        SimProcess other = sim.process("other");
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        int received = sim.ipcTransferHandle(driver, rid, other).handle();
        assertEquals(rcOk, api.knHandleRevoke(rid));
        assertEquals(rcOk, other.api().knHandleClose(received));
        assertEquals("rcOk (revoked handle's slot freed)", last().result());
        int again = Fixtures.registerOk(api, GPIO, PAGE, 0);
        assertEquals(rcOk, api.knHandleClose(again));
        assertEquals("rcOk", last().result());
    }

    @Test
    void revokingSaysHowManyDescendantsItRevoked() {
        SimProcess b = sim.process("b");
        SimProcess c = sim.process("c");
        int rid = Fixtures.registerOk(api, GPIO, PAGE, 0);
        int inB = sim.ipcTransferHandle(driver, rid, b).handle();
        sim.ipcTransferHandle(b, inB, c);
        sim.ipcTransferHandle(driver, rid, c);
        assertEquals(rcOk, api.knHandleRevoke(rid));
        assertEquals("rcOk (3 descendant(s) revoked)", last().result());
    }

    @Test
    void knIoMemHandlesClearIsTracedAndCostsALibraryCall() {
        IoMemHandles h = new IoMemHandles();
        long t = sim.now();
        api.knIoMemHandlesClear(h);
        TraceEvent e = last();
        assertEquals("KnIoMemHandlesClear", e.operation());
        assertEquals("done", e.result());
        assertEquals(t + Timing.LIBRARY_CALL_NANOS, sim.now());
        assertEquals(INVALID_HANDLE, h.rid);
    }

    @Test
    void zeroCountBufferCallsAreTracedAndReachNothing() {
        MapResult m = Fixtures.mapRw(api, Fixtures.registerOk(api, GPIO, PAGE, 0));
        long events = sim.traceLength();
        long t = sim.now();
        api.ioReadMmBuffer32(m.address(), new int[1], 0);
        assertEquals("IoReadMmBuffer32", last().operation());
        assertEquals("0 values", last().result());
        api.ioWriteMmBuffer8(m.address(), new byte[1], 0);
        assertEquals("IoWriteMmBuffer8", last().operation());
        assertEquals("reg=0x0000004000000000, cnt=0, buf=[]", last().arguments());
        assertEquals("done", last().result());
        assertEquals(events + 2, sim.traceLength());
        assertEquals(t, sim.now());
    }

    @Test
    void aBufferCallWhoseCountIsOutsideItsBufferIsRefusedBeforeAnythingIsTraced() {
        MapResult m = Fixtures.mapRw(api, Fixtures.registerOk(api, GPIO, PAGE, 0));
        long events = sim.traceLength();
        long va = m.address();
        assertThrows(IllegalArgumentException.class, () -> api.ioWriteMmBuffer8(va, new byte[2], 3));
        assertThrows(IllegalArgumentException.class, () -> api.ioWriteMmBuffer16(va, new short[2], 3));
        assertThrows(IllegalArgumentException.class, () -> api.ioWriteMmBuffer16(va, new short[2], -1));
        assertThrows(IllegalArgumentException.class, () -> api.ioWriteMmBuffer32(va, new int[2], 3));
        assertThrows(IllegalArgumentException.class, () -> api.ioWriteMmBuffer32(va, new int[2], -1));
        assertThrows(IllegalArgumentException.class, () -> api.ioReadMmBuffer8(va, new byte[2], 3));
        assertThrows(IllegalArgumentException.class, () -> api.ioReadMmBuffer16(va, new short[2], -1));
        assertThrows(IllegalArgumentException.class, () -> api.ioReadMmBuffer32(va, new int[2], 3));
        assertEquals(events, sim.traceLength());
        api.ioWriteMmBuffer16(va, new short[] {1, 2}, 2);
        assertEquals("reg=0x0000004000000000, cnt=2, buf=[0x0001, 0x0002]", last().arguments());
    }

    @Test
    void aFaultingBufferWriteShowsAtMostEightValues() {
        MapResult m = Fixtures.mapRw(api, Fixtures.registerOk(api, GPIO, PAGE, 0));
        int[] eight = {1, 2, 3, 4, 5, 6, 7, 8};
        assertThrows(MmioFault.class, () -> api.ioWriteMmBuffer32(m.address() + 2, eight, 8));
        assertEquals("reg=0x0000004000000002, cnt=8, buf=[0x00000001, 0x00000002, 0x00000003, 0x00000004,"
                + " 0x00000005, 0x00000006, 0x00000007, 0x00000008]", last().arguments());
        int[] nine = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertThrows(MmioFault.class, () -> api.ioWriteMmBuffer32(m.address() + 2, nine, 9));
        assertEquals("reg=0x0000004000000002, cnt=9, buf=[0x00000001, 0x00000002, 0x00000003, 0x00000004,"
                + " 0x00000005, 0x00000006, 0x00000007, 0x00000008, ...]", last().arguments());
    }

    @Test
    void aFaultInTheFirstDeviceOfTheBoardNamesIt() {
        MapResult m = Fixtures.mapRw(api, Fixtures.registerOk(api, UART0, PAGE, MMIO_K_SHARED));
        assertThrows(MmioFault.class, () -> api.ioReadMmReg32(m.address() + 2));
        assertEquals("UART0", last().device(), "UART0 is the board's device number 0");
    }

    @Test
    void aProcessARestoreRemovedCanNeitherAccessNorBeDescribed() {
        Snapshot before = sim.snapshot();
        SimProcess late = sim.process("late");
        MapResult m = Fixtures.mapRw(late.api(), Fixtures.registerOk(late.api(), GPIO, PAGE, 0));
        assertTrue(late.exists());
        assertEquals("late", late.info().name());
        sim.restore(before);
        long events = sim.traceLength();

        assertFalse(late.exists());
        assertThrows(IllegalStateException.class, () -> late.api().ioReadMmReg32(m.address()));
        assertThrows(IllegalStateException.class, () -> late.api().ioWriteMmReg32(m.address(), 1));
        assertThrows(IllegalStateException.class, late::info);
        assertEquals(events, sim.traceLength(), "nothing was traced");
        assertTrue(driver.exists());
    }

    @Test
    void noDelayIsADelayTooButANegativeOneIsRefused() {
        long events = sim.traceLength();
        sim.advance(0);
        assertEquals(events + 1, sim.traceLength());
        assertThrows(IllegalArgumentException.class, () -> sim.advance(-1));
    }

    @Test
    void inputTakesBytesOnlyAndSaysHowManyCharactersItQueued() {
        sim.input("UART0", "\u00ff");
        assertEquals("1 character queued", last().result());
        assertEquals("device=UART0, text=\"\\xff\"", last().arguments());
        sim.input("UART0", "ab");
        assertEquals("2 characters queued", last().result());
        long events = sim.traceLength();
        assertThrows(IllegalArgumentException.class, () -> sim.input("UART0", "a\u0100"));
        assertEquals(events, sim.traceLength());
    }

    @Test
    void inputIsQuotedWithEscapesForControlAndNonAsciiCharactersOnly() {
        sim.input("UART0", "\u001f \u007e\u007f\n\r\t\"\\");
        assertEquals("device=UART0, text=\"\\x1f ~\\x7f\\n\\r\\t\\\"\\\\\"", last().arguments());
    }

    @Test
    void setInputDrivesAnExistingPinAndIsTraced() {
        sim.setInput("GPIO", 7, true);
        assertEquals("done", last().result());
        assertEquals("device=GPIO, pin=7, level=1", last().arguments());
        assertTrue(sim.pinLevel("GPIO", 7));
        assertThrows(IllegalArgumentException.class, () -> sim.setInput("GPIO", 8, true));
        assertThrows(IllegalArgumentException.class, () -> sim.setInput("GPIO", -1, true));
    }

    @Test
    void aDebugWriteIsCheckedAgainstTheWindowAndItsWidthAndSaysWhatReadsBack() {
        sim.debugWrite("GPIO", 0x400, 8, 0x1FF);
        assertEquals("device=GPIO, offset=0x400, width=8, value=0xff", last().arguments());
        assertEquals("reads back 0xff", last().result());
        sim.debugWrite("GPIO", 0x400, 16, 0x1_0002);
        assertEquals("device=GPIO, offset=0x400, width=16, value=0x2", last().arguments());
        sim.debugWrite("GPIO", 0, 32, 0); // the window's first word
        sim.debugWrite("GPIO", PAGE - 4, 32, 0); // the window's last word (read-only: ignored)
        assertEquals("debugWrite", last().operation());
        assertThrows(IllegalArgumentException.class, () -> sim.debugWrite("GPIO", PAGE, 32, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.debugWrite("GPIO", -4, 32, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.debugWrite("GPIO", 0x401, 16, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.debugWrite("GPIO", 0x402, 32, 0));
    }

    @Test
    void aBufferAccessToPlainMemoryNamesNoRegisterEvenRightAfterOneThatDid() {
        Simulator mixed = new Simulator(Board.builder("mixed")
                .device("GPIO", Fixtures.DEV_A, PAGE, false, DeviceCatalog.pl061())
                .device("MEM", Fixtures.DEV_B, PAGE)
                .build());
        MmioApi a = mixed.process("driver").api();
        long gpio = Fixtures.mapRw(a, Fixtures.registerOk(a, Fixtures.DEV_A, PAGE, 0)).address();
        long mem = Fixtures.mapRw(a, Fixtures.registerOk(a, Fixtures.DEV_B, PAGE, 0)).address();
        a.ioWriteMmBuffer8(gpio + 0x400, new byte[] {1, 2}, 2);
        assertEquals("GPIO.GPIODIR", registerOf(mixed));
        a.ioWriteMmBuffer8(mem + 0x400, new byte[] {1, 2}, 2);
        assertEquals("", registerOf(mixed));
        a.ioReadMmBuffer8(mem + 0x400, new byte[2], 2);
        assertEquals("", registerOf(mixed));
    }

    private static String registerOf(Simulator s) {
        return s.traceSince(s.traceLength() - 1).get(0).register();
    }
}
