package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.HandleRights.MAP_READ;
import static org.mmioworkbench.core.HandleRights.MAP_WRITE;
import static org.mmioworkbench.core.HandleRights.NONE;
import static org.mmioworkbench.core.HandleRights.REGION_FULL;
import static org.mmioworkbench.core.HandleRights.TRANSFER;
import static org.mmioworkbench.core.MmioConstants.INVALID_HANDLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;
import static org.mmioworkbench.core.Retcode.rcNoCapability;
import static org.mmioworkbench.core.Retcode.rcInvalidArgument;
import static org.mmioworkbench.core.Retcode.rcOk;
import static org.mmioworkbench.core.tests.Fixtures.GPIO;
import static org.mmioworkbench.core.tests.Fixtures.PAGE;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmioworkbench.core.HandleInfo;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.SimProcess;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.Snapshot;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.TransferResult;

/** Handle permissions masks: what each handle gets, what a transfer may hand on, what mapping needs. */
class HandleRightsTest {
    private static final HandleRights READ_WRITE = MAP_READ.union(MAP_WRITE);

    private final Simulator sim = Fixtures.qemu();
    private final SimProcess a = sim.process("a");
    private final SimProcess b = sim.process("b");
    private final SimProcess c = sim.process("c");

    private static HandleRights rights(SimProcess p, int value) {
        return p.handles().stream().filter(h -> h.value() == value).findFirst().map(HandleInfo::rights).orElseThrow();
    }

    private int transfer(SimProcess from, int h, SimProcess to, HandleRights r) {
        TransferResult t = sim.ipcTransferHandle(from, h, to, r);
        assertEquals(rcOk, t.rc(), "transfer with " + r);
        return t.handle();
    }

    private TraceEvent last() {
        List<TraceEvent> trace = sim.trace();
        return trace.get(trace.size() - 1);
    }

