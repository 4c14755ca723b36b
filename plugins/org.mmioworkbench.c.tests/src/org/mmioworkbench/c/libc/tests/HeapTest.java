package org.mmioworkbench.c.libc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.c.libc.Heap;
import org.mmioworkbench.c.libc.LibcException;

/** {@code malloc}, {@code calloc}, {@code realloc} and {@code free} as {@link Heap} provides them. */
class HeapTest {

    private static final long BASE = 0x10_0000;

    private final ArrayMemory mem = new ArrayMemory(BASE, 1 << 16);
    private final Heap heap = new Heap(BASE + 3, BASE + (1 << 16));

    private static String freeRefusal(Heap heap, long pointer) {
        return assertThrows(LibcException.class, () -> heap.free(pointer)).getMessage();
    }

    @Test
    void blocksStartAtMultiplesOfSixteenFromTheBaseRoundedUp() {
        assertEquals(BASE + 16, heap.malloc(1));
        for (long size : new long[] {13, 17, 100, 1, 0, 31, 32, 33}) {
            assertEquals(0, heap.malloc(size) % 16, "block of " + size);
        }
    }

    @Test
    void aHeapStartingAtZeroNeverReturnsTheNullPointer() {
        assertEquals(16, new Heap(0, 4096).malloc(8));
    }

