package org.mmioworkbench.core.inspect;

import java.util.ArrayList;
import java.util.List;

import org.mmioworkbench.core.devices.Register;

/**
 * A register bit by bit, as the Register Editor's bit view shows it: each bit's value, the field it belongs to, and
 * what a click on it does ({@link Action}), decided here from the access rules so that every front end offers the
 * same and {@link RegisterWriter#toggleBit} does what was offered.
 *
 * @param register the register's row
 * @param bits its bits, the most significant first (index {@code bits.get(0).index() == width - 1})
 */
public record RegisterBits(RegisterNode.Reg register, List<Bit> bits) {
    /** What a click on a bit does. */
    public enum Action {
        /** Writes the bit's opposite, the rest of the register left as it is. */
        TOGGLE,
        /** Clears its write-1-to-clear (write-0-to-clear) field, the only write that field takes. */
        CLEAR,
        /** Nothing: the bit is read-only, or write-only and so has no value to toggle. */
        NONE
    }

    /**
     * One bit.
     *
     * @param index its number, 0 for the least significant
     * @param field the field it belongs to, or null for a bit outside every field
     * @param readable false if it is write-only (a read returns 0, which is not its value)
     * @param set its value at the present stop (false when not readable)
     * @param changed true if it changed since the previous stop
     * @param action what a click does
     * @param why one sentence on the action, for a tooltip and the status line
     */
    public record Bit(int index, RegisterNode.Field field, boolean readable, boolean set, boolean changed,
            Action action, String why) {
    }

    /**
     * A run of bits of one field, or of bits outside every field, for drawing boundaries and labels.
     *
     * @param field the field, or null for bits outside every field
     * @param msb its most significant bit
     * @param lsb its least significant bit
     */
    public record Segment(RegisterNode.Field field, int msb, int lsb) {
        /** @return its field's name, or an empty string for bits outside every field */
        public String name() {
            return field == null ? "" : field.name();
        }
    }

    /**
     * Reads a register's bits at the present stop of its values.
     *
     * @param reg the register's row
     * @param values the session's values
     * @return its bits, the most significant first
     */
    public static RegisterBits of(RegisterNode.Reg reg, RegisterValues values) {
        long value = values.value(reg);
        long changed = values.changedBits(reg);
        Register r = reg.register();
        List<Bit> bits = new ArrayList<>(reg.bits());
        for (int i = reg.bits() - 1; i >= 0; i--) {
            long mask = 1L << i;
            RegisterNode.Field field = fieldAt(reg, i);
            boolean readable = (r.readableBits() & mask) != 0;
            Action action = action(reg, field, i);
            bits.add(new Bit(i, field, readable, readable && (value & mask) != 0, (changed & mask) != 0, action,
                    why(reg, field, action, readable)));
        }
        return new RegisterBits(reg, List.copyOf(bits));
    }

    /**
     * Returns a bit by its number.
     *
     * @param index 0 for the least significant
     * @return the bit
     * @throws IndexOutOfBoundsException if the register has no such bit
     */
    public Bit bit(int index) {
        return bits.get(bits.size() - 1 - index);
    }

    /** @return the runs of bits of one field (or of no field), the most significant first */
    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= bits.size(); i++) {
            if (i == bits.size() || bits.get(i).field() != bits.get(start).field()) {
                segments.add(new Segment(bits.get(start).field(), bits.get(start).index(), bits.get(i - 1).index()));
                start = i;
            }
        }
        return List.copyOf(segments);
    }

    /**
     * Finds the field a bit belongs to.
     *
     * @param reg the register's row
     * @param index the bit's number
     * @return the field's row, or null
     */
    public static RegisterNode.Field fieldAt(RegisterNode.Reg reg, int index) {
        for (RegisterNode child : reg.children()) {
            RegisterNode.Field f = (RegisterNode.Field) child;
            if ((f.field().mask() & (1L << index)) != 0) {
                return f;
            }
        }
        return null;
    }

    /**
     * Decides what a click on a bit does.
     *
     * @param reg the register's row
     * @param field the field of the bit, or null
     * @param index the bit's number
     * @return {@link Action#CLEAR} for a write-1-to-clear (write-0-to-clear) field, {@link Action#NONE} for a bit a
     *         write cannot change or whose value cannot be read, else {@link Action#TOGGLE}
     */
    public static Action action(RegisterNode.Reg reg, RegisterNode.Field field, int index) {
        Register r = reg.register();
        long mask = 1L << index;
        if ((r.writableBits() & mask) == 0) {
            return Action.NONE;
        }
        if (field != null && SideEffects.clearingBit(field).isPresent()) {
            return Action.CLEAR;
        }
        return (r.readableBits() & mask) == 0 ? Action.NONE : Action.TOGGLE;
    }

    private static String why(RegisterNode.Reg reg, RegisterNode.Field field, Action action, boolean readable) {
        String what = field == null ? "Not in a field of " + reg.name() : field.name() + " " + field.bitRange();
        return what + switch (action) {
            case TOGGLE -> ": click or Space toggles it.";
            case CLEAR -> ": write-" + SideEffects.clearingBit(field).getAsInt() + "-to-clear; click or Space clears "
                    + field.name() + ".";
            case NONE -> readable ? ": read-only." : ": write-only, so it has no value to toggle; edit "
                    + (field == null ? reg.name() : field.name()) + " in the tree.";
        };
    }
}
