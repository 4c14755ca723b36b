package org.mmioworkbench.core.svd;

/** The {@code access} of a register or field in CMSIS-SVD. */
public enum SvdAccess {
    /** {@code read-only}: writes are ignored. */
    READ_ONLY("read-only"),
    /** {@code write-only}: reads return an undefined value (the simulator returns 0). */
    WRITE_ONLY("write-only"),
    /** {@code read-write}. */
    READ_WRITE("read-write"),
    /** {@code writeOnce}: write-only, and only the first write after reset takes effect. */
    WRITE_ONCE("writeOnce"),
    /** {@code read-writeOnce}: readable, and only the first write after reset takes effect. */
    READ_WRITE_ONCE("read-writeOnce");

    private final String svdName;

    SvdAccess(String svdName) {
        this.svdName = svdName;
    }

    /**
     * Returns the name the SVD file uses.
     *
     * @return e.g. {@code read-write}
     */
    public String svdName() {
        return svdName;
    }

    /**
     * Tells whether reads return the register's value.
     *
     * @return false for {@link #WRITE_ONLY} and {@link #WRITE_ONCE}
     */
    public boolean readable() {
        return this != WRITE_ONLY && this != WRITE_ONCE;
    }

    /**
     * Tells whether writes can change the value.
     *
     * @return false for {@link #READ_ONLY}
     */
    public boolean writable() {
        return this != READ_ONLY;
    }

    /**
     * Finds the constant for an SVD name.
     *
     * @param svdName e.g. {@code read-only}
     * @return the constant, or null if the name is unknown
     */
    public static SvdAccess fromSvd(String svdName) {
        for (SvdAccess a : values()) {
            if (a.svdName.equals(svdName)) {
                return a;
            }
        }
        return null;
    }
}
