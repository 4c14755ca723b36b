package org.mmioworkbench.c.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.mmioworkbench.c.libc.CMemory;
import org.mmioworkbench.c.libc.Heap;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.Simulator;

/**
 * The program's byte-addressed memory: 4 KiB pages in a two-level table, copied on write after a snapshot,
 * so that {@link #snapshot()} costs a copy of the top level only. Addresses in the simulator's MMIO window
 * are MMIO accesses through the process's {@link MmioApi}; everything else outside mapped pages faults.
 *
 * <p>Layout (little-endian, as aarch64 and x86-64): nothing below {@link #DATA_BASE} (null pointers and
 * small offsets from them fault); string literals then globals from {@link #DATA_BASE}; the heap in
 * [{@link #HEAP_BASE}, {@link #HEAP_LIMIT}); the stack below {@link #STACK_TOP}. All of it lies below
 * 1 GiB, far from the MMIO window at {@link Simulator#MMIO_VIRTUAL_BASE}.
 */
public final class Memory implements CMemory {
    public static final long DATA_BASE = 0x0001_0000L;
    public static final long HEAP_BASE = 0x1000_0000L;
    public static final long HEAP_LIMIT = 0x2000_0000L;
    public static final long STACK_TOP = 0x3000_0000L;
    /** Program memory may use at most this many bytes of pages (globals, heap, stack touched). */
    public static final long MAX_BYTES = 256L << 20;
    private static final int PAGE_BITS = 12;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int CHUNK_BITS = 10;
    private static final int CHUNKS = (int) (STACK_TOP >>> (PAGE_BITS + CHUNK_BITS));

    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** 1024 pages and the generation in which each page was last copied. */
    private static final class Chunk {
        final byte[][] pages = new byte[1 << CHUNK_BITS][];
        final int[] gens = new int[1 << CHUNK_BITS];
        int gen;

        Chunk copy(int g) {
            Chunk c = new Chunk();
            System.arraycopy(pages, 0, c.pages, 0, pages.length);
            System.arraycopy(gens, 0, c.gens, 0, gens.length);
            c.gen = g;
            return c;
        }
    }

    private Chunk[] dir = new Chunk[CHUNKS];
    private int gen = 1;
    private long mappedBytes;
    private MmioApi api;
    Heap heap;
    /** The lowest valid stack address: the stack pointer. */
    long sp = STACK_TOP;
    long stackLimit;

    /** A frozen copy of the memory. */
    public static final class Frozen {
        final java.util.TreeMap<Long, Long> live;
        final java.util.TreeMap<Long, Long> freed;
        final Chunk[] dir;
        final long mappedBytes;
        final Heap heap;
        final long sp;

        Frozen(Chunk[] dir, long mappedBytes, Heap heap, long sp, java.util.TreeMap<Long, Long> live,
                java.util.TreeMap<Long, Long> freed) {
            this.live = live;
            this.freed = freed;
            this.dir = dir;
            this.mappedBytes = mappedBytes;
            this.heap = heap;
            this.sp = sp;
        }
    }

    public Memory(MmioApi api, long stackSize) {
        this.api = api;
        this.heap = new Heap(HEAP_BASE, HEAP_LIMIT);
        this.stackLimit = STACK_TOP - stackSize;
    }

    public void setApi(MmioApi api) {
        this.api = api;
    }

    public Frozen snapshot() {
        Frozen f = new Frozen(dir.clone(), mappedBytes, heap.copy(), sp, new java.util.TreeMap<>(liveBlocks),
                new java.util.TreeMap<>(freedBlocks));
        gen++;
        return f;
    }

    public void restore(Frozen f) {
        dir = f.dir.clone();
        mappedBytes = f.mappedBytes;
        heap = f.heap.copy();
        sp = f.sp;
        liveBlocks = new java.util.TreeMap<>(f.live);
        freedBlocks = new java.util.TreeMap<>(f.freed);
        gen++;
    }

