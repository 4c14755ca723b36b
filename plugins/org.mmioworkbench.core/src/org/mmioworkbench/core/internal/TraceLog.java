package org.mmioworkbench.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.RegisterDecoder;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.internal.Entries.MappingEntry;

/**
 * The access trace, stored column-wise in primitive arrays: each event is 24 bytes (time; value and site;
 * the register's value before and after, as {@code int}s) and becomes a {@link TraceEvent} only when read. A <em>site</em> is what repeats from one access to the next (actor, mapping, device, offset, kind,
 * width, register) and is interned once, so a polling loop stores only its time and values. The rare
 * extra data (buffer contents, further registers, whole events for kernel calls and faults) goes to a side
 * log, as do the values of registers wider than 32 bits. Recording a register access thus allocates
 * nothing and gives the garbage collector no references to trace. Memory per event matters more than
 * anything else here: a long trace is fresh memory, and touching it the first time is the biggest cost of
 * recording. Chunks hold 256 Ki events (1 or 2 MiB per column, which G1 allocates straight into the old
 * generation for heaps up to several GiB, so a long trace is not copied by young collections, while forking
 * a chunk after a restore copies at most 6 MiB); the first chunk starts small and grows fourfold up to that, so a
 * short trace stays small and a growing one is copied half as often on its way (3 times, not 6, by default).
 * <p>
 * Copies share storage like {@link AppendLog}'s: a copy costs O(1) and sees exactly the entries present
 * when it was made; slots are only written while empty, and a log restored to an earlier length that
 * appends where another timeline already wrote forks its storage first. Sites only grow and are shared by
 * all copies.
 * <p>
 * <b>Window.</b> The log holds the most recent {@code window} events (and those the listeners have not been
 * given yet, {@link #pin(long)}); when it starts a new chunk it forgets the chunks before them, and the side
 * log's entries they alone used. Events are numbered with {@code long}s for the life of the log, so sequence
 * numbers stay exact however many were forgotten. Chunks are a quarter of the window (between 1 Ki and
 * 256 Ki events), so the log, and any copy of it a snapshot keeps, holds at most the window and two chunks;
 * the side log's chunks are a sixteenth of that, as few events need it.
 * Indexes into the side log are kept as their low 32 bits and completed from its length when read, which is
 * exact because the side log never holds 2^32 entries (one at most per event of the window).
 */
final class TraceLog {
    private static final int MAX_SHIFT = 18;
    private static final int MIN_SHIFT = 10;
    private static final int FIRST_CAPACITY = 256;
    private static final long MASK32 = 0xFFFF_FFFFL;
    private static final VarHandle SIZE;

