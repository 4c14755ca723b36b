package org.mmioworkbench.core.internal;

import java.util.List;

import org.mmioworkbench.core.HandleKind;
import org.mmioworkbench.core.internal.Entries.RegionEntry;
import org.mmioworkbench.core.internal.Entries.RegistrationEntry;

/**
 * Deletes registrations nobody holds any more and frees physical regions with no registration left.
 * A registration lives while a valid region handle of it exists in any process or while a mapping made
 * through it exists; revoked handles do not keep it alive.
 */
final class RegionReclaimer {
    private final MachineState state;

    RegionReclaimer(MachineState state) {
        this.state = state;
    }

    void reclaim() {
        for (RegistrationEntry reg : List.copyOf(state.registrations.values())) {
            boolean held = state.handles.values().stream()
                    .anyMatch(h -> h.valid() && h.kind() == HandleKind.REGION && h.resourceId() == reg.id());
            boolean mapped = state.mappings.values().stream()
                    .anyMatch(m -> m.live() && m.registrationId() == reg.id());
            if (!held && !mapped) {
                state.registrations.remove(reg.id());
            }
        }
        for (RegionEntry region : List.copyOf(state.regions.values())) {
            if (state.registrations.values().stream().noneMatch(r -> r.regionId() == region.id())) {
                state.regions.remove(region.id());
            }
        }
    }
}
