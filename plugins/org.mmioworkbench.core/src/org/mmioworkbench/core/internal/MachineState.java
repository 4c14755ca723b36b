package org.mmioworkbench.core.internal;

import java.util.LinkedHashMap;
import java.util.TreeMap;

import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.internal.Entries.ClaimEntry;
import org.mmioworkbench.core.internal.Entries.HandleEntry;
import org.mmioworkbench.core.internal.Entries.MappingEntry;
import org.mmioworkbench.core.internal.Entries.ProcessEntry;
import org.mmioworkbench.core.internal.Entries.RegionEntry;
import org.mmioworkbench.core.internal.Entries.RegistrationEntry;

/**
 * All simulator state except device contents. Entries are immutable records, so a copy only copies
 * the maps; the logs are shared copy-on-write.
 */
final class MachineState {
    long timeNanos;
    int nextHandle = 1;
    long nextId = 1;
    final LinkedHashMap<String, ProcessEntry> processes = new LinkedHashMap<>();
    final TreeMap<Integer, HandleEntry> handles = new TreeMap<>();
    final TreeMap<Long, RegionEntry> regions = new TreeMap<>();
    final TreeMap<Long, RegistrationEntry> registrations = new TreeMap<>();
    final TreeMap<Long, MappingEntry> mappings = new TreeMap<>();
    final TreeMap<Long, ClaimEntry> claims = new TreeMap<>();
    final AppendLog<TraceEvent> trace = new AppendLog<>();
    final AppendLog<Diagnostic> diagnostics = new AppendLog<>();

    long newId() {
        return nextId++;
    }

    MachineState copy() {
        MachineState c = new MachineState();
        c.restoreFrom(this);
        return c;
    }

    void restoreFrom(MachineState o) {
        timeNanos = o.timeNanos;
        nextHandle = o.nextHandle;
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
        claims.clear();
        claims.putAll(o.claims);
        trace.restoreFrom(o.trace);
        diagnostics.restoreFrom(o.diagnostics);
    }
}
