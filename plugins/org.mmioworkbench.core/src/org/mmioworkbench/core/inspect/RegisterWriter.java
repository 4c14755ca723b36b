package org.mmioworkbench.core.inspect;

import java.util.List;
import java.util.Optional;

import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.svd.ModifiedWriteValues;

/**
 * Writes what a user typed (in the Register Editor) through the simulator, as a debugger would
 * ({@link Simulator#debugWrite(String, long, int, int)}: the device's access rules apply and the write
 * is traced), then reads the register back and says what happened in one sentence for the status line.
 * <p>
 * A read-only register is written all the same (the device ignores the write and says so, and the
 * trace shows it); a read-only field of a writable register is not, since writing its register would
 * write the other fields too. A field is written by read-modify-write of its register: the other fields keep the value read, except
 * those whose {@code modifiedWriteValues} would act on it ({@code oneToClear} and the like get the value
 * that leaves them alone, so editing one field does not clear a pending flag next to it).
 */
public final class RegisterWriter {
    /** How a front end shows an outcome. */
    public enum Severity {
        /** The write did what was asked. */
        INFO,
        /** The write reached the device but what it reads back is not what was written. */
        WARNING,
        /** The register ignored the write, or the input was rejected. */
        ERROR
    }

    /** What a write did, as a front end tells it apart. */
    public enum Result {
        /** Every readable bit written reads back as written. */
        WRITTEN(Severity.INFO),
        /** The device made the value something else (a self-clearing bit, a status). */
        CHANGED_BY_DEVICE(Severity.WARNING),
        /** The register's read-only bits kept their value. */
        READ_ONLY_BITS_KEPT(Severity.WARNING),
        /** The bits written are write-only: nothing can be read back. */
        WRITE_ONLY(Severity.WARNING),
        /** The register is read-only: the device ignored the write. */
        IGNORED(Severity.ERROR),
        /** A read-only field of a writable register: nothing was written (it would have written the other fields). */
        REFUSED(Severity.ERROR);

        private final Severity severity;

        Result(Severity severity) {
            this.severity = severity;
        }

        /** @return how a front end shows it */
        public Severity severity() {
            return severity;
        }
    }

    /**
     * What a write did.
     *
     * @param result what happened
     * @param message one sentence for a status line
     * @param written the register value written (the whole register, for a field too)
     * @param readBack what the register reads back after the write (without side effects), the value read before
     *        when nothing was written
     * @param diagnostic the first diagnostic the device reported about the write, if any
     */
    public record Outcome(Result result, String message, long written, long readBack,
            Optional<Diagnostic> diagnostic) {
        /** @return how a front end shows it */
        public Severity severity() {
            return result.severity();
        }
    }

    private RegisterWriter() {
    }

    /**
     * Writes a whole register.
     *
     * @param values the session's values (to read back)
     * @param reg the register's row
     * @param value the new value
     * @param radix how to show numbers in the message
     * @return what happened
     */
    public static Outcome writeRegister(RegisterValues values, RegisterNode.Reg reg, long value, Radix radix) {
        Register r = reg.register();
        String name = reg.device().name() + "." + r.name();
        return write(values, reg, value, sizeMask(r), name, radix.format(value, reg.bits()), radix);
    }

    /**
     * Writes one field by read-modify-write of its register.
     *
     * @param values the session's values (to read the register and read it back)
     * @param field the field's row
     * @param fieldValue the field's new value, shifted down to bit 0
     * @param radix how to show numbers in the message
     * @return what happened
     */
    public static Outcome writeField(RegisterValues values, RegisterNode.Field field, long fieldValue, Radix radix) {
        RegisterNode.Reg reg = field.register();
        Register r = reg.register();
        Register.Field f = field.field();
        long current = values.read(reg);
        long value = f.with(baseForFieldWrite(r, current, f.mask()), fieldValue);
        String name = reg.device().name() + "." + r.name() + "." + f.name();
        return write(values, reg, value, f.mask(), name, radix.format(fieldValue, field.bits()), radix);
    }

