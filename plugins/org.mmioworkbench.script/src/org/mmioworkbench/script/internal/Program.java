package org.mmioworkbench.script.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mmioworkbench.c.internal.Fn;
import org.mmioworkbench.script.StatementInfo;

/**
 * A script lowered to the C machine: one function whose instructions carry the statement ids
 * ({@link org.mmioworkbench.c.internal.Insn#tag}) where statements begin, the statements, and the variables.
 */
public final class Program {
    private final Fn function;
    private final List<StatementInfo> statements;
    private final List<Slots.Var> variables;

    Program(Fn function, List<StatementInfo> statements, List<Slots.Var> variables) {
        this.function = function;
        this.statements = List.copyOf(statements);
        this.variables = List.copyOf(variables);
    }

    /**
     * Returns the lowered function.
     *
     * @return the function the machine runs
     */
    public Fn function() {
        return function;
    }

    /**
     * Returns the statements.
     *
     * @return the statements by id, in source order
     */
    public List<StatementInfo> statements() {
        return statements;
    }

    /**
     * Reads the variables that have a value out of a frame's slots.
     *
     * @param slots the frame's slots
     * @return names ({@code hs.rid} for a field) and values, in order of first appearance in the script
     */
    public Map<String, Long> values(long[] slots) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Slots.Var v : variables) {
            if (slots[v.flagSlot] != 0) {
                out.put(v.name, slots[v.slot]);
            }
        }
        return out;
    }
}
