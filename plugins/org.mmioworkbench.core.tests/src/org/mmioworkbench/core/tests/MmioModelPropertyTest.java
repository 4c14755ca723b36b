package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mmioworkbench.core.MmioConstants.INVALID_HANDLE;
import static org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED;
import static org.mmioworkbench.core.MmioConstants.MMIO_U_SHARED;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.FaultCause;
import org.mmioworkbench.core.HandleInfo;
import org.mmioworkbench.core.HandleRef;
import org.mmioworkbench.core.HandleKind;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.HandleState;
import org.mmioworkbench.core.IoMemHandles;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MappingInfo;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.ProcessInfo;
import org.mmioworkbench.core.RegionInfo;
import org.mmioworkbench.core.RegisterResult;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.SimProcess;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.Snapshot;
import org.mmioworkbench.core.TransferResult;


/**
 * Model-based test: random sequences of MMIO calls by three processes on four candidate ranges (two of
 * them partly overlapping, one used by the kernel) run against the simulator and a small reference
 * model; results must agree and the invariants must hold after every step.
 * <p>
 * The scripts come from {@link ScriptGenerator} on fixed seeds, so every run checks the same scripts; a
 * failing script is shrunk and reported with its seed. {@code -Dmmio.model.seed=N} changes the first seed,
 * to explore other scripts or to rerun a reported one first.
 */
class MmioModelPropertyTest {
    private static final String[] PROCESSES = {"p0", "p1", "p2"};
    /** DEV_A whole, DEV_A first page (partial overlap), DEV_B, CONSOLE (kernel-used). */
    private static final AddressRange[] RANGES = {
        new AddressRange(Fixtures.DEV_A, Fixtures.DEV_A_SIZE),
        new AddressRange(Fixtures.DEV_A, Fixtures.PAGE),
        new AddressRange(Fixtures.DEV_B, Fixtures.PAGE),
        new AddressRange(Fixtures.CONSOLE, Fixtures.PAGE)};
    private static final int KERNEL_RANGE = 3;
    private static final int NEVER_ISSUED = 0x7FFF_0000;
    private static final long NEVER_MAPPED = 0x1000;

    // ----- actions -------------------------------------------------------------------------------

    /** One step of a random script; selectors pick from the process's history of handles or mappings. */
    sealed interface Action permits Register, MapIt, Transfer, Close, Revoke, HandlesClose, Read, Write, KernelUse {
    }

    record Register(int p, int range, int flags) implements Action {
    }

    record MapIt(int p, int sel, int prot) implements Action {
    }

    /** {@code rights} null: the 3-argument transfer, handing on the sender's rights. */
    record Transfer(int p, int sel, int to, HandleRights rights) implements Action {
    }

    record Close(int p, int sel) implements Action {
    }

    record Revoke(int p, int sel) implements Action {
    }

    /** KnIoMemHandlesClose on a structure filled from the history; a negative selector leaves the field empty. */
    record HandlesClose(int p, int ridSel, int mapSel) implements Action {
    }

    record Read(int p, int sel, int word, boolean misaligned) implements Action {
    }

    record Write(int p, int sel, int word, boolean misaligned, int value) implements Action {
    }

    record KernelUse(int range) implements Action {
    }

    /** Random scripts with a fixed mix of actions; the same seed always gives the same script. */
    static final class ScriptGenerator {
        private static final int[] FLAGS = {0, MMIO_U_SHARED, MMIO_K_SHARED, MMIO_U_SHARED | MMIO_K_SHARED};
        /**
         * Read and write is listed twice: it comes up half the time, read only and write only (which the kernel
         * refuses) a quarter each.
         */
        private static final int[] PROT = {VMM_FLAG_READ, VMM_FLAG_WRITE, VMM_FLAG_READ | VMM_FLAG_WRITE,
                VMM_FLAG_READ | VMM_FLAG_WRITE};
        /** The rights a transfer may name: every subset of a region handle's rights. */
        private static final HandleRights[] RIGHTS = IntStream.range(0, 8).mapToObj(bits -> HandleRights.NONE
                .union((bits & 1) != 0 ? HandleRights.TRANSFER : HandleRights.NONE)
                .union((bits & 2) != 0 ? HandleRights.MAP_READ : HandleRights.NONE)
                .union((bits & 4) != 0 ? HandleRights.MAP_WRITE : HandleRights.NONE)).toArray(HandleRights[]::new);
        /** History selectors, drawn with the weights of {@link #sel()}. */
        private static final int[] SEL = {-1, 0, 1, 2, 3, 5, 8};

