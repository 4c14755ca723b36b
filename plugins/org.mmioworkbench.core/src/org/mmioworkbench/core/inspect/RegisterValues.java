package org.mmioworkbench.core.inspect;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;

import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.svd.SvdEnumeratedValue;
import org.mmioworkbench.core.svd.SvdEnumeration;

/**
 * The register values of one simulator as a debugger shows them, and what changed since the last stop.
 * <p>
 * <b>Reads.</b> A register is read only when asked for (a row drawn, a line printed), at most once per stop, with
 * {@link Simulator#peek(long, int)} under the simulator's lock: no side effects (a read-to-clear flag stays set, a
 * FIFO is not popped) and the value a driver's read would return. Write-only bits read as 0 for a driver; they are
 * never shown as a value: {@link #text(RegisterNode.Reg, Radix)} and {@link #text(RegisterNode.Field, Radix)} say
 * {@value #WRITE_ONLY} instead.
 * <p>
 * <b>Stops.</b> A stop begins at {@link #advance()}: a debugger calls it on every suspend (a step that changed
 * nothing then clears the highlights). Without a debugger ({@link #setDebuggerDriven(boolean)} false), a view's
 * refresh calls {@link #refreshed()}, which begins a stop if the simulation moved since the last one (its trace grew
 * or shrank, or its clock changed). A value is "changed" when it differs from the value read at the previous stop
 * at which it was read; a register nobody looked at costs nothing, and one never read before is not changed.
 * <p>
 * Every method may be called from any thread: the state is kept under the simulator's lock, so that a debugger's
 * thread advancing and a view's thread reading take one lock, in one order.
 */
public final class RegisterValues {
    /** The text of a value whose bits all read as 0 because they are write-only. */
    public static final String WRITE_ONLY = "write-only";

    private final Simulator simulator;
    private final Map<Register, Entry> entries = new IdentityHashMap<>();
    private int stop;
    private long lastTraceLength = -1;
    private long lastTime = -1;
    private volatile boolean debuggerDriven;

    /** What is known about one register. */
    private static final class Entry {
        long value;
        long changed;
        int readAt = -1;
    }

    /**
     * Starts with a first stop at the simulator's present state.
     *
     * @param simulator the simulator to read
     */
    public RegisterValues(Simulator simulator) {
        this.simulator = simulator;
        advanceIfMoved();
    }

    /** @return the simulator read */
    public Simulator simulator() {
        return simulator;
    }

    /**
     * Says whether a debugger begins the stops: while one does, {@link #refreshed()} does not.
     *
     * @param driven true while a debugger drives the session (it calls {@link #advance()} on every suspend)
     */
    public void setDebuggerDriven(boolean driven) {
        debuggerDriven = driven;
    }

    /** @return true while a debugger begins the stops */
    public boolean isDebuggerDriven() {
        return debuggerDriven;
    }

    /**
     * Begins a stop: values are read afresh when next asked for, and compared with those of the stop before. A
     * debugger calls it on every suspend.
     */
    public void advance() {
        locked(() -> {
            lastTraceLength = simulator.traceLength();
            lastTime = simulator.now();
            stop++;
            return null;
        });
    }

    /**
     * Begins a stop if the simulation moved since the last one.
     *
     * @return true if it moved
     */
    public boolean advanceIfMoved() {
        return locked(() -> {
            long length = simulator.traceLength();
            long now = simulator.now();
            if (length == lastTraceLength && now == lastTime) {
                return false;
            }
            lastTraceLength = length;
            lastTime = now;
            stop++;
            return true;
        });
    }

    /**
     * What a view's refresh calls: begins a stop if the simulation moved, unless a debugger drives the session
     * (then its suspends begin the stops, and a refresh while it runs changes nothing).
     *
     * @return true if a stop began
     */
    public boolean refreshed() {
        return !debuggerDriven && advanceIfMoved();
    }

    /**
     * Returns a register's value at this stop, reading it if this stop has not.
     *
     * @param reg the register's row
     * @return what a driver's read would return at this stop (write-only bits as 0)
     */
    public long value(RegisterNode.Reg reg) {
        return locked(() -> entry(reg).value);
    }

    /**
     * Returns the bits that changed since the previous stop (see the class description); write-only bits never do.
     *
     * @param reg the register's row
     * @return a mask, 0 if unchanged
     */
    public long changedBits(RegisterNode.Reg reg) {
        return locked(() -> entry(reg).changed);
    }

