package org.mmioworkbench.script.internal;

import org.mmioworkbench.script.SourcePosition;

/**
 * What can be assigned or passed as an out-parameter: a variable, or a field of an {@code IoMemHandles}
 * variable.
 *
 * @param name the variable (or structure) name
 * @param field the field name, or null for a plain variable or a whole structure
 * @param position where the name is written
 * @param fieldPosition where the field name is written, or null
 */
public record Target(String name, String field, SourcePosition position, SourcePosition fieldPosition) {

    /**
     * Returns the text as written in the script.
     *
     * @return {@code name} or {@code name.field}
     */
    public String text() {
        return field == null ? name : name + "." + field;
    }
}
