package org.mmioworkbench.core.internal;

import java.util.Map;

import org.mmioworkbench.core.DeviceState;

/**
 * An immutable copy of an {@link Engine}'s complete state (machine state, device states, logs), made by
 * {@link Engine#freeze()} and accepted only by the same engine's {@link Engine#thaw(FrozenState)}.
 */
public final class FrozenState {
    final Engine owner;
    final MachineState machine;
    final Map<String, DeviceState> devices;

    FrozenState(Engine owner, MachineState machine, Map<String, DeviceState> devices) {
        this.owner = owner;
        this.machine = machine;
        this.devices = Map.copyOf(devices);
    }

    /**
     * Returns the simulated time at the moment of the copy.
     *
     * @return nanoseconds since boot
     */
    public long timeNanos() {
        return machine.timeNanos;
    }

    /**
     * Returns the number of trace events at the moment of the copy.
     *
     * @return the trace length
     */
    public long traceLength() {
        return machine.trace.size();
    }

    /**
     * Returns the number of diagnostics at the moment of the copy.
     *
     * @return the diagnostic count
     */
    public long diagnosticCount() {
        return machine.diagnostics.size();
    }
}
