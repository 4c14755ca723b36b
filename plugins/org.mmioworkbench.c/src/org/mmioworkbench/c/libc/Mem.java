package org.mmioworkbench.c.libc;

/** Little-endian multi-byte accesses through {@link CMemory}, as the LP64 targets (x86-64, AArch64) lay them out. */
final class Mem {

    private Mem() {
    }

    /** Stores the low {@code size} bytes of {@code value} at {@code address}, least significant byte first. */
    static void storeLE(CMemory mem, long address, long value, int size) {
        for (int i = 0; i < size; i++) {
            mem.store8(address + i, (byte) (value >>> (8 * i)));
        }
    }

    /** @return the {@code size}-byte little-endian value at {@code address}, zero-extended */
    static long loadLE(CMemory mem, long address, int size) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            value |= (mem.load8(address + i) & 0xFFL) << (8 * i);
        }
        return value;
    }

    /** @return {@code address} as C code shows it: {@code 0x} and lower-case hexadecimal digits */
    static String hex(long address) {
        return "0x" + Long.toHexString(address);
    }
}
