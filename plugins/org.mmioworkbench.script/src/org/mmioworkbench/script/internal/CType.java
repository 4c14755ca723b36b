package org.mmioworkbench.script.internal;

import java.util.Objects;

/**
 * A C type a script variable can be declared with: how many bits it keeps and whether it is signed
 * (a signed value is sign-extended to 64 bits, as C's {@code (uint64_t)(int32_t)v}), or the
 * {@code IoMemHandles} structure.
 *
 * @param name the type as written, e.g. {@code uint32_t} or {@code void *}
 * @param bits 8, 16, 32 or 64 (0 for {@code void} and the structure)
 * @param signed whether values are sign-extended
 * @param struct whether this is {@code IoMemHandles}
 */
public record CType(String name, int bits, boolean signed, boolean struct) {
    /** The type of variables assigned without a declaration. */
    public static final CType UINT64 = new CType("uint64_t", 64, false, false);
    /** The type of the fields of {@code IoMemHandles} ({@code Handle}, 32 bits). */
    public static final CType HANDLE = new CType("Handle", 32, false, false);
    /** The SDK's {@code IoMemHandles} structure with fields {@code rid} and {@code handle}. */
    public static final CType IO_MEM_HANDLES = new CType("IoMemHandles", 0, false, true);
    /** {@code void}, usable only behind a {@code *}. */
    public static final CType VOID = new CType("void", 0, false, false);

    /**
     * Checks the components.
     *
     * @param name the name
     * @param bits the width
     * @param signed signedness
     * @param struct whether it is the structure
     */
    public CType {
        Objects.requireNonNull(name, "name");
    }

    /**
     * Returns the pointer type to this type, which the script keeps as a 64-bit address.
     *
     * @return e.g. {@code uint32_t *}
     */
    public CType pointer() {
        return new CType(name + " *", 64, false, false);
    }

    /**
     * Converts a 64-bit value to this type as a C assignment would: keeps the low bits, then
     * sign-extends signed types.
     *
     * @param value any value
     * @return the value as stored in a variable of this type
     */
    public long convert(long value) {
        if (bits == 64 || bits == 0) {
            return value;
        }
        int drop = 64 - bits;
        return signed ? (value << drop) >> drop : (value << drop) >>> drop;
    }
}
