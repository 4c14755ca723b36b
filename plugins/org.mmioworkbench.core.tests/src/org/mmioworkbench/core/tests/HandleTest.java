package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.MmioConstants.INVALID_HANDLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.Retcode.rcNoCapability;
import static org.mmioworkbench.core.Retcode.rcHandleRevoked;
import static org.mmioworkbench.core.Retcode.rcInvalidArgument;
import static org.mmioworkbench.core.Retcode.rcResourceNotFound;
import static org.mmioworkbench.core.Retcode.rcOk;
import static org.mmioworkbench.core.tests.Fixtures.GPIO;
import static org.mmioworkbench.core.tests.Fixtures.PAGE;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.HandleInfo;
import org.mmioworkbench.core.HandleKind;
import org.mmioworkbench.core.HandleOrigin;
import org.mmioworkbench.core.HandleRef;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.HandleState;
import org.mmioworkbench.core.IoMemHandles;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.SimProcess;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.Snapshot;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.TransferResult;

class HandleTest {
    private final Simulator sim = Fixtures.qemu();
    private final SimProcess a = sim.process("a");
    private final SimProcess b = sim.process("b");
    private final SimProcess c = sim.process("c");

    private static HandleInfo handle(SimProcess p, int value) {
        return p.handles().stream().filter(h -> h.value() == value).findFirst().orElseThrow();
    }

    private int transfer(SimProcess from, int h, SimProcess to) {
        TransferResult t = sim.ipcTransferHandle(from, h, to);
        assertEquals(rcOk, t.rc());
        return t.handle();
    }

