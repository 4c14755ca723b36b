package org.mmioworkbench.core.svd;

import java.util.List;
import java.util.Optional;

/**
 * An {@code enumeratedValues} block of a field: named values for reads, writes or both.
 *
 * @param name the block's name, or an empty string
 * @param usage {@code read}, {@code write} or {@code read-write} (the default)
 * @param values the values in file order
 */
public record SvdEnumeration(String name, String usage, List<SvdEnumeratedValue> values) {

    /**
     * Copies the list.
     *
     * @param name name
     * @param usage usage
     * @param values values
     */
    public SvdEnumeration {
        values = List.copyOf(values);
    }

    /**
     * Names a field value: the first matching entry, else the default entry.
     *
     * @param fieldValue the field's value
     * @return the entry, or empty if neither matches
     */
    public Optional<SvdEnumeratedValue> lookup(long fieldValue) {
        for (SvdEnumeratedValue v : values) {
            if (v.matches(fieldValue)) {
                return Optional.of(v);
            }
        }
        return values.stream().filter(SvdEnumeratedValue::isDefault).findFirst();
    }

    /**
     * Tells whether this block names values that are read.
     *
     * @return true for usage {@code read} or {@code read-write}
     */
    public boolean forRead() {
        return !"write".equals(usage);
    }

    /**
     * Tells whether this block names values that are written.
     *
     * @return true for usage {@code write} or {@code read-write}
     */
    public boolean forWrite() {
        return !"read".equals(usage);
    }
}
