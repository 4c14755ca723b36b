package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.FaultCause;
import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.RegisterDecoder;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;

/**
 * What a trace event tells its reader beyond its one-line rendering: whether it is a register access or a
 * fault, whether it has a physical address, when an advance ends, how many buffer values a line shows, and
 * that two runs' events compare equal exactly when everything recorded about them is equal, so a trace
 * comparison finds the first place two runs went apart.
 */
class TraceEventTest {
    private final Simulator sim = Fixtures.qemuMemory();
    private final MmioApi api = sim.process("driver").api();
    private final long gpio;

    TraceEventTest() {
        MapResult m = Fixtures.mapRw(api, Fixtures.registerOk(api, Fixtures.GPIO, Fixtures.PAGE, 0));
        gpio = m.address();
    }

    private TraceEvent last() {
        return sim.traceSince(sim.traceLength() - 1).get(0);
    }

    private static TraceEvent text(long seq, String arguments, String result) {
        return new TraceEvent(seq, 100, "p", "KnIoClose", arguments, result, Retcode.rcOk, null, OptionalLong.empty(),
                "");
    }

    /** A register without fields, so that events on it differ only in the values they record. */
    private record Plain(String qualifiedName) implements RegisterDecoder {
        @Override
        public List<FieldChange> changes(long before, long after) {
            return List.of();
        }
    }

    private static TraceEvent wide(long secondBefore, long secondAfter) {
        return TraceEvent.access(7, 200, "p", "IoWriteMmReg32", true, 0x4000, 32, 0x12345678, 0x1000_0000L, "DEV",
                0, new Plain("DEV.LO"), 0, 0x5678, new RegisterDecoder[] {new Plain("DEV.HI")},
                new long[] {secondBefore, secondAfter});
    }

    private static TraceEvent buffer(int... values) {
        return TraceEvent.bufferAccess(8, 300, "p", "IoWriteMmBuffer8", true, 0x4000, 8, values, 0x1000_0000L, "DEV",
                0, null, 0, 0);
    }

    @Test
    void eventsAreEqualExactlyWhenEverythingTheyRecordIsEqual() {
        TraceEvent close = text(3, "handle=0x1", "rcOk");
        assertEquals(close, close);
        assertEquals(text(3, "handle=0x1", "rcOk"), close);
        assertEquals(text(3, "handle=0x1", "rcOk").hashCode(), close.hashCode());
        assertNotEquals(text(4, "handle=0x1", "rcOk"), close, "another position");
        assertNotEquals(text(3, "handle=0x2", "rcOk"), close, "other arguments");
        assertNotEquals(text(3, "handle=0x1", "rcInvalidArg"), close, "another result");
        assertNotEquals(close, "#3 t=100ns p KnIoClose(handle=0x1) -> rcOk", "not an event");

        assertEquals(buffer(1, 2, 3), buffer(1, 2, 3));
        assertNotEquals(buffer(1, 2, 3), buffer(1, 2, 4), "a buffer write of other values");
        assertNotEquals(buffer(1, 2), buffer(1, 2, 3), "a longer buffer write");

        assertEquals(wide(0, 0x1234), wide(0, 0x1234));
        assertNotEquals(wide(0, 0x1234), wide(0, 0x1235), "the second register's value after differs");
        assertNotEquals(wide(1, 0x1234), wide(0, 0x1234), "the second register's value before differs");
        assertEquals("DEV.LO, DEV.HI", wide(0, 0).register());
    }

    @Test
    void eventsOfTwoRunsThatWroteDifferentValuesAreNotEqual() {
        Simulator other = Fixtures.qemuMemory();
        MmioApi otherApi = other.process("driver").api();
        long va = Fixtures.mapRw(otherApi, Fixtures.registerOk(otherApi, Fixtures.GPIO, Fixtures.PAGE, 0)).address();
        assertEquals(sim.trace(), other.trace(), "the same set-up");
        api.ioWriteMmBuffer8(gpio, new byte[] {1, 2}, 2);
        otherApi.ioWriteMmBuffer8(va, new byte[] {1, 3}, 2);
        assertNotEquals(last(), other.traceSince(other.traceLength() - 1).get(0));
        assertNotEquals(sim.trace(), other.trace());
    }

    @Test
    void onlyRegisterAccessesThatReachedADeviceAreRegisterAccesses() {
        api.ioReadMmReg32(gpio);
        assertTrue(last().isRegisterAccess(), "a read");
        api.ioWriteMmReg32(gpio, 1);
        assertTrue(last().isRegisterAccess(), "a write");
        api.ioReadMmBuffer16(gpio, new short[2], 2);
        assertTrue(last().isRegisterAccess(), "a buffer read");
        api.ioWriteMmBuffer16(gpio, new short[2], 2);
        assertTrue(last().isRegisterAccess(), "a buffer write");
        assertThrows(MmioFault.class, () -> api.ioReadMmReg32(gpio + 2));
        assertFalse(last().isRegisterAccess(), "a faulting access");
        sim.advance(10);
        assertFalse(last().isRegisterAccess(), "an advance");
        api.knRegisterPhyMem(Fixtures.RTC, Fixtures.PAGE, 0);
        assertFalse(last().isRegisterAccess(), "a kernel call");
    }

