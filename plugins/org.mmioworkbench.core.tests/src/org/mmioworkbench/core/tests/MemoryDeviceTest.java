package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.DeviceState;
import org.mmioworkbench.core.MemoryDevice;

/**
 * {@link MemoryDevice} used directly, as a custom model's backing store: it is byte-addressed and
 * little-endian at any offset, also across the 4 KiB chunks it stores memory in, and a snapshot keeps what it
 * saw whatever is written afterwards in any chunk.
 */
class MemoryDeviceTest {
    /** The first offset of the second 4 KiB chunk. */
    private static final long CHUNK = 0x1000;

    private final MemoryDevice mem = new MemoryDevice(4 * CHUNK);

    private void bytes(long offset, int... values) {
        for (int i = 0; i < values.length; i++) {
            mem.write(offset + i, 8, values[i]);
        }
    }

    @Test
    void anUnalignedReadAcrossTwoChunksJoinsTheirBytesLittleEndian() {
        bytes(CHUNK - 4, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88);
        assertEquals(0x66554433, mem.read(CHUNK - 2, 32));
        assertEquals(0x77665544, mem.peek(CHUNK - 1, 32));
        assertEquals(0x5544, mem.peek(CHUNK - 1, 16));
        assertEquals(0x88776655, mem.peek(CHUNK, 32), "the aligned word after the boundary");
        assertEquals(0x44332211, mem.peek(CHUNK - 4, 32), "the aligned word before it");
    }

    @Test
    void anUnalignedReadAcrossIntoAChunkNeverWrittenReadsZerosThere() {
        bytes(CHUNK - 2, 0xAA, 0xBB);
        assertEquals(0x0000BBAA, mem.read(CHUNK - 2, 32));
        bytes(3 * CHUNK, 0xCC, 0xDD);
        assertEquals(0xDDCC0000, mem.read(3 * CHUNK - 2, 32), "only the second chunk holds data");
    }

    @Test
    void anUnalignedWriteAcrossTwoChunksLandsInBoth() {
        mem.write(CHUNK - 1, 32, 0xA1B2C3D4);
        assertEquals(0xD4, mem.peek(CHUNK - 1, 8));
        assertEquals(0xA1B2C3, mem.peek(CHUNK, 32));
        assertEquals(0, mem.peek(CHUNK - 4, 16));
    }

    @Test
    void writesToDifferentChunksOneAfterTheOtherEachLandInTheirOwn() {
        mem.write(0, 32, 0x01020304);
        mem.write(CHUNK, 32, 0x05060708);
        mem.write(2 * CHUNK + 4, 16, 0x090A);
        assertEquals(0x01020304, mem.read(0, 32));
        assertEquals(0x05060708, mem.read(CHUNK, 32));
        assertEquals(0x090A, mem.read(2 * CHUNK + 4, 16));
        assertEquals(0, mem.read(2 * CHUNK, 32));
    }

    @Test
    void aSnapshotKeepsWhatItSawWhenChunksAreReadAndWrittenAfterIt() {
        mem.write(0, 32, 0x11111111);
        mem.write(CHUNK, 32, 0x22222222);
        DeviceState saved = mem.saveState();
        assertEquals(0x11111111, mem.read(0, 32));
        mem.write(0, 32, 0x33333333);
        mem.write(CHUNK, 32, 0x44444444);
        mem.write(0, 8, 0x55);
        assertEquals(0x33333355, mem.read(0, 32));
        mem.restoreState(saved);
        assertEquals(0x11111111, mem.read(0, 32));
        assertEquals(0x22222222, mem.read(CHUNK, 32));
    }

    @Test
    void accessesOutsideTheMemoryOrOfAnotherWidthAreRefused() {
        assertEquals(0, mem.read(4 * CHUNK - 4, 32));
        assertThrows(IllegalArgumentException.class, () -> mem.read(4 * CHUNK - 2, 32));
        assertThrows(IllegalArgumentException.class, () -> mem.write(-1, 8, 0));
        assertThrows(IllegalArgumentException.class, () -> mem.peek(0, 64));
        assertThrows(IllegalArgumentException.class, () -> new MemoryDevice(0));
    }

    @Test
    void plainMemoryAnnouncesNoEventOfItsOwn() {
        assertEquals(Long.MAX_VALUE, mem.nextEventNanos());
        mem.write(0, 32, 1);
        assertEquals(Long.MAX_VALUE, mem.nextEventNanos());
    }
}