        private final SplittableRandom random;

        private ScriptGenerator(long seed) {
            random = new SplittableRandom(seed);
        }

        /** A script of 5 to 60 actions. */
        static List<Action> script(long seed) {
            ScriptGenerator g = new ScriptGenerator(seed);
            return IntStream.range(0, g.random.nextInt(5, 61)).mapToObj(i -> g.action()).toList();
        }

        private Action action() {
            return switch (weighted(6, 6, 3, 2, 2, 2, 4, 4, 1)) {
                case 0 -> new Register(p(), range(), FLAGS[random.nextInt(FLAGS.length)]);
                case 1 -> new MapIt(p(), sel(), PROT[random.nextInt(PROT.length)]);
                case 2 -> new Transfer(p(), sel(), p(), rights());
                case 3 -> new Close(p(), sel());
                case 4 -> new Revoke(p(), sel());
                case 5 -> new HandlesClose(p(), sel(), sel());
                case 6 -> new Read(p(), sel(), word(), misaligned());
                case 7 -> new Write(p(), sel(), word(), misaligned(), random.nextInt());
                default -> new KernelUse(range());
            };
        }

        /** Half the transfers keep the sender's rights; the others name any mask, often more than the sender has. */
        private HandleRights rights() {
            return random.nextBoolean() ? null : RIGHTS[random.nextInt(RIGHTS.length)];
        }

        /** p0, p1 and p2 with weights 3, 2, 1. */
        private int p() {
            return weighted(3, 2, 1);
        }

        private int range() {
            return random.nextInt(RANGES.length);
        }

        /** Mostly recent entries of the history (likely live), sometimes old ones (likely stale), rarely none. */
        private int sel() {
            return SEL[weighted(1, 6, 4, 2, 1, 1, 1)];
        }

        private int word() {
            return random.nextInt(0x800);
        }

        /** One access in ten is misaligned. */
        private boolean misaligned() {
            return random.nextInt(10) == 0;
        }

        /** An index drawn with probability proportional to its weight. */
        private int weighted(int... weights) {
            int r = random.nextInt(IntStream.of(weights).sum());
            int i = 0;
            while (r >= weights[i]) {
                r -= weights[i++];
            }
            return i;
        }
    }

    // ----- driving the simulator -----------------------------------------------------------------

    /** What one action returned: a return code, a fault, or a value read. */
    record Outcome(Retcode rc, FaultCause fault, Integer value, int handle, long address) {
        static Outcome of(Retcode rc) {
            return new Outcome(rc, null, null, INVALID_HANDLE, 0);
        }

        static Outcome fault(FaultCause cause) {
            return new Outcome(null, cause, null, INVALID_HANDLE, 0);
        }
    }

    /** Runs actions on a simulator and keeps each process's history of handle values and mappings. */
    static final class Driver {
        final Simulator sim = new Simulator(Fixtures.testBoard());
        final List<List<Integer>> handleHistory = new ArrayList<>();
        final List<List<MapResult>> mapHistory = new ArrayList<>();
        final SimProcess[] procs = new SimProcess[PROCESSES.length];

        Driver() {
            for (int i = 0; i < PROCESSES.length; i++) {
                procs[i] = sim.process(PROCESSES[i]);
                handleHistory.add(new ArrayList<>());
                mapHistory.add(new ArrayList<>());
            }
        }

        int handle(int p, int sel) {
            List<Integer> h = handleHistory.get(p);
            return sel < 0 || h.isEmpty() ? NEVER_ISSUED : h.get(h.size() - 1 - sel % h.size());
        }

        MapResult mapping(int p, int sel) {
            List<MapResult> m = mapHistory.get(p);
            return m.isEmpty() ? null : m.get(m.size() - 1 - Math.floorMod(sel, m.size()));
        }