    /**
     * Tells whether a row's value changed since the previous stop.
     *
     * @param node a register or field row (devices and clusters have no value)
     * @return true if any of its readable bits changed
     */
    public boolean changed(RegisterNode node) {
        if (node instanceof RegisterNode.Reg r) {
            return !r.isWriteOnly() && changedBits(r) != 0;
        }
        if (node instanceof RegisterNode.Field f) {
            return (changedBits(f.register()) & f.field().mask()) != 0;
        }
        return false;
    }

    /**
     * Returns the text of a register's value at this stop.
     *
     * @param reg the register's row
     * @param radix the number format
     * @return e.g. {@code 0x00000301}, or {@value #WRITE_ONLY}
     */
    public String text(RegisterNode.Reg reg, Radix radix) {
        return reg.isWriteOnly() ? WRITE_ONLY : radix.format(value(reg), reg.bits());
    }

    /**
     * Returns the text of a field's value at this stop, with the name of the value if the description has one.
     *
     * @param field the field's row
     * @param radix the number format
     * @return e.g. {@code 0x1 (ENABLED)}, or {@value #WRITE_ONLY}
     */
    public String text(RegisterNode.Field field, Radix radix) {
        return field.isWriteOnly() ? WRITE_ONLY : withName(field, fieldValue(field).getAsLong(), radix);
    }

    /**
     * Returns a field's value at this stop.
     *
     * @param field the field's row
     * @return its bits shifted down to bit 0, or empty if they are write-only
     */
    public OptionalLong fieldValue(RegisterNode.Field field) {
        return field.isWriteOnly() ? OptionalLong.empty() : OptionalLong.of(field.field().get(value(field.register())));
    }

    /**
     * Writes a field value with the name the description gives it when read.
     *
     * @param field the field's row
     * @param value the field's value, shifted down to bit 0
     * @param radix the number format
     * @return e.g. {@code 0x1 (ENABLED)} or {@code 0x5}
     */
    public static String withName(RegisterNode.Field field, long value, Radix radix) {
        String text = radix.format(value, field.bits());
        Optional<SvdEnumeration> names = field.field().svd().readEnumeration();
        if (names.isPresent()) {
            Optional<SvdEnumeratedValue> v = names.get().lookup(value);
            if (v.isPresent()) {
                return text + " (" + v.get().name() + ")";
            }
        }
        return text;
    }

    private Entry entry(RegisterNode.Reg reg) {
        Entry e = entries.computeIfAbsent(reg.register(), r -> new Entry());
        if (e.readAt != stop) {
            long v = read(reg);
            e.changed = e.readAt < 0 ? 0 : (e.value ^ v) & reg.register().readableBits();
            e.value = v;
            e.readAt = stop;
        }
        return e;
    }

    /**
     * Begins the stop a write from a view made, at once rather than at the next refresh, so that every row of the
     * register shows the value a read returns now, and what the write changed is highlighted as a change since the
     * previous stop (the access may have changed other registers too).
     */
    public void written() {
        advance();
    }

    /**
     * Numbers the stops, so that a view can tell whether one began since it last drew its rows.
     *
     * @return the present stop's number
     */
    public int stop() {
        return locked(() -> stop);
    }

    /**
     * Reads a register now, bypassing the stop (for a write's read-back), in one hold of the simulator's lock.
     *
     * @param reg the register's row
     * @return what a driver's read would return now (write-only bits as 0), without its side effects
     */
    public long read(RegisterNode.Reg reg) {
        Register r = reg.register();
        long address = reg.device().window().base() + r.offset();
        int size = r.sizeBytes();
        return locked(() -> {
            long value = 0;
            int done = 0;
            while (done < size) {
                long at = address + done;
                int bytes = chunk(at, size - done);
                OptionalInt part = simulator.peek(at, bytes * 8);
                long bits = part.orElse(0) & (bytes == 4 ? 0xFFFF_FFFFL : (1L << (bytes * 8)) - 1);
                value |= bits << (done * 8);
                done += bytes;
            }
            return value;
        });
    }

    /**
     * The widest naturally aligned access of at most 4 bytes that fits in what is left of a register.
     *
     * @param address where the access starts
     * @param left the bytes left to access
     * @return 4, 2 or 1
     */
    static int chunk(long address, int left) {
        if (left >= 4 && (address & 3) == 0) {
            return 4;
        }
        if (left >= 2 && (address & 1) == 0) {
            return 2;
        }
        return 1;
    }

    private <T> T locked(Supplier<T> body) {
        Object[] result = new Object[1];
        simulator.inspect(() -> result[0] = body.get());
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }
}
