package org.mmioworkbench.script.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mmioworkbench.script.ScriptException;
import org.mmioworkbench.script.SourcePosition;

/**
 * The script's variables and the C machine's frame slots they live in. A name is either a plain variable or
 * an {@code IoMemHandles} structure (two variables, {@code NAME.rid} and {@code NAME.handle}); its first use
 * decides which, and a later use as the other kind is an error. Each variable has a slot for its value and one
 * that is 1 once it has a value; a declared one also has a slot for the code of its current type
 * ({@link Var#typeSlot}), which conversions read where the type a store converts to is only known at run time.
 * Temporaries (an operand kept while a call runs, a call's result) take slots too; they live within one
 * statement, so each statement reuses those of the statements before.
 */
final class Slots {
    private static final List<String> FIELDS = List.of("rid", "handle");

    /** A variable: its name ({@code hs.rid} for a field), type before any declaration, and slots. */
    static final class Var {
        final String name;
        final CType initialType;
        final int slot;
        final int flagSlot;
        int typeSlot = -1;

        Var(String name, CType initialType, int slot, int flagSlot) {
            this.name = name;
            this.initialType = initialType;
            this.slot = slot;
            this.flagSlot = flagSlot;
        }
    }

    private final String fileName;
    private final Map<String, Var> vars = new HashMap<>();
    private final Map<String, Boolean> structs = new HashMap<>();
    private final List<Var> ordered = new ArrayList<>();
    private final List<Integer> temps = new ArrayList<>();
    private int usedTemps;
    private int count;

    Slots(String fileName) {
        this.fileName = fileName;
    }

    /** Returns a plain variable. */
    Var scalar(String name, SourcePosition position) {
        if (Boolean.TRUE.equals(structs.putIfAbsent(name, false))) {
            throw new ScriptException(fileName, position, "'" + name + "' is an IoMemHandles structure; use "
                    + name + ".rid or " + name + ".handle");
        }
        return variable(name, CType.UINT64);
    }

    /** Returns a structure's fields, {@code rid} then {@code handle}. */
    Var[] struct(String name, SourcePosition position) {
        if (Boolean.FALSE.equals(structs.putIfAbsent(name, true))) {
            throw new ScriptException(fileName, position, "'" + name
                    + "' is a plain variable, not an IoMemHandles structure (declare one with IoMemHandles NAME)");
        }
        return new Var[] {variable(name + ".rid", CType.HANDLE), variable(name + ".handle", CType.HANDLE)};
    }

    /** Returns a variable or a structure field. */
    Var of(Target target) {
        if (target.field() == null) {
            return scalar(target.name(), target.position());
        }
        int field = FIELDS.indexOf(target.field());
        if (field < 0) {
            throw new ScriptException(fileName, target.fieldPosition(), "IoMemHandles has no field '"
                    + target.field() + "' (its fields are rid and handle)");
        }
        return struct(target.name(), target.position())[field];
    }

    private Var variable(String name, CType type) {
        return vars.computeIfAbsent(name, n -> {
            Var v = new Var(n, type, count, count + 1);
            count += 2;
            ordered.add(v);
            return v;
        });
    }

    /** Gives a declared variable its type slot. */
    int typeSlot(Var v) {
        if (v.typeSlot < 0) {
            v.typeSlot = count++;
        }
        return v.typeSlot;
    }

    /** A slot of its own for a loop's iteration counter. */
    int loopCounter() {
        return count++;
    }

    /** A temporary slot, free again after {@link #releaseTemps()}. */
    int temp() {
        if (usedTemps == temps.size()) {
            temps.add(count++);
        }
        return temps.get(usedTemps++);
    }

    /** Frees all temporaries: called where a statement starts, when no temporary is live. */
    void releaseTemps() {
        usedTemps = 0;
    }

    /** The variables in the order of their first use. */
    List<Var> variables() {
        return ordered;
    }

    /** The number of slots a frame needs. */
    int count() {
        return count;
    }
}
