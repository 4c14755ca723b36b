package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.MmioConstants.MMIO_U_SHARED;
import static org.mmioworkbench.core.Retcode.rcAlreadyExists;
import static org.mmioworkbench.core.Retcode.rcOk;
import static org.mmioworkbench.core.tests.Fixtures.GPIO;
import static org.mmioworkbench.core.tests.Fixtures.PAGE;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.SimProcess;
import org.mmioworkbench.core.Simulator;

class DeregistrationTest {
    private final Simulator sim = Fixtures.qemu();
    private final SimProcess a = sim.process("a");
    private final SimProcess b = sim.process("b");
    private final SimProcess c = sim.process("c");

    @Test
    void regionCanBeRegisteredAgainAfterItsOnlyHandleIsClosed() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        assertEquals(rcOk, a.api().knHandleClose(rid));
        assertTrue(sim.regions().isEmpty());
        Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
    }

    @Test
    void reRegistrationAcrossProcessesNeedsEveryHandleInEveryProcessClosed() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        int inB = sim.ipcTransferHandle(a, rid, b).handle();
        assertEquals(rcOk, a.api().knHandleClose(rid));
        assertEquals(rcAlreadyExists, c.api().knRegisterPhyMem(GPIO, PAGE, 0).rc(), "b still holds the region");
        assertEquals(rcOk, b.api().knHandleClose(inB));
        Fixtures.registerOk(c.api(), GPIO, PAGE, 0);
    }

    @Test
    void revokingTheRootFreesTheRegionWhileRevokedSlotsRemain() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        sim.ipcTransferHandle(a, rid, b);
        assertEquals(rcOk, a.api().knHandleRevoke(rid));
        assertEquals(1, b.handles().size());
        Fixtures.registerOk(c.api(), GPIO, PAGE, 0);
    }

    @Test
    void liveMappingKeepsTheRegionRegisteredUntilItsHandleIsClosed() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        MapResult m = Fixtures.mapRw(a.api(), rid);
        assertEquals(rcOk, a.api().knHandleClose(rid));
        assertEquals(1, sim.regions().size());
        assertTrue(sim.regions().get(0).handleOwners().isEmpty());
        a.api().ioWriteMmReg32(m.address() + 0x400, 9); // GPIODIR
        assertEquals(9, a.api().ioReadMmReg32(m.address() + 0x400));
        assertEquals(rcAlreadyExists, b.api().knRegisterPhyMem(GPIO, PAGE, 0).rc());
        assertEquals(rcOk, a.api().knHandleClose(m.handle()));
        assertTrue(sim.regions().isEmpty());
        Fixtures.registerOk(b.api(), GPIO, PAGE, 0);
    }

    @Test
    void closingTheMappingHandleFreesTheVirtualRegionButKeepsTheRegistration() {
        int rid = Fixtures.registerOk(a.api(), GPIO, PAGE, 0);
        MapResult m = Fixtures.mapRw(a.api(), rid);
        assertEquals(rcOk, a.api().knHandleClose(m.handle()));
        assertTrue(a.info().mappings().isEmpty());
        assertEquals(1, sim.regions().size());
        assertTrue(sim.regions().get(0).mapping().isEmpty());
        MapResult again = Fixtures.mapRw(a.api(), rid);
        assertTrue(again.address() != m.address(), "freed virtual addresses are not reused");
    }

    @Test
    void sharedRegionIsFreedOnlyWhenEveryRegistrationIsGone() {
        int ridA = Fixtures.registerOk(a.api(), GPIO, PAGE, MMIO_U_SHARED);
        int ridB = Fixtures.registerOk(b.api(), GPIO, PAGE, MMIO_U_SHARED);
        assertEquals(rcOk, a.api().knHandleClose(ridA));
        assertEquals(rcAlreadyExists, c.api().knRegisterPhyMem(GPIO, PAGE, 0).rc());
        assertEquals(1, sim.regions().get(0).registrations().size());
        assertEquals(rcOk, b.api().knHandleClose(ridB));
        Fixtures.registerOk(c.api(), GPIO, PAGE, 0);
    }
}
