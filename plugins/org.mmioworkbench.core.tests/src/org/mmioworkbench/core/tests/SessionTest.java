package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.HandleOrigin;
import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.RegionInfo;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.session.DemoScenario;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;

/** Sessions as the workbench uses them, and the built-in demo they start. */
class SessionTest {

    @Test
    void theLastStartedSessionIsActiveAndEndingItActivatesThePreviousOne() {
        SessionRegistry registry = new SessionRegistryFixture().registry;
        SimulationSession first = registry.start("one", Board.qemuVirt());
        SimulationSession second = registry.start("two", Board.qemuVirt());
        assertEquals(Optional.of(second), registry.active());
        registry.setActive(first);
        assertEquals(Optional.of(first), registry.active());
        registry.end(first);
        assertEquals(Optional.of(second), registry.active());
        registry.end(second);
        assertEquals(Optional.empty(), registry.active());
        assertEquals(List.of(), registry.sessions());
    }

    @Test
    void sessionNamesStayDistinct() {
        SessionRegistry registry = new SessionRegistryFixture().registry;
        assertEquals("demo", registry.start("demo", Board.qemuVirt()).name());
        assertEquals("demo (2)", registry.start("demo", Board.qemuVirt()).name());
        assertEquals("demo (3)", registry.start("demo", Board.qemuVirt()).name());
    }

    @Test
    void listenersHearEveryStartEndAndActivation() {
        SessionRegistryFixture fixture = new SessionRegistryFixture();
        List<Optional<SimulationSession>> heard = new ArrayList<>();
        fixture.registry.addListener(r -> heard.add(r.active()));
        SimulationSession a = fixture.registry.start("a", Board.qemuVirt());
        SimulationSession b = fixture.registry.start("b", Board.qemuVirt());
        fixture.registry.setActive(a);
        fixture.registry.end(a);
        assertEquals(List.of(Optional.of(a), Optional.of(b), Optional.of(a), Optional.of(b)), heard);
    }

    @Test
    void aSessionThatIsNotRunningCannotBeMadeActive() {
        SessionRegistry registry = new SessionRegistryFixture().registry;
        SimulationSession gone = registry.start("gone", Board.qemuVirt());
        registry.end(gone);
        assertThrows(IllegalArgumentException.class, () -> registry.setActive(gone));
    }

    @Test
    void theDemoRegistersGpioRtcAndTheKernelsUartWithOneDiagnostic() {
        SessionRegistry registry = new SessionRegistryFixture().registry;
        SimulationSession session = DemoScenario.start(registry);
        Simulator sim = session.simulator();
        assertEquals("qemu-virt", session.board().name());

        List<RegionInfo> regions = sim.regions();
        assertEquals(List.of(0x0900_0000L, 0x0901_0000L, 0x0903_0000L),
                regions.stream().map(r -> r.range().base()).toList());
        RegionInfo uart = regions.get(0);
        assertTrue(uart.kernelUsed());
        assertEquals(MmioConstants.MMIO_K_SHARED, uart.registrations().get(0).flags());
        assertEquals("uart_driver", uart.mapping().orElseThrow().process());

        assertEquals(1, sim.diagnostics().size());
        assertEquals(DiagnosticKind.KERNEL_OWNS_REGION, sim.diagnostics().get(0).kind());
        assertEquals(List.of(Retcode.rcAlreadyExists), sim.trace().stream()
                .filter(e -> e.rc() != null && e.rc() != Retcode.rcOk).map(TraceEvent::rc).toList());

        assertTrue(sim.process("rtc_client").handles().stream()
                .anyMatch(h -> h.origin() == HandleOrigin.RECEIVED));
        assertEquals(0x0F, sim.peek(0x0903_0400L, 8).orElseThrow());
    }

    @Test
    void theDemoGivesTheSameTraceEveryTime() {
        Simulator one = new Simulator(Board.qemuVirt());
        Simulator two = new Simulator(Board.qemuVirt());
        DemoScenario.run(one);
        DemoScenario.run(two);
        assertEquals(one.trace(), two.trace());
    }

    /** A registry of its own per test: the default one is shared by the whole application. */
    private static final class SessionRegistryFixture {
        final SessionRegistry registry = new SessionRegistry();
    }
}
