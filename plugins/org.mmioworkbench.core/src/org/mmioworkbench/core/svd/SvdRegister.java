package org.mmioworkbench.core.svd;

import java.util.List;

/**
 * A register of a peripheral, after {@code derivedFrom}, {@code dim} and cluster expansion and with
 * every default it inherits (from device, peripheral and clusters) resolved.
 *
 * @param clusterPath the names of the enclosing clusters, outermost first (empty at top level);
 *        array elements as expanded, e.g. {@code [CH[2]]}
 * @param name the register's name, arrays expanded as the file's {@code %s} asks ({@code CONFIG[3]},
 *        {@code PIN3CFG})
 * @param description its description, or an empty string
 * @param addressOffset its offset from the peripheral's base address
 * @param size its width in bits, 1 to 64 (the device layer simulates whole bytes: 8, 16, 24 ... 64)
 * @param access its effective access
 * @param resetValue its value after reset
 * @param resetMask the bits that {@code resetValue} defines
 * @param modifiedWriteValues the effective write semantics of bits outside every field
 * @param readAction the read side effect of the register, or null for none
 * @param fields its fields by ascending bit offset
 */
public record SvdRegister(List<String> clusterPath, String name, String description, long addressOffset, int size,
        SvdAccess access, long resetValue, long resetMask, ModifiedWriteValues modifiedWriteValues,
        ReadAction readAction, List<SvdField> fields) {

    /**
     * Copies the lists.
     *
     * @param clusterPath cluster path
     * @param name name
     * @param description description
     * @param addressOffset offset
     * @param size width in bits
     * @param access access
     * @param resetValue reset value
     * @param resetMask reset mask
     * @param modifiedWriteValues write semantics
     * @param readAction read side effect or null
     * @param fields fields
     */
    public SvdRegister {
        clusterPath = List.copyOf(clusterPath);
        fields = List.copyOf(fields);
    }

    /**
     * Returns the register's name with its clusters.
     *
     * @return e.g. {@code CH[2].CTRL}, or just the name at top level
     */
    public String qualifiedName() {
        return clusterPath.isEmpty() ? name : String.join(".", clusterPath) + "." + name;
    }

    /**
     * Returns the register's bits.
     *
     * @return {@link #size()} ones
     */
    public long sizeMask() {
        return size >= 64 ? ~0L : (1L << size) - 1;
    }

    /**
     * Returns the value after reset, limited to the bits the reset mask defines.
     *
     * @return {@code resetValue & resetMask}
     */
    public long resetBits() {
        return resetValue & resetMask & sizeMask();
    }
}