    /** Maps (zero-filled) every page of [from, to). */
    public void map(long from, long to) {
        for (long a = from & -PAGE; a < to; a += PAGE) {
            int c = (int) (a >>> (PAGE_BITS + CHUNK_BITS));
            int i = (int) (a >>> PAGE_BITS) & ((1 << CHUNK_BITS) - 1);
            Chunk ch = wchunk(c);
            if (ch.pages[i] == null) {
                if (mappedBytes + PAGE > MAX_BYTES) {
                    throw new CFault("out of memory: the program may use at most " + (MAX_BYTES >> 20) + " MiB");
                }
                mappedBytes += PAGE;
                ch.pages[i] = new byte[PAGE];
                ch.gens[i] = gen;
            }
        }
    }

    private Chunk wchunk(int c) {
        Chunk ch = dir[c];
        if (ch == null) {
            ch = new Chunk();
            ch.gen = gen;
            dir[c] = ch;
        } else if (ch.gen != gen) {
            ch = ch.copy(gen);
            dir[c] = ch;
        }
        return ch;
    }

    private byte[] rpage(long a) {
        if ((a >>> 30) != 0) {
            return null;
        }
        Chunk ch = dir[(int) (a >>> (PAGE_BITS + CHUNK_BITS))];
        return ch == null ? null : ch.pages[(int) (a >>> PAGE_BITS) & ((1 << CHUNK_BITS) - 1)];
    }

    private byte[] wpage(long a) {
        if ((a >>> 30) != 0 || a >= STACK_TOP) {
            return null;
        }
        int c = (int) (a >>> (PAGE_BITS + CHUNK_BITS));
        Chunk ch = dir[c];
        if (ch == null) {
            return null;
        }
        int i = (int) (a >>> PAGE_BITS) & ((1 << CHUNK_BITS) - 1);
        byte[] p = ch.pages[i];
        if (p == null) {
            return null;
        }
        if (ch.gen != gen) {
            ch = ch.copy(gen);
            dir[c] = ch;
        }
        if (ch.gens[i] != gen) {
            p = p.clone();
            ch.pages[i] = p;
            ch.gens[i] = gen;
        }
        return p;
    }

    /** Heap blocks the program was given: start to size, live ones and freed ones (for messages). */
    java.util.TreeMap<Long, Long> liveBlocks = new java.util.TreeMap<>();
    java.util.TreeMap<Long, Long> freedBlocks = new java.util.TreeMap<>();

    private void check(long a, int n, boolean write) {
        if (a >= HEAP_BASE && a < HEAP_LIMIT && !heap.isLive(a, n)) {
            String what = (write ? "write" : "read") + " of " + n + " byte" + (n == 1 ? "" : "s") + " at 0x"
                    + Long.toHexString(a);
            java.util.Map.Entry<Long, Long> live = liveBlocks.floorEntry(a);
            if (live != null && a < live.getKey() + live.getValue() + 64) {
                throw new CFault("out of bounds: " + what + ", " + (a - live.getKey() - live.getValue())
                        + " bytes past the end of a " + live.getValue() + "-byte heap block");
            }
            java.util.Map.Entry<Long, Long> freed = freedBlocks.floorEntry(a);
            if (freed != null && a < freed.getKey() + Math.max(1, freed.getValue())) {
                throw new CFault("use after free: " + what + ", inside a " + freed.getValue()
                        + "-byte heap block that was freed");
            }
            throw new CFault("invalid address 0x" + Long.toHexString(a) + ": " + what + " in the heap, outside"
                    + " every block (wild or dangling pointer)");
        }
        if (a < sp && a >= stackLimit - 65536) {
            throw new CFault("invalid " + (write ? "write" : "read") + " of " + n + " byte" + (n == 1 ? "" : "s")
                    + " at 0x" + Long.toHexString(a) + ": below the stack pointer (a local of a function that returned?)");
        }
    }