        /** The handle values an action will use, resolved from the history before it runs. */
        int[] inputs(Action action) {
            return switch (action) {
                case MapIt a -> new int[] {handle(a.p(), a.sel())};
                case Transfer a -> new int[] {handle(a.p(), a.sel())};
                case Close a -> new int[] {handle(a.p(), a.sel())};
                case Revoke a -> new int[] {handle(a.p(), a.sel())};
                case HandlesClose a -> new int[] {a.mapSel() < 0 ? INVALID_HANDLE : handle(a.p(), a.mapSel()),
                        a.ridSel() < 0 ? INVALID_HANDLE : handle(a.p(), a.ridSel())};
                default -> new int[0];
            };
        }

        static long offset(int word, boolean misaligned, long size) {
            return (word * 4L) % size + (misaligned ? 2 : 0);
        }

        Outcome run(Action action) {
            return switch (action) {
                case Register a -> {
                    AddressRange r = RANGES[a.range()];
                    RegisterResult res = procs[a.p()].api().knRegisterPhyMem(r.base(), r.size(), a.flags());
                    if (res.ok()) {
                        handleHistory.get(a.p()).add(res.rid());
                    }
                    yield new Outcome(res.rc(), null, null, res.rid(), 0);
                }
                case MapIt a -> {
                    MapResult res = procs[a.p()].api().knIoMapMem(handle(a.p(), a.sel()), a.prot(),
                            VMM_FLAG_CACHE_DISABLE);
                    if (res.ok()) {
                        handleHistory.get(a.p()).add(res.handle());
                        mapHistory.get(a.p()).add(res);
                    }
                    yield new Outcome(res.rc(), null, null, res.handle(), res.address());
                }
                case Transfer a -> {
                    int h = handle(a.p(), a.sel());
                    TransferResult res = a.rights() == null ? sim.ipcTransferHandle(procs[a.p()], h, procs[a.to()])
                            : sim.ipcTransferHandle(procs[a.p()], h, procs[a.to()], a.rights());
                    if (res.ok()) {
                        handleHistory.get(a.to()).add(res.handle());
                    }
                    yield new Outcome(res.rc(), null, null, res.handle(), 0);
                }
                case Close a -> Outcome.of(procs[a.p()].api().knHandleClose(handle(a.p(), a.sel())));
                case Revoke a -> Outcome.of(procs[a.p()].api().knHandleRevoke(handle(a.p(), a.sel())));
                case HandlesClose a -> {
                    IoMemHandles h = new IoMemHandles();
                    procs[a.p()].api().knIoMemHandlesClear(h);
                    h.rid = a.ridSel() < 0 ? INVALID_HANDLE : handle(a.p(), a.ridSel());
                    h.handle = a.mapSel() < 0 ? INVALID_HANDLE : handle(a.p(), a.mapSel());
                    Retcode rc = procs[a.p()].api().knIoMemHandlesClose(h);
                    assertEquals(INVALID_HANDLE, h.rid);
                    assertEquals(INVALID_HANDLE, h.handle);
                    yield Outcome.of(rc);
                }
                case Read a -> {
                    long va = address(a.p(), a.sel(), a.word(), a.misaligned());
                    try {
                        yield new Outcome(null, null, procs[a.p()].api().ioReadMmReg32(va), INVALID_HANDLE, va);
                    } catch (MmioFault f) {
                        yield Outcome.fault(f.faultCause());
                    }
                }
                case Write a -> {
                    long va = address(a.p(), a.sel(), a.word(), a.misaligned());
                    try {
                        procs[a.p()].api().ioWriteMmReg32(va, a.value());
                        yield new Outcome(null, null, null, INVALID_HANDLE, va);
                    } catch (MmioFault f) {
                        yield Outcome.fault(f.faultCause());
                    }
                }
                case KernelUse a -> Outcome.of(sim.kernel().access(RANGES[a.range()].base(), RANGES[a.range()].size()));
            };
        }

        private long address(int p, int sel, int word, boolean misaligned) {
            MapResult m = mapping(p, sel);
            if (m == null) {
                return NEVER_MAPPED;
            }
            AddressRange r = sim.processes().get(p).handles().stream()
                    .filter(h -> h.value() == m.handle()).findFirst().map(HandleInfo::region)
                    .orElse(null);
            long size = r != null ? r.size() : Fixtures.PAGE;
            return m.address() + offset(word, misaligned, size);
        }
    }

