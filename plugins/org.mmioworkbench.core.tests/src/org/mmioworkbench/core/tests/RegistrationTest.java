package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.MmioConstants.INVALID_HANDLE;
import static org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED;
import static org.mmioworkbench.core.MmioConstants.MMIO_U_SHARED;
import static org.mmioworkbench.core.Retcode.rcAlreadyExists;
import static org.mmioworkbench.core.Retcode.rcInvalidArgument;
import static org.mmioworkbench.core.Retcode.rcOk;
import static org.mmioworkbench.core.tests.Fixtures.DEV_A;
import static org.mmioworkbench.core.tests.Fixtures.DEV_A_SIZE;
import static org.mmioworkbench.core.tests.Fixtures.GPIO;
import static org.mmioworkbench.core.tests.Fixtures.PAGE;
import static org.mmioworkbench.core.tests.Fixtures.QEMU_HOLE;
import static org.mmioworkbench.core.tests.Fixtures.QEMU_RAM;
import static org.mmioworkbench.core.tests.Fixtures.RTC;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.RegionInfo;
import org.mmioworkbench.core.RegisterResult;
import org.mmioworkbench.core.Simulator;

class RegistrationTest {
    private final Simulator sim = Fixtures.qemu();
    private final MmioApi a = sim.process("a").api();
    private final MmioApi b = sim.process("b").api();

    @Test
    void pageAlignedDeviceRangeRegistersAndReturnsRegionHandle() {
        RegisterResult r = a.knRegisterPhyMem(GPIO, PAGE, 0);
        assertEquals(rcOk, r.rc());
        assertTrue(r.ok());
        assertTrue(r.rid() != INVALID_HANDLE);
        List<RegionInfo> regions = sim.regions();
        assertEquals(1, regions.size());
        assertEquals(new AddressRange(GPIO, PAGE), regions.get(0).range());
        assertEquals(List.of("GPIO"), regions.get(0).devices());
        assertTrue(sim.diagnostics().isEmpty());
    }

    @Test
    void unalignedBaseIsInvalidArgument() {
        RegisterResult r = a.knRegisterPhyMem(GPIO + 4, PAGE, 0);
        assertEquals(rcInvalidArgument, r.rc());
        assertEquals(INVALID_HANDLE, r.rid());
        assertTrue(sim.regions().isEmpty());
        assertTrue(a.knRegisterPhyMem(GPIO + 0x800, PAGE, 0).rc() == rcInvalidArgument);
    }

    @Test
    void zeroSizeIsInvalidArgument() {
        assertEquals(rcInvalidArgument, a.knRegisterPhyMem(GPIO, 0, 0).rc());
    }

    @Test
    void sizeNotMultipleOfPageSizeIsInvalidArgument() {
        assertEquals(rcInvalidArgument, a.knRegisterPhyMem(GPIO, 0x800, 0).rc());
        assertEquals(rcInvalidArgument, a.knRegisterPhyMem(GPIO, PAGE + 1, 0).rc());
        assertEquals(rcInvalidArgument, a.knRegisterPhyMem(GPIO, 4, 0).rc());
    }

    @Test
    void rangeWrappingAroundTheAddressSpaceIsInvalidArgument() {
        assertEquals(rcInvalidArgument, a.knRegisterPhyMem(0xFFFF_FFFF_FFFF_F000L, 2 * PAGE, 0).rc());
        assertEquals(rcInvalidArgument, a.knRegisterPhyMem(PAGE, -PAGE, 0).rc());
    }

    @Test
    void rangeEndingExactlyAtTopOfAddressSpaceIsValid() {
        assertEquals(rcOk, a.knRegisterPhyMem(0xFFFF_FFFF_FFFF_F000L, PAGE, 0).rc());
    }

    @Test
    void unknownFlagBitsAreInvalidArgument() {
        assertEquals(rcInvalidArgument, a.knRegisterPhyMem(GPIO, PAGE, 0x100).rc());
    }

