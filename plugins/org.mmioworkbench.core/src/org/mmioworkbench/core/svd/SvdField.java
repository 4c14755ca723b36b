package org.mmioworkbench.core.svd;

import java.util.List;
import java.util.Optional;

/**
 * A bit field of a register, with everything it inherits from its register already resolved.
 *
 * @param name the field's name, e.g. {@code TXFF}; array elements expanded ({@code PIN3})
 * @param description its description, or an empty string
 * @param bitOffset the lowest bit
 * @param bitWidth the number of bits, 1 to 64
 * @param access the effective access
 * @param modifiedWriteValues the effective write semantics
 * @param readAction the read side effect, or null for none
 * @param enumerations its {@code enumeratedValues} blocks (at most one per usage)
 */
public record SvdField(String name, String description, int bitOffset, int bitWidth, SvdAccess access,
        ModifiedWriteValues modifiedWriteValues, ReadAction readAction, List<SvdEnumeration> enumerations) {

    /**
     * Copies the list.
     *
     * @param name name
     * @param description description
     * @param bitOffset lowest bit
     * @param bitWidth width
     * @param access access
     * @param modifiedWriteValues write semantics
     * @param readAction read side effect or null
     * @param enumerations enumerations
     */
    public SvdField {
        enumerations = List.copyOf(enumerations);
    }

    /**
     * Returns the field's bits within the register.
     *
     * @return a mask of {@link #bitWidth()} ones shifted to {@link #bitOffset()}
     */
    public long mask() {
        long ones = bitWidth >= 64 ? ~0L : (1L << bitWidth) - 1;
        return ones << bitOffset;
    }

    /**
     * Extracts this field's value from a register value.
     *
     * @param registerValue the register's value
     * @return the field's value, shifted down to bit 0
     */
    public long extract(long registerValue) {
        return (registerValue & mask()) >>> bitOffset;
    }

    /**
     * Returns the enumeration that names read values.
     *
     * @return the first block whose usage covers reads, if any
     */
    public Optional<SvdEnumeration> readEnumeration() {
        return enumerations.stream().filter(SvdEnumeration::forRead).findFirst();
    }

    /**
     * Returns the enumeration that names written values.
     *
     * @return the first block whose usage covers writes, if any
     */
    public Optional<SvdEnumeration> writeEnumeration() {
        return enumerations.stream().filter(SvdEnumeration::forWrite).findFirst();
    }
}
