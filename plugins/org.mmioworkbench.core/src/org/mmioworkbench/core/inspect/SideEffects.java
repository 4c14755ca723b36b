package org.mmioworkbench.core.inspect;

import java.util.ArrayList;
import java.util.List;

import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.svd.ModifiedWriteValues;
import org.mmioworkbench.core.svd.ReadAction;
import org.mmioworkbench.core.svd.SvdAccess;
import org.mmioworkbench.core.svd.SvdField;
import org.mmioworkbench.core.svd.SvdRegister;

/**
 * What a user should know before reading or writing a register or field, from its description: a read with an
 * effect ({@code readAction}), a write that is not a plain store ({@code modifiedWriteValues}: write-1-to-clear and
 * the like), write-only and write-once access. The Register Editor marks such rows with an icon and says this in
 * their tooltip; its own reads never have these effects (they peek, see {@link RegisterValues}).
 */
public final class SideEffects {
    private SideEffects() {
    }

    /**
     * Describes the side effects of a row.
     *
     * @param node a register or field row (other rows have none)
     * @return one sentence a line, or null when reading and writing it are plain
     */
    public static String of(RegisterNode node) {
        List<String> lines = new ArrayList<>();
        if (node instanceof RegisterNode.Reg r) {
            SvdRegister svd = r.register().svd();
            read(lines, "Reading it", svd.readAction());
            access(lines, r.access());
            write(lines, "Writing it", svd.modifiedWriteValues());
            for (Register.Field f : r.register().fields()) {
                SvdField fs = f.svd();
                read(lines, "Reading it changes " + f.name() + ":", fs.readAction());
                write(lines, f.name() + ":", fs.modifiedWriteValues());
            }
        } else if (node instanceof RegisterNode.Field f) {
            SvdField svd = f.field().svd();
            read(lines, "Reading the register", svd.readAction());
            access(lines, f.access());
            write(lines, "Writing it", svd.modifiedWriteValues());
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /**
     * Tells whether a field is cleared by writing to it ({@code oneToClear}, {@code zeroToClear}): the Register
     * Editor offers to clear it rather than asking for a value, since a value written is not the value it takes.
     *
     * @param field a field row
     * @return the bit value whose write clears it (1 for write-1-to-clear, 0 for write-0-to-clear), or empty
     */
    public static java.util.OptionalInt clearingBit(RegisterNode.Field field) {
        ModifiedWriteValues m = field.field().svd().modifiedWriteValues();
        if (m == ModifiedWriteValues.ONE_TO_CLEAR) {
            return java.util.OptionalInt.of(1);
        }
        return m == ModifiedWriteValues.ZERO_TO_CLEAR ? java.util.OptionalInt.of(0) : java.util.OptionalInt.empty();
    }

    private static void read(List<String> lines, String what, ReadAction action) {
        if (action == null) {
            return;
        }
        lines.add(what + " " + switch (action) {
            case CLEAR -> "clears it (readAction=clear)";
            case SET -> "sets it to all ones (readAction=set)";
            case MODIFY -> "changes it (readAction=modify)";
            case MODIFY_EXTERNAL -> "has an effect outside the register (readAction=modifyExternal)";
        } + "; the Register Editor shows it without reading it.");
    }

    private static void access(List<String> lines, SvdAccess access) {
        if (access == SvdAccess.WRITE_ONLY) {
            lines.add("Write-only: a driver's read returns 0 for it.");
        } else if (access == SvdAccess.WRITE_ONCE || access == SvdAccess.READ_WRITE_ONCE) {
            lines.add("Write-once: only the first write after reset takes effect.");
        }
    }

    private static void write(List<String> lines, String what, ModifiedWriteValues w) {
        if (w == null || w == ModifiedWriteValues.MODIFY) {
            return;
        }
        lines.add(what + " " + switch (w) {
            case ONE_TO_CLEAR -> "a written 1 clears a bit, 0 leaves it (write-1-to-clear)";
            case ONE_TO_SET -> "a written 1 sets a bit, 0 leaves it";
            case ONE_TO_TOGGLE -> "a written 1 toggles a bit, 0 leaves it";
            case ZERO_TO_CLEAR -> "a written 0 clears a bit, 1 leaves it";
            case ZERO_TO_SET -> "a written 0 sets a bit, 1 leaves it";
            case ZERO_TO_TOGGLE -> "a written 0 toggles a bit, 1 leaves it";
            case CLEAR -> "any write clears it";
            case SET -> "any write sets it to all ones";
            case MODIFY -> "";
        } + ".");
    }
}