    static {
        try {
            SIZE = MethodHandles.lookup().findVarHandle(TraceLog.class, "size", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Site of events kept as objects; {@code before} is the index of the event in the side log. */
    private static final int OBJECT_SITE = 1;
    /** Site of clock advances; {@code before}:{@code after} is the delay. */
    private static final int ADVANCE_SITE = 2;

    private static final int READ = 1;
    private static final int WRITE = 2;
    private static final int READ_BUFFER = 3;
    private static final int WRITE_BUFFER = 4;
    private static final int IRQ = 5;
    /** An access whose register values are kept in the side log (several registers, or wider than 32 bits). */
    private static final int MULTI_READ = 6;
    private static final int MULTI_WRITE = 7;

    private static final String[] READ_OPS = {"IoReadMmReg8", "IoReadMmReg16", null, "IoReadMmReg32"};
    private static final String[] WRITE_OPS = {"IoWriteMmReg8", "IoWriteMmReg16", null, "IoWriteMmReg32"};
    private static final String[] READ_BUFFER_OPS = {"IoReadMmBuffer8", "IoReadMmBuffer16", null, "IoReadMmBuffer32"};
    private static final String[] WRITE_BUFFER_OPS = {"IoWriteMmBuffer8", "IoWriteMmBuffer16", null,
        "IoWriteMmBuffer32"};

    /** How many of the most recent events are kept. */
    private final int window;
    private final int shift;
    private final int chunkSize;
    private final int mask;
    /** {@code chunks[i]} holds the events of chunk number {@code first + i}. */
    private Chunk[] chunks;
    private long first;
    /**
     * The number of events ever recorded. Written only under the simulator's lock, always with a release store, so
     * that {@link #publishedSize()} can read it without the lock.
     */
    private long size;
    /** Events from this one on are kept whatever the window (the listeners have not been given them). */
    private long pinned;
    private final Sites sites;
    private final AppendLog<Object> extras;

    /**
     * Creates an empty log.
     *
     * @param window how many of the most recent events to keep, at least 1 ({@link Integer#MAX_VALUE}: all)
     */
    TraceLog(int window) {
        this(window, shiftFor(window), new Chunk[] {new Chunk(FIRST_CAPACITY, 0)}, 0, 0, new Sites(),
                new AppendLog<>(shiftFor(window) - 4));
    }

    private TraceLog(int window, int shift, Chunk[] chunks, long first, long size, Sites sites,
            AppendLog<Object> extras) {
        if (window < 1) {
            throw new IllegalArgumentException("the trace window must be at least 1 event, not " + window);
        }
        this.window = window;
        this.shift = shift;
        this.chunkSize = 1 << shift;
        this.mask = chunkSize - 1;
        this.chunks = chunks;
        this.first = first;
        this.size = size;
        this.pinned = size;
        this.sites = sites;
        this.extras = extras;
    }

    /** Chunks of a quarter of the window, between 1 Ki and 256 Ki events. */
    private static int shiftFor(int window) {
        int quarter = 31 - Integer.numberOfLeadingZeros(Math.max(1, window)) - 2;
        return Math.max(MIN_SHIFT, Math.min(MAX_SHIFT, quarter));
    }

    /** One chunk of events, column-wise. */
    private static final class Chunk {
        final long[] time;
        /** site id (bits 0-31; 0 marks an empty slot) and value or side-log index (bits 32-63). */
        final long[] site;
        /** register value before; side-log index for kernel-call events, several or wide registers; delay high bits. */
        final int[] before;
        /** register value after; delay low bits of a clock advance. */
        final int[] after;
        /** The side log's length when the chunk's first event was recorded. */
        final long firstExtra;

        Chunk(int capacity, long firstExtra) {
            time = new long[capacity];
            site = new long[capacity];
            before = new int[capacity];
            after = new int[capacity];
            this.firstExtra = firstExtra;
        }

        int capacity() {
            return time.length;
        }

        Chunk copy(int capacity, int n) {
            Chunk c = new Chunk(capacity, firstExtra);
            System.arraycopy(time, 0, c.time, 0, n);
            System.arraycopy(site, 0, c.site, 0, n);
            System.arraycopy(before, 0, c.before, 0, n);
            System.arraycopy(after, 0, c.after, 0, n);
            return c;
        }
    }

    /** What repeats between accesses; for an interrupt, {@code actor} is the device and {@code register} the line. */
    private record Site(int kind, int widthBits, String actor, MappingEntry mapping, DeviceWindow window, long offset,
            Object register) {
    }

    /** The registers of an access that reached several, with their values before and after. */
    private record More(RegisterDecoder[] registers, long[] values) {
    }

    /**
     * Interns sites. Only grows; shared by all copies of a log (ids stay valid in every timeline). Recently
     * used sites hit a small direct-mapped cache compared field by field, so a hit allocates nothing.
     */
    private static final class Sites {
        private static final int CACHE = 512;
        private volatile Site[] byId = new Site[64];
        private int count = 3;
        private final java.util.Map<Site, Integer> ids = new java.util.HashMap<>();
        private final Site[] cacheSites = new Site[CACHE];
        private final int[] cacheIds = new int[CACHE];
        /** The largest capacity the first chunk reached in any copy of the log. */
        int firstCapacity = FIRST_CAPACITY;

        int id(int kind, int widthBits, String actor, MappingEntry mapping, DeviceWindow window, long offset,
                Object register) {
            int slot = (int) (offset ^ (offset >>> 9) ^ (kind << 3) ^ widthBits ^ (mapping == null ? 0
                    : (int) mapping.id() * 31)) & (CACHE - 1);
            Site s = cacheSites[slot];
            if (s != null && s.kind == kind && s.widthBits == widthBits && s.offset == offset && s.actor == actor
                    && s.mapping == mapping && s.window == window && s.register == register) {
                return cacheIds[slot];
            }
            Site site = new Site(kind, widthBits, actor, mapping, window, offset, register);
            Integer known = ids.get(site);
            int id;
            if (known != null) {
                id = known;
            } else {
                id = count++;
                Site[] table = byId;
                if (id >= table.length) {
                    table = Arrays.copyOf(table, table.length * 2);
                }
                table[id] = site;
                byId = table;
                ids.put(site, id);
            }
            cacheSites[slot] = site;
            cacheIds[slot] = id;
            return id;
        }

        Site get(int id) {
            return byId[id];
        }
    }

    /** The number of events ever recorded (also those forgotten since). */
    long size() {
        return size;
    }

    /**
     * The number of events ever recorded, read without the simulator's lock: on the thread that records, the exact
     * number; on another, the number as of a recent append or restore (a release store on the recording side; an
     * acquire load here, so what that count covers is fully written).
     */
    long publishedSize() {
        return (long) SIZE.getAcquire(this);
    }

    /** The window: how many of the most recent events are kept. */
    int window() {
        return window;
    }

    /**
     * Keeps the events from one on, whatever the window, until the next call: the recorder pins those the
     * listeners have not been given yet.
     *
     * @param seq the first event to keep
     */
    void pin(long seq) {
        pinned = seq;
    }

    /** Returns the chunk to write the next event into: grown, allocated or forked as needed. */
    private Chunk slot() {
        long number = size >>> shift;
        int i = (int) (size & mask);
        if (i == 0 && number > first) {
            forgetOld();
        }
        int c = (int) (number - first);
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, Math.max(4, c * 2));
        }
        Chunk chunk = chunks[c];
        if (chunk == null) {
            chunk = new Chunk(chunkSize, extras.size());
            chunks[c] = chunk;
        } else if (i == chunk.capacity() || chunk.site[i] != 0) {
            // grow the first chunk, or fork storage another timeline wrote; never change a shared directory.
            // The first chunk is given the largest size any timeline grew it to, so a script that is rewound to
            // a snapshot again and again (a benchmark, a debugger) does not grow it step by step every time.
            Chunk[] own = Arrays.copyOf(chunks, chunks.length);
            int capacity = chunk.capacity();
            if (i < capacity) {
                Arrays.fill(own, c + 1, own.length, null);
            } else {
                capacity = (int) Math.min(chunkSize, 4L * i);
            }
            if (number == 0) {
                capacity = Math.max(capacity, Math.min(chunkSize, sites.firstCapacity));
                sites.firstCapacity = capacity;
            }
            chunk = chunk.copy(capacity, i);
            own[c] = chunk;
            chunks = own;
        }
        return chunk;
    }

    /** Forgets the chunks wholly before the window and the pinned events, in a new directory. */
    private void forgetOld() {
        long keep = Math.min(size - window, pinned);
        long drop = keep <= 0 ? 0 : (keep >>> shift) - first;
        if (drop <= 0) {
            return;
        }
        int n = (int) Math.min(drop, chunks.length);
        Chunk[] kept = new Chunk[Math.max(4, chunks.length - n)];
        System.arraycopy(chunks, n, kept, 0, chunks.length - n);
        chunks = kept;
        first += drop;
        Chunk oldest = chunks[0];
        extras.dropBefore(oldest != null ? oldest.firstExtra : extras.size());
    }

    /** Appends an event kept as an object (kernel calls, faults, process starts). */
    void append(TraceEvent e) {
        Chunk c = slot();
        int i = (int) (size & mask);
        c.time[i] = e.timeNanos();
        c.site[i] = OBJECT_SITE;
        c.before[i] = addExtra(e);
        SIZE.setRelease(this, size + 1);
    }

    /**
     * Appends a register access that reached a device.
     *
     * @param mapping the mapping the access went through (gives the virtual address back)
     * @param window the device window
     * @param offset the offset in the window
     * @param registers the registers reached (only the first {@code registerCount} count)
     * @param values their values before and after, two per register
     * @param registerCount how many registers, 0 if none
     */
    void appendAccess(long time, String actor, boolean write, int widthBits, int value, MappingEntry mapping,
            DeviceWindow window, long offset, RegisterDecoder[] registers, long[] values, int registerCount) {
        Chunk c = slot();
        int i = (int) (size & mask);
        int id;
        if (registerCount > 1 || (registerCount == 1 && (values[0] >>> 32 != 0 || values[1] >>> 32 != 0))) {
            id = sites.id(write ? MULTI_WRITE : MULTI_READ, widthBits, actor, mapping, window, offset, null);
            c.before[i] = addExtra(new More(Arrays.copyOf(registers, registerCount),
                    Arrays.copyOf(values, 2 * registerCount)));
        } else {
            id = sites.id(write ? WRITE : READ, widthBits, actor, mapping, window, offset,
                    registerCount == 0 ? null : registers[0]);
            if (registerCount == 1) {
                c.before[i] = (int) values[0];
                c.after[i] = (int) values[1];
            }
        }
        c.time[i] = time;
        c.site[i] = id | ((long) value << 32);
        SIZE.setRelease(this, size + 1);
    }

    /** Appends a buffer access; {@code values} is kept, not copied. */
    void appendBuffer(long time, String actor, boolean write, int widthBits, int[] values, MappingEntry mapping,
            DeviceWindow window, long offset, RegisterDecoder register, long before, long after) {
        Chunk c = slot();
        int i = (int) (size & mask);
        long extra = addExtra(before >>> 32 == 0 && after >>> 32 == 0 ? values
                : new Object[] {values, new More(new RegisterDecoder[] {register}, new long[] {before, after})});
        c.time[i] = time;
        c.site[i] = sites.id(write ? WRITE_BUFFER : READ_BUFFER, widthBits, actor, mapping, window, offset, register)
                | ((extra & MASK32) << 32);
        c.before[i] = (int) before;
        c.after[i] = (int) after;
        SIZE.setRelease(this, size + 1);
    }

    /** Appends a clock advance. */
    void appendAdvance(long time, long nanos) {
        Chunk c = slot();
        int i = (int) (size & mask);
        c.time[i] = time;
        c.site[i] = ADVANCE_SITE;
        c.before[i] = (int) (nanos >>> 32);
        c.after[i] = (int) nanos;
        SIZE.setRelease(this, size + 1);
    }

    /** Appends an interrupt line change. */
    void appendInterrupt(long time, String device, String line, boolean raised) {
        Chunk c = slot();
        int i = (int) (size & mask);
        c.time[i] = time;
        c.site[i] = sites.id(IRQ, 0, device, null, null, 0, line) | ((raised ? 1L : 0L) << 32);
        SIZE.setRelease(this, size + 1);
    }

    /** Adds to the side log; returns the low 32 bits of the entry's index. */
    private int addExtra(Object o) {
        extras.append(o);
        return (int) (extras.size() - 1);
    }

    /** Returns a copy sharing storage with this log; it must not be appended to while shared. */
    TraceLog copy() {
        return new TraceLog(window, shift, chunks, first, size, sites, extras.copy());
    }

    void restoreFrom(TraceLog other) {
        chunks = other.chunks;
        first = other.first;
        SIZE.setRelease(this, other.size);
        pinned = size;
        extras.restoreFrom(other.extras);
    }

    /** The number of the oldest event still held (the window's or a pinned one). */
    private long firstHeld() {
        return Math.min(size, first << shift);
    }

    /** Returns an immutable view of the window now (the last {@code window} events) that later appends never change. */
    List<TraceEvent> view() {
        return view(size - window);
    }

    /**
     * Returns an immutable view of the events from one on that are still held, which later appends never
     * change; its index 0 is the event numbered {@code max(from, oldest held)}.
     *
     * @param from the first event wanted
     */
    List<TraceEvent> view(long from) {
        long start = Math.max(from, firstHeld());
        return Collections.unmodifiableList(new Range(this, start, Math.max(start, size)));
    }

    private static final class Range extends AbstractList<TraceEvent> implements RandomAccess {
        private final Chunk[] chunks;
        private final long firstChunk;
        private final int shift;
        private final int mask;
        private final long from;
        private final int size;
        private final Sites sites;
        private final AppendLog.Reader<Object> extras;

        Range(TraceLog log, long from, long to) {
            this.chunks = log.chunks;
            this.firstChunk = log.first;
            this.shift = log.shift;
            this.mask = log.mask;
            this.from = from;
            this.size = (int) Math.min(Integer.MAX_VALUE, to - from);
            this.sites = log.sites;
            this.extras = log.extras.reader();
        }

        /** The side-log entry whose index has these low 32 bits (the latest such entry). */
        private Object extra(int low) {
            long last = extras.size() - 1;
            return extras.get(last - ((last - (low & MASK32)) & MASK32));
        }

        @Override
        public TraceEvent get(int position) {
            if (position < 0 || position >= size) {
                throw new IndexOutOfBoundsException(position);
            }
            long index = from + position;
            Chunk c = chunks[(int) ((index >>> shift) - firstChunk)];
            int i = (int) (index & mask);
            int id = (int) c.site[i];
            int value = (int) (c.site[i] >>> 32);
            if (id == OBJECT_SITE) {
                return (TraceEvent) extra(c.before[i]);
            }
            if (id == ADVANCE_SITE) {
                return TraceEvent.advance(index, c.time[i], ((long) c.before[i] << 32) | (c.after[i] & MASK32));
            }
            long before = c.before[i] & MASK32;
            long after = c.after[i] & MASK32;
            Site s = sites.get(id);
            if (s.kind() == IRQ) {
                return TraceEvent.interrupt(index, c.time[i], s.actor(), (String) s.register(), value != 0);
            }
            DeviceWindow window = s.window();
            long physical = window.base() + s.offset();
            long virtual = s.mapping().virtualAddress() + (physical - s.mapping().physical().base());
            int w = (s.widthBits() >>> 3) - 1;
            return switch (s.kind()) {
                case READ_BUFFER, WRITE_BUFFER -> {
                    Object extra = extra(value);
                    int[] values = extra instanceof int[] vs ? vs : (int[]) ((Object[]) extra)[0];
                    if (extra instanceof Object[] wide) {
                        before = ((More) wide[1]).values()[0];
                        after = ((More) wide[1]).values()[1];
                    }
                    yield TraceEvent.bufferAccess(index, c.time[i], s.actor(),
                            s.kind() == WRITE_BUFFER ? WRITE_BUFFER_OPS[w] : READ_BUFFER_OPS[w],
                            s.kind() == WRITE_BUFFER, virtual, s.widthBits(), values, physical, window.name(),
                            s.offset(), (RegisterDecoder) s.register(), before, after);
                }
                case MULTI_READ, MULTI_WRITE -> {
                    More more = (More) extra(c.before[i]);
                    int n = more.registers().length;
                    boolean write = s.kind() == MULTI_WRITE;
                    yield TraceEvent.access(index, c.time[i], s.actor(), write ? WRITE_OPS[w] : READ_OPS[w], write,
                            virtual, s.widthBits(), value, physical, window.name(), s.offset(), more.registers()[0],
                            more.values()[0], more.values()[1], n == 1 ? null : Arrays.copyOfRange(more.registers(), 1, n),
                            n == 1 ? null : Arrays.copyOfRange(more.values(), 2, 2 * n));
                }
                default -> TraceEvent.access(index, c.time[i], s.actor(), s.kind() == WRITE ? WRITE_OPS[w] : READ_OPS[w],
                        s.kind() == WRITE, virtual, s.widthBits(), value, physical, window.name(), s.offset(),
                        (RegisterDecoder) s.register(), before, after, null, null);
            };
        }

        @Override
        public int size() {
            return size;
        }
    }
}
