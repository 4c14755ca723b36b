package org.mmioworkbench.c.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmioworkbench.c.CCompileException;
import org.mmioworkbench.c.CMachine;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.c.internal.Mailbox;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Boards;

/** The C driver examples in {@code examples/c} run to a clean end on the board each names. */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("..", "..", "examples", "c").toAbsolutePath().normalize();

    private static CMachine.Outcome run(Simulator sim, Mailbox mailbox, String file, String process)
            throws CCompileException {
        CProgram p = CProgram.compile(EXAMPLES.resolve(file), List.of(), CRun.INCLUDE);
        CMachine m = new CMachine(p, sim, process, mailbox, b -> { });
        m.setStatementLimit(50_000_000L);
        return m.run();
    }

    private static Simulator board(String file) throws CCompileException {
        CProgram p = CProgram.compile(EXAMPLES.resolve(file), List.of(), CRun.INCLUDE);
        String name = p.board() == null ? Boards.DEFAULT : p.board();
        return new Simulator(Boards.builtIn(name).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pl011_console.c", "pl011_struct.c", "pl061_gpio.c", "pl031_rtc.c", "bcm2711_gpio.c"})
    void runsToAZeroExit(String file) throws Exception {
        CMachine.Outcome o = run(board(file), new Mailbox(), file, file.replace(".c", ""));
        assertTrue(!o.error() && o.status() == 0, file + ": " + o.message() + " status " + o.status());
    }

    @Test
    void theIpcHandoverRunsAsTwoProcessesSharingOneSimulator() throws Exception {
        Simulator sim = board("ipc_handover/platform.c");
        Mailbox mailbox = new Mailbox();
        CMachine.Outcome platform = run(sim, mailbox, "ipc_handover/platform.c", "platform");
        assertEquals(0, platform.status(), platform.message());
        CMachine.Outcome driver = run(sim, mailbox, "ipc_handover/driver.c", "driver");
        assertTrue(!driver.error() && driver.status() == 0, driver.message());
    }
}
