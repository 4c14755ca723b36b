package org.mmioworkbench.core.devices;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.mmioworkbench.core.DeviceContext;
import org.mmioworkbench.core.DeviceState;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.svd.SvdPeripheral;
import org.mmioworkbench.core.svd.SvdRegister;

/**
 * The registers of one device with the semantics a CMSIS-SVD description gives them; the generic part of
 * every register-based device model. It maps offsets to registers, applies access types, write-once,
 * {@code modifiedWriteValues} and {@code readAction}, handles narrow and wide accesses, reports
 * diagnostics and tells the trace which register an access reached, calling a {@link DeviceBehavior}
 * around each register access for what the description cannot say.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li><b>Reset.</b> Each register takes {@code resetValue & resetMask}; write-once bits become writable.</li>
 * <li><b>Reads.</b> A read returns the readable bits; write-only bits ({@code write-only},
 * {@code writeOnce}) read as 0. A read whose bytes hold only write-only bits leaves a
 * {@link DiagnosticKind#READ_OF_WRITE_ONLY} diagnostic. Then {@code readAction} {@code clear}/{@code set}
 * bits in the bytes read are cleared/set; {@code modify}/{@code modifyExternal} are left to the
 * {@link DeviceBehavior}.</li>
 * <li><b>Writes.</b> Read-only bits keep their value. A write to a register whose written bytes hold only
 * read-only bits leaves a {@link DiagnosticKind#WRITE_TO_READ_ONLY} diagnostic; so does a write that
 * tries to change a read-only field of a register that also has writable fields (writing back the value a
 * read returned, as read-modify-write code does, is no mistake and leaves none). Each writable bit then
 * follows its field's {@code modifiedWriteValues} (bits outside every field follow the register's):
 * {@code oneToClear} etc. via {@link org.mmioworkbench.core.svd.ModifiedWriteValues#apply(long, long, long)}.</li>
 * <li><b>Write-once.</b> Bits of {@code writeOnce}/{@code read-writeOnce} registers or fields take only the
 * first write after reset; a later write leaves them unchanged and leaves a
 * {@link DiagnosticKind#WRITE_ONCE_REPEATED} diagnostic (whatever the value).</li>
 * <li><b>Narrow accesses.</b> An 8- or 16-bit access of a wider register reaches its byte lane,
 * little-endian: an 8-bit read at offset +1 returns bits 15..8. A narrow write is a write of just those
 * bytes: bits outside the lane keep their value whatever their {@code modifiedWriteValues} (an 8-bit
 * write of 0 to a {@code zeroToClear} register clears nothing outside its byte; a {@code clear} field
 * changes only its bits inside the lane), write-once bits are used up only in the bytes written, and
 * {@code readAction} affects only the bytes read.</li>
 * <li><b>Wide accesses.</b> An access wider than a register, or one that straddles registers, is split
 * into one access per register it covers, in address order, each register's bytes forming its lane of
 * the value (little-endian: the byte at the lowest address is the least significant). Bytes with no
 * register read as 0, take no write, and leave a {@link DiagnosticKind#NO_REGISTER} diagnostic; the
 * trace lists every register reached.</li>
 * <li><b>No register.</b> An access to bytes where the description has no register reads 0, is ignored
 * for a write and leaves a {@link DiagnosticKind#NO_REGISTER} diagnostic.</li>
 * <li><b>Overlapping registers</b> (alternate registers at one offset): the first in address order, then
 * file order, is the one reached.</li>
 * </ul>
 * Not thread-safe: the simulator calls it under its lock. {@link #set(Register, long)} and
 * {@link #get(Register)} are the device's own view, without semantics, diagnostics or trace.
 */
public final class RegisterFile {
    private static final int MAX_MAPPED_BYTES = 1 << 20;