    @Test
    void onlyAFaultingOperationIsAFault() {
        api.ioReadMmReg32(gpio);
        assertFalse(last().isFault());
        api.knRegisterPhyMem(Fixtures.QEMU_HOLE, Fixtures.PAGE, 0);
        assertFalse(last().isFault(), "a refused kernel call is no fault");
        assertThrows(MmioFault.class, () -> api.ioReadMmReg32(gpio + 2));
        assertTrue(last().isFault());
        assertEquals(FaultCause.MISALIGNED, last().fault());
    }

    @Test
    void anEventWithoutAPhysicalAddressHasNoneAndItsLineShowsNone() {
        sim.advance(10);
        assertEquals(OptionalLong.empty(), last().physicalAddress());
        TraceEvent close = text(3, "handle=0x1", "rcOk");
        assertEquals(OptionalLong.empty(), close.physicalAddress());
        assertEquals("#3 t=100ns p KnIoClose(handle=0x1) -> rcOk", close.toString());
        assertEquals(OptionalLong.empty(), TraceEvent.interrupt(4, 100, "GPIO", "GPIO", true).physicalAddress());
        api.ioReadMmReg32(gpio + 8);
        assertEquals(OptionalLong.of(Fixtures.GPIO + 8), last().physicalAddress());
    }

    @Test
    void anAdvanceSaysWhenItEnds() {
        sim.advance(1000);
        long start = sim.now();
        sim.advance(2500);
        assertTrue(start > 0);
        assertEquals("ns=2500", last().arguments());
        assertEquals("t=" + (start + 2500) + "ns", last().result());
        assertEquals(start, last().timeNanos());
    }

    @Test
    void aBufferOfEightValuesIsShownWholeAndALongerOneItsFirstEight() {
        api.ioWriteMmBuffer8(gpio, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, 8);
        assertTrue(last().arguments().endsWith("cnt=8, buf=[0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08]"),
                last().arguments());
        assertTrue(last().toString().endsWith("GPIO+0x0 <- [0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8]"),
                last().toString());
        api.ioWriteMmBuffer8(gpio, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 9);
        assertTrue(last().arguments().endsWith("cnt=9, buf=[0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, ...]"),
                last().arguments());
        assertTrue(last().toString().endsWith("<- [0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8, ...]"),
                last().toString());
        api.ioReadMmBuffer16(gpio, new short[8], 8);
        assertEquals("8 values [0x0009, 0x0009, 0x0009, 0x0009, 0x0009, 0x0009, 0x0009, 0x0009]", last().result());
        assertTrue(last().toString().endsWith("-> [0x9, 0x9, 0x9, 0x9, 0x9, 0x9, 0x9, 0x9]"), last().toString());
        api.ioReadMmBuffer16(gpio, new short[9], 9);
        assertTrue(last().result().startsWith("9 values [0x0009,") && last().result().endsWith(", 0x0009, ...]"),
                last().result());
    }

    @Test
    void anAccessTellsItsDirectionWidthValueAndRegistersAsTypes() {
        TraceEvent w = wide(0, 0x1234);
        assertTrue(w.isWrite());
        assertEquals(32, w.widthBits());
        assertEquals(0x12345678L, w.accessValue().orElseThrow());
        assertEquals(List.of("DEV.LO", "DEV.HI"), w.registers(), "an access wider than a register reaches two");
        TraceEvent high = TraceEvent.access(8, 200, "p", "IoReadMmReg32", false, 0x4000, 32, 0xFFFF_FFF0, 0x1000_0000L,
                "DEV", 0, new Plain("DEV.LO"), 0, 0, null, null);
        assertFalse(high.isWrite());
        assertEquals(0xFFFF_FFF0L, high.accessValue().orElseThrow(), "zero-extended, not sign-extended");
        TraceEvent narrow = TraceEvent.access(9, 200, "p", "IoReadMmReg8", false, 0x4000, 8, 0xFF, 0x1000_0000L,
                "DEV", 0, null, 0, 0, null, null);
        assertEquals(8, narrow.widthBits());
        assertEquals(0xFFL, narrow.accessValue().orElseThrow());
        assertEquals(List.of(), narrow.registers(), "no named register at that offset");
        TraceEvent call = text(10, "h=0x1", "rcOk");
        assertFalse(call.isWrite());
        assertEquals(0, call.widthBits());
        assertTrue(call.accessValue().isEmpty());
        assertEquals(List.of(), call.registers());
        TraceEvent buffer = TraceEvent.bufferAccess(11, 200, "p", "IoWriteMmBuffer16", true, 0x4000, 16,
                new int[] {1, 2}, 0x1000_0000L, "DEV", 0, new Plain("DEV.LO"), 0, 2);
        assertTrue(buffer.isWrite());
        assertEquals(16, buffer.widthBits());
        assertTrue(buffer.accessValue().isEmpty(), "a buffer has many values");
        assertEquals(List.of("DEV.LO"), buffer.registers());
    }
}
