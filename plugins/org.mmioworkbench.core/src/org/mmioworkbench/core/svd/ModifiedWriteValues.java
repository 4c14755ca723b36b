package org.mmioworkbench.core.svd;

/** The {@code modifiedWriteValues} of a register or field: how a written value changes the bits. */
public enum ModifiedWriteValues {
    /** {@code oneToClear}: a written 1 clears the bit, 0 leaves it. */
    ONE_TO_CLEAR("oneToClear"),
    /** {@code oneToSet}: a written 1 sets the bit, 0 leaves it. */
    ONE_TO_SET("oneToSet"),
    /** {@code oneToToggle}: a written 1 toggles the bit, 0 leaves it. */
    ONE_TO_TOGGLE("oneToToggle"),
    /** {@code zeroToClear}: a written 0 clears the bit, 1 leaves it. */
    ZERO_TO_CLEAR("zeroToClear"),
    /** {@code zeroToSet}: a written 0 sets the bit, 1 leaves it. */
    ZERO_TO_SET("zeroToSet"),
    /** {@code zeroToToggle}: a written 0 toggles the bit, 1 leaves it. */
    ZERO_TO_TOGGLE("zeroToToggle"),
    /** {@code clear}: any write clears the field. */
    CLEAR("clear"),
    /** {@code set}: any write sets the field to all ones. */
    SET("set"),
    /** {@code modify}: the written value is stored (the default). */
    MODIFY("modify");

    private final String svdName;

    ModifiedWriteValues(String svdName) {
        this.svdName = svdName;
    }

    /**
     * Returns the name the SVD file uses.
     *
     * @return e.g. {@code oneToClear}
     */
    public String svdName() {
        return svdName;
    }

    /**
     * Computes the new bits of a field (or register) after a write.
     *
     * @param old the bits before the write
     * @param written the bits written
     * @param mask the bits that belong to the field
     * @return the new bits, within {@code mask}
     */
    public long apply(long old, long written, long mask) {
        long result = switch (this) {
            case ONE_TO_CLEAR -> old & ~written;
            case ONE_TO_SET -> old | written;
            case ONE_TO_TOGGLE -> old ^ written;
            case ZERO_TO_CLEAR -> old & written;
            case ZERO_TO_SET -> old | ~written;
            case ZERO_TO_TOGGLE -> old ^ ~written;
            case CLEAR -> 0;
            case SET -> ~0L;
            case MODIFY -> written;
        };
        return result & mask;
    }

    /**
     * Finds the constant for an SVD name.
     *
     * @param svdName e.g. {@code oneToClear}
     * @return the constant, or null if the name is unknown
     */
    public static ModifiedWriteValues fromSvd(String svdName) {
        for (ModifiedWriteValues m : values()) {
            if (m.svdName.equals(svdName)) {
                return m;
            }
        }
        return null;
    }
}
