package org.mmioworkbench.c.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mmioworkbench.c.libc.LibcException;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.Simulator;

/**
 * Runs one translation unit as one simulated process: lays out globals and string literals, lowers the
 * functions, and interprets the instruction arrays with an explicit frame stack (the loop never recurses in
 * Java). It can pause at any statement boundary, and its whole state (frames, memory, heap) can be snapshot
 * and restored.
 */
public final class Machine {
    /** The stack size; runaway recursion ends with a stack overflow error when it is used up. */
    public static final long STACK_SIZE = 8L << 20;
    /** The largest frame of one function. */
    public static final long MAX_FRAME = 4L << 20;
    /** The deepest call nesting. */
    public static final int MAX_DEPTH = 100_000;
    static final long FN_BASE = 0x1000;

    /** Where program output goes. */
    public interface Output {
        void print(byte[] bytes);
    }

    /** Asked at each statement boundary while running; true pauses before the statement. */
    @FunctionalInterface
    public interface Stop {
        boolean stop(Machine m);
    }

    /** How a run ended. */
    public enum Kind { PAUSED, EXITED, ERROR, STEP_LIMIT, HALTED }

    /**
     * The end of a run: exit status, and for errors the message and the backtrace lines; for {@link Kind#HALTED},
     * the reason a front end's instruction gave ({@link Halt#reason()}).
     */
    public record Result(Kind kind, int status, String message, List<String> backtrace, Object reason) {
        public Result(Kind kind, int status, String message, List<String> backtrace) {
            this(kind, status, message, backtrace, null);
        }
    }

    final Memory mem;
    private final Parser.Unit unit;
    private final Simulator sim;
    private String process;
    /** Whether a run starts the process (C programs); a front end's program starts it at its first call. */
    private final boolean startsProcess;
    private MmioApi api;
    /** Set while an instruction runs, to pause after it; read after each instruction that may make an access. */
    private boolean pauseRequested;
    /** Paused after an instruction, not at a statement boundary. */
    private boolean midStatement;
    /**
     * The status of main's return, when the return's own expression made an access a debugger paused at: the next
     * run ends the program with it (running the return again would make the access twice). Null otherwise.
     */
    private Integer pendingExit;
    private final Mailbox mailbox;
    private final Output out;
    private final Map<Var, Fn> fns = new LinkedHashMap<>();
    private final Map<Long, Fn> byAddress = new HashMap<>();
    private final String mainFile;
    private Frame cur;
    private int depth;
    private long steps;
    private long lowestMapped = Memory.STACK_TOP;
    private Result end;
    private long stepLimit = Long.MAX_VALUE;
    /**
     * The statement running now, for trace attribution: its frame and index in the frame's code (set at each
     * statement boundary; the frame only when it changes, so that the loop stores no reference per statement).
     */
    private Frame atFrame;
    private int atPc;
    /** Set while {@link #runOne()} runs: pause after one instruction. */
    private boolean single;

    public Machine(Parser.Unit unit, Map<Node, St> pendingDecls, Simulator sim, String process, Mailbox mailbox,
            Output out, String mainFile) {
        this.unit = unit;
        this.sim = sim;
        this.process = process;
        this.mailbox = mailbox;
        this.out = out;
        this.mainFile = mainFile;
        this.startsProcess = true;
        this.mem = new Memory(null, STACK_SIZE);
        int i = 0;
        for (Func f : unit.definitions) {
            Fn fn = new Fn(f.name, f);
            fn.address = FN_BASE + 16L * i++;
            Var v = unit.functions.get(f.name);
            fns.put(v, fn);
            byAddress.put(fn.address, fn);
        }
        Var main = unit.functions.get("main");
        if (main == null || main.func == null) {
            throw new CError(new Pos(mainFile, 1, 1), "the program defines no 'main' function");
        }
        CType mt = main.type;
        if (!mt.base.unqualified().sameAs(CType.INT) || mt.params != null && mt.params.size() != 0
                && mt.params.size() != 2) {
            throw new CError(main.pos, "'main' must be 'int main(void)' or 'int main(int argc, char **argv)'");
        }
        for (Var f : unit.functions.values()) {
            if (f.func == null && f.addrTaken && Builtins.find(f.name) == null) {
                throw new CError(f.pos, "undefined reference to '" + f.name + "' (no definition, and no builtin of"
                        + " that name)");
            }
        }
        layoutData();
        Codegen cg = new Codegen(mem, fns, pendingDecls);
        for (Fn fn : fns.values()) {
            cg.compile(fn);
        }
        Fn mainFn = fns.get(main);
        long[] args = new long[mainFn.def.params.size()];
        if (args.length == 2) {
            args = mainArgs();
        }
        cur = push(mainFn, null, -1, 0, args);
    }

