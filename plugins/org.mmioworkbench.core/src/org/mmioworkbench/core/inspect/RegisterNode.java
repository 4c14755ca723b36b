package org.mmioworkbench.core.inspect;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mmioworkbench.core.DeviceModel;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.MemoryDevice;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.devices.RegisterFile;
import org.mmioworkbench.core.devices.RegisterFileDevice;
import org.mmioworkbench.core.svd.SvdAccess;

/**
 * A row of the Register Editor: a device, a cluster, a register or a bit field. Nodes are created
 * lazily (a device's registers when it is first expanded or searched, a register's fields likewise) and
 * stay the same objects for the whole session, so the tree keeps selection and expansion while values
 * change. Holds descriptions only; values are read by {@link RegisterValues}. Front ends adapt the rows to what
 * their platform needs (the Register Editor registers an adapter factory for {@link Register} and
 * {@link Register.Field}); the rows themselves know no front end.
 */
public abstract sealed class RegisterNode permits RegisterNode.Device, RegisterNode.Cluster,
        RegisterNode.Reg, RegisterNode.Field {
    private final RegisterNode parent;
    private List<RegisterNode> children;

    RegisterNode(RegisterNode parent) {
        this.parent = parent;
    }

    /** @return the parent row, or null for a device */
    public RegisterNode parent() {
        return parent;
    }

    /** @return the name shown in the first column */
    public abstract String name();

    /** @return a path that names the row across sessions and filters, e.g. {@code UART0/UARTCR/UARTEN} */
    public String key() {
        return parent == null ? name() : parent.key() + "/" + name();
    }

    /** @return the device the row belongs to */
    public Device device() {
        RegisterNode n = this;
        while (n.parent != null) {
            n = n.parent;
        }
        return (Device) n;
    }

    /** @return the child rows (all of them, unfiltered), created on first use */
    public final List<RegisterNode> children() {
        if (children == null) {
            children = List.copyOf(createChildren());
        }
        return children;
    }

    abstract List<RegisterNode> createChildren();

    /** @return its description, or an empty string */
    public abstract String description();

    @Override
    public String toString() {
        return key();
    }

    /** A device window of the board, with the register file of its model if it has one. */
    public static final class Device extends RegisterNode {
        private final DeviceWindow window;
        private final RegisterFile registers;
        private final String modelName;

        Device(DeviceWindow window, DeviceModel model) {
            super(null);
            this.window = window;
            this.registers = registerFile(model).orElse(null);
            this.modelName = model == null ? "no model" : model.getClass().getSimpleName();
        }

        public DeviceWindow window() {
            return window;
        }

        /** @return the register file, or null for plain memory and models without registers */
        public RegisterFile registers() {
            return registers;
        }

        @Override
        public String name() {
            return window.name();
        }

        /** @return its register rows in the order of its register file (clusters flattened) */
        public List<Reg> registerRows() {
            if (registers == null) {
                return List.of();
            }
            Map<Register, Reg> rows = new IdentityHashMap<>();
            collect(this, rows);
            return registers.registers().stream().map(rows::get).toList();
        }

        private static void collect(RegisterNode node, Map<Register, Reg> rows) {
            for (RegisterNode child : node.children()) {
                if (child instanceof Reg r) {
                    rows.put(r.register(), r);
                } else {
                    collect(child, rows);
                }
            }
        }

        @Override
        public String description() {
            if (registers == null) {
                return modelName.equals(MemoryDevice.class.getSimpleName())
                        ? "Plain memory: no registers to show (read it in a memory view)"
                        : modelName + ": the model has no register description, so no registers to show";
            }
            String d = registers.peripheral().description();
            String count = registers.registers().size() + " registers";
            return d.isBlank() ? count : count + ". " + d;
        }

        @Override
        List<RegisterNode> createChildren() {
            if (registers == null) {
                return List.of();
            }
            // registers in address order; a cluster appears where its first register is
            List<RegisterNode> top = new ArrayList<>();
            Map<String, Cluster> clusters = new LinkedHashMap<>();
            for (Register r : registers.registers()) {
                List<String> path = r.svd().clusterPath();
                RegisterNode owner = this;
                String prefix = "";
                List<RegisterNode> siblings = top;
                for (String part : path) {
                    prefix = prefix.isEmpty() ? part : prefix + "." + part;
                    Cluster c = clusters.get(prefix);
                    if (c == null) {
                        c = new Cluster(owner, part, r.offset());
                        clusters.put(prefix, c);
                        siblings.add(c);
                    }
                    owner = c;
                    siblings = c.members;
                }
                siblings.add(new Reg(owner, r));
            }
            return top;
        }
    }

    /** Finds the register file of a device model; plain memory (or no model) has none. */
    public static Optional<RegisterFile> registerFile(DeviceModel model) {
        return model instanceof RegisterFileDevice device ? Optional.of(device.registers()) : Optional.empty();
    }

    /** A cluster of registers (CMSIS-SVD {@code cluster}), e.g. {@code CH[2]}. */
    public static final class Cluster extends RegisterNode {
        private final String name;
        private final long offset;
        private final List<RegisterNode> members = new ArrayList<>();

        Cluster(RegisterNode parent, String name, long offset) {
            super(parent);
            this.name = name;
            this.offset = offset;
        }

        @Override
        public String name() {
            return name;
        }

        /** @return the offset of its first register in the device window */
        public long offset() {
            return offset;
        }

        @Override
        public String description() {
            return "Cluster of " + members.size() + " register(s)";
        }

        @Override
        List<RegisterNode> createChildren() {
            return members;
        }
    }

    /** A register. */
    public static final class Reg extends RegisterNode {
        private final Register register;

        Reg(RegisterNode parent, Register register) {
            super(parent);
            this.register = register;
        }

        public Register register() {
            return register;
        }

        @Override
        public String name() {
            return register.svd().name();
        }

        /** @return its physical address */
        public long address() {
            return device().window().base() + register.offset();
        }

        /** @return its width in bits */
        public int bits() {
            return register.sizeBytes() * 8;
        }

        /** @return true if no bit of it can be read: a driver's read returns 0, which is not its value */
        public boolean isWriteOnly() {
            return register.readableBits() == 0;
        }

        /** @return e.g. {@code UART0.UARTCR} */
        public String qualifiedName() {
            return device().name() + "." + register.name();
        }

        /** @return its effective access */
        public SvdAccess access() {
            return register.svd().access() == null ? SvdAccess.READ_WRITE : register.svd().access();
        }

        @Override
        public String description() {
            return register.svd().description();
        }

        @Override
        List<RegisterNode> createChildren() {
            List<RegisterNode> fields = new ArrayList<>();
            for (Register.Field f : register.fields()) {
                fields.add(new Field(this, f));
            }
            return fields;
        }
    }

    /** A bit field of a register. */
    public static final class Field extends RegisterNode {
        private final Register.Field field;

        Field(Reg parent, Register.Field field) {
            super(parent);
            this.field = field;
        }

        public Register.Field field() {
            return field;
        }

        public Reg register() {
            return (Reg) parent();
        }

        @Override
        public String name() {
            return field.name();
        }

        /** @return its width in bits */
        public int bits() {
            return field.svd().bitWidth();
        }

        /** @return its effective access */
        public SvdAccess access() {
            if (field.svd().access() != null) {
                return field.svd().access();
            }
            return register().access();
        }

        /** @return true if none of its bits can be read: a driver's read returns 0 for them, not their value */
        public boolean isWriteOnly() {
            return (field.register().readableBits() & field.mask()) == 0;
        }

        /** @return true if the field is one bit wide and has no named values: edited with a checkbox */
        public boolean isFlag() {
            return bits() == 1 && field.svd().enumerations().isEmpty();
        }

        /** @return true if the field has named values: edited with a combo box */
        public boolean isEnumerated() {
            return !field.svd().enumerations().isEmpty();
        }

        /** @return e.g. {@code [7]} or {@code [6:5]} */
        public String bitRange() {
            int lo = field.bitOffset();
            int hi = lo + bits() - 1;
            return hi == lo ? "[" + lo + "]" : "[" + hi + ":" + lo + "]";
        }

        @Override
        public String description() {
            return field.svd().description();
        }

        @Override
        List<RegisterNode> createChildren() {
            return List.of();
        }
    }
}