    @Test
    void registeringRamIsInvalidArgumentWithDiagnostic() {
        assertEquals(rcInvalidArgument, a.knRegisterPhyMem(QEMU_RAM, PAGE, 0).rc());
        assertEquals(rcInvalidArgument, a.knRegisterPhyMem(QEMU_RAM - PAGE, 2 * PAGE, 0).rc());
        List<Diagnostic> diags = sim.diagnostics();
        assertEquals(2, diags.size());
        assertEquals(DiagnosticKind.RAM_REGISTRATION, diags.get(0).kind());
        assertTrue(diags.get(0).message().contains("overlaps RAM 0x40000000..0x7fffffff"), diags.get(0).message());
        assertEquals(List.of("a"), diags.get(0).actors());
    }

    @Test
    void registeringHoleInTheMapSucceeds() {
        assertEquals(rcOk, a.knRegisterPhyMem(QEMU_HOLE, PAGE, 0).rc());
        assertEquals(List.of(), sim.regions().get(0).devices());
    }

    @Test
    void secondRegistrationWithoutUSharedOnEitherSideFailsWithDiagnostic() {
        Fixtures.registerOk(a, GPIO, PAGE, 0);
        RegisterResult second = b.knRegisterPhyMem(GPIO, PAGE, 0);
        assertEquals(rcAlreadyExists, second.rc());
        assertEquals(INVALID_HANDLE, second.rid());
        Diagnostic d = sim.diagnostics().get(0);
        assertEquals(DiagnosticKind.SHARED_ACCESS_CONFLICT, d.kind());
        assertEquals(List.of("b", "a"), d.actors());
        assertEquals(new AddressRange(GPIO, PAGE), d.range());
        assertTrue(d.message().contains("0x09030000..0x09030fff (GPIO)"), d.message());
        assertTrue(d.message().contains("process 'b'") && d.message().contains("process 'a'"), d.message());
        assertTrue(d.message().contains("MMIO_U_SHARED"), d.message());
    }

    @Test
    void firstWithUSharedSecondWithoutFailsWithDiagnostic() {
        Fixtures.registerOk(a, GPIO, PAGE, MMIO_U_SHARED);
        assertEquals(rcAlreadyExists, b.knRegisterPhyMem(GPIO, PAGE, 0).rc());
        assertEquals(1, Fixtures.diagnosticsOfKind(sim, DiagnosticKind.SHARED_ACCESS_CONFLICT).size());
    }

    @Test
    void firstWithoutUSharedSecondWithFailsWithDiagnostic() {
        Fixtures.registerOk(a, GPIO, PAGE, 0);
        assertEquals(rcAlreadyExists, b.knRegisterPhyMem(GPIO, PAGE, MMIO_U_SHARED).rc());
        Diagnostic d = Fixtures.diagnosticsOfKind(sim, DiagnosticKind.SHARED_ACCESS_CONFLICT).get(0);
        assertTrue(d.message().contains("already registered by process 'a' (flags 0)"), d.message());
    }

    @Test
    void bothWithUSharedShareOneRegion() {
        int ridA = Fixtures.registerOk(a, GPIO, PAGE, MMIO_U_SHARED);
        int ridB = Fixtures.registerOk(b, GPIO, PAGE, MMIO_U_SHARED);
        assertEquals(ridA, ridB, "each is the first handle of its own process's table");
        List<RegionInfo> regions = sim.regions();
        assertEquals(List.of("a", "b"), regions.get(0).handleOwners());
        assertEquals(1, regions.size());
        assertEquals(2, regions.get(0).registrations().size());
        assertEquals(List.of("a", "b"), regions.get(0).handleOwners());
        assertTrue(sim.diagnostics().isEmpty());
    }

    @Test
    void registrationWithoutUSharedFailsWhenSharedRegistrationsExist() {
        Fixtures.registerOk(a, GPIO, PAGE, MMIO_U_SHARED);
        Fixtures.registerOk(b, GPIO, PAGE, MMIO_U_SHARED);
        assertEquals(rcAlreadyExists, sim.process("c").api().knRegisterPhyMem(GPIO, PAGE, 0).rc());
        Diagnostic d = sim.diagnostics().get(0);
        assertEquals(List.of("c", "a", "b"), d.actors());
    }