    @Test
    void transferGivesTheReceiverANewDescendantHandle() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int received = transfer(a, rid, b);
        HandleInfo info = handle(b, received);
        assertEquals(HandleKind.REGION, info.kind());
        assertEquals(HandleOrigin.RECEIVED, info.origin());
        assertEquals("a", info.fromProcess());
        assertEquals(Optional.of(new HandleRef("a", rid)), info.parent());
        assertEquals(HandleState.VALID, info.state());
        assertEquals(HandleState.VALID, handle(a, rid).state(), "the sender keeps its handle");
        assertEquals(List.of("a", "b"), sim.regions().get(0).handleOwners());
    }

    @Test
    void eachProcessCountsItsOwnHandleValuesSoOneValueNamesDifferentHandlesInTwoProcesses() {
        int inA = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int inB = Fixtures.registerOk(b.api(), Fixtures.RTC, PAGE, 0);
        assertEquals(inA, inB, "both are the first handle of their process");
        assertEquals(GPIO, handle(a, inA).region().base());
        assertEquals(Fixtures.RTC, handle(b, inB).region().base());
        assertEquals(rcOk, b.api().knHandleClose(inB));
        assertEquals(HandleState.VALID, handle(a, inA).state(), "closing b's value 1 leaves a's value 1 alone");
        assertEquals(1, a.handles().size());
    }

    @Test
    void aReceivedHandleIsAValueOfTheReceiversOwnTable() {
        int rtcInB = Fixtures.registerOk(b.api(), Fixtures.RTC, PAGE, 0);
        int gpioInA = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int received = transfer(a, gpioInA, b);
        assertEquals(rtcInB + 1, received, "b's next value, whatever a's values are");
        assertEquals(GPIO, handle(b, received).region().base());
        assertEquals(new HandleRef("b", received), handle(b, received).ref());
    }

    @Test
    void aValueFromAnotherProcessNamesNothingThereAndIsRefused() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        MapResult m = Fixtures.mapRw(a.api(), rid);
        assertTrue(b.handles().isEmpty());
        assertEquals(rcResourceNotFound, b.api().knHandleClose(m.handle()));
        assertEquals(rcResourceNotFound, b.api().knHandleRevoke(rid));
        assertEquals(rcResourceNotFound, b.api().knIoMapMem(rid, VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE).rc());
        assertEquals(rcResourceNotFound, sim.ipcTransferHandle(b, rid, c).rc());
        assertEquals(2, a.handles().size(), "a's handles are untouched");
        assertEquals(HandleState.VALID, handle(a, rid).state());
        TraceEvent last = sim.trace().get(sim.trace().size() - 1);
        assertEquals(rcResourceNotFound, last.rc());
        assertEquals("b", last.actor());
    }

    @Test
    void transferringAMappingHandleLacksTheCapability() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        MapResult m = Fixtures.mapRw(a.api(), rid);
        TransferResult t = sim.ipcTransferHandle(a, m.handle(), b);
        assertEquals(rcNoCapability, t.rc());
        assertEquals(INVALID_HANDLE, t.handle());
        assertTrue(b.handles().isEmpty());
    }

    @Test
    void transferringStaleRevokedOrInvalidHandlesFails() {
        assertEquals(rcResourceNotFound, sim.ipcTransferHandle(a, 999, b).rc());
        assertEquals(rcInvalidArgument, sim.ipcTransferHandle(a, INVALID_HANDLE, b).rc());
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int inB = transfer(a, rid, b);
        assertEquals(rcOk, a.api().knHandleRevoke(rid));
        assertEquals(rcHandleRevoked, sim.ipcTransferHandle(b, inB, c).rc());
    }

    @Test
    void aProcessOfAnotherSimulatorCanNeitherSendNorReceiveAHandle() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        Simulator other = Fixtures.qemu();
        SimProcess foreignA = other.process("a"); // same name, another simulator
        SimProcess foreignB = other.process("b");
        long events = sim.traceLength();

        assertThrows(IllegalArgumentException.class, () -> sim.ipcTransferHandle(foreignA, rid, b));
        assertThrows(IllegalArgumentException.class, () -> sim.ipcTransferHandle(a, rid, foreignB));
        assertThrows(IllegalArgumentException.class,
                () -> sim.ipcTransferHandle(a, rid, foreignB, HandleRights.MAP_READ));

        assertEquals(events, sim.traceLength(), "nothing was sent");
        assertTrue(b.handles().isEmpty());
        assertEquals(List.of(rid), a.handles().stream().map(HandleInfo::value).toList());
        assertTrue(other.processes().stream().allMatch(p -> p.handles().isEmpty()));
    }

    @Test
    void aHandleCannotBeSentToOrFromAProcessARestoreRemoved() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        Snapshot beforeLate = sim.snapshot();
        SimProcess late = sim.process("late");
        int inLate = transfer(a, rid, late);
        sim.restore(beforeLate);
        long events = sim.traceLength();

        assertThrows(IllegalStateException.class, () -> sim.ipcTransferHandle(a, rid, late));
        assertThrows(IllegalStateException.class, () -> sim.ipcTransferHandle(late, inLate, b));

        assertEquals(events, sim.traceLength(), "nothing was sent");
        assertFalse(late.exists(), "sending does not bring the process back");
        assertTrue(b.handles().isEmpty());
    }

    @Test
    void closeReparentsDescendantsToTheAncestor() {
        int inA = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int inB = transfer(a, inA, b);
        int inC = transfer(b, inB, c);
        assertEquals(Optional.of(new HandleRef("b", inB)), handle(c, inC).parent());
        assertEquals(rcOk, b.api().knHandleClose(inB));
        assertEquals(Optional.of(new HandleRef("a", inA)), handle(c, inC).parent());
        assertEquals(HandleState.VALID, handle(c, inC).state());
        Fixtures.mapRw(c.api(), inC);
    }

    @Test
    void closingTheRootLeavesDescendantsValidAsRoots() {
        int inA = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int inB = transfer(a, inA, b);
        assertEquals(rcOk, a.api().knHandleClose(inA));
        assertEquals(Optional.empty(), handle(b, inB).parent());
        assertEquals(1, sim.regions().size(), "the region is still held by b");
    }

    @Test
    void revokeRevokesDescendantsInOtherProcesses() {
        int inA = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int inB = transfer(a, inA, b);
        int inC = transfer(b, inB, c);
        assertEquals(rcOk, a.api().knHandleRevoke(inA));
        assertTrue(a.handles().isEmpty(), "revoke closes the handle itself");
        assertEquals(HandleState.REVOKED, handle(b, inB).state());
        assertEquals(HandleState.REVOKED, handle(c, inC).state());
        assertEquals(rcHandleRevoked, b.api().knIoMapMem(inB, VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE).rc());
        assertEquals(rcHandleRevoked, c.api().knHandleRevoke(inC));
        assertEquals(rcHandleRevoked, sim.ipcTransferHandle(c, inC, a).rc());
        assertTrue(sim.regions().isEmpty(), "revoked handles do not keep the region registered");
    }

    @Test
    void revokeLeavesAncestorsAndSiblingsValid() {
        int inA = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int inB = transfer(a, inA, b);
        int inC = transfer(a, inA, c);
        int inD = transfer(b, inB, sim.process("d"));
        assertEquals(rcOk, b.api().knHandleRevoke(inB));
        assertEquals(HandleState.REVOKED, handle(sim.process("d"), inD).state());
        assertEquals(HandleState.VALID, handle(a, inA).state());
        assertEquals(HandleState.VALID, handle(c, inC).state());
        assertEquals(Optional.of(new HandleRef("a", inA)), handle(c, inC).parent());
    }

    @Test
    void closingARevokedHandleFreesItsSlotAndReturnsOk() {
        int inA = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int inB = transfer(a, inA, b);
        a.api().knHandleRevoke(inA);
        assertEquals(1, b.handles().size(), "a revoked handle occupies its slot until closed");
        assertEquals(rcOk, b.api().knHandleClose(inB));
        assertTrue(b.handles().isEmpty());
        assertEquals(rcResourceNotFound, b.api().knHandleClose(inB));
    }

    @Test
    void staleHandleValuesAreNotFound() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        assertEquals(rcResourceNotFound, a.api().knHandleClose(424242));
        assertEquals(rcResourceNotFound, b.api().knHandleClose(rid), "a handle of another process is unknown here");
        assertEquals(rcOk, a.api().knHandleClose(rid));
        assertEquals(rcResourceNotFound, a.api().knHandleClose(rid));
        assertEquals(rcResourceNotFound, a.api().knHandleRevoke(rid));
    }

    @Test
    void invalidHandleIsInvalidArgument() {
        assertEquals(rcInvalidArgument, a.api().knHandleClose(INVALID_HANDLE));
        assertEquals(rcInvalidArgument, a.api().knHandleRevoke(INVALID_HANDLE));
    }

    @Test
    void handleValuesAreNeverReused() {
        int first = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        a.api().knHandleClose(first);
        int second = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        assertTrue(second != first);
    }

    @Test
    void revokingAMappingHandleUnmapsIt() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        MapResult m = Fixtures.mapRw(a.api(), rid);
        assertEquals(rcOk, a.api().knHandleRevoke(m.handle()));
        assertTrue(sim.regions().get(0).mapping().isEmpty());
        Fixtures.mapRw(a.api(), rid);
    }

    @Test
    void revokingARegionHandleLeavesItsMappingInPlace() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        MapResult m = Fixtures.mapRw(a.api(), rid);
        assertEquals(rcOk, a.api().knHandleRevoke(rid));
        a.api().ioWriteMmReg32(m.address() + 0x400, 3); // GPIODIR
        assertEquals(3, a.api().ioReadMmReg32(m.address() + 0x400));
    }

    @Test
    void knIoMemHandlesClearSetsBothFieldsToInvalidHandle() {
        IoMemHandles h = new IoMemHandles();
        assertEquals(INVALID_HANDLE, h.rid);
        assertEquals(INVALID_HANDLE, h.handle);
        h.rid = 5;
        h.handle = 6;
        a.api().knIoMemHandlesClear(h);
        assertEquals(INVALID_HANDLE, h.rid);
        assertEquals(INVALID_HANDLE, h.handle);
    }

    @Test
    void knIoMemHandlesCloseOnHalfFilledStructureClosesThePresentHandle() {
        IoMemHandles h = new IoMemHandles();
        a.api().knIoMemHandlesClear(h);
        h.rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        assertEquals(rcOk, a.api().knIoMemHandlesClose(h));
        assertEquals(INVALID_HANDLE, h.rid);
        assertEquals(INVALID_HANDLE, h.handle);
        assertTrue(a.handles().isEmpty());
        assertTrue(sim.regions().isEmpty());
    }

    @Test
    void knIoMemHandlesCloseOnEmptyStructureIsOk() {
        IoMemHandles h = new IoMemHandles();
        assertEquals(rcOk, a.api().knIoMemHandlesClose(h));
    }

    @Test
    void knIoMemHandlesCloseClosesMappingThenRegionAndFreesEverything() {
        IoMemHandles h = new IoMemHandles();
        h.rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        h.handle = Fixtures.mapRw(a.api(), h.rid).handle();
        String rid = "handle=0x" + Integer.toHexString(h.rid);
        String mapping = "handle=0x" + Integer.toHexString(h.handle);
        long before = sim.traceLength();
        assertEquals(rcOk, a.api().knIoMemHandlesClose(h));
        List<TraceEvent> events = sim.traceSince(before);
        assertEquals(List.of("KnHandleClose", "KnHandleClose", "KnIoMemHandlesClose"),
                events.stream().map(TraceEvent::operation).toList());
        assertEquals(mapping, events.get(0).arguments(), "the mapping handle is closed first");
        assertEquals(rid, events.get(1).arguments());
        assertTrue(sim.regions().isEmpty());
        assertTrue(a.handles().isEmpty());
    }

    @Test
    void knIoMemHandlesCloseReportsTheFirstErrorAndStillReinitialises() {
        IoMemHandles h = new IoMemHandles();
        h.rid = 77777;
        h.handle = Fixtures.mapRw(a.api(), Fixtures.registerOk(a.api(), GPIO, PAGE, 0)).handle();
        assertEquals(rcResourceNotFound, a.api().knIoMemHandlesClose(h));
        assertEquals(INVALID_HANDLE, h.rid);
        assertEquals(INVALID_HANDLE, h.handle);
        assertTrue(sim.regions().get(0).mapping().isEmpty(), "the present mapping handle was still closed");
    }
}
