package org.mmioworkbench.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Plain backing memory for a device window: sparse, zero-initialised, stored in 4 KiB chunks that
 * exist only once written. Snapshots share chunks copy-on-write, so a snapshot costs one small map
 * copy and a write after it copies only the touched chunk. A simulator makes only naturally aligned accesses;
 * used directly (as the backing store of a model of one's own), it takes an access at any offset, little-endian,
 * also one that spans two chunks.
 */
public final class MemoryDevice implements DeviceModel {
    private static final int CHUNK_SHIFT = 12;
    private static final int CHUNK_SIZE = 1 << CHUNK_SHIFT;

    private final long size;
    private Map<Long, byte[]> chunks = new HashMap<>();
    /** Chunks that no snapshot shares, so they may be written in place. */
    private final Set<Long> exclusive = new HashSet<>();
    /** The last chunk looked up, and whether it may be written in place. */
    private long cachedIndex = -1;
    private byte[] cachedChunk;
    private boolean cachedWritable;

    /**
     * Creates zeroed memory of a given size.
     *
     * @param size the number of bytes served, non-zero
     */
    public MemoryDevice(long size) {
        if (size == 0) {
            throw new IllegalArgumentException("size must be non-zero");
        }
        this.size = size;
    }

    /**
     * Creates zeroed memory covering a whole device window; usable as a {@link DeviceFactory}.
     *
     * @param window the window to serve
     */
    public MemoryDevice(DeviceWindow window) {
        this(window.size());
    }

    private record State(Map<Long, byte[]> chunks) implements DeviceState {
    }

    @Override
    public int read(long offset, int widthBits) {
        return peek(offset, widthBits);
    }

    @Override
    public int peek(long offset, int widthBits) {
        int bytes = checkAccess(offset, widthBits);
        long index = offset >>> CHUNK_SHIFT;
        if (((offset + bytes - 1) >>> CHUNK_SHIFT) == index) {
            byte[] chunk = chunk(index);
            if (chunk == null) {
                return 0;
            }
            int at = (int) (offset & (CHUNK_SIZE - 1));
            int value = 0;
            for (int i = 0; i < bytes; i++) {
                value |= (chunk[at + i] & 0xFF) << (8 * i);
            }
            return value;
        }
        int value = 0;
        for (int i = 0; i < bytes; i++) {
            long at = offset + i;
            byte[] chunk = chunk(at >>> CHUNK_SHIFT);
            int b = chunk == null ? 0 : chunk[(int) (at & (CHUNK_SIZE - 1))] & 0xFF;
            value |= b << (8 * i);
        }
        return value;
    }

    @Override
    public void write(long offset, int widthBits, int value) {
        int bytes = checkAccess(offset, widthBits);
        for (int i = 0; i < bytes; i++) {
            long at = offset + i;
            writableChunk(at >>> CHUNK_SHIFT)[(int) (at & (CHUNK_SIZE - 1))] = (byte) (value >>> (8 * i));
        }
    }

    /** The chunk holding an index, or null; remembers the last one looked up. */
    private byte[] chunk(long index) {
        if (index == cachedIndex) {
            return cachedChunk;
        }
        byte[] chunk = chunks.get(index);
        if (chunk != null) {
            cachedIndex = index;
            cachedChunk = chunk;
            cachedWritable = exclusive.contains(index);
        }
        return chunk;
    }

    @Override
    public void reset() {
        chunks = new HashMap<>();
        exclusive.clear();
        forgetCache();
    }

    @Override
    public DeviceState saveState() {
        exclusive.clear();
        forgetCache();
        return new State(Map.copyOf(chunks));
    }

    @Override
    public void restoreState(DeviceState state) {
        if (!(state instanceof State s)) {
            throw new IllegalArgumentException("state was not saved by a MemoryDevice");
        }
        chunks = new HashMap<>(s.chunks());
        exclusive.clear();
        forgetCache();
    }

    private byte[] writableChunk(long index) {
        if (index == cachedIndex && cachedWritable) {
            return cachedChunk;
        }
        byte[] chunk = chunks.get(index);
        if (chunk == null || !exclusive.contains(index)) {
            chunk = chunk == null ? new byte[CHUNK_SIZE] : chunk.clone();
            chunks.put(index, chunk);
            exclusive.add(index);
        }
        cachedIndex = index;
        cachedChunk = chunk;
        cachedWritable = true;
        return chunk;
    }

    private void forgetCache() {
        cachedIndex = -1;
        cachedChunk = null;
        cachedWritable = false;
    }

    private int checkAccess(long offset, int widthBits) {
        if (widthBits != 8 && widthBits != 16 && widthBits != 32) {
            throw new IllegalArgumentException("width must be 8, 16 or 32 bits: " + widthBits);
        }
        int bytes = widthBits / 8;
        if (offset < 0 || Long.compareUnsigned(offset + bytes, size) > 0) {
            throw new IllegalArgumentException("offset outside device memory: 0x" + Long.toHexString(offset));
        }
        return bytes;
    }
}