    /**
     * A machine for a program a front end other than C's lowered itself to one function (the {@code *.mmio}
     * script front end): no globals, strings or library. The process is not started by a run; the program's
     * own instructions start it (or another, {@link #switchProcess}) at their first call into the simulator.
     *
     * @param program the lowered program; its {@link Fn#def} names it and has no parameters
     * @param sim the simulator
     * @param process the process the program runs as until it switches
     * @param mainFile the file errors name when an instruction has no position
     */
    public Machine(Fn program, Simulator sim, String process, String mainFile) {
        this.unit = null;
        this.sim = sim;
        this.process = process;
        this.startsProcess = false;
        this.mailbox = new Mailbox();
        this.out = b -> { };
        this.mainFile = mainFile;
        this.mem = new Memory(null, STACK_SIZE);
        cur = push(program, null, -1, 0, new long[0]);
    }

    // ------------------------------------------------------------------ layout

    private void layoutData() {
        long a = Memory.DATA_BASE;
        for (StrLit s : unit.strings) {
            s.address = a;
            a += s.bytes.length;
        }
        for (Var v : unit.globals) {
            if (!v.type.isComplete()) {
                if (v.type.isArray() && v.type.len < 0) {
                    v.type = CType.array(v.type.base, 1); // a tentative definition of unknown size: one element
                } else {
                    throw new CError(v.pos, "storage size of '" + v.display + "' isn't known");
                }
            }
            long al = Math.max(Math.max(v.type.align(), v.alignas), v.type.size() >= 16 ? 16 : 1);
            a = (a + al - 1) / al * al;
            v.address = a;
            a += Math.max(1, v.type.size());
            if (a - Memory.DATA_BASE > Memory.MAX_BYTES / 2) {
                throw new CError(v.pos, "the global '" + v.display + "' is too large (" + v.type.size()
                        + " bytes; the program may use at most " + (Memory.MAX_BYTES >> 20) + " MiB)");
            }
        }
        mem.map(Memory.DATA_BASE, a + 1);
        for (StrLit s : unit.strings) {
            mem.write(s.address, s.bytes, 0, s.bytes.length);
        }
        for (Var v : unit.globals) {
            if (v.init == null) {
                continue;
            }
            for (Var.Init in : v.init) {
                long at = v.address + in.offset();
                if (in.bytes() != null) {
                    mem.write(at, in.bytes(), 0, in.bytes().length);
                    continue;
                }
                Long val = ConstEval.tryEval(in.expr(), this::functionAddress);
                if (val == null || in.type().isRecord()) {
                    throw new CError(in.expr().start != null ? in.expr().start : in.expr().pos,
                            "initializer element is not constant");
                }
                if (in.bitField() != null) {
                    CType.Member m = in.bitField();
                    long unitSize = m.type.size();
                    long u = mem.load(at, unsignedOf(m.type));
                    long mask = m.bitWidth == 64 ? -1L : (1L << m.bitWidth) - 1;
                    u = (u & ~(mask << m.bitPos)) | ((val & mask) << m.bitPos);
                    mem.store(at, m.type, u);
                    if (unitSize == 0) {
                        throw new IllegalStateException();
                    }
                } else {
                    mem.store(at, in.type(), val);
                }
            }
        }
    }

    private static CType unsignedOf(CType t) {
        return switch ((int) t.size()) {
            case 1 -> CType.UCHAR;
            case 2 -> CType.USHORT;
            case 4 -> CType.UINT;
            default -> CType.ULONG;
        };
    }