    private final DeviceContext context;
    private final SvdPeripheral peripheral;
    private final DeviceBehavior behavior;
    /** Which hooks the behaviour overrides; the others are not called (they would do nothing). */
    private final boolean beforeRead;
    private final boolean afterRead;
    private final boolean beforeWrite;
    private final boolean afterWrite;
    private final Register[] registers;
    private final List<Register> registerList;
    private final Map<String, Register> byName = new HashMap<>();
    /** Register index + 1 for each byte offset, 0 where there is no register. */
    private final int[] byteMap;
    private long[] values;
    private long[] onceUsed;

    /**
     * Builds the registers of a peripheral, in their reset state.
     *
     * @param context the device's context (its name qualifies the register names; diagnostics and trace)
     * @param peripheral the description
     * @param behavior the device's hooks, or {@link DeviceBehavior#NONE}
     */
    public RegisterFile(DeviceContext context, SvdPeripheral peripheral, DeviceBehavior behavior) {
        this.context = Objects.requireNonNull(context, "context");
        this.peripheral = Objects.requireNonNull(peripheral, "peripheral");
        this.behavior = Objects.requireNonNull(behavior, "behavior");
        this.beforeRead = overrides(behavior, "beforeRead", Register.class, long.class);
        this.afterRead = overrides(behavior, "afterRead", Register.class, long.class, long.class);
        this.beforeWrite = overrides(behavior, "beforeWrite", Register.class, long.class, long.class);
        this.afterWrite = overrides(behavior, "afterWrite", Register.class, long.class, long.class, long.class,
                long.class);
        Optional<String> problem = check(peripheral, MAX_MAPPED_BYTES);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(context.deviceName() + ": " + problem.get());
        }
        List<SvdRegister> svd = peripheral.registers();
        this.registers = new Register[svd.size()];
        long end = 0;
        for (int i = 0; i < registers.length; i++) {
            Register r = new Register(i, context.deviceName(), svd.get(i));
            registers[i] = r;
            byName.putIfAbsent(r.name(), r);
            end = Math.max(end, r.offset() + r.sizeBytes());
        }
        this.registerList = List.of(registers);
        this.byteMap = new int[(int) end];
        for (Register r : registers) {
            for (int b = 0; b < r.sizeBytes(); b++) {
                int at = (int) r.offset() + b;
                if (byteMap[at] == 0) {
                    byteMap[at] = r.index() + 1;
                }
            }
        }
        this.values = new long[registers.length];
        this.onceUsed = new long[registers.length];
        reset();
    }

    /**
     * Tells whether a description can be simulated in a device window of a given size: its registers have
     * widths the simulator supports ({@link #checkWidths(SvdPeripheral)}) and lie inside the window and
     * inside its first MiB (the register file maps every byte up to the last register). A board reader calls
     * this to refuse such a description with the position of the device, rather than have the simulator
     * fail when it creates the device.
     *
     * @param peripheral the description
     * @param windowSize the size of the device window in bytes (unsigned)
     * @return why it cannot be simulated there, naming the first register at fault, or empty if it can
     */
    public static Optional<String> check(SvdPeripheral peripheral, long windowSize) {
        return checkWidths(peripheral).or(() -> checkExtent(peripheral, windowSize));
    }

    /**
     * Tells whether every register of a description has a width the simulator supports: a whole number of
     * bytes, at most 64 bits ({@link Register#sizeBytes()}). CMSIS-SVD allows any width from 1 to 64 bits.
     *
     * @param peripheral the description
     * @return why not, naming the first register at fault, or empty if every width is supported
     */
    public static Optional<String> checkWidths(SvdPeripheral peripheral) {
        for (SvdRegister r : peripheral.registers()) {
            if (r.size() % 8 != 0 || r.size() < 8 || r.size() > 64) {
                return Optional.of("register " + r.qualifiedName() + " is " + r.size() + " bits wide; the simulator"
                        + " supports registers of 8, 16, 24, 32, 40, 48, 56 or 64 bits");
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether every register of a description lies inside a device window of a given size, and inside
     * the first MiB of the device. Call after {@link #checkWidths(SvdPeripheral)}.
     *
     * @param peripheral the description
     * @param windowSize the size of the device window in bytes (unsigned)
     * @return why not, naming the first register at fault, or empty if every register fits
     */
    public static Optional<String> checkExtent(SvdPeripheral peripheral, long windowSize) {
        for (SvdRegister r : peripheral.registers()) {
            long end = r.addressOffset() + r.size() / 8;
            boolean wraps = Long.compareUnsigned(end, r.addressOffset()) < 0;
            if (wraps || Long.compareUnsigned(end, windowSize) > 0) {
                return Optional.of(String.format(Locale.ROOT, "register %s at offset 0x%X (%d bytes) does not fit"
                        + " in a window of 0x%X bytes", r.qualifiedName(), r.addressOffset(), r.size() / 8,
                        windowSize));
            }
            if (end > MAX_MAPPED_BYTES) {
                return Optional.of(String.format(Locale.ROOT, "register %s at offset 0x%X lies beyond the first 0x%X"
                        + " bytes of the device, the most the simulator maps registers in", r.qualifiedName(),
                        r.addressOffset(), MAX_MAPPED_BYTES));
            }
        }
        return Optional.empty();
    }

    private static boolean overrides(DeviceBehavior behavior, String hook, Class<?>... parameters) {
        try {
            return behavior.getClass().getMethod(hook, parameters).getDeclaringClass() != DeviceBehavior.class;
        } catch (NoSuchMethodException | SecurityException e) {
            return true;
        }
    }

    /**
     * Returns the description the registers were built from.
     *
     * @return the peripheral
     */
    public SvdPeripheral peripheral() {
        return peripheral;
    }

    /**
     * Returns the registers.
     *
     * @return in address order
     */
    public List<Register> registers() {
        return registerList;
    }

    /**
     * Finds a register by name.
     *
     * @param name e.g. {@code UARTFR}
     * @return the register
     * @throws IllegalArgumentException if there is none
     */
    public Register register(String name) {
        Register r = byName.get(name);
        if (r == null) {
            throw new IllegalArgumentException(context.deviceName() + " has no register " + name);
        }
        return r;
    }

    /**
     * Finds the register holding a byte.
     *
     * @param offset a byte offset in the device window
     * @return the register, or empty
     */
    public Optional<Register> registerAt(long offset) {
        return Optional.ofNullable(at(offset));
    }

    private Register at(long offset) {
        if (offset < 0 || offset >= byteMap.length) {
            return null;
        }
        int i = byteMap[(int) offset];
        return i == 0 ? null : registers[i - 1];
    }

    /**
     * Returns a register's value as the device holds it (write-only bits included), without side effects.
     *
     * @param register a register of this file
     * @return its value
     */
    public long get(Register register) {
        return values[register.index()];
    }

    /**
     * Sets a register's value from the device's side (status the hardware updates), without semantics,
     * diagnostics or trace.
     *
     * @param register a register of this file
     * @param value the new value; bits beyond the register's size are dropped
     */
    public void set(Register register, long value) {
        values[register.index()] = value & register.sizeMask();
    }

    /**
     * Returns a field's value as the device holds it.
     *
     * @param field a field of a register of this file
     * @return the value, shifted down to bit 0
     */
    public long get(Register.Field field) {
        return field.get(values[field.register().index()]);
    }

    /**
     * Sets a field from the device's side, like {@link #set(Register, long)}.
     *
     * @param field a field of a register of this file
     * @param value the new value, shifted down to bit 0
     */
    public void set(Register.Field field, long value) {
        int i = field.register().index();
        values[i] = field.with(values[i], value);
    }

    /** Puts every register into its reset state and makes write-once bits writable again. */
    public void reset() {
        for (Register r : registers) {
            values[r.index()] = r.resetValue();
        }
        Arrays.fill(onceUsed, 0);
    }

    /** The saved values of a register file. */
    private record Saved(RegisterFile owner, long[] values, long[] onceUsed) implements DeviceState {
    }

    /**
     * Copies the register values and write-once state.
     *
     * @return an immutable copy for {@link #restore(DeviceState)}
     */
    public DeviceState save() {
        return new Saved(this, values.clone(), onceUsed.clone());
    }

    /**
     * Returns to values saved by {@link #save()} of this file.
     *
     * @param state the saved state
     */
    public void restore(DeviceState state) {
        if (!(state instanceof Saved s) || s.owner() != this) {
            throw new IllegalArgumentException("state was not saved by this register file");
        }
        values = s.values().clone();
        onceUsed = s.onceUsed().clone();
    }

    private static long lane(int bytes) {
        return bytes >= 8 ? -1L : (1L << (bytes << 3)) - 1;
    }

    /**
     * Reads with the register semantics (see the class description).
     *
     * @param offset byte offset in the device window, aligned to the width
     * @param widthBits 8, 16 or 32
     * @return the value, zero-extended
     */
    public int read(long offset, int widthBits) {
        int bytes = widthBits >>> 3;
        Register r = at(offset);
        if (r != null && offset + bytes <= r.offset() + r.sizeBytes()) {
            int shift = (int) (offset - r.offset()) << 3;
            return (int) (readLane(r, lane(bytes) << shift) >>> shift);
        }
        return (int) split(offset, bytes, false, 0, false);
    }

    /**
     * Writes with the register semantics (see the class description).
     *
     * @param offset byte offset in the device window, aligned to the width
     * @param widthBits 8, 16 or 32
     * @param value the value; bits above the width are ignored
     */
    public void write(long offset, int widthBits, int value) {
        int bytes = widthBits >>> 3;
        long v = value & lane(bytes);
        Register r = at(offset);
        if (r != null && offset + bytes <= r.offset() + r.sizeBytes()) {
            int shift = (int) (offset - r.offset()) << 3;
            writeLane(r, v << shift, lane(bytes) << shift);
            return;
        }
        split(offset, bytes, true, v, false);
    }

    /**
     * Reads what a read would return now, without side effects, diagnostics or trace.
     *
     * @param offset byte offset in the device window
     * @param widthBits 8, 16 or 32
     * @return the value, zero-extended
     */
    public int peek(long offset, int widthBits) {
        return (int) split(offset, widthBits >>> 3, false, 0, true);
    }

    private long readLane(Register r, long laneMask) {
        if (beforeRead) {
            behavior.beforeRead(r, laneMask);
        }
        int i = r.index();
        long before = values[i];
        long readable = r.readableBits() & laneMask;
        if (readable == 0 && (laneMask & r.sizeMask()) != 0) {
            context.diagnose(DiagnosticKind.READ_OF_WRITE_ONLY, "Process '" + context.actor() + "' read "
                    + describe(r, laneMask) + ", which is write-only" + fieldsPart(r, laneMask)
                    + "; the read returns 0.", r.offset(), r.sizeBytes());
        }
        long value = before & readable;
        long after = before;
        if (r.hasReadEffects()) {
            after = (before & ~(r.readClear() & laneMask)) | (r.readSet() & laneMask);
            values[i] = after;
        }
        context.accessed(r, before, after);
        if (afterRead) {
            behavior.afterRead(r, value, laneMask);
        }
        return value;
    }

    private void writeLane(Register r, long value, long laneMask) {
        if (beforeWrite && !behavior.beforeWrite(r, value, laneMask)) {
            context.accessed(r, 0, value);
            return;
        }
        int i = r.index();
        long old = values[i];
        long writable = r.writableBits() & laneMask;
        if (writable == 0) {
            if ((laneMask & r.sizeMask()) != 0) {
                context.diagnose(DiagnosticKind.WRITE_TO_READ_ONLY, "Process '" + context.actor() + "' wrote "
                        + hex(value) + " to " + describe(r, laneMask) + ", which is read-only"
                        + fieldsPart(r, laneMask) + "; the write is ignored.", r.offset(), r.sizeBytes());
            }
        } else {
            long ro = r.readOnlyDeclared() & laneMask & ((value ^ old));
            if (ro != 0) {
                context.diagnose(DiagnosticKind.WRITE_TO_READ_ONLY, "Process '" + context.actor() + "' wrote "
                        + hex(value) + " to " + r.qualifiedName() + ", trying to change the read-only field(s) "
                        + r.fieldNames(ro) + "; they keep their value.", r.offset(), r.sizeBytes());
            }
        }
        long blocked = 0;
        long once = r.writeOnceBits() & laneMask;
        if (once != 0) {
            blocked = once & onceUsed[i];
            if (blocked != 0) {
                context.diagnose(DiagnosticKind.WRITE_ONCE_REPEATED, "Process '" + context.actor() + "' wrote "
                        + hex(value) + " to " + r.qualifiedName() + " again: " + fieldsOrRegister(r, blocked)
                        + " take(s) only the first write after reset, so this write leaves "
                        + (blocked == (r.writeOnceBits() & r.sizeMask()) ? "them" : "those bits") + " unchanged.",
                        r.offset(), r.sizeBytes());
            }
            onceUsed[i] |= once;
        }
        long updated = r.applyWrite(old, value, writable & ~blocked);
        values[i] = updated;
        if (r.readableBits() == 0) {
            context.accessed(r, 0, value & r.writableBits());
        } else {
            context.accessed(r, old, updated);
        }
        if (afterWrite) {
            behavior.afterWrite(r, old, updated, value, laneMask);
        }
    }

    /** An access that is wider than, straddles, or misses registers: one lane access per register. */
    private long split(long offset, int bytes, boolean write, long value, boolean peek) {
        long result = 0;
        int missing = 0;
        long firstMissing = -1;
        int b = 0;
        while (b < bytes) {
            long at = offset + b;
            Register r = at(at);
            if (r == null) {
                if (firstMissing < 0) {
                    firstMissing = at;
                }
                missing++;
                b++;
                continue;
            }
            int inRegister = (int) (at - r.offset());
            int n = Math.min(bytes - b, r.sizeBytes() - inRegister);
            int shift = inRegister << 3;
            long laneMask = lane(n) << shift;
            if (peek) {
                result |= ((values[r.index()] & r.readableBits() & laneMask) >>> shift) << (b << 3);
            } else if (write) {
                writeLane(r, ((value >>> (b << 3)) & lane(n)) << shift, laneMask);
            } else {
                result |= (readLane(r, laneMask) >>> shift) << (b << 3);
            }
            b += n;
        }
        if (missing > 0 && !peek) {
            String where = context.deviceName() + "+0x" + Long.toHexString(firstMissing);
            String access = (bytes * 8) + "-bit " + (write ? "write" : "read") + " at " + context.deviceName() + "+0x"
                    + Long.toHexString(offset);
            String message = missing == bytes
                    ? "Process '" + context.actor() + "' made a " + access + ", where " + context.deviceName()
                            + " has no register; " + (write ? "the write is ignored." : "the read returns 0.")
                    : "Process '" + context.actor() + "' made a " + access + " that covers " + missing
                            + " byte(s) with no register (from " + where + "); "
                            + (write ? "they take no write." : "they read as 0.");
            context.diagnose(DiagnosticKind.NO_REGISTER, message, offset, bytes);
        }
        return result;
    }

    private static String describe(Register r, long laneMask) {
        return (laneMask & r.sizeMask()) == r.sizeMask() ? "register " + r.qualifiedName()
                : "bits " + hex(laneMask & r.sizeMask()) + " of register " + r.qualifiedName();
    }

    private static String fieldsPart(Register r, long mask) {
        String names = r.fieldNames(mask);
        return names.isEmpty() ? "" : " (field(s) " + names + ")";
    }

    private static String fieldsOrRegister(Register r, long mask) {
        String names = r.fieldNames(mask);
        return names.isEmpty() ? "register " + r.qualifiedName() : "field(s) " + names;
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    /**
     * Lists the registers with their values, for debugging.
     *
     * @return e.g. {@code [UART0.UARTFR=0x90, ...]}
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Register r : registers) {
            parts.add(r.qualifiedName() + "=" + hex(values[r.index()]));
        }
        return parts.toString();
    }
}
