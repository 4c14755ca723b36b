package org.mmioworkbench.core.internal;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.FaultCause;
import org.mmioworkbench.core.RegisterDecoder;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.SourceLine;
import org.mmioworkbench.core.SourceLocator;
import org.mmioworkbench.core.TraceEvent;

/**
 * Appends trace events and diagnostics and advances the simulated clock (and the devices with it, stopping
 * at each device's next event). An operation is open from {@link #begin}/{@link #open} until its event is
 * appended; interrupt line changes a device makes while an operation is open are traced right after the
 * operation's event, so the cause comes before its effect.
 */
final class Recorder {
    private static final int NO_PENDING = 0;

    private final MachineState state;
    private DeviceBus bus;
    /** Index of the first trace event the listeners have not been given yet. */
    private long freshFrom;
    private String actor = "simulator";
    private boolean open;
    private long[] pendingTime = new long[4];
    private String[] pendingDevice = new String[4];
    private String[] pendingLine = new String[4];
    private boolean[] pendingRaised = new boolean[4];
    private int pendingCount = NO_PENDING;

    Recorder(MachineState state) {
        this.state = state;
    }

    void attach(DeviceBus deviceBus) {
        this.bus = deviceBus;
    }

    /** Starts recording one operation at the current simulated time. */
    Call begin(String who, String operation, String arguments) {
        open(who);
        return new Call(this, state.timeNanos, who, operation, arguments);
    }

    /** Opens an operation without a {@link Call} (register accesses build their event themselves). */
    long open(String who) {
        if (actor != who) {
            actor = who; // only when it changes: a reference store costs a GC write barrier
        }
        open = true;
        return state.timeNanos;
    }

    /** The actor of the operation in progress (or whose time is passing). */
    String actor() {
        return actor;
    }

    long now() {
        return state.timeNanos;
    }

    void trace(long start, String who, String operation, String arguments, String result, Retcode rc,
            FaultCause fault, OptionalLong physicalAddress, String device, RegisterDecoder register) {
        state.trace.append(new TraceEvent(state.trace.size(), start, who, operation, arguments, result, rc, fault,
                physicalAddress, device, register));
        closeOperation();
    }

    /** Records the open register access (see {@link TraceLog#appendAccess}). */
    void traceAccess(long start, String who, boolean write, int widthBits, int value, Entries.MappingEntry mapping,
            DeviceWindow window, long offset, RegisterDecoder[] registers, long[] values, int registerCount) {
        state.trace.appendAccess(start, who, write, widthBits, value, mapping, window, offset, registers, values,
                registerCount);
        closeOperation();
    }

    /** Records the open buffer access. */
    void traceBuffer(long start, String who, boolean write, int widthBits, int[] values, Entries.MappingEntry mapping,
            DeviceWindow window, long offset, RegisterDecoder register, long before, long after) {
        state.trace.appendBuffer(start, who, write, widthBits, values, mapping, window, offset, register, before,
                after);
        closeOperation();
    }

    /** Records the open clock advance. */
    void traceAdvance(long start, long nanos) {
        state.trace.appendAdvance(start, nanos);
        closeOperation();
    }

    /** Closes the open operation: the interrupt changes it caused follow its event. */
    private void closeOperation() {
        open = false;
        if (pendingCount != NO_PENDING) {
            for (int i = 0; i < pendingCount; i++) {
                state.trace.appendInterrupt(pendingTime[i], pendingDevice[i], pendingLine[i], pendingRaised[i]);
                pendingDevice[i] = null;
                pendingLine[i] = null;
            }
            pendingCount = NO_PENDING;
        }
    }

    /** Records an interrupt line change: now, or after the open operation's event. */
    void interrupt(String device, String line, boolean raised) {
        if (!open) {
            state.trace.appendInterrupt(state.timeNanos, device, line, raised);
            return;
        }
        if (pendingCount == pendingLine.length) {
            int n = pendingCount * 2;
            pendingTime = Arrays.copyOf(pendingTime, n);
            pendingDevice = Arrays.copyOf(pendingDevice, n);
            pendingLine = Arrays.copyOf(pendingLine, n);
            pendingRaised = Arrays.copyOf(pendingRaised, n);
        }
        pendingTime[pendingCount] = state.timeNanos;
        pendingDevice[pendingCount] = device;
        pendingLine[pendingCount] = line;
        pendingRaised[pendingCount] = raised;
        pendingCount++;
    }

    /** Names the source line of the process that caused a diagnostic; may be null. Not part of the state. */
    private volatile SourceLocator locator;

    void setSourceLocator(SourceLocator locator) {
        this.locator = locator;
    }

    void diagnose(long timeNanos, DiagnosticKind kind, String message, AddressRange range, List<String> actors) {
        SourceLine origin = null;
        SourceLocator l = locator;
        for (int i = 0; l != null && origin == null && i < actors.size(); i++) {
            origin = l.lineOf(actors.get(i));
        }
        state.diagnostics.append(new Diagnostic(state.diagnostics.size(), timeNanos, kind, message, range, actors,
                origin));
        state.diagnostics.dropBefore(state.diagnostics.size() - state.diagnosticWindow);
    }

    /**
     * Lets time pass for an operation other than a register access: the clock stops at every device
     * event before the end (so each device sees its events at their exact time and the interrupts they
     * raise are traced then), and at the end every device is brought up to the new time.
     */
    void elapse(long nanos) {
        if (nanos > 0) {
            run(state.timeNanos + nanos);
            bus.syncAll();
        }
    }

    /**
     * Lets the time of a register access pass: device events on the way as in {@link #elapse(long)}, then
     * only the accessed device is brought up to the new time (the others catch up at their next event,
     * access or observation), so an access costs the same however many devices the board has.
     */
    void elapseAccess(long nanos, int device) {
        long end = state.timeNanos + nanos;
        if (bus.nextEvent() <= end) {
            run(end);
        } else {
            state.timeNanos = end;
        }
        bus.sync(device);
    }

    private void run(long end) {
        while (true) {
            long next = bus.nextEvent();
            if (next > state.timeNanos && next < end) {
                state.timeNanos = next;
                bus.syncDue();
            } else {
                break;
            }
        }
        state.timeNanos = end;
        if (bus.nextEvent() <= end) {
            bus.syncDue();
        }
    }

    /** Returns and forgets the events recorded since the last call, for the listeners. */
    List<TraceEvent> drainFresh() {
        long size = state.trace.size();
        List<TraceEvent> out = freshFrom >= size ? List.of() : List.copyOf(state.trace.view(freshFrom));
        freshFrom = size;
        state.trace.pin(size);
        return out;
    }

    /** Forgets the events recorded since the last call (nobody listens). */
    void forgetFresh() {
        freshFrom = state.trace.size();
        state.trace.pin(freshFrom);
    }

    /** Drops the state of an operation that was interrupted by an exception or a restore. */
    void reset() {
        open = false;
        for (int i = 0; i < pendingCount; i++) {
            pendingDevice[i] = null;
            pendingLine[i] = null;
        }
        pendingCount = NO_PENDING;
        forgetFresh();
    }
}
