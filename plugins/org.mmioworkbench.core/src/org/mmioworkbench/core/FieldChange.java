package org.mmioworkbench.core;

import java.util.Objects;

/**
 * One field of a register that an access changed, as the trace decodes it.
 *
 * @param field the field's name, e.g. {@code UARTEN}
 * @param oldValue its value before, shifted down to bit 0
 * @param newValue its value after, shifted down to bit 0
 * @param valueName the name the register description gives {@code newValue} (an enumerated value), or
 *        an empty string
 */
public record FieldChange(String field, long oldValue, long newValue, String valueName) {

    /**
     * Checks the components.
     *
     * @param field field name
     * @param oldValue old value
     * @param newValue new value
     * @param valueName name of the new value or empty
     */
    public FieldChange {
        Objects.requireNonNull(field);
        Objects.requireNonNull(valueName);
    }

    /**
     * Renders the change as the trace shows it.
     *
     * @return e.g. {@code UARTEN=1}, {@code IBRD=0x1a} or {@code WLEN=3(8BIT)}
     */
    @Override
    public String toString() {
        String v = newValue >= 0 && newValue < 10 ? Long.toString(newValue) : "0x" + Long.toHexString(newValue);
        return field + "=" + v + (valueName.isEmpty() ? "" : "(" + valueName + ")");
    }
}
