package org.mmioworkbench.script.tests;

import java.util.ArrayList;
import java.util.List;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.devices.DeviceCatalog;
import org.mmioworkbench.core.devices.Pl011;
import org.mmioworkbench.script.Outcome;
import org.mmioworkbench.script.Script;
import org.mmioworkbench.script.ScriptMachine;
import org.mmioworkbench.script.ScriptOptions;
import org.mmioworkbench.script.ScriptOutput;

/**
 * A script on a fresh simulator with its printed text and warnings captured. The board is qemu-virt's
 * map with the real UART and RTC models, but with the GPIO window as plain memory, so interpreter tests
 * read back exactly what they wrote (the PL061's own rules are tested in the core).
 */
final class ScriptRun {
    /** qemu-virt with plain memory at the GPIO window. */
    static final Board TEST_BOARD = Board.builder("qemu-virt")
            .pageSize(4096)
            .ram(0x4000_0000L, 0x4000_0000L)
            .device("UART0", 0x0900_0000L, 0x1000, true, DeviceCatalog.pl011(Pl011.QEMU_VIRT_CLOCK_HZ, 115_200))
            .device("RTC", 0x0901_0000L, 0x1000, false, DeviceCatalog.pl031(true))
            .device("GPIO", 0x0903_0000L, 0x1000, false, DeviceCatalog.memory())
            .build();

    final Simulator sim = new Simulator(TEST_BOARD);
    final StringBuilder printed = new StringBuilder();
    final List<String> warnings = new ArrayList<>();
    final ScriptMachine machine;

    ScriptRun(String source, ScriptOptions options) {
        Script script = Script.parse(source, "t.mmio");
        machine = new ScriptMachine(script, sim, ScriptOutput.of(printed::append, warnings::add), options);
    }

    /** Parses a script and creates its machine, without running it. */
    static ScriptRun of(String source) {
        return new ScriptRun(source, ScriptOptions.defaults());
    }

    /** Parses and runs a script to its end; fails unless it finished. */
    static ScriptRun finished(String source) {
        ScriptRun run = of(source);
        Outcome outcome = run.machine.run();
        if (outcome.kind() != Outcome.Kind.FINISHED) {
            throw new AssertionError("script did not finish: " + outcome.message());
        }
        return run;
    }

    /** Returns a variable's value; fails if it has none. */
    long var(String name) {
        Long v = machine.variables().get(name);
        if (v == null) {
            throw new AssertionError("variable " + name + " has no value; variables: " + machine.variables());
        }
        return v;
    }

    /** Lists the trace events of one operation, e.g. {@code IoReadMmReg32}. */
    List<TraceEvent> events(String operation) {
        return sim.trace().stream().filter(e -> e.operation().equals(operation)).toList();
    }

    /** Evaluates an expression in a script of its own and returns the value. */
    static long eval(String expression) {
        return finished("r = " + expression).var("r");
    }
}
