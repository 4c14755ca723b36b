package org.mmioworkbench.script.tests;

import java.util.ArrayList;
import java.util.List;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.script.Outcome;
import org.mmioworkbench.script.Script;
import org.mmioworkbench.script.ScriptMachine;
import org.mmioworkbench.script.ScriptOptions;
import org.mmioworkbench.script.ScriptOutput;

/** A script on a fresh qemu-virt simulator with its printed text and warnings captured. */
final class ScriptRun {
    final Simulator sim = new Simulator(Board.qemuVirt());
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
