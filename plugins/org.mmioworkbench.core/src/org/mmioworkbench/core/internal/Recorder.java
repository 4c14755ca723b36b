package org.mmioworkbench.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.FaultCause;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.TraceEvent;

/** Appends trace events and diagnostics and advances the simulated clock (and the devices with it). */
final class Recorder {
    private final MachineState state;
    private final DeviceBus bus;
    private final List<TraceEvent> fresh = new ArrayList<>();

    Recorder(MachineState state, DeviceBus bus) {
        this.state = state;
        this.bus = bus;
    }

    /** Starts recording one operation at the current simulated time. */
    Call begin(String actor, String operation, String arguments) {
        return new Call(this, state.timeNanos, actor, operation, arguments);
    }

    long now() {
        return state.timeNanos;
    }

    void trace(long start, String actor, String operation, String arguments, String result, Retcode rc,
            FaultCause fault, OptionalLong physicalAddress, String device) {
        TraceEvent e = new TraceEvent(state.trace.size(), start, actor, operation, arguments, result, rc, fault,
                physicalAddress, device);
        state.trace.append(e);
        fresh.add(e);
    }

    void diagnose(long timeNanos, DiagnosticKind kind, String message, AddressRange range, List<String> actors) {
        state.diagnostics.append(new Diagnostic(state.diagnostics.size(), timeNanos, kind, message, range, actors));
    }

    void elapse(long nanos) {
        if (nanos > 0) {
            state.timeNanos += nanos;
            bus.advance(nanos);
        }
    }

    /** Returns and forgets the events recorded since the last call, for the listeners. */
    List<TraceEvent> drainFresh() {
        List<TraceEvent> out = List.copyOf(fresh);
        fresh.clear();
        return out;
    }
}
