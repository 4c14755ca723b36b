package org.mmioworkbench.core.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.RegisterDecoder;
import org.mmioworkbench.core.svd.ModifiedWriteValues;
import org.mmioworkbench.core.svd.ReadAction;
import org.mmioworkbench.core.svd.SvdAccess;
import org.mmioworkbench.core.svd.SvdEnumeratedValue;
import org.mmioworkbench.core.svd.SvdEnumeration;
import org.mmioworkbench.core.svd.SvdField;
import org.mmioworkbench.core.svd.SvdRegister;

/**
 * One register of a {@link RegisterFile}, compiled from its {@link SvdRegister}: every bit's access,
 * write semantics and read side effect as masks, so an access is a handful of bit operations. Bits outside
 * every field follow the register's own {@code access}, {@code modifiedWriteValues} and {@code readAction}.
 * Immutable; also decodes field changes for the trace.
 */
public final class Register implements RegisterDecoder {
    private static final ModifiedWriteValues[] KINDS = ModifiedWriteValues.values();

    private final int index;
    private final String name;
    private final String qualifiedName;
    private final long offset;
    private final int sizeBytes;
    private final long sizeMask;
    private final long resetValue;
    private final SvdRegister svd;
    private final List<Field> fields;
    private final long readable;
    private final long writable;
    private final long readOnlyDeclared;
    private final long writeOnce;
    private final long readClear;
    private final long readSet;
    private final ModifiedWriteValues[] writeKinds;
    private final long[] writeMasks;
    private final boolean plainWrites;

    Register(int index, String deviceName, SvdRegister svd) {
        this.index = index;
        this.svd = Objects.requireNonNull(svd);
        this.name = svd.qualifiedName();
        this.qualifiedName = deviceName + "." + name;
        this.offset = svd.addressOffset();
        if (svd.size() % 8 != 0 || svd.size() < 8 || svd.size() > 64) {
            throw new IllegalArgumentException("register " + qualifiedName + " has unsupported size " + svd.size());
        }
        this.sizeBytes = svd.size() / 8;
        this.sizeMask = svd.sizeMask();
        this.resetValue = svd.resetBits();
        List<Field> fs = new ArrayList<>();
        for (SvdField f : svd.fields()) {
            fs.add(new Field(this, f));
        }
        this.fields = List.copyOf(fs);

        // per-bit attributes: the register's, then each field's over its own bits
        long inFields = 0;
        for (Field f : fields) {
            inFields |= f.mask;
        }
        long rest = sizeMask & ~inFields;
        SvdAccess regAccess = svd.access() == null ? SvdAccess.READ_WRITE : svd.access();
        ModifiedWriteValues regWrites = svd.modifiedWriteValues() == null ? ModifiedWriteValues.MODIFY
                : svd.modifiedWriteValues();
        long rd = regAccess.readable() ? rest : 0;
        long wr = regAccess.writable() ? rest : 0;
        long ro = regAccess.writable() ? 0 : rest;
        long once = isOnce(regAccess) ? rest : 0;
        long clear = svd.readAction() == ReadAction.CLEAR ? rest : 0;
        long set = svd.readAction() == ReadAction.SET ? rest : 0;
        long[] masks = new long[KINDS.length];
        masks[regWrites.ordinal()] |= wr;
        for (Field f : fields) {
            SvdAccess a = f.access();
            if (a.readable()) {
                rd |= f.mask;
            }
            if (a.writable()) {
                wr |= f.mask;
                masks[f.modifiedWriteValues().ordinal()] |= f.mask;
            } else {
                ro |= f.mask;
            }
            if (isOnce(a)) {
                once |= f.mask;
            }
            if (f.readAction() == ReadAction.CLEAR) {
                clear |= f.mask;
            } else if (f.readAction() == ReadAction.SET) {
                set |= f.mask;
            }
        }
        this.readable = rd;
        this.writable = wr;
        this.readOnlyDeclared = ro;
        this.writeOnce = once;
        this.readClear = clear;
        this.readSet = set;
        int n = 0;
        for (long m : masks) {
            n += m != 0 ? 1 : 0;
        }
        this.writeKinds = new ModifiedWriteValues[n];
        this.writeMasks = new long[n];
        int k = 0;
        for (int i = 0; i < masks.length; i++) {
            if (masks[i] != 0) {
                writeKinds[k] = KINDS[i];
                writeMasks[k++] = masks[i];
            }
        }
        this.plainWrites = n == 0 || (n == 1 && writeKinds[0] == ModifiedWriteValues.MODIFY);
    }

    private static boolean isOnce(SvdAccess a) {
        return a == SvdAccess.WRITE_ONCE || a == SvdAccess.READ_WRITE_ONCE;
    }

    /**
     * Returns the register's position in its register file.
     *
     * @return from 0, in address order
     */
    public int index() {
        return index;
    }

    /**
     * Returns the register's name as the SVD file gives it.
     *
     * @return e.g. {@code UARTFR} or {@code CH[2].CTRL}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the register's name with its device.
     *
     * @return e.g. {@code UART0.UARTFR}
     */
    @Override
    public String qualifiedName() {
        return qualifiedName;
    }

    /**
     * Returns the offset of the register in its device window.
     *
     * @return the byte offset
     */
    public long offset() {
        return offset;
    }

    /**
     * Returns the register's size.
     *
     * @return 1, 2, 4 or 8 bytes (any whole number of bytes up to 8)
     */
    public int sizeBytes() {
        return sizeBytes;
    }

    /**
     * Returns the value after reset.
     *
     * @return {@code resetValue & resetMask}
     */
    public long resetValue() {
        return resetValue;
    }

