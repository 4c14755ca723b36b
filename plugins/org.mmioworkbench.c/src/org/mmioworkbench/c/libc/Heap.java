package org.mmioworkbench.c.libc;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code malloc}, {@code calloc}, {@code realloc} and {@code free} over an address range of the program's memory.
 * The heap keeps its bookkeeping to itself (nothing is stored in the program's memory) and touches that memory
 * only where C says so: {@code calloc} zeroes, {@code realloc} copies.
 *
 * <p>Every block starts at a multiple of 16 and is followed by at least 16 bytes no block uses, so that a write
 * just past a block is outside every live block. Addresses are deterministic: the same calls give the same
 * addresses. A request takes the smallest free range that fits (the lowest such range among equals), from its
 * start; freed ranges merge with free neighbours. Each operation takes O(log n) in the number of blocks.
 */
public final class Heap {

    private static final long ALIGN = 16;
    private static final long GUARD = 16;
    /** The largest range a heap may cover, so that no block size or free length reaches the sign bit. */
    private static final long MAX_RANGE = 1L << 62;

    private final long start;
    private final long end;
    /** Live blocks: start address to the size the program asked for. */
    private final TreeMap<Long, Long> live;
    /** Live blocks: start address to the bytes they occupy, guard included. */
    private final TreeMap<Long, Long> spans;
    /** Free ranges: start address to length. */
    private final TreeMap<Long, Long> free;
    /** Free ranges ordered by length, then address: {length, start}. */
    private final TreeSet<long[]> freeBySize;
    /** Starts of blocks freed and not since covered by a new block: a second free of one is a double free. */
    private final TreeSet<Long> freed;
    private long inUse;

    private static final Comparator<long[]> BY_SIZE =
            Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1]);

    /**
     * A heap over {@code [base, limit)}; its first block is at {@code base} rounded up to 16 (and never at 0, which
     * is C's null pointer).
     *
     * @throws IllegalArgumentException when the range holds no block, or is larger than 2^62 bytes
     */
    public Heap(long base, long limit) {
        long first = roundUp(base);
        if (first == 0) {
            first = ALIGN;
        }
        if (Long.compareUnsigned(first, base) < 0 || Long.compareUnsigned(first, limit) >= 0
                || Long.compareUnsigned(limit - first, ALIGN + GUARD) < 0) {
            throw new IllegalArgumentException(
                    "heap range " + Mem.hex(base) + ".." + Mem.hex(limit) + " is too small for one block");
        }
        if (Long.compareUnsigned(limit - first, MAX_RANGE) > 0) {
            throw new IllegalArgumentException(
                    "heap range " + Mem.hex(base) + ".." + Mem.hex(limit) + " is larger than 2^62 bytes");
        }
        this.start = first;
        this.end = limit;
        this.live = new TreeMap<>(Long::compareUnsigned);
        this.spans = new TreeMap<>(Long::compareUnsigned);
        this.free = new TreeMap<>(Long::compareUnsigned);
        this.freeBySize = new TreeSet<>(BY_SIZE);
        this.freed = new TreeSet<>(Long::compareUnsigned);
        addFree(first, limit - first);
    }

    private Heap(Heap other) {
        this.start = other.start;
        this.end = other.end;
        this.live = new TreeMap<>(other.live);
        this.spans = new TreeMap<>(other.spans);
        this.free = new TreeMap<>(other.free);
        this.freeBySize = new TreeSet<>(BY_SIZE);
        for (long[] r : other.freeBySize) {
            this.freeBySize.add(r.clone());
        }
        this.freed = new TreeSet<>(other.freed);
        this.inUse = other.inUse;
    }

    private static long roundUp(long n) {
        return (n + ALIGN - 1) & -ALIGN;
    }

    /** @return the bytes a block of {@code size} occupies, guard included, or -1 when no heap could hold it */
    private long spanOf(long size) {
        if (Long.compareUnsigned(size, end - start) >= 0) {
            return -1;
        }
        return roundUp(Math.max(size, 1)) + GUARD;
    }

    private void addFree(long address, long length) {
        free.put(address, length);
        freeBySize.add(new long[] {length, address});
    }

    private void removeFree(long address, long length) {
        free.remove(address);
        freeBySize.remove(new long[] {length, address});
    }

    /**
     * C's {@code malloc}. Sizes are C {@code size_t} values, so a negative {@code long} is a huge size.
     *
     * @return the block's address, or 0 when no free range holds {@code size} bytes; {@code malloc(0)} returns
     *     a block of its own (no bytes usable) as glibc does
     */
    public long malloc(long size) {
        long span = spanOf(size);
        if (span < 0) {
            return 0;
        }
        long[] fit = freeBySize.ceiling(new long[] {span, Long.MIN_VALUE});
        if (fit == null) {
            return 0;
        }
        long length = fit[0];
        long address = fit[1];
        removeFree(address, length);
        if (length > span) {
            addFree(address + span, length - span);
        }
        take(address, size, span);
        return address;
    }

    private void take(long address, long size, long span) {
        live.put(address, size);
        spans.put(address, span);
        freed.subSet(address, true, address + span, false).clear();
        inUse += size;
    }

    /**
     * C's {@code calloc}: {@code n * size} bytes, zeroed through {@code mem}.
     *
     * @return the block's address, or 0 when {@code n * size} overflows a {@code size_t} or does not fit
     */
    public long calloc(CMemory mem, long n, long size) {
        if (Math.unsignedMultiplyHigh(n, size) != 0) {
            return 0;
        }
        long total = n * size;
        long address = malloc(total);
        if (address != 0) {
            byte[] zeros = new byte[(int) Math.min(total, 4096)];
            for (long done = 0; done < total; done += zeros.length) {
                mem.write(address + done, zeros, 0, (int) Math.min(zeros.length, total - done));
            }
        }
        return address;
    }

    /**
     * C's {@code realloc}. {@code realloc(0, n)} is {@code malloc(n)}; {@code realloc(p, 0)} frees {@code p} and
     * returns 0. A block that shrinks, or grows into free space right after it, stays where it is; otherwise the
     * contents move to a new block (copied through {@code mem}) and the old one is freed. When no space is left
     * it returns 0 and {@code ptr} stays live and unchanged, as in C.
     *
     * @throws LibcException when {@code ptr} is not a live block's start (as for {@link #free})
     */
    public long realloc(CMemory mem, long ptr, long size) throws LibcException {
        if (ptr == 0) {
            return malloc(size);
        }
        long oldSize = checkLive(ptr, "realloc");
        if (size == 0) {
            free(ptr);
            return 0;
        }
        long span = spanOf(size);
        if (span < 0) {
            return 0;
        }
        long oldSpan = spans.get(ptr);
        if (span <= oldSpan) {
            release(ptr);
            if (oldSpan > span) {
                addMerged(ptr + span, oldSpan - span);
            }
            take(ptr, size, span);
            return ptr;
        }
        Map.Entry<Long, Long> next = free.ceilingEntry(ptr + oldSpan);
        if (next != null && next.getKey() == ptr + oldSpan && next.getValue() >= span - oldSpan) {
            long nextLength = next.getValue();
            removeFree(next.getKey(), nextLength);
            if (nextLength > span - oldSpan) {
                addFree(ptr + span, nextLength - (span - oldSpan));
            }
            release(ptr);
            take(ptr, size, span);
            return ptr;
        }
        long moved = malloc(size);
        if (moved == 0) {
            return 0;
        }
        byte[] chunk = new byte[(int) Math.min(oldSize, 4096)];
        for (long done = 0; done < oldSize; done += chunk.length) {
            int n = (int) Math.min(chunk.length, oldSize - done);
            mem.read(ptr + done, chunk, 0, n);
            mem.write(moved + done, chunk, 0, n);
        }
        free(ptr);
        return moved;
    }

    /** Forgets the live block at {@code ptr} without freeing its range. */
    private void release(long ptr) {
        inUse -= live.remove(ptr);
        spans.remove(ptr);
    }

    /**
     * C's {@code free}. {@code free(0)} does nothing.
     *
     * @throws LibcException for a pointer that is not the start of a live block: one already freed, one inside a
     *     block, or one {@code malloc} never returned
     */
    public void free(long ptr) throws LibcException {
        if (ptr == 0) {
            return;
        }
        checkLive(ptr, "free");
        long span = spans.get(ptr);
        release(ptr);
        freed.add(ptr);
        addMerged(ptr, span);
    }

    /** Adds a free range, merged with the free ranges right before and after it. */
    private void addMerged(long address, long length) {
        Map.Entry<Long, Long> before = free.lowerEntry(address);
        if (before != null && before.getKey() + before.getValue() == address) {
            removeFree(before.getKey(), before.getValue());
            address = before.getKey();
            length += before.getValue();
        }
        Long afterLength = free.get(address + length);
        if (afterLength != null) {
            removeFree(address + length, afterLength);
            length += afterLength;
        }
        addFree(address, length);
    }

    /** @return the size of the live block at {@code ptr} */
    private long checkLive(long ptr, String function) throws LibcException {
        Long size = live.get(ptr);
        if (size != null) {
            return size;
        }
        Map.Entry<Long, Long> block = spans.floorEntry(ptr);
        if (block != null && Long.compareUnsigned(ptr - block.getKey(), block.getValue() - GUARD) < 0) {
            throw new LibcException(function + " of " + Mem.hex(ptr) + ", " + (ptr - block.getKey())
                    + " bytes into the block malloc returned at " + Mem.hex(block.getKey())
                    + " (pass the block's start)");
        }
        if (freed.contains(ptr)) {
            throw new LibcException("double free of " + Mem.hex(ptr)
                    + (function.equals("free") ? "" : " (" + function + " of a freed block)"));
        }
        throw new LibcException(function + " of a pointer malloc did not return (" + Mem.hex(ptr) + ")");
    }

    /**
     * @return whether {@code [address, address + length)} lies inside one live block's requested bytes (a length
     *     of 0 is inside a block from its start to its end, also for {@code malloc(0)}'s block)
     */
    public boolean isLive(long address, long length) {
        if (length < 0) {
            return false;
        }
        Map.Entry<Long, Long> block = live.floorEntry(address);
        if (block == null) {
            return false;
        }
        long offset = address - block.getKey();
        return Long.compareUnsigned(offset, block.getValue()) <= 0
                && Long.compareUnsigned(length, block.getValue() - offset) <= 0;
    }

    /** @return the bytes the live blocks hold, as their sizes were asked for */
    public long bytesInUse() {
        return inUse;
    }

    /** @return an independent heap in the same state, for a snapshot: calls on either do not affect the other */
    public Heap copy() {
        return new Heap(this);
    }
}
