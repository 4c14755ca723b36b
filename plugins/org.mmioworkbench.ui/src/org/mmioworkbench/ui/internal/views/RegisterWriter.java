package org.mmioworkbench.ui.internal.views;

import java.util.List;

import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.svd.ModifiedWriteValues;

/**
 * Writes what the user typed into the Register Editor through the simulator, as a debugger would
 * ({@link Simulator#debugWrite(String, long, int, int)}: the device's access rules apply and the write
 * is traced), then reads the register back and says what happened in one sentence for the status line.
 * <p>
 * A read-only register is written all the same (the device ignores the write and says so, and the
 * trace shows it); a read-only field of a writable register is not, since writing its register would
 * write the other fields too. A field is written by read-modify-write of its register: the other fields keep the value read, except
 * those whose {@code modifiedWriteValues} would act on it ({@code oneToClear} and the like get the value
 * that leaves them alone, so editing one field does not clear a pending flag next to it).
 */
final class RegisterWriter {
    /** How the status line shows an outcome. */
    enum Severity {
        /** The write did what was asked. */
        INFO,
        /** The write reached the device but what it reads back is not what was written. */
        WARNING,
        /** The register ignored the write, or the input was rejected. */
        ERROR
    }

    /**
     * What a write did.
     *
     * @param severity how it went
     * @param message one sentence for the status line
     */
    record Outcome(Severity severity, String message) {
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
    static Outcome writeRegister(RegisterValues values, RegisterNode.Reg reg, long value, Radix radix) {
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
    static Outcome writeField(RegisterValues values, RegisterNode.Field field, long fieldValue, Radix radix) {
        RegisterNode.Reg reg = field.register();
        Register r = reg.register();
        Register.Field f = field.field();
        long current = values.read(reg);
        long value = f.with(baseForFieldWrite(r, current, f.mask()), fieldValue);
        String name = reg.device().name() + "." + r.name() + "." + f.name();
        return write(values, reg, value, f.mask(), name, radix.format(fieldValue, field.bits()), radix);
    }

    private static Outcome write(RegisterValues values, RegisterNode.Reg reg, long value, long target, String name,
            String shown, Radix radix) {
        Simulator sim = values.simulator();
        Register r = reg.register();
        if ((r.writableBits() & target) == 0 && r.writableBits() != 0) {
            // writing the register would write its other fields (a data register would send a character)
            return new Outcome(Severity.ERROR, name + " is read-only: nothing was written.");
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
        String reported = sim.diagnosticCount() > diagnosticsBefore && !diagnostics.isEmpty()
                ? " The device reported " + diagnostics.get(0).kind() + "." : "";

        long writable = r.writableBits() & target;
        long readable = r.readableBits() & target;
        if (writable == 0) {
            return new Outcome(Severity.ERROR, name + " is read-only: the write of " + shown + " was ignored."
                    + reported);
        }
        if (readable == 0) {
            return new Outcome(Severity.WARNING, name + " is write-only: " + shown
                    + " was written, but it reads back as 0." + reported);
        }
        long want = value & readable;
        long got = readBack & readable;
        if (want == got) {
            return new Outcome(Severity.INFO, "Wrote " + shown + " to " + name + "." + reported);
        }
        int bits = reg.bits();
        String back = radix.format(readBack, bits);
        if (((want ^ got) & ~r.writableBits()) != 0) {
            return new Outcome(Severity.WARNING, "Wrote " + shown + " to " + name + ", but its read-only bits keep"
                    + " their value: " + reg.name() + " reads back as " + back + "." + reported);
        }
        return new Outcome(Severity.WARNING, "Wrote " + shown + " to " + name + "; the device made it "
                + back + " (" + reg.name() + ")." + reported);
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
    static long baseForFieldWrite(Register r, long current, long target) {
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