    private long[] mainArgs() {
        // argv = { "<stem>", NULL } on the heap-free top of the data: written into a fresh malloc block
        byte[] name = (process + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long s = malloc(name.length);
        mem.write(s, name, 0, name.length);
        long argv = malloc(16);
        mem.store64(argv, s);
        mem.store64(argv + 8, 0);
        return new long[] {1, argv};
    }

    // ------------------------------------------------------------------ what builtins use

    /**
     * Asks the run to pause after the instruction running now, in the middle of its statement: called on the running
     * thread while an instruction makes an MMIO access (by a simulator listener), so that a debugger stops at the
     * access rather than at the next statement. Run again, the machine goes on with the next instruction.
     */
    public void pauseAfterThisInstruction() {
        pauseRequested = true;
    }

    /** Whether the machine is paused in the middle of a statement, after an instruction (see above). */
    public boolean pausedMidStatement() {
        return midStatement && end == null;
    }

    /**
     * The MMIO API of the process the program runs as now, asked of the simulator (which starts the process if it
     * has not started) at the first use after a start, a {@link #switchProcess process switch} or a
     * {@link #restore restore}, and kept until the next: a front end's register calls go through it without asking
     * the simulator for the process each time.
     *
     * @return the API
     */
    public MmioApi api() {
        if (api == null) {
            api = sim.process(process).api();
            mem.setApi(api);
        }
        return api;
    }

    Simulator sim() {
        return sim;
    }

    /** The process the program runs as now. */
    public String processName() {
        return process;
    }

    /**
     * Makes the following instructions run as another simulated process, starting it if it does not exist yet
     * (the script front end's {@code process NAME}).
     *
     * @throws IllegalArgumentException if the simulator refuses the name
     */
    public void switchProcess(String name) {
        sim.process(name);
        process = name;
        api = null;
    }

    Mailbox mailbox() {
        return mailbox;
    }

    void print(byte[] b) {
        out.print(b);
    }

    long malloc(long size) {
        if (size < 0 || size > Memory.MAX_BYTES) {
            return 0;
        }
        long p = mem.heap.malloc(size);
        if (p != 0) {
            given(p, size);
        }
        return p;
    }

    private void given(long p, long size) {
        mem.liveBlocks.put(p, size);
        mem.freedBlocks.subMap(p - (1L << 30) < 0 ? 0 : p, p + Math.max(size, 1) + 16).clear();
        java.util.Map.Entry<Long, Long> before = mem.freedBlocks.lowerEntry(p);
        if (before != null && before.getKey() + before.getValue() > p) {
            mem.freedBlocks.remove(before.getKey());
        }
    }

    void free(long p) throws LibcException {
        mem.heap.free(p);
        if (p != 0) {
            Long size = mem.liveBlocks.remove(p);
            mem.freedBlocks.put(p, size == null ? 1 : size);
        }
    }

    long realloc(long ptr, long size) throws LibcException {
        if (size < 0 || size > Memory.MAX_BYTES) {
            return 0;
        }
        long q = mem.heap.realloc(mem, ptr, size);
        if (ptr != 0 && (q != 0 || size == 0) && q != ptr) {
            Long old = mem.liveBlocks.remove(ptr);
            mem.freedBlocks.put(ptr, old == null ? 1 : old);
        }
        if (q != 0) {
            given(q, size);
        }
        return q;
    }

    /**
     * Faults when a library function would write len bytes at dst past the end of the local or global object that
     * holds dst.
     */
    void checkWrite(long dst, long len, String function) {
        if (len <= 0) {
            return;
        }
        for (Frame f = cur; f != null; f = f.up) {
            if (dst < f.fp || dst >= f.fp + f.fn.frameSize) {
                continue;
            }
            for (Var v : f.fn.locals) {
                if (v.slot < 0 && !v.global) {
                    check(f.fp + v.address, v, dst, len, function);
                }
            }
            return;
        }
        if (dst >= Memory.DATA_BASE && dst < Memory.HEAP_BASE) {
            for (Var v : unit.globals) {
                check(v.address, v, dst, len, function);
            }
        }
    }

    private static void check(long start, Var v, long dst, long len, String function) {
        long size = v.type.size();
        if (dst >= start && dst < start + size && dst + len > start + size) {
            throw new CFault("out of bounds: " + function + " writes " + len + " bytes at offset " + (dst - start)
                    + " of '" + v.display + "' (" + v.type + ", " + size + " bytes)");
        }
    }

    // ------------------------------------------------------------------ frames

    private Frame push(Fn fn, Frame up, int dst, long retBuf, long[] args) {
        if (fn.frameSize > STACK_SIZE) {
            Var big = null;
            for (Var v : fn.locals) {
                if (v.slot < 0 && !v.global && (big == null || v.type.size() > big.type.size())) {
                    big = v;
                }
            }
            throw new CFault("stack overflow: '" + fn.name + "' needs " + fn.frameSize + " bytes of stack for its"
                    + " locals; the stack has " + STACK_SIZE).at(big == null ? fn.def.pos : big.pos);
        }
        long fp = mem.sp - fn.frameSize;
        fp &= -16L;
        if (fp < mem.stackLimit || depth >= MAX_DEPTH) {
            throw new CFault("stack overflow: " + (depth + 1) + " nested calls use more than the "
                    + (STACK_SIZE >> 20) + " MiB stack (runaway recursion?)");
        }
        if (fp < lowestMapped) {
            mem.map(fp, lowestMapped);
            lowestMapped = fp & -4096L;
        }
        mem.sp = fp;
        Frame f = new Frame(fn, fp, up, dst, retBuf, args);
        List<Var> ps = fn.def.params;
        int n = Math.min(ps.size(), args.length);
        for (int i = 0; i < n; i++) {
            Var p = ps.get(i);
            if (p.slot >= 0) {
                f.s[p.slot] = args[i];
            } else if (p.type.isRecord()) {
                mem.copy(fp + p.address, args[i], p.type.size());
            } else {
                mem.store(fp + p.address, p.type, args[i]);
            }
        }
        depth++;
        return f;
    }

    // ------------------------------------------------------------------ running

    public void setStepLimit(long limit) {
        this.stepLimit = limit;
    }

    public long steps() {
        return steps;
    }

    public Result result() {
        return end;
    }

    public Frame top() {
        return cur;
    }

    /** The parsed translation unit (for the debugger's expressions). */
    Parser.Unit unit() {
        return unit;
    }

    /** The address of a function of the program or of a builtin, as a function pointer holds it; 0 if none. */
    long functionAddress(Var function) {
        Fn fn = fns.get(function);
        return fn != null ? fn.address : Builtins.address(function.name);
    }

    /** The name of the function at a function address, or null. */
    String functionAt(long address) {
        Fn fn = byAddress.get(address);
        if (fn != null) {
            return fn.name;
        }
        return Builtins.nameAt(address);
    }

    /** The statement the machine is paused before (or stopped in). */
    public Insn current() {
        if (cur == null) {
            return null;
        }
        Insn[] code = cur.fn.code;
        return cur.pc < code.length ? code[cur.pc] : null;
    }

    /**
     * Runs until the program ends, or a stop condition asks to pause before a statement (asked at each
     * statement boundary, not before the one the machine is paused at).
     */
    public Result run(Stop stop) {
        if (end != null) {
            return end;
        }
        if (pendingExit != null) {
            int status = pendingExit;
            pendingExit = null;
            midStatement = false;
            return finish(new Result(Kind.EXITED, status, null, List.of()));
        }
        if (startsProcess) {
            api();
        }
        final boolean one = single;
        Frame f = cur;
        Insn[] code = f.fn.code;
        int pc = f.pc;
        // a pause at a statement boundary was asked there already; one after an instruction was not
        boolean first = !midStatement;
        midStatement = false;
        pauseRequested = false;
        Insn in = null;
        // the statement counter lives in a local while running (a field would be a chain of stores and loads
        // through memory, one per statement); the field has its value whenever the stop condition asks, and
        // when run returns (finally)
        long n = steps;
        long limit = stepLimit;
        try {
            for (;;) {
                in = code[pc];
                if (one && !first) {
                    f.pc = pc;
                    cur = f;
                    return new Result(Kind.PAUSED, 0, null, List.of());
                }
                if (in.stmt) {
                    if (stop != null && !first) {
                        f.pc = pc;
                        cur = f;
                        steps = n;
                        if (stop.stop(this)) {
                            return new Result(Kind.PAUSED, 0, null, List.of());
                        }
                        n = steps;
                        limit = stepLimit;
                    }
                    if (atFrame != f) {
                        atFrame = f;
                    }
                    atPc = pc;
                    if (++n > limit) {
                        f.pc = pc;
                        cur = f;
                        return finish(new Result(Kind.STEP_LIMIT, 1, in.pos + ": error: the program ran more than "
                                + limit + " statements (an endless loop?)", backtrace(f, pc)));
                    }
                }
                first = false;
                if (slotOp(in.op)) {
                    // instructions on slots only (jumps, fused arithmetic and comparisons) run in a loop of their
                    // own, which calls nothing, so the compiled loop keeps its state in registers; it returns to
                    // the loop above for any other instruction, and for a statement boundary where the stop
                    // condition is to be asked or the statement limit is reached
                    long[] s = f.s;
                    for (;;) {
                        switch (in.op) {
                            case Insn.JMP:
                                pc = in.t;
                                break;
                            case Insn.ADDK_I: {
                                s[in.a] = (int) (s[in.a] + in.k);
                                pc++;
                                break;
                            }
                            case Insn.ADDK_U: {
                                s[in.a] = (s[in.a] + in.k) & 0xFFFF_FFFFL;
                                pc++;
                                break;
                            }
                            case Insn.ADDK_L:
                                s[in.a] += in.k;
                                pc++;
                                break;
                            case Insn.ADDS_I: {
                                s[in.a] = (int) (s[in.a] + s[in.b]);
                                pc++;
                                break;
                            }
                            case Insn.ADDS_U: {
                                s[in.a] = (s[in.a] + s[in.b]) & 0xFFFF_FFFFL;
                                pc++;
                                break;
                            }
                            case Insn.ADDS_L: {
                                s[in.a] += s[in.b];
                                pc++;
                                break;
                            }
                            case Insn.JEQ_K:
                                pc = s[in.a] == in.k ? in.t : pc + 1;
                                break;
                            case Insn.JNE_K:
                                pc = s[in.a] != in.k ? in.t : pc + 1;
                                break;
                            case Insn.JLT_K:
                                pc = s[in.a] < in.k ? in.t : pc + 1;
                                break;
                            case Insn.JGE_K:
                                pc = s[in.a] >= in.k ? in.t : pc + 1;
                                break;
                            case Insn.JLE_K:
                                pc = s[in.a] <= in.k ? in.t : pc + 1;
                                break;
                            case Insn.JGT_K:
                                pc = s[in.a] > in.k ? in.t : pc + 1;
                                break;
                            case Insn.JEQ_S:
                                pc = s[in.a] == s[in.b] ? in.t : pc + 1;
                                break;
                            case Insn.JNE_S:
                                pc = s[in.a] != s[in.b] ? in.t : pc + 1;
                                break;
                            case Insn.JLT_S:
                                pc = s[in.a] < s[in.b] ? in.t : pc + 1;
                                break;
                            case Insn.JGE_S:
                                pc = s[in.a] >= s[in.b] ? in.t : pc + 1;
                                break;
                            case Insn.JLE_S:
                                pc = s[in.a] <= s[in.b] ? in.t : pc + 1;
                                break;
                            case Insn.JGT_S:
                                pc = s[in.a] > s[in.b] ? in.t : pc + 1;
                                break;
                            case Insn.JLTU_K:
                                pc = (s[in.a] ^ Long.MIN_VALUE) < in.k ? in.t : pc + 1;
                                break;
                            case Insn.JGEU_K:
                                pc = (s[in.a] ^ Long.MIN_VALUE) >= in.k ? in.t : pc + 1;
                                break;
                            case Insn.JLEU_K:
                                pc = (s[in.a] ^ Long.MIN_VALUE) <= in.k ? in.t : pc + 1;
                                break;
                            case Insn.JGTU_K:
                                pc = (s[in.a] ^ Long.MIN_VALUE) > in.k ? in.t : pc + 1;
                                break;
                            case Insn.JLTU_S:
                                pc = Long.compareUnsigned(s[in.a], s[in.b]) < 0 ? in.t : pc + 1;
                                break;
                            case Insn.JGEU_S:
                                pc = Long.compareUnsigned(s[in.a], s[in.b]) >= 0 ? in.t : pc + 1;
                                break;
                            case Insn.JLEU_S:
                                pc = Long.compareUnsigned(s[in.a], s[in.b]) <= 0 ? in.t : pc + 1;
                                break;
                            case Insn.JGTU_S:
                                pc = Long.compareUnsigned(s[in.a], s[in.b]) > 0 ? in.t : pc + 1;
                                break;
                            case Insn.LOOP:
                                if (--s[in.a] < 0) {
                                    in.e.ev(f); // the front end's closure ends the program
                                }
                                pc++;
                                break;
                            case Insn.LOOPJ:
                                if (holds(in.f, s[in.a], in.b >= 0 ? s[in.b] : in.k)) {
                                    if (--s[in.dst] < 0) {
                                        in.e2.ev(f);
                                    }
                                    pc = in.t;
                                } else {
                                    pc++;
                                }
                                break;
                            default:
                                throw new IllegalStateException("bad instruction " + in.op);
                        }
                        if (one) {
                            break;
                        }
                        in = code[pc];
                        if (!slotOp(in.op)) {
                            break;
                        }
                        if (in.stmt) {
                            if (stop != null || n >= limit) {
                                break;
                            }
                            n++;
                            if (atFrame != f) {
                                atFrame = f;
                            }
                            atPc = pc;
                        }
                    }
                    continue;
                }
                switch (in.op) {
                    case Insn.EXPR:
                        in.e.ev(f);
                        pc++;
                        break;
                    case Insn.SET:
                        f.s[in.dst] = in.e.ev(f);
                        pc++;
                        break;
                    case Insn.HOOK: {
                        steps = n;
                        f.pc = pc;
                        cur = f;
                        long r = in.e.ev(f);
                        if (in.dst >= 0) {
                            f.s[in.dst] = r;
                        }
                        pc++;
                        break;
                    }
                    case Insn.BR:
                        pc = in.e.ev(f) != 0 ? in.t : pc + 1;
                        break;
                    case Insn.BRF:
                        pc = in.e.ev(f) == 0 ? in.t : pc + 1;
                        break;
                    case Insn.ST8_S: {
                        long x = in.e.ev(f);
                        mem.store8(f.s[in.a], x);
                        pc++;
                        break;
                    }
                    case Insn.ST16_S: {
                        long x = in.e.ev(f);
                        mem.store16(f.s[in.a], x);
                        pc++;
                        break;
                    }
                    case Insn.ST32_S: {
                        long x = in.e.ev(f);
                        mem.store32(f.s[in.a], x);
                        pc++;
                        break;
                    }
                    case Insn.ST64_S: {
                        long x = in.e.ev(f);
                        mem.store64(f.s[in.a], x);
                        pc++;
                        break;
                    }
                    case Insn.ST8: {
                        long x = in.e.ev(f);
                        mem.store8(in.e2.ev(f), x);
                        pc++;
                        break;
                    }
                    case Insn.ST16: {
                        long x = in.e.ev(f);
                        mem.store16(in.e2.ev(f), x);
                        pc++;
                        break;
                    }
                    case Insn.ST32: {
                        long x = in.e.ev(f);
                        mem.store32(in.e2.ev(f), x);
                        pc++;
                        break;
                    }
                    case Insn.ST64: {
                        long x = in.e.ev(f);
                        mem.store64(in.e2.ev(f), x);
                        pc++;
                        break;
                    }
                    case Insn.SWITCH: {
                        long v = in.e.ev(f);
                        int k = java.util.Arrays.binarySearch(in.caseVals, v);
                        pc = k >= 0 ? in.caseTargets[k] : in.f;
                        break;
                    }
                    case Insn.CALL: {
                        E[] as = in.args;
                        long[] av = new long[as.length];
                        for (int i = 0; i < as.length; i++) {
                            av[i] = as[i].ev(f);
                        }
                        Fn callee = in.callee;
                        Builtins.B b = in.builtin;
                        if (callee == null && b == null) {
                            long addr = in.e.ev(f);
                            callee = byAddress.get(addr);
                            if (callee == null) {
                                b = Builtins.at(addr);
                                if (b == null) {
                                    throw new CFault(addr == 0 ? "null pointer called as a function"
                                            : "call through an invalid function pointer 0x" + Long.toHexString(addr));
                                }
                            }
                        }
                        if (b != null) {
                            f.pc = pc;
                            cur = f;
                            long r = b.call(this, av);
                            if (in.dst >= 0) {
                                f.s[in.dst] = r;
                            }
                            pc++;
                            break;
                        }
                        f.pc = pc + 1;
                        f = push(callee, f, in.dst, in.retOff >= 0 ? f.fp + in.retOff : 0, av);
                        code = f.fn.code;
                        pc = 0;
                        break;
                    }
                    case Insn.RET: {
                        long v = in.e.ev(f);
                        if (in.size > 0 && f.retBuf != 0) {
                            mem.copy(f.retBuf, v, in.size);
                            v = f.retBuf;
                        }
                        Frame up = f.up;
                        mem.sp = f.fp + f.fn.frameSize;
                        depth--;
                        if (up == null) {
                            f.pc = pc;
                            cur = f;
                            int status = (int) v;
                            if (pauseRequested) {
                                // the return's expression made the access: pause at it, in main, before the end
                                pauseRequested = false;
                                midStatement = true;
                                pendingExit = status;
                                return new Result(Kind.PAUSED, 0, null, List.of());
                            }
                            return finish(new Result(Kind.EXITED, status, null, List.of()));
                        }
                        if (f.dst >= 0) {
                            up.s[f.dst] = v;
                        }
                        f = up;
                        code = f.fn.code;
                        pc = f.pc;
                        break;
                    }
                    default:
                        throw new IllegalStateException("bad instruction " + in.op);
                }
                if (pauseRequested) {
                    pauseRequested = false;
                    midStatement = true;
                    f.pc = pc;
                    cur = f;
                    return new Result(Kind.PAUSED, 0, null, List.of());
                }
            }
        } catch (Builtins.Exit e) {
            f.pc = pc;
            cur = f;
            return finish(new Result(Kind.EXITED, e.status, null, List.of()));
        } catch (Builtins.Abort e) {
            f.pc = pc;
            cur = f;
            String msg = e.plain ? e.getMessage() : in.pos + ": error: " + e.getMessage();
            return finish(new Result(Kind.ERROR, e.plain ? 134 : 134, msg, e.plain ? List.of() : backtrace(f, pc)));
        } catch (CFault e) {
            return fault(f, pc, e.pos() != null ? e.pos() : in == null ? null : in.faultPos != null ? in.faultPos
                    : in.pos, e.getMessage());
        } catch (MmioFault e) {
            return fault(f, pc, in == null ? null : in.pos, Memory.mmio(e).getMessage());
        } catch (LibcException e) {
            return fault(f, pc, in == null ? null : in.pos, e.getMessage());
        } catch (Halt e) {
            f.pc = pc;
            cur = f;
            return finish(new Result(Kind.HALTED, 1, e.getMessage(), List.of(), e.reason()));
        } catch (StackOverflowError e) {
            return fault(f, pc, in == null ? null : in.pos, "expression nested too deeply");
        } finally {
            steps = n;
        }
    }

    /** Tells whether an instruction reads and writes slots only and calls nothing. */
    private static boolean slotOp(int op) {
        return op == Insn.JMP || op >= Insn.ADDK_I && op <= Insn.JGT_S || op >= Insn.JLTU_K && op <= Insn.LOOPJ;
    }

    /** The unsigned relation of {@link Insn#LOOPJ}: 0 ==, 1 !=, 2 &lt;, 3 &gt;=, 4 &lt;=, 5 &gt;. */
    private static boolean holds(int rel, long x, long y) {
        return switch (rel) {
            case 0 -> x == y;
            case 1 -> x != y;
            case 2 -> Long.compareUnsigned(x, y) < 0;
            case 3 -> Long.compareUnsigned(x, y) >= 0;
            case 4 -> Long.compareUnsigned(x, y) <= 0;
            default -> Long.compareUnsigned(x, y) > 0;
        };
    }

    /**
     * Runs one instruction (or none, if the program has ended): single-stepping below the statement, as a front
     * end's instruction stepping and its stepping to the next simulator access need.
     */
    public Result runOne() {
        single = true;
        try {
            return run(null);
        } finally {
            single = false;
        }
    }

    private Result fault(Frame f, int pc, Pos at, String message) {
        f.pc = pc;
        cur = f;
        Pos pos = at == null ? new Pos(mainFile, 1, 1) : at;
        List<String> bt = backtrace(f, pc);
        if (!bt.isEmpty()) {
            String top = bt.get(0);
            bt.set(0, top.substring(0, top.lastIndexOf(" at ") + 4) + pos);
        }
        return finish(new Result(Kind.ERROR, 1, pos + ": error: " + message, bt));
    }

    private Result finish(Result r) {
        end = r;
        return r;
    }

    /** gdb-style backtrace lines: {@code #0  FUNC (ARGS) at FILE:LINE:COL}. */
    public List<String> backtrace(Frame top, int topPc) {
        List<String> lines = new ArrayList<>();
        int i = 0;
        for (Frame f = top; f != null; f = f.up) {
            int pc = f == top ? topPc : f.pc - 1;
            Insn[] code = f.fn.code;
            Pos pos = code.length == 0 ? f.fn.def.pos : code[Math.max(0, Math.min(pc, code.length - 1))].pos;
            StringBuilder sb = new StringBuilder("#").append(i++).append("  ").append(f.fn.name).append(" (");
            List<Var> ps = f.fn.def.params;
            for (int k = 0; k < ps.size() && k < f.args.length; k++) {
                sb.append(k > 0 ? ", " : "").append(ps.get(k).name).append('=').append(show(ps.get(k).type, f.args[k]));
            }
            lines.add(sb.append(") at ").append(pos).toString());
            if (i > 50) {
                lines.add("... " + (f.depth() - 1) + " more frames");
                break;
            }
        }
        return lines;
    }

    static String show(CType t, long v) {
        if (t.isPtr() || t.isRecord()) {
            return "0x" + Long.toHexString(v);
        }
        if (t.isUnsigned()) {
            return Long.toUnsignedString(v);
        }
        return Long.toString(v);
    }

    // ------------------------------------------------------------------ snapshots

    /** The machine's state at a statement boundary. */
    public static final class State {
        final Frame frames;
        final Memory.Frozen memory;
        final long steps;
        final int depth;
        final long lowestMapped;
        final Result end;
        final Mailbox mailbox;
        final String process;
        final Frame atFrame;
        final int atPc;

        State(Frame frames, Memory.Frozen memory, long steps, int depth, long lowestMapped, Result end,
                Mailbox mailbox, String process, Frame atFrame, int atPc) {
            this.process = process;
            this.atFrame = atFrame;
            this.atPc = atPc;
            this.frames = frames;
            this.memory = memory;
            this.steps = steps;
            this.depth = depth;
            this.lowestMapped = lowestMapped;
            this.end = end;
            this.mailbox = mailbox;
        }
    }

    public State snapshot() {
        return new State(cur.copy(), mem.snapshot(), steps, depth, lowestMapped, end, mailbox.copy(), process,
                atFrame, atPc);
    }

    public void restore(State s) {
        midStatement = false; // states are taken at statement boundaries
        pendingExit = null;
        api = null; // the state may be from before the process started: run() asks the simulator for it again
        cur = s.frames.copy();
        mem.restore(s.memory);
        steps = s.steps;
        depth = s.depth;
        lowestMapped = s.lowestMapped;
        end = s.end;
        mailbox.restore(s.mailbox);
        if (!process.equals(s.process)) {
            process = s.process;
            api = null;
        }
        atFrame = s.atFrame;
        atPc = s.atPc;
    }

    /** A variable as a debugger shows it: slot locals have no address (-1); records and arrays show their address. */
    public record VarView(String name, CType type, long address, long value) {
        /** The value as C would print it for the type: decimal, unsigned, or hex for pointers and addresses. */
        public String shown() {
            return show(type.isArray() || type.isRecord() ? CType.ptr(type) : type, value);
        }
    }

    /** A call frame as a debugger shows it, innermost first. */
    public record FrameView(String function, Pos pos, List<VarView> args, List<VarView> locals) {
    }

    /** The call stack while paused (or stopped), innermost frame first. */
    public List<FrameView> frames() {
        List<FrameView> out = new ArrayList<>();
        for (Frame f = cur; f != null; f = f.up) {
            Insn[] code = f.fn.code;
            int pc = f == cur ? f.pc : f.pc - 1;
            Insn in = code.length == 0 ? null : code[Math.max(0, Math.min(pc, code.length - 1))];
            Pos pos = in == null ? f.fn.def.pos : f == cur && in.stmtPos != null ? in.stmtPos : in.pos;
            if (f == cur && f == atFrame && pausedMidStatement() && code[atPc].stmtPos != null) {
                pos = code[atPc].stmtPos; // paused at an access: the statement that made it
            }
            List<VarView> args = new ArrayList<>();
            List<VarView> locals = new ArrayList<>();
            for (Var v : f.fn.def.locals) {
                (f.fn.def.params.contains(v) ? args : locals).add(view(f, v));
            }
            out.add(new FrameView(f.fn.name, pos, List.copyOf(args), List.copyOf(locals)));
        }
        return out;
    }

    /** The program's variables of static storage a debugger can name: globals and static locals, in declaration order. */
    public List<VarView> globals() {
        List<VarView> out = new ArrayList<>();
        for (Var v : unit.globals) {
            if (v.isFunction || (v.isExtern && !v.defined)) {
                continue;
            }
            long value = v.address;
            if (v.type.isScalar()) {
                try {
                    value = mem.load(v.address, v.type);
                } catch (CFault e) {
                    value = 0;
                }
            }
            out.add(new VarView(v.display, v.type, v.address, value));
        }
        return List.copyOf(out);
    }

    private VarView view(Frame f, Var v) {
        if (v.slot >= 0) {
            return new VarView(v.display, v.type, -1, f.s[v.slot]);
        }
        long a = f.fp + v.address;
        long value = a;
        if (v.type.isScalar()) {
            try {
                value = mem.load(a, v.type);
            } catch (CFault e) {
                value = 0;
            }
        }
        return new VarView(v.display, v.type, a, value);
    }

    /**
     * The position of the statement running now, or of the one that ran last when paused before a statement; null
     * before the first.
     */
    public Pos statementPos() {
        return atFrame == null ? null : atFrame.fn.code[atPc].stmtPos;
    }

    /**
     * The front end's number ({@link Insn#tag}) of the statement running now, or that ran last when paused before a
     * statement; -1 before the first.
     */
    public int statementTag() {
        return atFrame == null ? -1 : atFrame.fn.code[atPc].tag;
    }

    /** The function of the statement running now, or null before the first. */
    public String statementFunction() {
        return atFrame == null ? null : atFrame.fn.name;
    }

    public Memory memory() {
        return mem;
    }
}
