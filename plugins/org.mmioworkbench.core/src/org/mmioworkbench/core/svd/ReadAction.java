package org.mmioworkbench.core.svd;

/** The {@code readAction} of a register or field: the side effect of reading it. */
public enum ReadAction {
    /** {@code clear}: reading clears the field. */
    CLEAR("clear"),
    /** {@code set}: reading sets the field to all ones. */
    SET("set"),
    /** {@code modify}: reading changes the field in a device-specific way (a device model decides). */
    MODIFY("modify"),
    /** {@code modifyExternal}: reading has an effect outside the register (a device model decides). */
    MODIFY_EXTERNAL("modifyExternal");

    private final String svdName;

    ReadAction(String svdName) {
        this.svdName = svdName;
    }

    /**
     * Returns the name the SVD file uses.
     *
     * @return e.g. {@code clear}
     */
    public String svdName() {
        return svdName;
    }

    /**
     * Finds the constant for an SVD name.
     *
     * @param svdName e.g. {@code modifyExternal}
     * @return the constant, or null if the name is unknown
     */
    public static ReadAction fromSvd(String svdName) {
        for (ReadAction r : values()) {
            if (r.svdName.equals(svdName)) {
                return r;
            }
        }
        return null;
    }
}
