package org.mmioworkbench.c.libc;

import java.util.Objects;

/**
 * The program's memory as the C library sees it: bytes at 64-bit addresses. The interpreter's memory implements
 * it; an access to a bad address throws the interpreter's own unchecked fault, which every function of this
 * package lets propagate unchanged (none of them catches a {@link RuntimeException}).
 */
public interface CMemory {

    /** @return the byte at {@code address} */
    byte load8(long address);

    /** Stores {@code value} at {@code address}. */
    void store8(long address, byte value);

    /**
     * Reads {@code len} bytes starting at {@code address} into {@code dst[off..off+len)}, lowest address first.
     * The default reads byte by byte through {@link #load8}; an implementation may do it faster with the same
     * result and the same fault for the first bad byte.
     */
    default void read(long address, byte[] dst, int off, int len) {
        Objects.checkFromIndexSize(off, len, dst.length);
        for (int i = 0; i < len; i++) {
            dst[off + i] = load8(address + i);
        }
    }

    /**
     * Writes {@code src[off..off+len)} to the {@code len} bytes starting at {@code address}, lowest address first.
     * The default writes byte by byte through {@link #store8}.
     */
    default void write(long address, byte[] src, int off, int len) {
        Objects.checkFromIndexSize(off, len, src.length);
        for (int i = 0; i < len; i++) {
            store8(address + i, src[off + i]);
        }
    }
}