    // ----- the reference model -------------------------------------------------------------------

    /**
     * A handle of the model; {@code parent} is null for a root, {@code reg} or {@code map} says what it refers to,
     * {@code rights} is its permissions mask.
     */
    /** A handle of the model as the kernel names it: a value in one process's table. */
    record MKey(int owner, int value) {
    }

    static final class MHandle {
        final int value;
        final int owner;
        final boolean mapping;
        final int reg;
        final MMap map;
        final HandleRights rights;
        MKey parent;
        boolean revoked;

        MHandle(int value, int owner, boolean mapping, int reg, MMap map, MKey parent, HandleRights rights) {
            this.value = value;
            this.owner = owner;
            this.mapping = mapping;
            this.reg = reg;
            this.map = map;
            this.parent = parent;
            this.rights = rights;
        }
    }

    record MReg(int id, int range, int flags) {
    }

    static final class MMap {
        final int reg;
        final int range;
        final int owner;
        final long va;
        final int prot;
        boolean live = true;

        MMap(int reg, int range, int owner, long va, int prot) {
            this.reg = reg;
            this.range = range;
            this.owner = owner;
            this.va = va;
            this.prot = prot;
        }
    }

    /** What the MMIO rules say should happen, kept as simply as possible. */
    static final class Model {
        final Map<MKey, MHandle> handles = new HashMap<>();
        /** Each process's next handle value: values are per process, counted from 1. */
        final int[] nextValue = IntStream.range(0, PROCESSES.length).map(i -> 1).toArray();
        final Map<Integer, MReg> regs = new HashMap<>();
        final List<MMap> maps = new ArrayList<>();
        final Set<Integer> claims = new HashSet<>(Set.of(KERNEL_RANGE));
        final Map<Long, Integer> memory = new HashMap<>();
        /** How often each outcome ("Action result") occurred, for the coverage check. */
        final Map<String, Integer> outcomes = new TreeMap<>();
        int nextReg = 1;

        Retcode lookup(int p, int h) {
            MHandle e = handles.get(new MKey(p, h));
            if (e == null) {
                return Retcode.rcResourceNotFound;
            }
            return e.revoked ? Retcode.rcHandleRevoked : Retcode.rcOk;
        }

        Set<Integer> liveRanges() {
            Set<Integer> live = new TreeSet<>();
            regs.values().forEach(r -> live.add(r.range()));
            return live;
        }

        void reclaim() {
            regs.values().removeIf(r -> handles.values().stream()
                    .noneMatch(h -> !h.revoked && !h.mapping && h.reg == r.id())
                    && maps.stream().noneMatch(m -> m.live && m.reg == r.id()));
        }

        Retcode close(int p, int h) {
            Retcode rc = lookup(p, h);
            if (rc == Retcode.rcResourceNotFound) {
                return rc;
            }
            MKey key = new MKey(p, h);
            MHandle e = handles.remove(key);
            if (!e.revoked) {
                if (e.mapping) {
                    e.map.live = false;
                }
                handles.values().stream().filter(c -> key.equals(c.parent)).forEach(c -> c.parent = e.parent);
            }
            reclaim();
            return Retcode.rcOk;
        }

        Retcode revoke(int p, int h) {
            Retcode rc = lookup(p, h);
            if (!rc.isOk()) {
                return rc;
            }
            List<MKey> frontier = new ArrayList<>(List.of(new MKey(p, h)));
            while (!frontier.isEmpty()) {
                MKey parent = frontier.remove(0);
                for (MHandle c : handles.values()) {
                    if (parent.equals(c.parent)) {
                        c.revoked = true;
                        c.parent = null;
                        frontier.add(new MKey(c.owner, c.value));
                    }
                }
            }
            return close(p, h);
        }

        /** The rights mapping with {@code prot} needs, which the mapping handle then has. */
        static HandleRights mapRights(int prot) {
            return ((prot & VMM_FLAG_READ) != 0 ? HandleRights.MAP_READ : HandleRights.NONE)
                    .union((prot & VMM_FLAG_WRITE) != 0 ? HandleRights.MAP_WRITE : HandleRights.NONE);
        }