    /**
     * Returns the register's description.
     *
     * @return the SVD register
     */
    public SvdRegister svd() {
        return svd;
    }

    /**
     * Returns the fields.
     *
     * @return by ascending bit offset
     */
    public List<Field> fields() {
        return fields;
    }

    /**
     * Finds a field by name.
     *
     * @param fieldName e.g. {@code TXFF}
     * @return the field
     * @throws IllegalArgumentException if the register has no such field
     */
    public Field field(String fieldName) {
        for (Field f : fields) {
            if (f.name.equals(fieldName)) {
                return f;
            }
        }
        throw new IllegalArgumentException(qualifiedName + " has no field " + fieldName);
    }

    /**
     * Returns the bits a read returns (the others read as 0: write-only).
     *
     * @return a mask
     */
    public long readableBits() {
        return readable;
    }

    /**
     * Returns the bits a write may change (the others are read-only).
     *
     * @return a mask
     */
    public long writableBits() {
        return writable;
    }

    /**
     * Returns the bits that are {@code writeOnce} or {@code read-writeOnce}.
     *
     * @return a mask
     */
    public long writeOnceBits() {
        return writeOnce;
    }

    long sizeMask() {
        return sizeMask;
    }

    long readOnlyDeclared() {
        return readOnlyDeclared;
    }

    long readClear() {
        return readClear;
    }

    long readSet() {
        return readSet;
    }

    boolean hasReadEffects() {
        return (readClear | readSet) != 0;
    }

    /**
     * Applies the write semantics of the bits in {@code effective}: each bit follows its
     * {@code modifiedWriteValues}; other bits keep their old value.
     */
    long applyWrite(long old, long written, long effective) {
        if (plainWrites) {
            return (old & ~effective) | (written & effective);
        }
        long result = old & ~effective;
        for (int k = 0; k < writeKinds.length; k++) {
            long m = writeMasks[k] & effective;
            if (m != 0) {
                result |= writeKinds[k].apply(old, written, m);
            }
        }
        return result;
    }

    /**
     * Names the fields with bits in a mask.
     *
     * @param mask register bits
     * @return e.g. {@code TXFF, BUSY}, or the register name if no field has such bits
     */
    String fieldNames(long mask) {
        StringBuilder b = new StringBuilder();
        for (Field f : fields) {
            if ((f.mask & mask) != 0) {
                b.append(b.length() == 0 ? "" : ", ").append(f.name);
            }
        }
        return b.toString();
    }

    @Override
    public List<FieldChange> changes(long before, long after) {
        long diff = before ^ after;
        if (diff == 0) {
            return List.of();
        }
        List<FieldChange> out = new ArrayList<>(2);
        for (Field f : fields) {
            if ((f.mask & diff) != 0) {
                long v = f.get(after);
                out.add(new FieldChange(f.name, f.get(before), v, f.valueName(v)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Names the register.
     *
     * @return its qualified name
     */
    @Override
    public String toString() {
        return qualifiedName;
    }

    /** A bit field of a {@link Register}, compiled from its {@link SvdField}. Immutable. */
    public static final class Field {
        private final Register register;
        private final SvdField svd;
        private final String name;
        private final int shift;
        private final long mask;

        Field(Register register, SvdField svd) {
            this.register = register;
            this.svd = svd;
            this.name = svd.name();
            this.shift = svd.bitOffset();
            this.mask = svd.mask();
        }

        /**
         * Returns the register the field belongs to.
         *
         * @return the register
         */
        public Register register() {
            return register;
        }

        /**
         * Returns the field's name.
         *
         * @return e.g. {@code TXFF}
         */
        public String name() {
            return name;
        }

        /**
         * Returns the field's bits in the register.
         *
         * @return a mask
         */
        public long mask() {
            return mask;
        }

        /**
         * Returns the lowest bit.
         *
         * @return the bit offset
         */
        public int bitOffset() {
            return shift;
        }

        /**
         * Returns the field's description.
         *
         * @return the SVD field
         */
        public SvdField svd() {
            return svd;
        }

        SvdAccess access() {
            return svd.access() == null ? SvdAccess.READ_WRITE : svd.access();
        }

        ModifiedWriteValues modifiedWriteValues() {
            return svd.modifiedWriteValues() == null ? ModifiedWriteValues.MODIFY : svd.modifiedWriteValues();
        }

        ReadAction readAction() {
            return svd.readAction();
        }

        /**
         * Extracts the field from a register value.
         *
         * @param registerValue the register's value
         * @return the field's value, shifted down to bit 0
         */
        public long get(long registerValue) {
            return (registerValue & mask) >>> shift;
        }

        /**
         * Replaces the field in a register value.
         *
         * @param registerValue the register's value
         * @param fieldValue the field's new value (bits beyond its width are ignored)
         * @return the register value with the field replaced
         */
        public long with(long registerValue, long fieldValue) {
            return (registerValue & ~mask) | ((fieldValue << shift) & mask);
        }

        /** Names a value by the field's enumerated values, or returns an empty string. */
        String valueName(long value) {
            for (SvdEnumeration e : svd.enumerations()) {
                var v = e.lookup(value);
                if (v.isPresent()) {
                    SvdEnumeratedValue ev = v.get();
                    return ev.name();
                }
            }
            return "";
        }

        /**
         * Names the field with its register.
         *
         * @return e.g. {@code UART0.UARTFR.TXFF}
         */
        @Override
        public String toString() {
            return register.qualifiedName + "." + name;
        }
    }
}
