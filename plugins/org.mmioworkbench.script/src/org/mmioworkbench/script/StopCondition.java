package org.mmioworkbench.script;

import java.util.Collection;
import java.util.Set;

/**
 * Decides where {@link ScriptMachine#runUntil(StopCondition)} pauses: it is asked before each statement
 * (after the first) is run. A condition may read a flag another thread sets, to pause a running script.
 */
@FunctionalInterface
public interface StopCondition {

    /**
     * Tells whether to pause before a statement.
     *
     * @param next the statement about to run
     * @param machine the machine, for inspecting variables and the process
     * @return true to pause
     */
    boolean shouldStop(StatementInfo next, ScriptMachine machine);

    /**
     * Pauses before any statement on a line (a breakpoint).
     *
     * @param line the line, from 1
     * @return the condition
     */
    static StopCondition atLine(int line) {
        return (next, machine) -> next.line() == line;
    }

    /**
     * Pauses before any statement on any of some lines (breakpoints).
     *
     * @param lines the lines
     * @return the condition
     */
    static StopCondition atLines(Collection<Integer> lines) {
        Set<Integer> set = Set.copyOf(lines);
        return (next, machine) -> set.contains(next.line());
    }

    /**
     * Never pauses: runs to the end or an error.
     *
     * @return the condition
     */
    static StopCondition never() {
        return (next, machine) -> false;
    }
}
