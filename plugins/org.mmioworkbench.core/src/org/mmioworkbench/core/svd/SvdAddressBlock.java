package org.mmioworkbench.core.svd;

/**
 * An {@code addressBlock} of a peripheral.
 *
 * @param offset the offset from the peripheral's base address
 * @param size the size in bytes
 * @param usage {@code registers}, {@code buffer} or {@code reserved}
 */
public record SvdAddressBlock(long offset, long size, String usage) {
}