        Outcome expectAccess(Driver d, int p, int sel, int word, boolean misaligned, boolean write) {
            MapResult m = d.mapping(p, sel);
            if (m == null) {
                return Outcome.fault(FaultCause.UNMAPPED);
            }
            MMap map = maps.stream().filter(x -> x.owner == p && x.va == m.address()).findFirst().orElseThrow();
            if (!map.live) {
                return Outcome.fault(FaultCause.FREED);
            }
            if (misaligned) {
                return Outcome.fault(FaultCause.MISALIGNED);
            }
            if (write && (map.prot & VMM_FLAG_WRITE) == 0) {
                return Outcome.fault(FaultCause.WRITE_NOT_PERMITTED);
            }
            return null;
        }

        /** Checks the simulator's outcome of an action against the rules and updates the model. */
        void step(Driver d, Action action) {
            int[] inputs = d.inputs(action);
            Outcome expected = expect(d, action);
            Outcome actual = d.run(action);
            String what = action.toString();
            if (!(action instanceof HandlesClose)) { // its two closes are checked one by one in apply()
                assertEquals(expected.rc(), actual.rc(), what);
            }
            assertEquals(expected.fault(), actual.fault(), what);
            if (expected.value() != null) {
                assertEquals(expected.value(), actual.value(), what);
            }
            apply(d, action, actual, inputs);
            outcomes.merge(action.getClass().getSimpleName() + " "
                    + (actual.fault() != null ? actual.fault() : actual.rc() != null ? actual.rc() : "value"), 1,
                    Integer::sum);
        }

        private Outcome expect(Driver d, Action action) {
            return switch (action) {
                case Register a -> {
                    AddressRange r = RANGES[a.range()];
                    boolean kernelConflict = (a.flags() & MMIO_K_SHARED) == 0
                            && claims.stream().anyMatch(c -> RANGES[c].overlaps(r));
                    boolean userConflict = liveRanges().stream().filter(x -> RANGES[x].overlaps(r)).anyMatch(x -> x != a.range()
                            || (a.flags() & MMIO_U_SHARED) == 0
                            || regs.values().stream().anyMatch(g -> g.range() == x && (g.flags() & MMIO_U_SHARED) == 0));
                    yield Outcome.of(kernelConflict || userConflict ? Retcode.rcAlreadyExists : Retcode.rcOk);
                }
                case MapIt a -> {
                    int h = d.handle(a.p(), a.sel());
                    Retcode rc = lookup(a.p(), h);
                    MHandle e = handles.get(new MKey(a.p(), h));
                    if (rc.isOk() && (e.mapping || (a.prot() & VMM_FLAG_READ) == 0)) { // write-only is refused
                        rc = Retcode.rcInvalidArgument;
                    } else if (rc.isOk() && !e.rights.contains(mapRights(a.prot()))) {
                        rc = Retcode.rcNoCapability;
                    } else if (rc.isOk()) {
                        int range = regs.get(e.reg).range();
                        rc = maps.stream().anyMatch(m -> m.live && m.range == range) ? Retcode.rcBusy : Retcode.rcOk;
                    }
                    yield Outcome.of(rc);
                }
                case Transfer a -> {
                    int h = d.handle(a.p(), a.sel());
                    Retcode rc = lookup(a.p(), h);
                    if (rc.isOk()) {
                        MHandle e = handles.get(new MKey(a.p(), h));
                        String refusal = e.mapping ? "mapping handle"
                                : !e.rights.contains(HandleRights.TRANSFER) ? "no transfer right"
                                : a.rights() != null && !e.rights.contains(a.rights()) ? "elevation" : null;
                        if (refusal != null) {
                            outcomes.merge("Transfer refused: " + refusal, 1, Integer::sum);
                            rc = Retcode.rcNoCapability;
                        } else if (a.rights() != null && !a.rights().equals(e.rights)) {
                            outcomes.merge("Transfer with fewer rights", 1, Integer::sum);
                        }
                    }
                    yield Outcome.of(rc);
                }
                case Close a -> Outcome.of(lookup(a.p(), d.handle(a.p(), a.sel())) == Retcode.rcResourceNotFound
                        ? Retcode.rcResourceNotFound : Retcode.rcOk);
                case Revoke a -> Outcome.of(lookup(a.p(), d.handle(a.p(), a.sel())));
                case HandlesClose a -> Outcome.of(null);
                case Read a -> {
                    Outcome fault = expectAccess(d, a.p(), a.sel(), a.word(), a.misaligned(), false);
                    if (fault != null) {
                        yield fault;
                    }
                    yield new Outcome(null, null, memory.getOrDefault(physical(d, a.p(), a.sel(), a.word()), 0),
                            INVALID_HANDLE, 0);
                }
                case Write a -> {
                    Outcome fault = expectAccess(d, a.p(), a.sel(), a.word(), a.misaligned(), true);
                    yield fault != null ? fault : Outcome.of(null);
                }
                case KernelUse a -> Outcome.of(regs.values().stream().anyMatch(g ->
                        RANGES[g.range()].overlaps(RANGES[a.range()]) && (g.flags() & MMIO_K_SHARED) == 0)
                        ? Retcode.rcAlreadyExists : Retcode.rcOk);
            };
        }

