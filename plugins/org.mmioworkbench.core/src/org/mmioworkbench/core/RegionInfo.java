package org.mmioworkbench.core;

import java.util.List;
import java.util.Optional;

/**
 * A live (registered) MMIO region as seen by the views.
 *
 * @param range the physical range
 * @param devices the names of the device windows it overlaps (empty for a hole)
 * @param kernelUsed true if a kernel claim overlaps it
 * @param registrations its live registrations (more than one only with {@code MMIO_U_SHARED})
 * @param mapping its mapping, if mapped
 * @param handleOwners processes holding a valid region handle of it, in handle order, each once
 */
public record RegionInfo(AddressRange range, List<String> devices, boolean kernelUsed,
        List<RegistrationInfo> registrations, Optional<MappingInfo> mapping, List<String> handleOwners) {

    /**
     * Copies the lists.
     *
     * @param range range
     * @param devices devices
     * @param kernelUsed kernel use
     * @param registrations registrations
     * @param mapping mapping
     * @param handleOwners owners
     */
    public RegionInfo {
        devices = List.copyOf(devices);
        registrations = List.copyOf(registrations);
        handleOwners = List.copyOf(handleOwners);
    }
}
