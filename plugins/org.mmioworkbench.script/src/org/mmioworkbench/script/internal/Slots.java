package org.mmioworkbench.script.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mmioworkbench.script.ScriptException;
import org.mmioworkbench.script.SourcePosition;

/**
 * Gives each variable a slot at compile time. A name is either a plain variable or an
 * {@code IoMemHandles} structure (two slots, {@code NAME.rid} and {@code NAME.handle}); its first use
 * decides which, and a later use as the other kind is an error.
 */
final class Slots {
    private static final List<String> FIELDS = List.of("rid", "handle");

    private final String fileName;
    private final Map<String, Integer> slots = new HashMap<>();
    private final Map<String, Boolean> structs = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<CType> types = new ArrayList<>();

    Slots(String fileName) {
        this.fileName = fileName;
    }

    /** Returns the slot of a plain variable. */
    int scalar(String name, SourcePosition position) {
        if (Boolean.TRUE.equals(structs.putIfAbsent(name, false))) {
            throw new ScriptException(fileName, position, "'" + name + "' is an IoMemHandles structure; use "
                    + name + ".rid or " + name + ".handle");
        }
        return slot(name, CType.UINT64);
    }

    /** Returns the slots of a structure's fields, {@code rid} then {@code handle}. */
    int[] struct(String name, SourcePosition position) {
        if (Boolean.FALSE.equals(structs.putIfAbsent(name, true))) {
            throw new ScriptException(fileName, position, "'" + name
                    + "' is a plain variable, not an IoMemHandles structure (declare one with IoMemHandles NAME)");
        }
        return new int[] {slot(name + ".rid", CType.HANDLE), slot(name + ".handle", CType.HANDLE)};
    }

    /** Returns the slot of a variable or a structure field. */
    int of(Target target) {
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

    private int slot(String name, CType type) {
        return slots.computeIfAbsent(name, n -> {
            names.add(n);
            types.add(type);
            return names.size() - 1;
        });
    }

    List<String> names() {
        return names;
    }

    List<CType> types() {
        return types;
    }
}
