package org.mmioworkbench.core.inspect;

import org.mmioworkbench.core.AddressRange;

/**
 * One row of the Region Map table: a registered region, a range the kernel uses, a free device window, or
 * RAM. Plain data with the texts the table shows, built without a front end.
 *
 * @param range the physical range
 * @param kind what the row stands for; decides its colour
 * @param device device names ({@code RAM} for RAM, empty for a hole)
 * @param registeredBy who registered it ({@code kernel} for kernel use), empty when free
 * @param flags registration flags by name, empty when free
 * @param mappedIn the process the region is mapped in, empty when not mapped
 * @param virtualAddress the mapping's virtual base address, empty when not mapped
 * @param prot the mapping's access rights, empty when not mapped
 * @param cache the mapping's cache attribute, empty when not mapped
 */
public record RegionRow(AddressRange range, Kind kind, String device, String registeredBy, String flags,
        String mappedIn, String virtualAddress, String prot, String cache) {

    /** What a row stands for. */
    public enum Kind {
        /** Registered by user code only, without sharing flags. */
        USER,
        /** Registered with {@code MMIO_U_SHARED}. */
        USER_SHARED,
        /** Used by the kernel and registered by user code with {@code MMIO_K_SHARED}. */
        KERNEL_SHARED,
        /** Used by the kernel only. */
        KERNEL,
        /** A device window nobody has registered. */
        FREE,
        /** RAM, which cannot be registered as MMIO. */
        RAM
    }

    /**
     * Renders the physical range as the table shows it.
     *
     * @return e.g. {@code 0x09000000-0x09000FFF}
     */
    public String rangeText() {
        return String.format("0x%08X-0x%08X", range.base(), range.base() + range.size() - 1);
    }
}
