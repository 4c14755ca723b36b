package org.mmioworkbench.core.internal;

import static org.mmioworkbench.core.MmioConstants.INVALID_HANDLE;
import static org.mmioworkbench.core.MmioConstants.VMM_CACHE_MASK;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;
import static org.mmioworkbench.core.MmioConstants.VMM_GUARD_MASK;
import static org.mmioworkbench.core.MmioConstants.VMM_PROT_MASK;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.HandleKind;
import org.mmioworkbench.core.HandleOrigin;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.Timing;
import org.mmioworkbench.core.internal.Entries.HandleEntry;
import org.mmioworkbench.core.internal.Entries.MappingEntry;
import org.mmioworkbench.core.internal.Entries.ProcessEntry;
import org.mmioworkbench.core.internal.Entries.RegionEntry;
import org.mmioworkbench.core.internal.Entries.RegistrationEntry;

/**
 * {@code KnIoMapMem}, freeing mappings, and translating a process's virtual addresses. Each process
 * hands out virtual addresses upwards from {@link Simulator#MMIO_VIRTUAL_BASE}, leaving an unmapped
 * guard page after each mapping and never reusing an address, so placement depends only on the
 * process's own calls and a freed address stays recognisable.
 */
final class Mapper {
    private final MachineState state;
    private final Board board;
    private final DeviceBus bus;
    private final Recorder recorder;
    private final HandleTable handles;
    private long epoch;

    Mapper(MachineState state, Board board, DeviceBus bus, Recorder recorder, HandleTable handles) {
        this.state = state;
        this.board = board;
        this.bus = bus;
        this.recorder = recorder;
        this.handles = handles;
    }

    MapResult map(String process, int rid, int prot, int attr) {
        Call call = recorder.begin(process, "KnIoMapMem", "rid=" + Hex.handle(rid) + ", prot="
                + MmioConstants.protText(prot) + ", attr=" + MmioConstants.attrText(attr));
        HandleTable.Lookup lookup = handles.find(process, rid);
        if (!lookup.rc().isOk()) {
            return failed(call, lookup.rc(), "", OptionalLong.empty(), "");
        }
        HandleEntry entry = lookup.entry();
        OptionalLong at = OptionalLong.of(entry.range().base());
        String devices = bus.names(entry.range());
        if (entry.kind() != HandleKind.REGION) {
            return failed(call, Retcode.rcInvalidArgument, "(rid is a mapping handle)", at, devices);
        }
        if ((prot & VMM_FLAG_READ) == 0 || (prot & ~VMM_PROT_MASK) != 0) {
            return failed(call, Retcode.rcInvalidArgument, (prot & ~VMM_PROT_MASK) == 0 && prot != 0
                    ? "(write-only mappings cannot be made: page tables have no write-only setting; add VMM_FLAG_READ)"
                    : "(prot must be VMM_FLAG_READ or VMM_FLAG_READ|VMM_FLAG_WRITE)", at, devices);
        }
        int cache = attr & VMM_CACHE_MASK;
        if (Integer.bitCount(cache) > 1 || (attr & ~(VMM_CACHE_MASK | VMM_GUARD_MASK)) != 0) {
            return failed(call, Retcode.rcInvalidArgument, "(attr must be 0 or one cache flag, optionally with"
                    + " VMM_FLAG_LOW_GUARD/VMM_FLAG_HIGH_GUARD)", at, devices);
        }
        if (handles.exhausted(process)) {
            return failed(call, Retcode.rcQuotaExceeded, HandleTable.EXHAUSTED, at, devices);
        }
        HandleRights needed = mapRights(prot);
        if (!entry.rights().contains(needed)) {
            HandleRights missing = needed.without(entry.rights());
            return failed(call, Retcode.rcNoCapability, "(rid lacks right " + missing + " needed for "
                    + MmioConstants.protText(prot) + "; its rights are " + entry.rights() + ")", at, devices);
        }
        RegistrationEntry reg = state.registrations.get(entry.resourceId());
        RegionEntry region = state.regions.get(reg.regionId());
        Optional<MappingEntry> busy = state.mappings.values().stream()
                .filter(m -> m.live() && m.regionId() == region.id()).findFirst();
        if (busy.isPresent()) {
            return failed(call, Retcode.rcBusy, "(already mapped by '" + busy.get().process() + "' at "
                    + Hex.addr(busy.get().virtualAddress()) + ")", at, devices);
        }
        ProcessEntry p = state.processes.get(process);
        long va = p.nextVirtualAddress();
        long size = region.range().size();
        // after a mapping that ends at the limit, the next address (past its guard page) is above it: no room
        long room = Long.compareUnsigned(va, Simulator.MMIO_VIRTUAL_LIMIT) < 0 ? Simulator.MMIO_VIRTUAL_LIMIT - va : 0;
        if (Long.compareUnsigned(size, room) > 0) {
            return failed(call, Retcode.rcOutOfMemory, "(MMIO virtual address window exhausted)", at, devices);
        }
        long id = state.newId();
        HandleEntry handle = handles.issue(process, HandleKind.MAPPING, id, region.range(), null,
                HandleOrigin.MAPPED, "", va, needed);
        state.mappings.put(id, new MappingEntry(id, region.id(), reg.id(), process, va, region.range(), prot, attr,
                handle.value(), true));
        state.mappingsByAddress.put(new MachineState.VirtualKey(process, va), id);
        epoch++;
        state.processes.put(process, state.processes.get(process).withNextAddress(va + size + board.pageSize()));
        if (cache != 0 && cache != VMM_FLAG_CACHE_DISABLE && !devices.isEmpty()) {
            call.diagnose(DiagnosticKind.CACHED_DEVICE_MAPPING, "Process '" + process + "' mapped device registers "
                    + Hex.region(region.range(), devices) + " with " + MmioConstants.attrText(cache)
                    + "; map device registers with VMM_FLAG_CACHE_DISABLE, or reads may return stale values and"
                    + " writes may be delayed or merged.", region.range(), List.of(process));
        }
        call.end(Retcode.rcOk, "addr=" + Hex.addr(va) + " handle=" + Hex.handle(handle.value()), at, devices,
                Timing.KERNEL_CALL_NANOS);
        return new MapResult(Retcode.rcOk, va, handle.value());
    }