    CFault bad(long a, int n, boolean write) {
        String what = (write ? "write" : "read") + " of " + n + " byte" + (n == 1 ? "" : "s") + " at 0x"
                + Long.toHexString(a);
        if (a >= 0 && a < DATA_BASE) {
            return new CFault("null pointer dereference: " + what);
        }
        if (a >= Simulator.MMIO_VIRTUAL_BASE && a < Simulator.MMIO_VIRTUAL_LIMIT) {
            return new CFault("a " + n * 8 + "-bit MMIO " + (write ? "write" : "read") + " at 0x" + Long.toHexString(a)
                    + ": the MMIO API accesses registers of 8, 16 and 32 bits");
        }
        return new CFault("invalid address 0x" + Long.toHexString(a) + ": " + what
                + " where no object lives (wild or dangling pointer)");
    }

    /** An MMIO fault as the program's error: the simulator's cause first, then its full description. */
    static CFault mmio(MmioFault f) {
        return new CFault(f.faultCause().description() + " (" + f.getMessage() + ")");
    }

    private static boolean isMmio(long a) {
        return a >= Simulator.MMIO_VIRTUAL_BASE && a < Simulator.MMIO_VIRTUAL_LIMIT;
    }

    // ------------------------------------------------------------------ loads (canonical results)

    public long loadU8(long a) {
        byte[] p = rpage(a);
        if (p == null || ((a - HEAP_BASE) >>> 28) == 0) {
            return slowLoad(a, 1, false);
        }
        return p[(int) a & (PAGE - 1)] & 0xFF;
    }

    public long loadS8(long a) {
        return (byte) loadU8(a);
    }

    public long loadU16(long a) {
        byte[] p = rpage(a);
        int o = (int) a & (PAGE - 1);
        if (p == null || o > PAGE - 2 || ((a - HEAP_BASE) >>> 28) == 0) {
            return slowLoad(a, 2, false);
        }
        return (short) I16.get(p, o) & 0xFFFF;
    }

    public long loadS16(long a) {
        return (short) loadU16(a);
    }

    public long loadU32(long a) {
        return loadS32(a) & 0xFFFF_FFFFL;
    }

    public long loadS32(long a) {
        byte[] p = rpage(a);
        int o = (int) a & (PAGE - 1);
        if (p == null || o > PAGE - 4 || ((a - HEAP_BASE) >>> 28) == 0) {
            return (int) slowLoad(a, 4, false);
        }
        return (int) I32.get(p, o);
    }

    public long load64(long a) {
        byte[] p = rpage(a);
        int o = (int) a & (PAGE - 1);
        if (p == null || o > PAGE - 8 || ((a - HEAP_BASE) >>> 28) == 0) {
            return slowLoad(a, 8, false);
        }
        return (long) I64.get(p, o);
    }

    /** Loads n bytes, zero-extended: MMIO, checked heap and stack, page-crossing. */
    long slowLoad(long a, int n, boolean unused) {
        if (isMmio(a)) {
            try {
                return switch (n) {
                    case 1 -> api.ioReadMmReg8(a) & 0xFFL;
                    case 2 -> api.ioReadMmReg16(a) & 0xFFFFL;
                    case 4 -> api.ioReadMmReg32(a) & 0xFFFF_FFFFL;
                    default -> throw bad(a, n, false);
                };
            } catch (MmioFault f) {
                throw mmio(f);
            }
        }
        check(a, n, false);
        if (a >= HEAP_BASE && a < HEAP_LIMIT) {
            map(a, a + n);
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            byte[] p = rpage(a + i);
            if (p == null) {
                throw bad(a, n, false);
            }
            v |= (long) (p[(int) (a + i) & (PAGE - 1)] & 0xFF) << (8 * i);
        }
        return v;
    }

    // ------------------------------------------------------------------ stores

    public void store8(long a, long v) {
        byte[] p = ((a - HEAP_BASE) >>> 28) == 0 ? null : wpage(a);
        if (p == null) {
            slowStore(a, 1, v);
            return;
        }
        p[(int) a & (PAGE - 1)] = (byte) v;
    }