    @Test
    void sameProcessRegisteringTwiceFollowsTheSameRules() {
        Fixtures.registerOk(a, GPIO, PAGE, 0);
        assertEquals(rcAlreadyExists, a.knRegisterPhyMem(GPIO, PAGE, 0).rc());
        Fixtures.registerOk(a, RTC, PAGE, MMIO_U_SHARED);
        assertEquals(rcOk, a.knRegisterPhyMem(RTC, PAGE, MMIO_U_SHARED).rc());
    }

    @Test
    void partialOverlapIsConflictNamingBothRanges() {
        Simulator s = new Simulator(Fixtures.testBoard());
        MmioApi x = s.process("x").api();
        MmioApi y = s.process("y").api();
        Fixtures.registerOk(x, DEV_A, DEV_A_SIZE, MMIO_U_SHARED);
        assertEquals(rcAlreadyExists, y.knRegisterPhyMem(DEV_A + PAGE, PAGE, MMIO_U_SHARED).rc());
        assertEquals(rcAlreadyExists, y.knRegisterPhyMem(DEV_A - PAGE, 2 * PAGE, MMIO_U_SHARED).rc());
        List<Diagnostic> diags = s.diagnostics();
        assertEquals(2, diags.size());
        Diagnostic d = diags.get(0);
        assertEquals(DiagnosticKind.PARTIAL_OVERLAP, d.kind());
        assertTrue(d.message().contains("0x10001000..0x10001fff"), d.message());
        assertTrue(d.message().contains("0x10000000..0x10001fff"), d.message());
        assertEquals(List.of("y", "x"), d.actors());
    }

    @Test
    void partialOverlapWithoutAnyFlagsIsAlsoConflict() {
        Simulator s = new Simulator(Fixtures.testBoard());
        Fixtures.registerOk(s.process("x").api(), DEV_A, PAGE, 0);
        assertEquals(rcAlreadyExists, s.process("y").api().knRegisterPhyMem(DEV_A, DEV_A_SIZE, 0).rc());
        assertEquals(DiagnosticKind.PARTIAL_OVERLAP, s.diagnostics().get(0).kind());
    }

    @Test
    void adjacentRangesDoNotConflict() {
        Simulator s = new Simulator(Fixtures.testBoard());
        Fixtures.registerOk(s.process("x").api(), DEV_A, PAGE, 0);
        Fixtures.registerOk(s.process("y").api(), DEV_A + PAGE, PAGE, 0);
        assertEquals(2, s.regions().size());
    }

    @Test
    void failedRegistrationIssuesNoHandle() {
        Fixtures.registerOk(a, GPIO, PAGE, 0);
        b.knRegisterPhyMem(GPIO, PAGE, 0);
        b.knRegisterPhyMem(GPIO + 1, PAGE, 0);
        assertTrue(sim.process("b").handles().isEmpty());
    }

    @Test
    void kSharedFlagAloneDoesNotAllowTwoUserRegistrations() {
        Fixtures.registerOk(a, GPIO, PAGE, MMIO_K_SHARED);
        assertEquals(rcAlreadyExists, b.knRegisterPhyMem(GPIO, PAGE, MMIO_K_SHARED).rc());
    }

    @Test
    void pageSizeOfTheBoardGovernsAlignmentAndSize() {
        Board big = Board.builder("big-pages").pageSize(0x10000).device("DEV", 0x2000_0000L, 0x20000).build();
        Simulator s = new Simulator(big);
        MmioApi x = s.process("x").api();
        assertEquals(rcInvalidArgument, x.knRegisterPhyMem(0x2000_0000L, 0x1000, 0).rc());
        assertEquals(rcInvalidArgument, x.knRegisterPhyMem(0x2000_1000L, 0x10000, 0).rc());
        assertEquals(rcOk, x.knRegisterPhyMem(0x2001_0000L, 0x10000, 0).rc());
    }
}
