package org.mmioworkbench.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * One entry of the access trace: an API call, register access, IPC transfer, kernel access, clock
 * advance, external input or interrupt line change. Immutable; two runs of the same script produce equal
 * events.
 * <p>
 * A register access keeps its raw values (virtual address, width, value, the register it reached and the
 * register's value before and after) and builds its text only when {@link #arguments()},
 * {@link #result()}, {@link #changedFields()} or {@link #toString()} is called, so recording costs no
 * formatting. The factory methods are for the simulator; other code only reads events.
 * <p>
 * {@link #toString()} renders one line:
 * <ul>
 * <li>a register write: {@code #12 t=2100ns driver IoWriteMmReg32 UART0.UARTCR <- 0x301 (UARTEN=1 TXE=1
 * RXE=1)}, the fields in parentheses being those the write changed;</li>
 * <li>a register read: {@code #13 t=2200ns driver IoReadMmReg32 UART0.UARTFR -> 0x90}, followed by
 * {@code (then RXIC=0)} if reading changed fields (read-to-clear);</li>
 * <li>an access that reached no named register: the device and offset ({@code DEV_A+0x10}), else the
 * physical address;</li>
 * <li>an interrupt line: {@code #14 t=86800ns IRQ UART0 raised};</li>
 * <li>everything else: {@code #3 t=1000ns driver KnIoMapMem(rid=0x1, ...) -> rcOk ... @0x09000000 [UART0]}; a
 * fault at a register's address names the register instead of the device ({@code ... -> FAULT MISALIGNED: ...
 * @0x09000018 [UART0.UARTFR]}).</li>
 * </ul>
 */
public final class TraceEvent {
    private static final int TEXT = 0;
    private static final int READ = 1;
    private static final int WRITE = 2;
    private static final int READ_BUFFER = 3;
    private static final int WRITE_BUFFER = 4;
    private static final int ADVANCE = 5;
    private static final int IRQ = 6;
    private static final int KIND = 7;
    private static final int HAS_PHYSICAL = 8;
    private static final int SHOWN_VALUES = 8;

    private final long seq;
    private final long timeNanos;
    private final String actor;
    private final String operation;
    private final String device;
    /** The kind (bits 0-2), whether there is a physical address (bit 3) and the access width (bits 8-15). */
    private final int info;
    private final int value;
    private final long physical;
    private final long offset;
    private final long address;
    private final RegisterDecoder register;
    private final long before;
    private final long after;
    /** {@link Text} for text and interrupt events, {@code int[]} for buffers, {@link More} for several registers. */
    private final Object extra;

    /** The text, return code and fault of a text event. */
    private record Text(String arguments, String result, Retcode rc, FaultCause fault) {
    }

    /** The registers after the first that an access wider than a register reached. */
    private record More(RegisterDecoder[] registers, long[] values) {
    }

    /**
     * Creates an event whose arguments and result are given as text (kernel calls, faults, process starts).
     *
     * @param seq position in the trace, from 0
     * @param timeNanos simulated time when the operation started
     * @param actor the process name, {@code kernel}, or {@code simulator} for clock advances and input
     * @param operation the C API name ({@code KnRegisterPhyMem}, {@code IoReadMmReg32}, ...) or the
     *        simulator operation ({@code ipcTransferHandle}, {@code KernelAccess}, {@code advance}, ...)
     * @param arguments the arguments as C source would show them
     * @param result the outcome in words: return code and out-values, or the fault
     * @param rc the return code, or null for calls that return none
     * @param fault the fault cause, or null if the operation did not fault
     * @param physicalAddress the physical address involved, if any
     * @param device the device name(s) at that address, or an empty string
     */
    public TraceEvent(long seq, long timeNanos, String actor, String operation, String arguments, String result,
            Retcode rc, FaultCause fault, OptionalLong physicalAddress, String device) {
        this(seq, timeNanos, actor, operation, TEXT, physicalAddress.isPresent(), physicalAddress.orElse(0), device, 0,
                0, 0, 0, null, 0, 0, new Text(Objects.requireNonNull(arguments), Objects.requireNonNull(result), rc,
                        fault));
    }

    /**
     * Creates a text event that names a register (a faulting access at a register's address).
     *
     * @param seq position in the trace, from 0
     * @param timeNanos simulated time when the operation started
     * @param actor the process name
     * @param operation the C API name
     * @param arguments the arguments as C source would show them
     * @param result the outcome in words
     * @param rc the return code, or null
     * @param fault the fault cause, or null
     * @param physicalAddress the physical address involved, if any
     * @param device the device name(s) at that address, or an empty string
     * @param register the register at that address, or null
     */
    public TraceEvent(long seq, long timeNanos, String actor, String operation, String arguments, String result,
            Retcode rc, FaultCause fault, OptionalLong physicalAddress, String device, RegisterDecoder register) {
        this(seq, timeNanos, actor, operation, TEXT, physicalAddress.isPresent(), physicalAddress.orElse(0), device, 0,
                0, 0, 0, register, 0, 0, new Text(Objects.requireNonNull(arguments), Objects.requireNonNull(result), rc,
                        fault));
    }

    private TraceEvent(long seq, long timeNanos, String actor, String operation, int kind, boolean hasPhysical,
            long physical, String device, long offset, long address, int widthBits, int value,
            RegisterDecoder register, long before, long after, Object extra) {
        this.seq = seq;
        this.timeNanos = timeNanos;
        this.actor = Objects.requireNonNull(actor);
        this.operation = Objects.requireNonNull(operation);
        this.device = Objects.requireNonNull(device);
        this.info = kind | (hasPhysical ? HAS_PHYSICAL : 0) | (widthBits << 8);
        this.value = value;
        this.physical = physical;
        this.offset = offset;
        this.address = address;
        this.register = register;
        this.before = before;
        this.after = after;
        this.extra = extra;
    }

    /**
     * Records a register read or write that reached a device (used by the simulator).
     *
     * @param seq position
     * @param timeNanos start time
     * @param actor the process
     * @param operation {@code IoReadMmReg32} etc.
     * @param write true for a write
     * @param virtualAddress the address the process used
     * @param widthBits 8, 16 or 32
     * @param value the value read or written, zero-extended
     * @param physicalAddress the physical address
     * @param device the device name
     * @param offset the offset in the device window
     * @param register the (first) register reached, or null
     * @param before its value before
     * @param after its value after
     * @param moreRegisters further registers an access wider than a register reached, or null
     * @param moreValues their values before and after, two per register, or null
     * @return the event
     */
    public static TraceEvent access(long seq, long timeNanos, String actor, String operation, boolean write,
            long virtualAddress, int widthBits, int value, long physicalAddress, String device, long offset,
            RegisterDecoder register, long before, long after, RegisterDecoder[] moreRegisters, long[] moreValues) {
        return new TraceEvent(seq, timeNanos, actor, operation, write ? WRITE : READ, true, physicalAddress, device,
                offset, virtualAddress, widthBits, value, register, before, after,
                moreRegisters == null ? null : new More(moreRegisters, moreValues));
    }

    /**
     * Records a buffer read or write (one register accessed repeatedly; used by the simulator).
     *
     * @param seq position
     * @param timeNanos start time
     * @param actor the process
     * @param operation {@code IoReadMmBuffer8} etc.
     * @param write true for a write
     * @param virtualAddress the register's virtual address
     * @param widthBits 8, 16 or 32
     * @param values the values read or written in order, not copied: the caller must not change them
     * @param physicalAddress the physical address
     * @param device the device name
     * @param offset the offset in the device window
     * @param register the register reached, or null
     * @param before its value before the first access
     * @param after its value after the last access
     * @return the event
     */
    public static TraceEvent bufferAccess(long seq, long timeNanos, String actor, String operation, boolean write,
            long virtualAddress, int widthBits, int[] values, long physicalAddress, String device, long offset,
            RegisterDecoder register, long before, long after) {
        return new TraceEvent(seq, timeNanos, actor, operation, write ? WRITE_BUFFER : READ_BUFFER, true,
                physicalAddress, device, offset, virtualAddress, widthBits, 0, register, before, after,
                Objects.requireNonNull(values));
    }

    /**
     * Records a clock advance by {@link Simulator#advance(long)} (used by the simulator).
     *
     * @param seq position
     * @param timeNanos start time
     * @param nanos the delay
     * @return the event, actor {@code simulator}, operation {@code advance}
     */
    public static TraceEvent advance(long seq, long timeNanos, long nanos) {
        return new TraceEvent(seq, timeNanos, "simulator", "advance", ADVANCE, false, 0, "", 0, nanos, 0, 0, null, 0,
                0, null);
    }

    /**
     * Records an interrupt line change (used by the simulator).
     *
     * @param seq position
     * @param timeNanos time of the change
     * @param device the device driving the line (also the actor)
     * @param line the line name
     * @param raised the new level
     * @return the event, operation {@code IRQ}, arguments the line, result {@code raised} or {@code lowered}
     */
    public static TraceEvent interrupt(long seq, long timeNanos, String device, String line, boolean raised) {
        return new TraceEvent(seq, timeNanos, device, "IRQ", IRQ, false, 0, device, 0, 0, 0, 0, null, 0, 0,
                new Text(line, raised ? "raised" : "lowered", null, null));
    }

    /**
     * Returns the position in the trace.
     *
     * @return from 0
     */
    public long seq() {
        return seq;
    }

    /**
     * Returns the simulated time when the operation started.
     *
     * @return nanoseconds since boot
     */
    public long timeNanos() {
        return timeNanos;
    }

    /**
     * Returns who made the operation.
     *
     * @return the process name, {@code kernel}, {@code simulator}, or for an interrupt the device
     */
    public String actor() {
        return actor;
    }

    /**
     * Returns the operation.
     *
     * @return the C API name ({@code IoWriteMmReg32}, ...) or the simulator operation ({@code advance},
     *         {@code input}, {@code IRQ}, ...)
     */
    public String operation() {
        return operation;
    }

    /**
     * Returns the arguments as C source would show them (built on demand for register accesses).
     *
     * @return e.g. {@code reg=0x0000004000000030, data=0x00000301}
     */
    public String arguments() {
        int widthBits = widthBits();
        return switch (kind()) {
            case READ -> "reg=" + AddressRange.hex(address);
            case WRITE -> "reg=" + AddressRange.hex(address) + ", data=" + word(value, widthBits);
            case READ_BUFFER -> "reg=" + AddressRange.hex(address) + ", cnt=" + values().length;
            case WRITE_BUFFER -> "reg=" + AddressRange.hex(address) + ", cnt=" + values().length + ", buf="
                    + show(values(), widthBits);
            case ADVANCE -> "ns=" + address;
            default -> ((Text) extra).arguments();
        };
    }

    /**
     * Returns the outcome in words (built on demand for register accesses).
     *
     * @return the return code and out-values, the value read ({@code 0x0090}), {@code done}, the fault, or
     *         for an interrupt {@code raised}/{@code lowered}
     */
    public String result() {
        return switch (kind()) {
            case READ -> word(value, info >>> 8);
            case WRITE, WRITE_BUFFER -> "done";
            case READ_BUFFER -> values().length + " values " + show(values(), info >>> 8);
            case ADVANCE -> "t=" + (timeNanos + address) + "ns";
            default -> ((Text) extra).result();
        };
    }

    /**
     * Returns the return code.
     *
     * @return the code, or null for operations that return none (register accesses, clock, interrupts)
     */
    public Retcode rc() {
        return extra instanceof Text t ? t.rc() : null;
    }

    /**
     * Returns the fault cause.
     *
     * @return the cause, or null if the operation did not fault
     */
    public FaultCause fault() {
        return extra instanceof Text t ? t.fault() : null;
    }

    /**
     * Tells whether the operation faulted.
     *
     * @return true if {@link #fault()} is set
     */
    public boolean isFault() {
        return fault() != null;
    }

    /**
     * Returns the physical address involved.
     *
     * @return the address, or empty
     */
    public OptionalLong physicalAddress() {
        return (info & HAS_PHYSICAL) != 0 ? OptionalLong.of(physical) : OptionalLong.empty();
    }

    /**
     * Returns the device name(s) at the physical address.
     *
     * @return e.g. {@code UART0}, or an empty string
     */
    public String device() {
        return device;
    }

    /**
     * Returns the register(s) a register access reached.
     *
     * @return e.g. {@code UART0.UARTFR}; several names separated by {@code ", "} for an access wider than a
     *         register; for a faulting access, the register at its physical address; an empty string for
     *         other events and for accesses that reached no named register (plain memory, an offset with no
     *         register)
     */
    public String register() {
        if (register == null) {
            return "";
        }
        if (!(extra instanceof More more)) {
            return register.qualifiedName();
        }
        StringJoiner j = new StringJoiner(", ");
        j.add(register.qualifiedName());
        for (RegisterDecoder r : more.registers()) {
            j.add(r.qualifiedName());
        }
        return j.toString();
    }

    /**
     * Decodes the fields a register access changed (decoded on demand). For a write these are the fields
     * whose value the write changed; for a write-only register, or a write the device consumed (a data
     * register feeding a FIFO), the non-zero fields written; for a read, the fields the read changed
     * (read-to-clear). A buffer access reports the change from before its first to after its last element.
     *
     * @return the changes in register and bit order; empty if none or for other events
     */
    public List<FieldChange> changedFields() {
        if (register == null) {
            return List.of();
        }
        if (!(extra instanceof More more)) {
            return register.changes(before, after);
        }
        List<FieldChange> all = new ArrayList<>(register.changes(before, after));
        long[] v = more.values();
        for (int i = 0; i < more.registers().length; i++) {
            all.addAll(more.registers()[i].changes(v[2 * i], v[2 * i + 1]));
        }
        return List.copyOf(all);
    }

    /**
     * Tells whether this is a register access (single or buffer) that reached a device.
     *
     * @return true for {@code IoReadMmReg*}, {@code IoWriteMmReg*} and the buffer variants that did not fault
     */
    public boolean isRegisterAccess() {
        int kind = kind();
        return kind >= READ && kind <= WRITE_BUFFER;
    }

    /**
     * Renders the event as one line for logs and console views (see the class description).
     *
     * @return e.g. {@code #12 t=2100ns driver IoWriteMmReg32 UART0.UARTCR <- 0x301 (UARTEN=1 TXE=1 RXE=1)}
     */
    @Override
    public String toString() {
        String head = "#" + seq + " t=" + timeNanos + "ns ";
        int kind = kind();
        return switch (kind) {
            case IRQ -> head + "IRQ " + arguments() + " " + result();
            case READ, WRITE, READ_BUFFER, WRITE_BUFFER -> head + actor + " " + operation + " " + target()
                    + (kind == WRITE || kind == WRITE_BUFFER ? " <- " : " -> ") + shownValue() + changesText();
            default -> head + actor + " " + operation + "(" + arguments() + ") -> " + result()
                    + ((info & HAS_PHYSICAL) != 0 ? " @" + AddressRange.hex(physical) : "")
                    + (register != null ? " [" + register.qualifiedName() + "]" : device.isEmpty() ? "" : " [" + device
                            + "]");
        };
    }

    private String target() {
        String names = register();
        if (!names.isEmpty()) {
            return names;
        }
        return device.isEmpty() ? AddressRange.hex(physical) : device + "+0x" + Long.toHexString(offset);
    }

    private String shownValue() {
        if (!(extra instanceof int[] values)) {
            return "0x" + Integer.toHexString(value);
        }
        StringJoiner j = new StringJoiner(", ", "[", values.length > SHOWN_VALUES ? ", ...]" : "]");
        for (int i = 0; i < Math.min(values.length, SHOWN_VALUES); i++) {
            j.add("0x" + Integer.toHexString(values[i]));
        }
        return j.toString();
    }

    private String changesText() {
        List<FieldChange> changes = changedFields();
        if (changes.isEmpty()) {
            return "";
        }
        int kind = kind();
        StringJoiner j = new StringJoiner(" ", kind == WRITE || kind == WRITE_BUFFER ? " (" : " (then ", ")");
        changes.forEach(c -> j.add(c.toString()));
        return j.toString();
    }

    /**
     * Compares everything observable about two events.
     *
     * @param o another object
     * @return true if both are the same event of equal runs
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof TraceEvent e && seq == e.seq && timeNanos == e.timeNanos && info == e.info
                && actor.equals(e.actor) && operation.equals(e.operation) && physical == e.physical
                && device.equals(e.device) && offset == e.offset && address == e.address && value == e.value
                && before == e.before && after == e.after && extraEquals(e) && register().equals(e.register())
                && changedFields().equals(e.changedFields());
    }

    private boolean extraEquals(TraceEvent e) {
        if (extra instanceof int[] vs && e.extra instanceof int[] ws) {
            return Arrays.equals(vs, ws);
        }
        if (extra instanceof More m && e.extra instanceof More n) {
            return Arrays.equals(m.values(), n.values());
        }
        return Objects.equals(extra, e.extra);
    }

    /**
     * Hashes the position, time, actor and operation.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Objects.hash(seq, timeNanos, actor, operation);
    }

    private int kind() {
        return info & KIND;
    }

    /**
     * Returns the width of a register access.
     *
     * @return 8, 16 or 32 for a register access (single or buffer), 0 for other events
     */
    public int widthBits() {
        return isRegisterAccess() ? info >>> 8 : 0;
    }

    /**
     * Tells whether this is a register access (single or buffer) that wrote.
     *
     * @return true for {@code IoWriteMmReg*}, a store through a pointer into a mapping, and the write buffers
     */
    public boolean isWrite() {
        return kind() == WRITE || kind() == WRITE_BUFFER;
    }

    /**
     * Returns the value of a single register access.
     *
     * @return the value read or written, zero-extended from its width; empty for buffer accesses and other events
     */
    public OptionalLong accessValue() {
        int kind = kind();
        if (kind != READ && kind != WRITE) {
            return OptionalLong.empty();
        }
        int bits = info >>> 8;
        return OptionalLong.of(bits == 32 ? Integer.toUnsignedLong(value) : value & ((1L << bits) - 1));
    }

    /**
     * Returns the registers a register access reached.
     *
     * @return their qualified names ({@code UART0.UARTCR}), in address order; empty for other events and for an
     *         access that reached no named register
     */
    public List<String> registers() {
        if (register == null || !isRegisterAccess()) {
            return List.of();
        }
        if (!(extra instanceof More more)) {
            return List.of(register.qualifiedName());
        }
        List<String> names = new ArrayList<>();
        names.add(register.qualifiedName());
        for (RegisterDecoder r : more.registers()) {
            names.add(r.qualifiedName());
        }
        return List.copyOf(names);
    }

    private int[] values() {
        return (int[]) extra;
    }

    private static String word(int v, int widthBits) {
        String digits = Integer.toHexString(widthBits == 32 ? v : v & ((1 << widthBits) - 1));
        return "0x" + "0".repeat(Math.max(0, widthBits / 4 - digits.length())) + digits;
    }

    private static String show(int[] vs, int widthBits) {
        StringJoiner j = new StringJoiner(", ", "[", vs.length > SHOWN_VALUES ? ", ...]" : "]");
        for (int i = 0; i < Math.min(vs.length, SHOWN_VALUES); i++) {
            j.add(word(vs[i], widthBits));
        }
        return j.toString();
    }
}
