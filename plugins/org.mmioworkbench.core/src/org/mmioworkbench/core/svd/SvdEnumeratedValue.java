package org.mmioworkbench.core.svd;

/**
 * One {@code enumeratedValue} of a field.
 *
 * @param name the value's name, e.g. {@code Output}
 * @param description its description, or an empty string
 * @param value the value, with don't-care bits ({@code x} in the SVD file) set to 0; ignored if
 *        {@code isDefault}
 * @param dontCareMask the bits given as {@code x}, which match either 0 or 1
 * @param isDefault true for the {@code isDefault} entry that names every value not listed
 */
public record SvdEnumeratedValue(String name, String description, long value, long dontCareMask, boolean isDefault) {

    /**
     * Tells whether a field value is this entry's (default entries match nothing by themselves).
     *
     * @param fieldValue the field's value
     * @return true if the value matches, don't-care bits aside
     */
    public boolean matches(long fieldValue) {
        return !isDefault && (fieldValue & ~dontCareMask) == value;
    }
}
