package org.mmioworkbench.c.internal;

/** A string literal's storage: bytes with the terminating NUL; its address is set by the layout. */
public final class StrLit {
    public final byte[] bytes;
    public long address;

    public StrLit(byte[] bytes) {
        this.bytes = bytes;
    }
}
