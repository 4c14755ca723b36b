package org.mmioworkbench.ui.internal.views;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalInt;

import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Register;

/**
 * The register values the Register Editor shows, read lazily: a register is read only when its row (or
 * one of its fields' rows) is drawn, at most once per stop, with {@link Simulator#peek(long, int)}, which
 * has no side effects (a read-to-clear flag stays set) and returns what a driver's read would return
 * (write-only bits read as 0).
 * <p>
 * <b>Stops.</b> A stop is a refresh of the view after which the simulation had moved (its trace grew or
 * shrank, or its clock changed); refreshes while the simulation stands still are not stops. A value is
 * "changed" when it differs from the value the row showed at the previous stop; a row that was not on
 * screen at the previous stop compares with the value it showed when it was last on screen, and a row
 * never shown before is not changed. So highlighting costs nothing for the registers nobody looks at.
 */
final class RegisterValues {
    private final Simulator simulator;
    private final Map<Register, Entry> entries = new IdentityHashMap<>();
    private int stop;
    private long lastTraceLength = -1;
    private long lastTime = -1;
    private boolean written;

    /** What is known about one register. */
    private static final class Entry {
        long value;
        long changed;
        int readAt = -1;
    }

    RegisterValues(Simulator simulator) {
        this.simulator = simulator;
        nextStopIfMoved();
    }

    Simulator simulator() {
        return simulator;
    }

    /**
     * Starts a new stop if the simulation moved since the last one.
     *
     * @return true if it moved
     */
    boolean nextStopIfMoved() {
        long length = simulator.traceLength();
        long now = simulator.now();
        if (length == lastTraceLength && now == lastTime) {
            return false;
        }
        lastTraceLength = length;
        lastTime = now;
        stop++;
        return true;
    }

    /**
     * Returns a register's value at this stop, reading it if this stop has not.
     *
     * @param reg the register's row
     * @return what a read would return now
     */
    long value(RegisterNode.Reg reg) {
        return entry(reg).value;
    }

    /**
     * Returns the bits that changed since the previous stop (see the class description).
     *
     * @param reg the register's row
     * @return a mask, 0 if unchanged
     */
    long changedBits(RegisterNode.Reg reg) {
        return entry(reg).changed;
    }

    private Entry entry(RegisterNode.Reg reg) {
        Entry e = entries.computeIfAbsent(reg.register(), r -> new Entry());
        if (e.readAt != stop) {
            long v = read(reg);
            e.changed = e.readAt < 0 ? 0 : e.value ^ v;
            e.value = v;
            e.readAt = stop;
        }
        return e;
    }

    /**
     * Starts the stop a write from the view made (it moved the simulation: a debugger write is traced), at once
     * rather than at the next refresh, so that every row of the register shows the value a read returns now, and
     * what the write changed is highlighted as a change since the previous stop.
     */
    void written() {
        nextStopIfMoved();
        written = true;
    }

    /**
     * Tells whether a write or read from the view started a stop since the last call, after which every visible row
     * is to be drawn again (the access may have changed other registers too).
     */
    boolean takeWritten() {
        boolean w = written;
        written = false;
        return w;
    }

    /**
     * Reads a register now, bypassing the stop (for a write's read-back).
     *
     * @param reg the register's row
     * @return what a read would return now
     */
    long read(RegisterNode.Reg reg) {
        Register r = reg.register();
        long address = reg.device().window().base() + r.offset();
        int size = r.sizeBytes();
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
    }

    /** The widest naturally aligned access of at most 4 bytes that fits in what is left. */
    static int chunk(long address, int left) {
        if (left >= 4 && (address & 3) == 0) {
            return 4;
        }
        if (left >= 2 && (address & 1) == 0) {
            return 2;
        }
        return 1;
    }
}