    /**
     * The rights a region handle needs to be mapped with {@code prot}, which are also the mapping handle's
     * rights: {@code MAP_READ} for {@code VMM_FLAG_READ}, {@code MAP_WRITE} for {@code VMM_FLAG_WRITE}.
     */
    static HandleRights mapRights(int prot) {
        HandleRights r = HandleRights.NONE;
        if ((prot & VMM_FLAG_READ) != 0) {
            r = r.union(HandleRights.MAP_READ);
        }
        return (prot & VMM_FLAG_WRITE) != 0 ? r.union(HandleRights.MAP_WRITE) : r;
    }

    /** Frees the virtual region of a mapping (its handle is being closed). */
    void unmap(long mappingId) {
        state.mappings.computeIfPresent(mappingId, (id, m) -> m.freed());
        epoch++;
    }

    /**
     * Counts changes of the mappings: it changes whenever a translation may have changed (map, unmap,
     * restore), so a cached translation is valid while it stays the same.
     */
    long epoch() {
        return epoch;
    }

    /** Forgets cached translations (the state was restored). */
    void invalidate() {
        epoch++;
    }

    /** Finds the mapping, live or freed, that covers a virtual address of a process, in O(log n). */
    MappingEntry translate(String process, long virtualAddress) {
        var floor = state.mappingsByAddress.floorEntry(new MachineState.VirtualKey(process, virtualAddress));
        if (floor == null || !floor.getKey().process().equals(process)) {
            return null;
        }
        MappingEntry m = state.mappings.get(floor.getValue());
        return covers(m, virtualAddress) ? m : null;
    }

    /** Tells whether a mapping's virtual range contains an address, without allocating. */
    static boolean covers(MappingEntry m, long virtualAddress) {
        return Long.compareUnsigned(virtualAddress - m.virtualAddress(), m.physical().size()) < 0;
    }

    private static MapResult failed(Call call, Retcode rc, String detail, OptionalLong at, String devices) {
        call.end(rc, detail, at, devices, Timing.KERNEL_CALL_NANOS);
        return new MapResult(rc, 0, INVALID_HANDLE);
    }

    /** The bytes an access touches, for diagnostics (one byte if the access would wrap past 2^64). */
    static AddressRange accessRange(long address, int widthBits) {
        int bytes = widthBits / 8;
        return new AddressRange(address, AddressRange.wraps(address, bytes) ? 1 : bytes);
    }
}
