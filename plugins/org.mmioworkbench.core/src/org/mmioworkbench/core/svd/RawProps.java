package org.mmioworkbench.core.svd;

/**
 * The {@code registerPropertiesGroup} as written at one level of an SVD file (device, peripheral,
 * cluster or register): each value null where the level does not set it.
 */
final class RawProps {
    Integer size;
    SvdAccess access;
    Long resetValue;
    Long resetMask;

    /**
     * Combines these values with a base's (for {@code derivedFrom}).
     *
     * @param base the properties of the element derived from
     * @return a new object: each value this one's if set, else the base's
     */
    RawProps over(RawProps base) {
        RawProps merged = new RawProps();
        merged.size = size != null ? size : base.size;
        merged.access = access != null ? access : base.access;
        merged.resetValue = resetValue != null ? resetValue : base.resetValue;
        merged.resetMask = resetMask != null ? resetMask : base.resetMask;
        return merged;
    }

    /**
     * Tells whether this level sets nothing.
     *
     * @return true if every value is null
     */
    boolean isEmpty() {
        return size == null && access == null && resetValue == null && resetMask == null;
    }
}