        private long physical(Driver d, int p, int sel, int word) {
            MapResult m = d.mapping(p, sel);
            MMap map = maps.stream().filter(x -> x.owner == p && x.va == m.address()).findFirst().orElseThrow();
            return RANGES[map.range].base() + Driver.offset(word, false, RANGES[map.range].size());
        }

        /** Updates the model; {@code in} are the handle values the action used, resolved before it ran. */
        private void apply(Driver d, Action action, Outcome actual, int[] in) {
            switch (action) {
                case Register a -> {
                    if (actual.rc().isOk()) {
                        MReg reg = new MReg(nextReg++, a.range(), a.flags());
                        regs.put(reg.id(), reg);
                        handles.put(issued(a.p(), actual), new MHandle(actual.handle(), a.p(), false, reg.id(), null,
                                null, HandleRights.REGION_FULL));
                    }
                }
                case MapIt a -> {
                    if (actual.rc().isOk()) {
                        MHandle rid = handles.get(new MKey(a.p(), in[0]));
                        MMap map = new MMap(rid.reg, regs.get(rid.reg).range(), a.p(), actual.address(), a.prot());
                        maps.add(map);
                        handles.put(issued(a.p(), actual), new MHandle(actual.handle(), a.p(), true, 0, map, null,
                                mapRights(a.prot())));
                    }
                }
                case Transfer a -> {
                    if (actual.rc().isOk()) {
                        MHandle from = handles.get(new MKey(a.p(), in[0]));
                        handles.put(issued(a.to(), actual), new MHandle(actual.handle(), a.to(), false, from.reg, null,
                                new MKey(a.p(), in[0]), a.rights() == null ? from.rights : a.rights()));
                    }
                }
                case Close a -> close(a.p(), in[0]);
                case Revoke a -> revoke(a.p(), in[0]);
                case HandlesClose a -> {
                    // expected result computed here because both closes change the model in order
                    Retcode rc = Retcode.rcOk;
                    for (int h : in) {
                        if (h != INVALID_HANDLE) {
                            Retcode closed = close(a.p(), h);
                            rc = rc.isOk() ? closed : rc;
                        }
                    }
                    assertEquals(rc, actual.rc(), action.toString());
                }
                case Write a -> {
                    if (actual.fault() == null) {
                        memory.put(physical(d, a.p(), a.sel(), a.word()), a.value());
                    }
                }
                case KernelUse a -> {
                    if (actual.rc().isOk()) {
                        claims.add(a.range());
                    }
                }
                case Read a -> {
                    // reads change nothing
                }
            }
        }

        /** Checks that a new handle got its process's next value, and returns its key. */
        private MKey issued(int p, Outcome actual) {
            assertEquals(nextValue[p]++, actual.handle(), "each process counts its own handle values");
            return new MKey(p, actual.handle());
        }