    public void store16(long a, long v) {
        int o = (int) a & (PAGE - 1);
        byte[] p = ((a - HEAP_BASE) >>> 28) == 0 || o > PAGE - 2 ? null : wpage(a);
        if (p == null) {
            slowStore(a, 2, v);
            return;
        }
        I16.set(p, o, (short) v);
    }

    public void store32(long a, long v) {
        int o = (int) a & (PAGE - 1);
        byte[] p = ((a - HEAP_BASE) >>> 28) == 0 || o > PAGE - 4 ? null : wpage(a);
        if (p == null) {
            slowStore(a, 4, v);
            return;
        }
        I32.set(p, o, (int) v);
    }

    public void store64(long a, long v) {
        int o = (int) a & (PAGE - 1);
        byte[] p = ((a - HEAP_BASE) >>> 28) == 0 || o > PAGE - 8 ? null : wpage(a);
        if (p == null) {
            slowStore(a, 8, v);
            return;
        }
        I64.set(p, o, v);
    }

    void slowStore(long a, int n, long v) {
        if (isMmio(a)) {
            try {
                switch (n) {
                    case 1 -> api.ioWriteMmReg8(a, (int) v);
                    case 2 -> api.ioWriteMmReg16(a, (int) v);
                    case 4 -> api.ioWriteMmReg32(a, (int) v);
                    default -> throw bad(a, n, true);
                }
            } catch (MmioFault f) {
                throw mmio(f);
            }
            return;
        }
        check(a, n, true);
        if (a >= HEAP_BASE && a < HEAP_LIMIT) {
            map(a, a + n);
        }
        for (int i = 0; i < n; i++) {
            if (wpage(a + i) == null) {
                throw bad(a, n, true);
            }
        }
        for (int i = 0; i < n; i++) {
            wpage(a + i)[(int) (a + i) & (PAGE - 1)] = (byte) (v >>> (8 * i));
        }
    }

    /** Loads a value of a scalar type, canonical. */
    public long load(long a, CType t) {
        return switch (t.k) {
            case BOOL, UCHAR -> loadU8(a);
            case CHAR, SCHAR -> loadS8(a);
            case SHORT -> loadS16(a);
            case USHORT -> loadU16(a);
            case INT -> loadS32(a);
            case UINT -> loadU32(a);
            default -> load64(a);
        };
    }

    public void store(long a, CType t, long v) {
        switch ((int) t.size()) {
            case 1 -> store8(a, v);
            case 2 -> store16(a, v);
            case 4 -> store32(a, v);
            default -> store64(a, v);
        }
    }

    // ------------------------------------------------------------------ CMemory

    @Override
    public byte load8(long address) {
        return (byte) loadU8(address);
    }

    @Override
    public void store8(long address, byte value) {
        store8(address, (long) value);
    }

    /** Copies n bytes, as memmove; faults on a bad byte before writing anything when both ranges are plain memory. */
    public void copy(long dst, long src, long n) {
        if (n <= 0) {
            return;
        }
        if (n > MAX_BYTES) {
            throw new CFault("copy of " + n + " bytes is larger than the program's memory");
        }
        byte[] b = new byte[(int) n];
        read(src, b, 0, (int) n);
        write(dst, b, 0, (int) n);
    }

    public void fill(long dst, int value, long n) {
        for (long i = 0; i < n; i++) {
            store8(dst + i, (long) value);
        }
    }

    /** Reads a NUL-terminated string (at most max bytes). */
    public byte[] cString(long a, int max) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < max; i++) {
            byte b = load8(a + i);
            if (b == 0) {
                return out.toByteArray();
            }
            out.write(b);
        }
        return out.toByteArray();
    }

    /** Tells whether a byte is readable program memory (for the debugger's x command). */
    public boolean readable(long a) {
        return rpage(a) != null;
    }
}
