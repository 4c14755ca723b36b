package org.mmioworkbench.c.libc.tests;

import java.nio.charset.StandardCharsets;

import org.mmioworkbench.c.libc.CMemory;

/**
 * Test memory: {@code size} bytes from {@code base}; any other address throws {@link Fault}, as the interpreter's
 * memory throws its own fault. {@link #place} lays out test data one after another.
 */
final class ArrayMemory implements CMemory {

    /** The fault a bad address raises; the library must let it through. */
    static final class Fault extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long address;

        Fault(long address) {
            super("bad address 0x" + Long.toHexString(address));
            this.address = address;
        }
    }

    final long base;
    final byte[] bytes;
    private long next;
    long loads;

    ArrayMemory(long base, int size) {
        this.base = base;
        this.bytes = new byte[size];
        this.next = base;
    }

    private int index(long address) {
        long offset = address - base;
        if (offset < 0 || offset >= bytes.length) {
            throw new Fault(address);
        }
        return (int) offset;
    }

    @Override
    public byte load8(long address) {
        loads++;
        return bytes[index(address)];
    }

    @Override
    public void store8(long address, byte value) {
        bytes[index(address)] = value;
    }

    /** Copies {@code data} to the next free bytes (16-aligned); @return their address */
    long place(byte[] data) {
        long address = next;
        System.arraycopy(data, 0, bytes, index(address), data.length);
        next = (address + data.length + 16) & -16L;
        return address;
    }

    /** Places {@code s} as a NUL-terminated UTF-8 string; @return its address */
    long string(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, data, 0, utf8.length);
        return place(data);
    }

    /** @return the NUL-terminated string at {@code address}, as UTF-8 */
    String stringAt(long address) {
        int start = index(address);
        int end = start;
        while (bytes[end] != 0) {
            end++;
        }
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    /** @return the 8 bytes at {@code address} as a little-endian value */
    long load64(long address) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = (value << 8) | (bytes[index(address + i)] & 0xFF);
        }
        return value;
    }
}