    /**
     * Clears a write-1-to-clear (or write-0-to-clear) field: writes 1s (0s) to its bits, and to the rest of its
     * register the values that leave them alone ({@link #baseForFieldWrite}: 0 to the other write-1-to-clear
     * fields, the value read to plain ones), then checks that the field reads back as 0.
     *
     * @param values the session's values
     * @param field a field for which {@link SideEffects#clearingBit} is present
     * @param radix how to show numbers in the message
     * @return what happened; {@link Result#WRITTEN} when the field reads back cleared
     * @throws IllegalArgumentException if the field is not cleared by a write
     */
    public static Outcome clearField(RegisterValues values, RegisterNode.Field field, Radix radix) {
        int bit = SideEffects.clearingBit(field).orElseThrow(
                () -> new IllegalArgumentException(field.name() + " is not cleared by a write"));
        RegisterNode.Reg reg = field.register();
        Register r = reg.register();
        Register.Field f = field.field();
        long current = values.read(reg);
        long base = baseForFieldWrite(r, current, f.mask());
        long value = bit == 1 ? base | f.mask() : base & ~f.mask();
        String name = reg.device().name() + "." + r.name() + "." + f.name();
        String how = "(wrote " + (bit == 1 ? "1" : "0") + (field.bits() > 1 ? "s" : "") + " to " + field.bitRange()
                + "; its other fields left alone)";
        Outcome o = write(values, reg, value, f.mask(), name, radix.format(f.get(value), field.bits()),
                radix);
        if (o.result() == Result.REFUSED || o.result() == Result.IGNORED || o.result() == Result.WRITE_ONLY) {
            return o;
        }
        if ((o.readBack() & f.mask()) == 0) {
            return new Outcome(Result.WRITTEN, "Cleared " + name + " " + how + "." + reported(o), value,
                    o.readBack(), o.diagnostic());
        }
        return new Outcome(Result.CHANGED_BY_DEVICE, "Wrote to clear " + name + " " + how + ", but it reads back as "
                + radix.format(f.get(o.readBack()), field.bits()) + "." + reported(o), value, o.readBack(),
                o.diagnostic());
    }

    /**
     * Does what a click on a bit of the bit view offers ({@link RegisterBits#action}): toggles the bit by a
     * read-modify-write of its field (or of the register, for a bit outside every field) that leaves
     * write-1-to-clear neighbours alone, clears a write-1-to-clear field, and writes nothing for a read-only or
     * write-only bit ({@link Result#REFUSED}).
     *
     * @param values the session's values
     * @param reg the register's row
     * @param index the bit's number, 0 for the least significant
     * @param radix how to show numbers in the message
     * @return what happened
     * @throws IllegalArgumentException if the register has no such bit
     */
    public static Outcome toggleBit(RegisterValues values, RegisterNode.Reg reg, int index, Radix radix) {
        if (index < 0 || index >= reg.bits()) {
            throw new IllegalArgumentException(reg.name() + " has no bit " + index);
        }
        RegisterNode.Field field = RegisterBits.fieldAt(reg, index);
        RegisterBits.Action action = RegisterBits.action(reg, field, index);
        Register r = reg.register();
        String name = reg.device().name() + "." + r.name() + " bit " + index
                + (field == null ? "" : " (" + field.name() + ")");
        long current = values.read(reg);
        long mask = 1L << index;
        switch (action) {
            case CLEAR:
                return clearField(values, field, radix);
            case NONE:
                String why = (r.writableBits() & mask) == 0 ? " is read-only" : " is write-only: it has no value to toggle";
                return new Outcome(Result.REFUSED, name + why + "; nothing was written.", current, current,
                        Optional.empty());
            default:
                break;
        }
        if (field != null) {
            long fieldValue = field.field().get(current) ^ (1L << (index - field.field().bitOffset()));
            return writeField(values, field, fieldValue, radix);
        }
        long value = baseForFieldWrite(r, current, mask) | (~current & mask);
        return write(values, reg, value, mask, name, (value & mask) != 0 ? "1" : "0", radix);
    }

