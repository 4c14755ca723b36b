package org.mmioworkbench.core;

/**
 * A live mapping of an MMIO region into a process.
 *
 * @param process the process owning the mapping
 * @param virtualAddress the base of the virtual region
 * @param physical the mapped physical range
 * @param prot access rights ({@code VMM_FLAG_READ}, {@code VMM_FLAG_WRITE})
 * @param attr cache attribute
 * @param handle the mapping handle
 */
public record MappingInfo(String process, long virtualAddress, AddressRange physical, int prot, int attr,
        int handle) {

    /**
     * Returns the virtual range covered.
     *
     * @return the virtual range
     */
    public AddressRange virtualRange() {
        return new AddressRange(virtualAddress, physical.size());
    }
}
