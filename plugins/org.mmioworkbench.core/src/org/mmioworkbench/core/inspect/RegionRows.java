package org.mmioworkbench.core.inspect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.KernelClaimInfo;
import org.mmioworkbench.core.MappingInfo;
import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.RegionInfo;
import org.mmioworkbench.core.RegistrationInfo;
import org.mmioworkbench.core.Simulator;

/**
 * Builds the rows of the Region Map (and of the command line's region list) from what the simulator reports: every registered region, every
 * range the kernel uses, each device window nobody has registered, and RAM; sorted by address.
 */
public final class RegionRows {

    private RegionRows() {
    }

    /**
     * Builds the rows of a simulator's present state, read in one hold of its lock.
     *
     * @param simulator the simulator to read
     * @return the rows, sorted by physical base address
     */
    public static List<RegionRow> of(Simulator simulator) {
        List<List<RegionRow>> rows = new ArrayList<>(1);
        simulator.inspect(() -> rows.add(of(simulator.board(), simulator.regions(), simulator.kernelClaims())));
        return rows.get(0);
    }

    /**
     * Builds the rows.
     *
     * @param board the session's board
     * @param regions the live registered regions
     * @param kernelClaims the ranges the kernel uses
     * @return the rows, sorted by physical base address
     */
    public static List<RegionRow> of(Board board, List<RegionInfo> regions, List<KernelClaimInfo> kernelClaims) {
        List<RegionRow> rows = new ArrayList<>();
        for (RegionInfo region : regions) {
            rows.add(registered(region));
        }
        for (KernelClaimInfo claim : kernelClaims) {
            boolean sharedWithUser = regions.stream().anyMatch(r -> r.range().overlaps(claim.range()));
            if (!sharedWithUser) {
                rows.add(new RegionRow(claim.range(), RegionRow.Kind.KERNEL, String.join(", ", claim.devices()),
                        "kernel", "", "", "", "", ""));
            }
        }
        for (DeviceWindow window : board.devices()) {
            boolean covered = rows.stream().anyMatch(r -> r.range().overlaps(window.range()));
            if (!covered) {
                rows.add(new RegionRow(window.range(), RegionRow.Kind.FREE, window.name(), "", "", "", "", "", ""));
            }
        }
        for (AddressRange ram : board.ram()) {
            rows.add(new RegionRow(ram, RegionRow.Kind.RAM, "RAM", "", "", "", "", "", ""));
        }
        rows.sort(Comparator.comparing((RegionRow r) -> r.range().base(), Long::compareUnsigned));
        return rows;
    }

    private static RegionRow registered(RegionInfo region) {
        int flags = 0;
        List<String> owners = new ArrayList<>();
        if (region.kernelUsed()) {
            owners.add("kernel");
        }
        for (RegistrationInfo registration : region.registrations()) {
            flags |= registration.flags();
            if (!owners.contains(registration.process())) {
                owners.add(registration.process());
            }
        }
        RegionRow.Kind kind;
        if (region.kernelUsed()) {
            kind = RegionRow.Kind.KERNEL_SHARED;
        } else if ((flags & MmioConstants.MMIO_U_SHARED) != 0) {
            kind = RegionRow.Kind.USER_SHARED;
        } else {
            kind = RegionRow.Kind.USER;
        }
        Optional<MappingInfo> mapping = region.mapping();
        return new RegionRow(region.range(), kind, region.devices().isEmpty() ? "(no device)" : String.join(", ", region.devices()),
                String.join(", ", owners), MmioConstants.registrationFlagsText(flags),
                mapping.map(MappingInfo::process).orElse(""),
                mapping.map(m -> String.format("0x%X", m.virtualAddress())).orElse(""),
                mapping.map(m -> MmioConstants.protText(m.prot())).orElse(""),
                mapping.map(m -> MmioConstants.attrText(m.attr())).orElse(""));
    }
}