        /** Compares the simulator's observable state with the model and checks the invariants. */
        void checkAgainst(Simulator sim) {
            List<AddressRange> simRanges = sim.regions().stream().map(RegionInfo::range).toList();
            assertEquals(liveRanges().stream().map(i -> RANGES[i]).sorted((x, y) -> Long.compare(x.base(), y.base())
                    * 4 + Long.compare(x.size(), y.size())).toList(), simRanges, "live regions");
            for (RegionInfo r : sim.regions()) {
                long mappedHere = sim.processes().stream().flatMap(p -> p.mappings().stream())
                        .filter(m -> m.physical().equals(r.range())).count();
                assertTrue(mappedHere <= 1, "a region is never mapped twice");
                assertEquals(mappedHere == 1, r.mapping().isPresent());
            }
            for (int p = 0; p < PROCESSES.length; p++) {
                int owner = p;
                ProcessInfo info = sim.processes().get(p);
                Set<List<Object>> simHandles = new HashSet<>();
                for (HandleInfo h : info.handles()) {
                    simHandles.add(List.of(h.value(), h.kind() == HandleKind.MAPPING, h.state() == HandleState.REVOKED,
                            h.parent(), h.rights()));
                }
                Set<List<Object>> modelHandles = new HashSet<>();
                handles.values().stream().filter(h -> h.owner == owner).forEach(h -> modelHandles.add(List.of(
                        h.value, h.mapping, h.revoked, Optional.ofNullable(h.parent)
                                .map(k -> new HandleRef(PROCESSES[k.owner()], k.value())), h.rights)));
                assertEquals(modelHandles, simHandles, "handle table of " + PROCESSES[p]);
                List<Long> simMaps = info.mappings().stream().map(MappingInfo::virtualAddress).sorted().toList();
                List<Long> modelMaps = maps.stream().filter(m -> m.live && m.owner == owner).map(m -> m.va).sorted()
                        .toList();
                assertEquals(modelMaps, simMaps, "mappings of " + PROCESSES[p]);
            }
        }
    }

    // ----- properties, each checked on the scripts of fixed seeds ---------------------------------

    /** Script {@code i} of every property uses seed {@code BASE_SEED + i}. */
    private static final long BASE_SEED = Long.getLong("mmio.model.seed", 0x4D4D_494FL);

    /** Outcomes the random scripts must reach in every run, so the generator keeps testing what matters. */
    private static final List<String> COVERED = List.of("Register rcOk", "Register rcAlreadyExists", "MapIt rcOk",
            "MapIt rcBusy", "MapIt rcInvalidArgument", "MapIt rcResourceNotFound", "MapIt rcNoCapability", "Transfer rcOk",
            "Transfer rcNoCapability", "Transfer refused: mapping handle", "Transfer refused: no transfer right",
            "Transfer refused: elevation", "Transfer with fewer rights",
            "Close rcOk", "Revoke rcOk", "HandlesClose rcOk", "Read value", "Write value", "Read FREED",
            "Write FREED", "Read UNMAPPED", "Write WRITE_NOT_PERMITTED", "KernelUse rcOk", "KernelUse rcAlreadyExists");

    @Test
    void simulatorAgreesWithTheModelAndLeaksNothing() {
        Map<String, Integer> outcomes = new TreeMap<>();
        forEachScript(400, script -> {
            Driver driver = new Driver();
            Model model = new Model();
            for (Action action : script) {
                model.step(driver, action);
                model.checkAgainst(driver.sim);
            }
            closeEverything(driver.sim);
            assertTrue(driver.sim.regions().isEmpty(), "no region stays live once every handle is closed");
            driver.sim.processes().forEach(p -> assertTrue(p.handles().isEmpty(), "handle table of " + p.name()));
            for (AddressRange r : RANGES) {
                RegisterResult again = driver.procs[0].api().knRegisterPhyMem(r.base(), r.size(), MMIO_K_SHARED);
                assertEquals(Retcode.rcOk, again.rc(), "a freed region can be registered again: " + r);
                assertEquals(Retcode.rcOk, driver.procs[0].api().knHandleClose(again.rid()));
            }
            model.outcomes.forEach((outcome, n) -> outcomes.merge(outcome, n, Integer::sum));
        });
        List<String> missed = COVERED.stream().filter(o -> !outcomes.containsKey(o)).toList();
        assertTrue(missed.isEmpty(), () -> "the scripts of seeds " + BASE_SEED + " to " + (BASE_SEED + 399)
                + " never reach " + missed + "; outcomes reached: " + outcomes);
    }

    @Test
    void sameScriptGivesTheSameTrace() {
        forEachScript(100, script -> {
            Driver first = new Driver();
            Driver second = new Driver();
            script.forEach(first::run);
            script.forEach(second::run);
            assertEquals(first.sim.trace(), second.sim.trace());
            assertEquals(first.sim.diagnostics(), second.sim.diagnostics());
        });
    }