    @Test
    void registeredRegionHandleHasEveryRight() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        assertEquals(REGION_FULL, rights(a, rid));
        assertEquals("transfer|map-read|map-write", rights(a, rid).toString());
    }

    @Test
    void transferKeepsTheSendersRightsByDefault() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int reduced = transfer(a, rid, b, TRANSFER.union(MAP_READ));
        TransferResult t = sim.ipcTransferHandle(b, reduced, c);
        assertEquals(rcOk, t.rc());
        assertEquals(TRANSFER.union(MAP_READ), rights(c, t.handle()), "the 3-argument transfer hands on b's rights");
        assertEquals("handle=0x" + Integer.toHexString(reduced) + ", to='c'", last().arguments(),
                "no rights in the trace when none were given");
    }

    @Test
    void reducedTransferGivesExactlyTheChosenRightsAndShowsThemInTheTrace() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int readOnly = transfer(a, rid, b, MAP_READ);
        assertEquals(MAP_READ, rights(b, readOnly));
        assertEquals(REGION_FULL, rights(a, rid), "the sender's rights do not change");
        assertEquals("handle=0x" + Integer.toHexString(rid) + ", to='b', rights=map-read", last().arguments());
        int none = transfer(a, rid, c, NONE);
        assertEquals(NONE, rights(c, none));
    }

    @Test
    void elevatingRightsIsAccessDeniedAndIssuesNoHandle() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int inB = transfer(a, rid, b, TRANSFER.union(MAP_READ));
        int handlesBefore = c.handles().size();
        TransferResult t = sim.ipcTransferHandle(b, inB, c, TRANSFER.union(READ_WRITE));
        assertEquals(rcNoCapability, t.rc());
        assertEquals(INVALID_HANDLE, t.handle());
        assertEquals(handlesBefore, c.handles().size(), "no handle issued");
        assertEquals(rcNoCapability, last().rc());
        assertTrue(last().result().contains("rights cannot be elevated"), last().result());
        assertTrue(last().result().contains("map-write"), "names the right asked for: " + last().result());
        assertEquals(List.of("a", "b"), sim.regions().get(0).handleOwners());
    }

    @Test
    void handleWithoutTransferCannotBePassedOn() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int inB = transfer(a, rid, b, READ_WRITE);
        for (HandleRights r : new HandleRights[] {null, NONE, MAP_READ}) {
            TransferResult t = r == null ? sim.ipcTransferHandle(b, inB, c) : sim.ipcTransferHandle(b, inB, c, r);
            assertEquals(rcNoCapability, t.rc(), "with " + r);
            assertEquals(INVALID_HANDLE, t.handle());
            assertTrue(last().result().contains("lacks right transfer"), last().result());
        }
        assertTrue(c.handles().isEmpty());
        Fixtures.mapRw(b.api(), inB); // it can still be used for what its rights allow
    }

    @Test
    void readOnlyRegionHandleMapsForReadingButNotForWriting() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int readOnly = transfer(a, rid, b, MAP_READ);
        MapResult denied = b.api().knIoMapMem(readOnly, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
        assertEquals(rcNoCapability, denied.rc());
        assertEquals(INVALID_HANDLE, denied.handle());
        assertEquals(0, denied.address());
        assertTrue(last().result().contains("lacks right map-write"), last().result());
        assertTrue(sim.regions().get(0).mapping().isEmpty(), "nothing was mapped");
        MapResult m = b.api().knIoMapMem(readOnly, VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE);
        assertEquals(rcOk, m.rc());
        assertEquals(0x61, b.api().ioReadMmReg32(m.address() + 0xFE0)); // GPIOPeriphID0 of the PL061
    }

    @Test
    void writeOnlyRegionHandleCannotBeMappedSinceEveryMappingIsReadable() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int writeOnly = transfer(a, rid, b, MAP_WRITE);
        assertEquals(rcNoCapability, b.api().knIoMapMem(writeOnly, VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE).rc());
        assertTrue(last().result().contains("lacks right map-read"), last().result());
        assertEquals(rcNoCapability,
                b.api().knIoMapMem(writeOnly, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE).rc());
        assertEquals(rcInvalidArgument, b.api().knIoMapMem(writeOnly, VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE).rc());
        assertTrue(sim.regions().get(0).mapping().isEmpty(), "nothing was mapped");
    }

    @Test
    void badMappingArgumentsAreReportedBeforeMissingRights() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int noRights = transfer(a, rid, b, NONE);
        assertEquals(rcInvalidArgument, b.api().knIoMapMem(noRights, 0, VMM_FLAG_CACHE_DISABLE).rc());
        assertEquals(rcInvalidArgument, b.api().knIoMapMem(noRights, VMM_FLAG_READ, VMM_FLAG_READ).rc());
        assertEquals(rcNoCapability, b.api().knIoMapMem(noRights, VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE).rc());
    }

    @Test
    void mappingHandleRightsFollowProtAndNeverIncludeTransfer() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int[] prots = {VMM_FLAG_READ, VMM_FLAG_READ | VMM_FLAG_WRITE};
        HandleRights[] expected = {MAP_READ, READ_WRITE};
        for (int i = 0; i < prots.length; i++) {
            MapResult m = a.api().knIoMapMem(rid, prots[i], VMM_FLAG_CACHE_DISABLE);
            assertEquals(rcOk, m.rc());
            assertEquals(expected[i], rights(a, m.handle()));
            assertFalse(rights(a, m.handle()).contains(TRANSFER));
            TransferResult t = sim.ipcTransferHandle(a, m.handle(), b, NONE);
            assertEquals(rcNoCapability, t.rc());
            assertTrue(last().result().contains("a KnIoMapMem handle cannot be transferred"), last().result());
            assertEquals(rcOk, a.api().knHandleClose(m.handle()));
        }
    }

    @Test
    void revokedAndReparentedHandlesKeepTheirRights() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int inB = transfer(a, rid, b, TRANSFER.union(MAP_READ));
        int inC = transfer(b, inB, c, MAP_READ);
        assertEquals(rcOk, b.api().knHandleClose(inB));
        assertEquals(MAP_READ, rights(c, inC), "re-parented to a's handle, still read-only");
        assertEquals(rcOk, a.api().knHandleRevoke(rid));
        assertEquals(MAP_READ, rights(c, inC), "a revoked handle shows the rights it had");
    }

    @Test
    void snapshotAndRestoreKeepRights() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int readOnly = transfer(a, rid, b, MAP_READ);
        Snapshot snap = sim.snapshot();
        assertEquals(rcOk, b.api().knHandleClose(readOnly));
        int full = transfer(a, rid, b, REGION_FULL);
        sim.restore(snap);
        assertEquals(MAP_READ, rights(b, readOnly));
        assertTrue(b.handles().stream().noneMatch(h -> h.value() == full));
        assertEquals(rcNoCapability,
                b.api().knIoMapMem(readOnly, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE).rc(),
                "the restored handle is still read-only");
        assertEquals(rcNoCapability, sim.ipcTransferHandle(b, readOnly, c).rc());
    }

    @Test
    void nullRightsAreRejected() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        assertThrows(NullPointerException.class, () -> sim.ipcTransferHandle(a, rid, b, null));
    }

    // ----- the value type ------------------------------------------------------------------------

    @Test
    void textFormRoundTripsForEveryMask() {
        HandleRights[] rights = {TRANSFER, MAP_READ, MAP_WRITE};
        for (int combination = 0; combination < 8; combination++) {
            HandleRights r = NONE;
            for (int i = 0; i < 3; i++) {
                if ((combination & 1 << i) != 0) {
                    r = r.union(rights[i]);
                }
            }
            assertEquals(r, HandleRights.parse(r.toString()), r.toString());
        }
        assertEquals("none", NONE.toString());
        assertEquals("transfer|map-write", MAP_WRITE.union(TRANSFER).toString(), "a fixed order");
    }

    @Test
    void parseAcceptsCommasBarsSpacesAnyCaseAndUnderscores() {
        assertEquals(REGION_FULL, HandleRights.parse("Map-Write, TRANSFER | map_read"));
        assertEquals(MAP_READ, HandleRights.parse(" MAP_READ "));
        assertEquals(MAP_READ, HandleRights.parse("none|map-read"));
        assertEquals(NONE, HandleRights.parse("NONE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"map-read|mapwrite", "read", "transfer,,map-read", "transfer|"})
    void parseNamesTheBadWord(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HandleRights.parse(text));
        String bad = text.contains("mapwrite") ? "'mapwrite'" : text.equals("read") ? "'read'" : "empty handle right";
        assertTrue(e.getMessage().contains(bad), e.getMessage());
        assertTrue(e.getMessage().contains("transfer, map-read, map-write"), e.getMessage());
    }

    @Test
    void parseRefusesBlankText() {
        assertThrows(IllegalArgumentException.class, () -> HandleRights.parse(" "));
    }

    @Test
    void setOperationsAndUnknownBits() {
        assertTrue(REGION_FULL.contains(MAP_READ.union(TRANSFER)));
        assertFalse(MAP_READ.contains(READ_WRITE));
        assertTrue(MAP_READ.contains(NONE));
        assertEquals(MAP_WRITE, READ_WRITE.without(MAP_READ));
        assertTrue(NONE.isEmpty());
        assertFalse(TRANSFER.isEmpty());
        assertEquals(REGION_FULL, new HandleRights(REGION_FULL.mask()));
        assertEquals(3, Integer.bitCount(REGION_FULL.mask()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HandleRights(0x8000_0000));
        assertTrue(e.getMessage().contains("0x80000000"), e.getMessage());
    }
}
