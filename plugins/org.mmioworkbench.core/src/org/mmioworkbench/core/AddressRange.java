package org.mmioworkbench.core;

import java.util.Locale;

/**
 * A non-empty range of 64-bit physical (or virtual) addresses that does not wrap past 2^64;
 * addresses are compared unsigned.
 *
 * @param base the first address
 * @param size the number of bytes, non-zero, treated as unsigned
 */
public record AddressRange(long base, long size) {

    /**
     * Validates the range.
     *
     * @param base the first address
     * @param size the number of bytes
     * @throws IllegalArgumentException if the size is zero or the range wraps past 2^64
     */
    public AddressRange {
        if (size == 0 || wraps(base, size)) {
            throw new IllegalArgumentException("bad address range base=" + hex(base) + " size=" + hex(size));
        }
    }

    /**
     * Tells whether {@code base + size} runs past the top of the 64-bit address space.
     *
     * @param base the first address
     * @param size the number of bytes (non-zero)
     * @return true if the last byte's address would wrap around
     */
    public static boolean wraps(long base, long size) {
        return Long.compareUnsigned(base + size - 1, base) < 0;
    }

    /**
     * Returns the address of the last byte.
     *
     * @return {@code base + size - 1}
     */
    public long last() {
        return base + size - 1;
    }

    /**
     * Tells whether an address lies in this range.
     *
     * @param address an address
     * @return true if {@code base <= address <= last()} (unsigned)
     */
    public boolean contains(long address) {
        return Long.compareUnsigned(address, base) >= 0 && Long.compareUnsigned(address, last()) <= 0;
    }

    /**
     * Tells whether this range shares at least one byte with another.
     *
     * @param other another range
     * @return true on any overlap
     */
    public boolean overlaps(AddressRange other) {
        return Long.compareUnsigned(base, other.last()) <= 0 && Long.compareUnsigned(other.base, last()) <= 0;
    }

    /**
     * Renders the range as {@code 0x09000000..0x09000fff}.
     *
     * @return the first and last address in hex
     */
    @Override
    public String toString() {
        return hex(base) + ".." + hex(last());
    }

    /**
     * Formats an address in hex: 8 digits below 4 GiB, 16 digits above.
     *
     * @param address an address
     * @return the address as {@code 0x} followed by 8 or 16 hex digits
     */
    public static String hex(long address) {
        return (address >>> 32) == 0
                ? String.format(Locale.ROOT, "0x%08x", address)
                : String.format(Locale.ROOT, "0x%016x", address);
    }
}
