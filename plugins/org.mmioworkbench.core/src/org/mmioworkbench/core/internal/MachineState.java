package org.mmioworkbench.core.internal;

import java.util.LinkedHashMap;
import java.util.TreeMap;

import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.HandleRef;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.internal.Entries.ClaimEntry;
import org.mmioworkbench.core.internal.Entries.HandleEntry;
import org.mmioworkbench.core.internal.Entries.MappingEntry;
import org.mmioworkbench.core.internal.Entries.ProcessEntry;
import org.mmioworkbench.core.internal.Entries.RegionEntry;
import org.mmioworkbench.core.internal.Entries.RegistrationEntry;

/**
 * All simulator state except device contents: including the interrupt line levels. Entries are immutable
 * records, so a copy only copies the maps; the logs are shared copy-on-write.
 */
final class MachineState {
    long timeNanos;
    long nextId = 1;
    final LinkedHashMap<String, ProcessEntry> processes = new LinkedHashMap<>();
    /** Every process's handle table, ordered by process, then value. */
    final TreeMap<HandleRef, HandleEntry> handles = new TreeMap<>();
    final TreeMap<Long, RegionEntry> regions = new TreeMap<>();
    final TreeMap<Long, RegistrationEntry> registrations = new TreeMap<>();
    final TreeMap<Long, MappingEntry> mappings = new TreeMap<>();
    /** Mapping ids by process and virtual base, for translating addresses in O(log n). */
    final TreeMap<VirtualKey, Long> mappingsByAddress = new TreeMap<>();
    final TreeMap<Long, ClaimEntry> claims = new TreeMap<>();
    final TraceLog trace;
    final AppendLog<Diagnostic> diagnostics;
    /** How many of the most recent diagnostics to keep. */
    final int diagnosticWindow;
    /** Level of each interrupt line, indexed as the device bus declared them. */
    boolean[] irq = new boolean[0];
    /** For each device window, the simulated time its model has been advanced to. */
    long[] deviceTime = new long[0];

    /** Orders mappings by process, then by unsigned virtual base. */
    record VirtualKey(String process, long virtualAddress) implements Comparable<VirtualKey> {
        @Override
        public int compareTo(VirtualKey o) {
            int c = process.compareTo(o.process);
            return c != 0 ? c : Long.compareUnsigned(virtualAddress, o.virtualAddress);
        }
    }

    /**
     * Creates the state of a machine before boot.
     *
     * @param traceWindow how many of the most recent trace events to keep
     */
    MachineState(int traceWindow) {
        trace = new TraceLog(traceWindow);
        diagnosticWindow = traceWindow == Integer.MAX_VALUE ? Integer.MAX_VALUE : Simulator.DIAGNOSTIC_WINDOW;
        diagnostics = new AppendLog<>(traceWindow == Integer.MAX_VALUE ? 10 : 6);
    }

    long newId() {
        return nextId++;
    }

    MachineState copy() {
        MachineState c = new MachineState(trace.window());
        c.restoreFrom(this);
        return c;
    }

    void restoreFrom(MachineState o) {
        timeNanos = o.timeNanos;
        nextId = o.nextId;
        processes.clear();
        processes.putAll(o.processes);
        handles.clear();
        handles.putAll(o.handles);
        regions.clear();
        regions.putAll(o.regions);
        registrations.clear();
        registrations.putAll(o.registrations);
        mappings.clear();
        mappings.putAll(o.mappings);
        mappingsByAddress.clear();
        mappingsByAddress.putAll(o.mappingsByAddress);
        claims.clear();
        claims.putAll(o.claims);
        trace.restoreFrom(o.trace);
        diagnostics.restoreFrom(o.diagnostics);
        irq = java.util.Arrays.copyOf(o.irq, Math.max(o.irq.length, irq.length)); // lines declared later start low
        deviceTime = o.deviceTime.clone();
    }
}