    @Test
    void aRangeTooSmallOrTooLargeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Heap(0x1000, 0x1010));
        assertThrows(IllegalArgumentException.class, () -> new Heap(0x2000, 0x1000));
        assertThrows(IllegalArgumentException.class, () -> new Heap(0x1000, 0x1000 + (1L << 62) + 16));
        assertThrows(IllegalArgumentException.class, () -> new Heap(-32, 0x1000), "a range that wraps");
        assertEquals(0, new Heap(0x1000, 0x1000 + (1L << 62)).malloc(-1));
        assertEquals(0, new Heap(0x1000, 0x1000 + (1L << 62)).malloc(1L << 62));
    }

    @Test
    void theSameCallsGiveTheSameAddresses() throws LibcException {
        long[][] runs = new long[2][];
        for (int run = 0; run < 2; run++) {
            Heap h = new Heap(BASE, BASE + 4096);
            long a = h.malloc(24);
            long b = h.malloc(100);
            h.free(a);
            runs[run] = new long[] {a, b, h.malloc(7), h.malloc(40)};
        }
        assertArrayEqualsLong(runs[0], runs[1]);
    }

    private static void assertArrayEqualsLong(long[] expected, long[] actual) {
        assertEquals(Arrays.toString(expected), Arrays.toString(actual));
    }

    @Test
    void theByteAfterABlockBelongsToNoLiveBlock() {
        long a = heap.malloc(16);
        long b = heap.malloc(16);
        assertTrue(b - a >= 32, "a guard of 16 bytes lies between blocks");
        assertTrue(heap.isLive(a, 16));
        assertFalse(heap.isLive(a + 16, 1));
        assertFalse(heap.isLive(b - 1, 1));
    }

    @Test
    void aFreedBlockIsReusedBySameOrSmallerRequests() throws LibcException {
        long a = heap.malloc(64);
        heap.malloc(64);
        heap.free(a);
        assertEquals(a, heap.malloc(64));
        heap.free(a);
        assertEquals(a, heap.malloc(20));
    }

    @Test
    void aRequestTakesTheSmallestFreeRangeThatFits() throws LibcException {
        long big = heap.malloc(128);
        heap.malloc(8);
        long small = heap.malloc(32);
        heap.malloc(8);
        heap.free(big);
        heap.free(small);
        assertEquals(small, heap.malloc(32));
        assertEquals(big, heap.malloc(100));
    }

    @Test
    void freedNeighboursMergeIntoOneRange() throws LibcException {
        long a = heap.malloc(64);
        long b = heap.malloc(64);
        long c = heap.malloc(64);
        heap.malloc(8);
        long span = b - a;
        heap.free(a);
        heap.free(c);
        heap.free(b);
        assertEquals(a, heap.malloc(3 * span - 16), "the three ranges merged, in any order of freeing");
    }

    @Test
    void aRangeMergesWithTheFreeRangeAfterIt() throws LibcException {
        long a = heap.malloc(64);
        long b = heap.malloc(64);
        heap.malloc(8);
        heap.free(b);
        heap.free(a);
        assertEquals(a, heap.malloc(2 * (b - a) - 16));
    }

    @Test
    void freeOfNullDoesNothing() throws LibcException {
        long a = heap.malloc(10);
        heap.free(0);
        assertTrue(heap.isLive(a, 10));
        assertEquals(10, heap.bytesInUse());
    }

    @Test
    void freeOfAPointerMallocDidNotReturnIsRefused() {
        heap.malloc(10);
        assertEquals("free of a pointer malloc did not return (0x12345)", freeRefusal(heap, 0x12345));
        assertEquals("free of a pointer malloc did not return (0x" + Long.toHexString(BASE + 0x800) + ")",
                freeRefusal(heap, BASE + 0x800));
    }

    @Test
    void aSecondFreeOfABlockIsADoubleFree() throws LibcException {
        long a = heap.malloc(10);
        long b = heap.malloc(10);
        heap.free(a);
        assertEquals("double free of 0x" + Long.toHexString(a), freeRefusal(heap, a));
        heap.free(b);
        assertEquals("double free of 0x" + Long.toHexString(b), freeRefusal(heap, b),
                "still a double free once b merged with a");
    }

    @Test
    void freeOfAPointerInsideABlockIsRefusedNamingTheBlock() throws LibcException {
        long a = heap.malloc(40);
        assertEquals("free of 0x" + Long.toHexString(a + 8) + ", 8 bytes into the block malloc returned at 0x"
                + Long.toHexString(a) + " (pass the block's start)", freeRefusal(heap, a + 8));
        long x = heap.malloc(10);
        long y = heap.malloc(10);
        heap.malloc(8);
        heap.free(x);
        heap.free(y);
        long w = heap.malloc(40);
        assertEquals(x, w);
        assertEquals("free of 0x" + Long.toHexString(y) + ", 32 bytes into the block malloc returned at 0x"
                + Long.toHexString(w) + " (pass the block's start)", freeRefusal(heap, y),
                "a freed block's start that a new block now covers is inside that block, not a double free");
        assertTrue(heap.isLive(w, 40));
    }

    @Test
    void isLiveHoldsForRangesInsideOneLiveBlockOnly() throws LibcException {
        long p = heap.malloc(10);
        long q = heap.malloc(10);
        assertTrue(heap.isLive(p, 10));
        assertTrue(heap.isLive(p + 9, 1));
        assertTrue(heap.isLive(p + 10, 0));
        assertFalse(heap.isLive(p, 11));
        assertFalse(heap.isLive(p + 10, 1));
        assertFalse(heap.isLive(p - 1, 1));
        assertFalse(heap.isLive(p, -1));
        assertFalse(heap.isLive(p + 4, Long.MAX_VALUE));
        assertFalse(heap.isLive(p, q + 10 - p), "a range across two blocks");
        assertFalse(heap.isLive(0, 1));
        heap.free(p);
        assertFalse(heap.isLive(p, 1));
        assertTrue(heap.isLive(q, 10));
    }

    @Test
    void mallocOfZeroReturnsADistinctLiveBlockWithNoBytes() throws LibcException {
        long a = heap.malloc(0);
        long b = heap.malloc(0);
        assertNotEquals(0, a);
        assertNotEquals(a, b);
        assertTrue(heap.isLive(a, 0));
        assertFalse(heap.isLive(a, 1));
        heap.free(a);
        heap.free(b);
        assertEquals(0, heap.bytesInUse());
    }

    @Test
    void exhaustionAndImpossibleSizesGiveNull() {
        Heap small = new Heap(0x1000, 0x1000 + 256);
        assertNotEquals(0, small.malloc(200));
        assertNotEquals(0, small.malloc(16));
        assertEquals(0, small.malloc(1));
        assertEquals(0, heap.malloc(1 << 16));
        assertEquals(0, heap.malloc(-1));
        assertEquals(0, heap.malloc(Long.MAX_VALUE));
        assertEquals(0, heap.bytesInUse());
    }

    @Test
    void callocZeroesTheBlockEvenWhereAFreedBlockLeftData() throws LibcException {
        long a = heap.malloc(4000);
        byte[] junk = new byte[4000];
        Arrays.fill(junk, (byte) 0x5a);
        mem.write(a, junk, 0, junk.length);
        heap.free(a);
        long z = heap.calloc(mem, 3, 1000);
        assertEquals(a, z);
        byte[] read = new byte[3000];
        mem.read(z, read, 0, read.length);
        assertArrayEqualsLong(new long[] {0}, new long[] {countNonZero(read)});
        assertEquals(0x5a, mem.load8(z + 3000), "only n * size bytes are zeroed");
    }

    private static long countNonZero(byte[] bytes) {
        long n = 0;
        for (byte b : bytes) {
            n += b != 0 ? 1 : 0;
        }
        return n;
    }

    @Test
    void callocWhoseSizeOverflowsGivesNull() {
        assertEquals(0, heap.calloc(mem, 1L << 32, 1L << 32));
        assertEquals(0, heap.calloc(mem, -1, 2));
        assertEquals(0, heap.calloc(mem, 3, -1));
        assertEquals(0, heap.bytesInUse());
        assertNotEquals(0, heap.calloc(mem, 0, 5), "calloc of nothing is malloc(0)");
    }

    @Test
    void reallocOfNullIsMallocAndOfZeroBytesFrees() throws LibcException {
        long a = heap.realloc(mem, 0, 20);
        assertTrue(heap.isLive(a, 20));
        assertEquals(0, heap.realloc(mem, a, 0));
        assertFalse(heap.isLive(a, 1));
        assertEquals(0, heap.bytesInUse());
        assertEquals("double free of 0x" + Long.toHexString(a), freeRefusal(heap, a));
    }

    @Test
    void reallocThatMustMoveCopiesTheContentsAndFreesTheOldBlock() throws LibcException {
        long a = heap.malloc(8);
        heap.malloc(8);
        mem.write(a, "abcdefgh".getBytes(StandardCharsets.US_ASCII), 0, 8);
        long b = heap.realloc(mem, a, 100);
        assertNotEquals(a, b);
        byte[] moved = new byte[8];
        mem.read(b, moved, 0, 8);
        assertEquals("abcdefgh", new String(moved, StandardCharsets.US_ASCII));
        assertFalse(heap.isLive(a, 1));
        assertTrue(heap.isLive(b, 100));
        assertEquals(108, heap.bytesInUse());
    }

    @Test
    void reallocShrinksInPlaceAndGrowsInPlaceIntoFreeSpaceAfterIt() throws LibcException {
        long a = heap.malloc(100);
        long b = heap.malloc(16);
        assertEquals(a, heap.realloc(mem, a, 10));
        assertEquals(10 + 16, heap.bytesInUse());
        assertFalse(heap.isLive(a, 11));
        assertEquals(a + 32, heap.malloc(40), "the shrunk block's tail is free again");
        heap.free(b);
        long c = heap.malloc(8);
        long d = heap.realloc(mem, c, 64);
        assertEquals(c, d, "grows into the free range after it");
        assertTrue(heap.isLive(c, 64));
    }

    @Test
    void aReallocThatCannotBeSatisfiedKeepsTheBlock() throws LibcException {
        long a = heap.malloc(30);
        mem.store8(a, (byte) 7);
        assertEquals(0, heap.realloc(mem, a, 1 << 20));
        assertEquals(0, heap.realloc(mem, a, -5));
        assertTrue(heap.isLive(a, 30));
        assertEquals(7, mem.load8(a));
        assertEquals(30, heap.bytesInUse());
    }

    @Test
    void reallocOfAPointerNotFromMallocIsRefused() throws LibcException {
        long a = heap.malloc(30);
        assertEquals("realloc of a pointer malloc did not return (0x777)",
                assertThrows(LibcException.class, () -> heap.realloc(mem, 0x777, 4)).getMessage());
        assertEquals("realloc of 0x" + Long.toHexString(a + 1) + ", 1 bytes into the block malloc returned at 0x"
                + Long.toHexString(a) + " (pass the block's start)",
                assertThrows(LibcException.class, () -> heap.realloc(mem, a + 1, 4)).getMessage());
        heap.free(a);
        assertEquals("double free of 0x" + Long.toHexString(a) + " (realloc of a freed block)",
                assertThrows(LibcException.class, () -> heap.realloc(mem, a, 4)).getMessage());
    }

    @Test
    void bytesInUseCountsTheSizesAskedFor() throws LibcException {
        long a = heap.malloc(3);
        heap.malloc(17);
        assertEquals(20, heap.bytesInUse());
        heap.free(a);
        assertEquals(17, heap.bytesInUse());
    }

    @Test
    void aCopyIsIndependentOfItsOriginal() throws LibcException {
        long a = heap.malloc(40);
        heap.malloc(8);
        Heap copy = heap.copy();
        heap.free(a);
        long b = heap.malloc(200);
        assertTrue(copy.isLive(a, 40));
        assertFalse(copy.isLive(b, 1));
        assertEquals(48, copy.bytesInUse());
        assertEquals(b, copy.malloc(200), "the copy continues as the original would have");
        copy.free(a);
        assertFalse(heap.isLive(a, 1));
        assertEquals("double free of 0x" + Long.toHexString(a), freeRefusal(copy, a));
        assertEquals(208, heap.bytesInUse());
    }

    @Test
    void manyBlocksStayCheapToAllocateAndFree() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Heap big = new Heap(0x1000_0000L, 0x2000_0000L);
            List<Long> blocks = new ArrayList<>();
            for (int i = 0; i < 100_000; i++) {
                blocks.add(big.malloc(16 + i % 50));
            }
            for (int i = 0; i < blocks.size(); i += 2) {
                big.free(blocks.get(i));
            }
            for (int i = 0; i < 50_000; i++) {
                assertNotEquals(0, big.malloc(8 + i % 40));
            }
            for (int i = 1; i < blocks.size(); i += 2) {
                big.free(blocks.get(i));
            }
        });
    }
}
