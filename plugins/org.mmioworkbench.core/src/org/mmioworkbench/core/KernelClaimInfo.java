package org.mmioworkbench.core;

import java.util.List;

/**
 * A physical range the kernel uses.
 *
 * @param range the range
 * @param devices the device windows it overlaps
 * @param atBoot true if claimed at boot from the board, false if by {@link KernelActor#access}
 * @param timeNanos when it was claimed
 */
public record KernelClaimInfo(AddressRange range, List<String> devices, boolean atBoot, long timeNanos) {

    /**
     * Copies the device list.
     *
     * @param range range
     * @param devices devices
     * @param atBoot boot claim
     * @param timeNanos time
     */
    public KernelClaimInfo {
        devices = List.copyOf(devices);
    }
}