    private static String reported(Outcome o) {
        return o.diagnostic().map(d -> " The device reported " + d.kind() + ".").orElse("");
    }

    private static Outcome write(RegisterValues values, RegisterNode.Reg reg, long value, long target, String name,
            String shown, Radix radix) {
        Simulator sim = values.simulator();
        Register r = reg.register();
        if ((r.writableBits() & target) == 0 && r.writableBits() != 0) {
            // writing the register would write its other fields (a data register would send a character)
            long before = values.read(reg);
            return new Outcome(Result.REFUSED, name + " is read-only: nothing was written.", value, before,
                    Optional.empty());
        }
        long diagnosticsBefore = sim.diagnosticCount();
        String device = reg.device().name();
        int size = r.sizeBytes();
        int done = 0;
        while (done < size) {
            long offset = r.offset() + done;
            int bytes = RegisterValues.chunk(offset, size - done);
            sim.debugWrite(device, offset, bytes * 8, (int) (value >>> (done * 8)));
            done += bytes;
        }
        long readBack = values.read(reg);
        List<Diagnostic> diagnostics = sim.diagnosticsSince(diagnosticsBefore);
        Optional<Diagnostic> diagnostic = diagnostics.stream().findFirst();
        String reported = diagnostic.map(d -> " The device reported " + d.kind() + ".").orElse("");

        long writable = r.writableBits() & target;
        long readable = r.readableBits() & target;
        if (writable == 0) {
            return new Outcome(Result.IGNORED, name + " is read-only: the write of " + shown + " was ignored."
                    + reported, value, readBack, diagnostic);
        }
        if (readable == 0) {
            return new Outcome(Result.WRITE_ONLY, name + " is write-only: " + shown
                    + " was written, but it reads back as 0." + reported, value, readBack, diagnostic);
        }
        long want = value & readable;
        long got = readBack & readable;
        if (want == got) {
            return new Outcome(Result.WRITTEN, "Wrote " + shown + " to " + name + "." + reported, value, readBack,
                    diagnostic);
        }
        int bits = reg.bits();
        String back = radix.format(readBack, bits);
        if (((want ^ got) & ~r.writableBits()) != 0) {
            return new Outcome(Result.READ_ONLY_BITS_KEPT, "Wrote " + shown + " to " + name + ", but its read-only bits"
                    + " keep their value: " + reg.name() + " reads back as " + back + "." + reported, value, readBack,
                    diagnostic);
        }
        return new Outcome(Result.CHANGED_BY_DEVICE, "Wrote " + shown + " to " + name + "; the device made it "
                + back + " (" + reg.name() + ")." + reported, value, readBack, diagnostic);
    }

    /**
     * The register value a field write starts from: the value read, except that bits whose
     * {@code modifiedWriteValues} would act on a written 0 or 1 get the value that leaves them alone.
     *
     * @param r the register
     * @param current its value as read
     * @param target the bits being written
     * @return the value to put the field into
     */
    public static long baseForFieldWrite(Register r, long current, long target) {
        long inFields = 0;
        long base = 0;
        for (Register.Field f : r.fields()) {
            inFields |= f.mask();
            if ((f.mask() & target) == 0) {
                base |= neutral(f.svd().modifiedWriteValues(), current, f.mask());
            }
        }
        long rest = sizeMask(r) & ~inFields & ~target;
        base |= neutral(r.svd().modifiedWriteValues(), current, rest);
        return base;
    }

    private static long neutral(ModifiedWriteValues m, long current, long mask) {
        if (m == null) {
            return current & mask;
        }
        return switch (m) {
            case ONE_TO_CLEAR, ONE_TO_SET, ONE_TO_TOGGLE -> 0;
            case ZERO_TO_CLEAR, ZERO_TO_SET, ZERO_TO_TOGGLE -> mask;
            default -> current & mask;
        };
    }

    private static long sizeMask(Register r) {
        return r.sizeBytes() >= 8 ? -1L : (1L << (r.sizeBytes() * 8)) - 1;
    }
}
