package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED;
import static org.mmioworkbench.core.MmioConstants.MMIO_U_SHARED;
import static org.mmioworkbench.core.Retcode.rcAlreadyExists;
import static org.mmioworkbench.core.Retcode.rcInvalidArgument;
import static org.mmioworkbench.core.Retcode.rcOk;
import static org.mmioworkbench.core.tests.Fixtures.GPIO;
import static org.mmioworkbench.core.tests.Fixtures.PAGE;
import static org.mmioworkbench.core.tests.Fixtures.QEMU_RAM;
import static org.mmioworkbench.core.tests.Fixtures.RTC;
import static org.mmioworkbench.core.tests.Fixtures.UART0;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.KernelClaimInfo;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.Simulator;

class KernelSharingTest {
    private final Simulator sim = Fixtures.qemu();
    private final MmioApi driver = sim.process("driver").api();

    @Test
    void kernelClaimsItsConsoleUartAtBoot() {
        List<KernelClaimInfo> claims = sim.kernel().claims();
        assertEquals(1, claims.size());
        assertEquals(new AddressRange(UART0, PAGE), claims.get(0).range());
        assertEquals(List.of("UART0"), claims.get(0).devices());
        assertTrue(claims.get(0).atBoot());
    }

    @Test
    void kernelFirstRegistrationWithoutKSharedFailsWithDiagnostic() {
        assertEquals(rcAlreadyExists, driver.knRegisterPhyMem(UART0, PAGE, 0).rc());
        assertEquals(rcAlreadyExists, driver.knRegisterPhyMem(UART0, PAGE, MMIO_U_SHARED).rc());
        List<Diagnostic> diags = sim.diagnostics();
        assertEquals(2, diags.size());
        Diagnostic d = diags.get(0);
        assertEquals(DiagnosticKind.KERNEL_OWNS_REGION, d.kind());
        assertEquals(List.of("driver", "kernel"), d.actors());
        assertEquals("Shared access to MMIO region 0x09000000..0x09000fff (UART0) denied: process 'driver' registered"
                + " it without MMIO_K_SHARED, but the kernel uses 0x09000000..0x09000fff (UART0). Register it with"
                + " MMIO_K_SHARED to share it with the kernel.", d.message());
        assertTrue(sim.regions().isEmpty());
    }

    @Test
    void kernelFirstRegistrationWithKSharedSucceedsWithoutDiagnostic() {
        assertEquals(rcOk, driver.knRegisterPhyMem(UART0, PAGE, MMIO_K_SHARED).rc());
        assertTrue(sim.diagnostics().isEmpty());
        assertTrue(sim.regions().get(0).kernelUsed());
    }

    @Test
    void kernelUseConflictCountsAnyOverlap() {
        assertEquals(rcAlreadyExists, driver.knRegisterPhyMem(UART0 - PAGE, 2 * PAGE, 0).rc());
        assertEquals(DiagnosticKind.KERNEL_OWNS_REGION, sim.diagnostics().get(0).kind());
        assertEquals(rcOk, driver.knRegisterPhyMem(UART0 - PAGE, 2 * PAGE, MMIO_K_SHARED).rc());
    }

    @Test
    void userFirstKernelAccessWithoutKSharedFailsWithDiagnostic() {
        Fixtures.registerOk(driver, RTC, PAGE, 0);
        assertEquals(rcAlreadyExists, sim.kernel().access(RTC, PAGE));
        Diagnostic d = sim.diagnostics().get(0);
        assertEquals(DiagnosticKind.KERNEL_ACCESS_FAILED, d.kind());
        assertEquals(List.of("kernel", "driver"), d.actors());
        assertEquals("Kernel failed to access MMIO region 0x09010000..0x09010fff (RTC): the region"
                + " 0x09010000..0x09010fff is already registered by process 'driver' (flags 0) without MMIO_K_SHARED.",
                d.message());
        assertEquals(1, sim.kernelClaims().size(), "a failed kernel access records no claim");
    }

    @Test
    void userFirstKernelAccessWithKSharedSucceeds() {
        Fixtures.registerOk(driver, RTC, PAGE, MMIO_K_SHARED);
        assertEquals(rcOk, sim.kernel().access(RTC, PAGE));
        assertTrue(sim.diagnostics().isEmpty());
        List<KernelClaimInfo> claims = sim.kernelClaims();
        assertEquals(2, claims.size());
        assertFalse(claims.get(1).atBoot());
        assertEquals(List.of("RTC"), claims.get(1).devices());
    }

    @Test
    void kernelAccessFailsIfAnySharedRegistrationLacksKShared() {
        Fixtures.registerOk(driver, RTC, PAGE, MMIO_U_SHARED | MMIO_K_SHARED);
        Fixtures.registerOk(sim.process("other").api(), RTC, PAGE, MMIO_U_SHARED);
        assertEquals(rcAlreadyExists, sim.kernel().access(RTC, PAGE));
        assertEquals(List.of("kernel", "other"), sim.diagnostics().get(0).actors());
    }

    @Test
    void explicitKernelAccessFirstThenRegistrationWithoutKSharedFails() {
        assertEquals(rcOk, sim.kernel().access(GPIO, PAGE));
        assertEquals(rcAlreadyExists, driver.knRegisterPhyMem(GPIO, PAGE, 0).rc());
        assertEquals(DiagnosticKind.KERNEL_OWNS_REGION, sim.diagnostics().get(0).kind());
        assertEquals(rcOk, driver.knRegisterPhyMem(GPIO, PAGE, MMIO_K_SHARED).rc());
    }

    @Test
    void repeatedKernelAccessRecordsOneClaim() {
        assertEquals(rcOk, sim.kernel().access(GPIO, PAGE));
        assertEquals(rcOk, sim.kernel().access(GPIO, PAGE));
        assertEquals(2, sim.kernelClaims().size());
    }

    @Test
    void kernelAccessSucceedsOnceTheUserRegionIsDeregistered() {
        int rid = Fixtures.registerOk(driver, RTC, PAGE, 0);
        assertEquals(rcAlreadyExists, sim.kernel().access(RTC, PAGE));
        assertEquals(rcOk, driver.knHandleClose(rid));
        assertEquals(rcOk, sim.kernel().access(RTC, PAGE));
    }

    @Test
    void kernelAccessWithBadRangeIsInvalidArgument() {
        assertEquals(rcInvalidArgument, sim.kernel().access(GPIO + 1, PAGE));
        assertEquals(rcInvalidArgument, sim.kernel().access(GPIO, 0));
        assertEquals(rcInvalidArgument, sim.kernel().access(QEMU_RAM, PAGE));
        assertTrue(sim.diagnostics().isEmpty());
    }
}
