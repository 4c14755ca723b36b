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

    /**
     * The C type of each variable that has a value, as a debugger shows it: the type it was declared with last
     * ({@code int16_t}), else {@code uint64_t} ({@code Handle} for the fields of an {@code IoMemHandles}).
     *
     * @param slots the frame's slots
     * @return names and type names, in the order of {@link #values(long[])}
     */
    public Map<String, String> types(long[] slots) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Slots.Var v : variables) {
            if (slots[v.flagSlot] != 0) {
                long code = v.typeSlot < 0 ? 0 : slots[v.typeSlot];
                out.put(v.name, code == 0 ? v.initialType.name()
                        : ((code & 0x100) != 0 ? "int" : "uint") + (code & 0xFF) + "_t");
            }
        }
        return out;
    }
}
