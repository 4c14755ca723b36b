package org.mmioworkbench.debug.core;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IRegister;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.devices.RegisterFile;
import org.mmioworkbench.core.devices.RegisterFileDevice;

/**
 * The board's devices as the Registers view's register groups: one group a device with registers, its registers
 * read with {@link Simulator#peek} (no side effects: a read-to-clear flag stays set, write-only bits read as 0), and
 * their fields as children. A register's value is read once per suspend; it is "changed" when it differs from the
 * value it had when last read at an earlier suspend, so the view highlights what the last step changed.
 */
final class DriverRegisters {
    private final DriverDebugTarget target;
    private final Map<Register, Entry> entries = new IdentityHashMap<>();
    private int suspends;

    private static final class Entry {
        Long value;
        Long previous;
        int readAt = -1;
    }

    DriverRegisters(DriverDebugTarget target) {
        this.target = target;
    }

    /** Starts a new suspend: values are read afresh, and compared with those of earlier suspends. */
    synchronized void suspended() {
        suspends++;
    }

    /** The register groups: one per device of the board that has registers, in board order. */
    IRegisterGroup[] groups() {
        Simulator sim = target.run().simulation().simulator();
        List<IRegisterGroup> out = new ArrayList<>();
        for (DeviceWindow w : sim.board().devices()) {
            if (sim.device(w.name()).orElse(null) instanceof RegisterFileDevice d) {
                out.add(new Group(w, d.registers()));
            }
        }
        return out.toArray(new IRegisterGroup[0]);
    }

    private synchronized Entry read(DeviceWindow w, Register r) {
        Entry e = entries.computeIfAbsent(r, k -> new Entry());
        if (e.readAt != suspends) {
            OptionalInt v = target.run().simulation().simulator().peek(w.base() + r.offset(), r.sizeBytes() * 8);
            e.previous = e.readAt < 0 ? null : e.value;
            e.value = v.isPresent() ? Integer.toUnsignedLong(v.getAsInt()) & mask(r.sizeBytes() * 8) : null;
            e.readAt = suspends;
        }
        return e;
    }

    private static long mask(int bits) {
        return bits == 64 ? -1L : (1L << bits) - 1;
    }

    private static String hex(long v, int bits) {
        return String.format("0x%0" + (bits / 4) + "x", v);
    }

    /** A device's registers. */
    private final class Group extends DriverDebugElement implements IRegisterGroup {
        private final DeviceWindow window;
        private final RegisterFile file;

        Group(DeviceWindow window, RegisterFile file) {
            super(target);
            this.window = window;
            this.file = file;
        }

        @Override
        public String getName() {
            return window.name() + " @ " + hex(window.base(), 32);
        }

        @Override
        public IRegister[] getRegisters() {
            return file.registers().stream().map(r -> new Reg(this, window, r)).toArray(IRegister[]::new);
        }

        @Override
        public boolean hasRegisters() {
            return !file.registers().isEmpty();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Group g && g.window.equals(window);
        }

        @Override
        public int hashCode() {
            return window.hashCode();
        }
    }

    /** A register: its value at this suspend, its fields as children. */
    private final class Reg extends ReadOnlyVariable implements IRegister, IValue {
        private final Group group;
        private final DeviceWindow window;
        private final Register register;

        Reg(Group group, DeviceWindow window, Register register) {
            super(target, "writing a register from the Registers view (use the Register Editor)");
            this.group = group;
            this.window = window;
            this.register = register;
        }

        private Long value() {
            return read(window, register).value;
        }

        @Override
        public IRegisterGroup getRegisterGroup() {
            return group;
        }

        @Override
        public IValue getValue() {
            return this;
        }

        @Override
        public String getName() {
            return register.name();
        }

        @Override
        public String getReferenceTypeName() {
            return "uint" + register.sizeBytes() * 8 + "_t @ +" + hex(register.offset(), 12);
        }

        @Override
        public boolean hasValueChanged() {
            Entry e = read(window, register);
            return e.previous != null && e.value != null && !e.previous.equals(e.value);
        }

        @Override
        public String getValueString() {
            Long v = value();
            return v == null ? "<no device at this address>" : hex(v, register.sizeBytes() * 8);
        }

        @Override
        public boolean isAllocated() {
            return true;
        }

        @Override
        public IVariable[] getVariables() {
            Long v = value();
            return register.fields().stream().map(f -> new FieldVariable(f, v)).toArray(IVariable[]::new);
        }

        @Override
        public boolean hasVariables() {
            return !register.fields().isEmpty();
        }


        @Override
        public boolean equals(Object o) {
            return o instanceof Reg r && r.register == register;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(register);
        }
    }

    /** A bit field of a register: its bits' value. */
    private final class FieldVariable extends ReadOnlyVariable implements IValue {
        private final Register.Field field;
        private final Long registerValue;

        FieldVariable(Register.Field field, Long registerValue) {
            super(target, "writing a field from the Registers view (use the Register Editor)");
            this.field = field;
            this.registerValue = registerValue;
        }

        @Override
        public IValue getValue() {
            return this;
        }

        @Override
        public String getName() {
            return field.name();
        }

        @Override
        public String getReferenceTypeName() {
            int width = Long.bitCount(field.mask());
            int low = field.bitOffset();
            return width == 1 ? "bit " + low : "bits " + (low + width - 1) + ":" + low;
        }

        @Override
        public String getValueString() {
            if (registerValue == null) {
                return "";
            }
            long v = (registerValue & field.mask()) >>> field.bitOffset();
            return Long.bitCount(field.mask()) == 1 ? Long.toString(v) : "0x" + Long.toHexString(v) + " (" + v + ")";
        }

        @Override
        public boolean hasValueChanged() {
            return false;
        }

        @Override
        public boolean isAllocated() {
            return true;
        }

        @Override
        public IVariable[] getVariables() {
            return new IVariable[0];
        }

        @Override
        public boolean hasVariables() {
            return false;
        }

    }
}
