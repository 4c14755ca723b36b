package org.mmioworkbench.debug.core;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.model.IRegister;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.inspect.RegisterNode;
import org.mmioworkbench.core.inspect.RegisterTree;
import org.mmioworkbench.core.inspect.RegisterValues;

/**
 * The board's devices as the Registers view's register groups: one group a device with registers, its registers
 * and their fields as children, with the values and the "changed since the last stop" baseline of the session's
 * {@link RegisterValues} (read without side effects; write-only bits are shown as such, never as a value). The
 * target advances the baseline on every suspend, so this view, the Register Editor and the command line agree.
 */
final class DriverRegisters {
    private final DriverDebugTarget target;
    private RegisterTree tree;

    DriverRegisters(DriverDebugTarget target) {
        this.target = target;
    }

    private RegisterValues values() {
        return target.run().simulation().registerValues();
    }

    /** Starts a new suspend: values are read afresh, and compared with those of the suspend before. */
    void suspended() {
        values().advance();
    }

    /** The register groups: one per device of the board that has registers, in board order. */
    synchronized IRegisterGroup[] groups() {
        if (tree == null) {
            tree = RegisterTree.of(target.run().simulation().simulator());
        }
        List<IRegisterGroup> out = new ArrayList<>();
        for (RegisterNode.Device d : tree.devices()) {
            if (d.registers() != null) {
                out.add(new Group(d));
            }
        }
        return out.toArray(new IRegisterGroup[0]);
    }

    private static String hex(long v, int bits) {
        return String.format("0x%0" + (bits / 4) + "x", v);
    }

    /** A device's registers. */
    private final class Group extends DriverDebugElement implements IRegisterGroup {
        private final RegisterNode.Device device;
        private final DeviceWindow window;

        Group(RegisterNode.Device device) {
            super(target);
            this.device = device;
            this.window = device.window();
        }

        @Override
        public String getName() {
            return window.name() + " @ " + hex(window.base(), 32);
        }

        @Override
        public IRegister[] getRegisters() {
            return device.registerRows().stream().map(r -> new Reg(this, r)).toArray(IRegister[]::new);
        }

        @Override
        public boolean hasRegisters() {
            return !device.registers().registers().isEmpty();
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
        private final RegisterNode.Reg row;
        private final Register register;

        Reg(Group group, RegisterNode.Reg row) {
            super(target, "writing a register from the Registers view (use the Register Editor)");
            this.group = group;
            this.row = row;
            this.register = row.register();
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
            return values().changed(row);
        }

        @Override
        public String getValueString() {
            return row.isWriteOnly() ? RegisterValues.WRITE_ONLY : hex(values().value(row), row.bits());
        }

        @Override
        public boolean isAllocated() {
            return true;
        }

        @Override
        public IVariable[] getVariables() {
            return row.children().stream().map(f -> new FieldVariable((RegisterNode.Field) f))
                    .toArray(IVariable[]::new);
        }

        @Override
        public boolean hasVariables() {
            return !register.fields().isEmpty();
        }


        @Override
        public boolean equals(Object o) {
            return o instanceof Reg r && r.row == row;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(register);
        }
    }

    /** A bit field of a register: its bits' value. */
    private final class FieldVariable extends ReadOnlyVariable implements IValue {
        private final RegisterNode.Field row;
        private final Register.Field field;

        FieldVariable(RegisterNode.Field row) {
            super(target, "writing a field from the Registers view (use the Register Editor)");
            this.row = row;
            this.field = row.field();
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
            if (row.isWriteOnly()) {
                return RegisterValues.WRITE_ONLY;
            }
            long v = values().fieldValue(row).getAsLong();
            return Long.bitCount(field.mask()) == 1 ? Long.toString(v) : "0x" + Long.toHexString(v) + " (" + v + ")";
        }

        @Override
        public boolean hasValueChanged() {
            return values().changed(row);
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
