package org.mmioworkbench.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.HandleInfo;
import org.mmioworkbench.core.HandleKind;
import org.mmioworkbench.core.HandleRef;
import org.mmioworkbench.core.KernelClaimInfo;
import org.mmioworkbench.core.MappingInfo;
import org.mmioworkbench.core.ProcessInfo;
import org.mmioworkbench.core.RegionInfo;
import org.mmioworkbench.core.RegistrationInfo;
import org.mmioworkbench.core.internal.Entries.HandleEntry;
import org.mmioworkbench.core.internal.Entries.MappingEntry;
import org.mmioworkbench.core.internal.Entries.RegionEntry;

/** Builds the immutable info records the views read from the machine state. */
final class InfoFactory {
    private static final Comparator<AddressRange> BY_BASE = (a, b) -> Long.compareUnsigned(a.base(), b.base());

    private final MachineState state;
    private final DeviceBus bus;

    InfoFactory(MachineState state, DeviceBus bus) {
        this.state = state;
        this.bus = bus;
    }

    List<RegionInfo> regions() {
        List<RegionEntry> sorted = new ArrayList<>(state.regions.values());
        sorted.sort(Comparator.comparing(RegionEntry::range, BY_BASE));
        return sorted.stream().map(this::region).toList();
    }

    private RegionInfo region(RegionEntry region) {
        List<RegistrationInfo> regs = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        state.registrations.values().stream().filter(r -> r.regionId() == region.id()).forEach(r -> {
            regs.add(new RegistrationInfo(r.process(), r.flags(), r.timeNanos()));
            state.handles.values().stream()
                    .filter(h -> h.valid() && h.kind() == HandleKind.REGION && h.resourceId() == r.id())
                    .map(HandleEntry::owner).filter(o -> !owners.contains(o)).forEach(owners::add);
        });
        Optional<MappingInfo> mapping = state.mappings.values().stream()
                .filter(m -> m.live() && m.regionId() == region.id()).findFirst().map(InfoFactory::mapping);
        boolean kernelUsed = state.claims.values().stream().anyMatch(c -> c.range().overlaps(region.range()));
        return new RegionInfo(region.range(), deviceList(region.range()), kernelUsed, regs, mapping, owners);
    }

    List<ProcessInfo> processes() {
        return state.processes.keySet().stream().map(this::process).toList();
    }

    ProcessInfo process(String name) {
        List<HandleInfo> handles = state.handles
                .subMap(new HandleRef(name, 0), true, new HandleRef(name, -1), true).values().stream()
                .map(InfoFactory::handle).toList();
        List<MappingInfo> mappings = state.mappings.values().stream()
                .filter(m -> m.live() && m.process().equals(name))
                .sorted(Comparator.comparing(MappingEntry::virtualRange, BY_BASE))
                .map(InfoFactory::mapping).toList();
        return new ProcessInfo(name, handles, mappings);
    }

    List<KernelClaimInfo> claims() {
        return state.claims.values().stream()
                .map(c -> new KernelClaimInfo(c.range(), deviceList(c.range()), c.atBoot(), c.timeNanos())).toList();
    }

    private List<String> deviceList(AddressRange range) {
        String names = bus.names(range);
        return names.isEmpty() ? List.of() : Arrays.asList(names.split(", "));
    }

    private static HandleInfo handle(HandleEntry h) {
        return new HandleInfo(h.value(), h.owner(), h.kind(), h.range(), h.origin(), h.fromProcess(), h.state(),
                Optional.ofNullable(h.parent()), h.virtualAddress(), h.rights());
    }

    private static MappingInfo mapping(MappingEntry m) {
        return new MappingInfo(m.process(), m.virtualAddress(), m.physical(), m.prot(), m.attr(), m.handle());
    }
}
