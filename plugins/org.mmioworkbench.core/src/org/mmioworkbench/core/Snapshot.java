package org.mmioworkbench.core;

import org.mmioworkbench.core.internal.FrozenState;

/**
 * An immutable copy of a simulator's whole state: regions, registrations, handles and their trees,
 * processes and their address spaces, mappings (live and freed), kernel claims, device state (memory,
 * registers, FIFOs, consoles, pending input, timers, pins), interrupt line levels, the clock, the trace, the
 * diagnostics and all id counters. Of the trace it keeps the window (the most recent events, see
 * {@link Simulator#traceWindow()}), and the exact count. Cheap to take (one per debugger step): device
 * memory and logs are shared copy-on-write. Restore it with {@link Simulator#restore(Snapshot)}, as
 * often as wanted, only on the simulator that took it.
 */
public final class Snapshot {
    private final FrozenState state;

    Snapshot(FrozenState state) {
        this.state = state;
    }

    FrozenState state() {
        return state;
    }

    /**
     * Returns the simulated time when the snapshot was taken.
     *
     * @return nanoseconds since boot
     */
    public long timeNanos() {
        return state.timeNanos();
    }

    /**
     * Returns how many trace events had been recorded when the snapshot was taken (the snapshot holds at most
     * the simulator's trace window of them).
     *
     * @return the trace length
     */
    public long traceLength() {
        return state.traceLength();
    }

    /**
     * Returns how many diagnostics existed when the snapshot was taken.
     *
     * @return the diagnostic count
     */
    public long diagnosticCount() {
        return state.diagnosticCount();
    }
}