    @Test
    void restoringASnapshotReplaysTheRestIdentically() {
        forEachScript(100, script -> {
            Driver driver = new Driver();
            int half = script.size() / 2;
            script.subList(0, half).forEach(driver::run);
            Snapshot snap = driver.sim.snapshot();
            List<List<Integer>> handles = copy(driver.handleHistory);
            List<List<MapResult>> maps = copy(driver.mapHistory);
            script.subList(half, script.size()).forEach(driver::run);
            List<?> trace = List.copyOf(driver.sim.trace());
            List<?> regions = driver.sim.regions();
            List<?> processes = driver.sim.processes();
            driver.sim.restore(snap);
            restoreHistory(driver.handleHistory, handles);
            restoreHistory(driver.mapHistory, maps);
            script.subList(half, script.size()).forEach(driver::run);
            assertEquals(trace, driver.sim.trace());
            assertEquals(regions, driver.sim.regions());
            assertEquals(processes, driver.sim.processes());
        });
    }

    // ----- running a property on many scripts ----------------------------------------------------

    /** Checks {@code property} on the scripts of {@code count} seeds; the first failure is shrunk and reported. */
    private static void forEachScript(int count, Consumer<List<Action>> property) {
        for (int i = 0; i < count; i++) {
            long seed = BASE_SEED + i;
            List<Action> script = ScriptGenerator.script(seed);
            Throwable failure = failure(property, script);
            if (failure != null) {
                report(seed, script, failure, property);
            }
        }
    }

    /** What {@code property} throws on {@code script}, or null if it holds. */
    private static Throwable failure(Consumer<List<Action>> property, List<Action> script) {
        try {
            property.accept(script);
            return null;
        } catch (AssertionError | RuntimeException e) {
            return e;
        }
    }

    /**
     * Shrinks a failing script, keeping the shortest failing prefix and removing single actions for as long as
     * the script still fails with the same kind of exception, then fails with the seed and both scripts.
     */
    private static void report(long seed, List<Action> script, Throwable failure, Consumer<List<Action>> property) {
        List<Action> smallest = script;
        Throwable smallestFailure = failure;
        for (boolean shrunk = true; shrunk;) {
            shrunk = false;
            for (int n = 0; n < smallest.size(); n++) {
                Throwable f = failure(property, smallest.subList(0, n));
                if (f != null && f.getClass() == failure.getClass()) {
                    smallest = List.copyOf(smallest.subList(0, n));
                    smallestFailure = f;
                    shrunk = true;
                    break;
                }
            }
            for (int i = smallest.size() - 1; i >= 0; i--) {
                List<Action> candidate = new ArrayList<>(smallest);
                candidate.remove(i);
                Throwable f = failure(property, candidate);
                if (f != null && f.getClass() == failure.getClass()) {
                    smallest = List.copyOf(candidate);
                    smallestFailure = f;
                    shrunk = true;
                }
            }
        }
        if (smallestFailure != failure) {
            smallestFailure.addSuppressed(failure);
        }
        fail("script of seed " + seed + " fails (-Dmmio.model.seed=" + seed + " reruns it first): " + smallestFailure
                + "\nsmallest failing script found, " + smallest.size() + " of its " + script.size() + " actions:"
                + listing(smallest) + "\nwhole script:" + listing(script), smallestFailure);
    }

    private static String listing(List<Action> script) {
        return IntStream.range(0, script.size()).mapToObj(i -> "\n  " + i + ": " + script.get(i))
                .collect(Collectors.joining());
    }

    private static <T> List<List<T>> copy(List<List<T>> lists) {
        return lists.stream().map(l -> (List<T>) new ArrayList<>(l)).toList();
    }

    private static <T> void restoreHistory(List<List<T>> target, List<List<T>> saved) {
        for (int i = 0; i < target.size(); i++) {
            target.get(i).clear();
            target.get(i).addAll(saved.get(i));
        }
    }

    private static void closeEverything(Simulator sim) {
        for (ProcessInfo p : sim.processes()) {
            for (HandleInfo h : p.handles()) {
                assertEquals(Retcode.rcOk, sim.process(p.name()).api().knHandleClose(h.value()));
            }
        }
    }
}
