package org.mmioworkbench.script.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mmioworkbench.c.internal.E;
import org.mmioworkbench.c.internal.Fn;
import org.mmioworkbench.c.internal.Func;
import org.mmioworkbench.c.internal.Insn;
import org.mmioworkbench.c.internal.Pos;
import org.mmioworkbench.script.Outcome;
import org.mmioworkbench.script.ScriptException;
import org.mmioworkbench.script.SourcePosition;
import org.mmioworkbench.script.StatementInfo;

/**
 * Lowers a script's statements to the C machine's instructions (see the package documentation of
 * {@code org.mmioworkbench.c.internal} for the instructions a script adds). Each statement's first instruction
 * carries its id; the condition of {@code while} and {@code do}/{@code while} is a statement of its own, and a
 * {@code for} loop's step and condition form one visit at the {@code for}. Expressions and calls are lowered by
 * {@link ExpressionLowering}.
 *
 * <p>While lowering, a flow analysis ({@link Flow}) follows which variables certainly have a value and which
 * type a store into each converts to: a read of a variable that certainly has one is a plain slot read (the
 * statement shapes the machine fuses, such as {@code i++} and {@code i < n}, need that), any other read checks
 * the variable's flag slot and stops the script with {@code undefined variable 'x'}; a store converts to the
 * declared type when one type reaches it, and by the type slot otherwise. Loops are analysed in one pass: at a
 * loop's head, a variable certainly has a value if it had one on entry and no declaration without initializer
 * in the loop takes it away, and has one type if every declaration of it in the loop agrees with the type on
 * entry.
 */
public final class Lowering {
    /** The type of a variable whose declarations reaching a point disagree: stores convert by its type slot. */
    static final CType VARIES = new CType("(varies)", -1, false, false);

    final String fileName;
    final ScriptRuntime rt;
    final Slots slots;
    final ExpressionLowering expressions;
    Flow flow = new Flow();

    private List<Insn> code = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private List<Label> pending = new ArrayList<>();
    private final List<StatementInfo> statements = new ArrayList<>();
    private final Deque<Loop> loops = new ArrayDeque<>();
    private int pendingTag = -1;
    private Pos pendingPos;
    private Pos pos;
    /** The statement being lowered (its calls record their trace events against it). */
    int statement = -1;

    /** A jump target: the instruction emitted after it is placed. */
    static final class Label {
        Insn at;
        final List<Insn> jumps = new ArrayList<>();
    }

    private record Loop(Label breaks, Label continues) {
    }

    /** What the lowering knows at a point: variables that certainly have a value, and declared types. */
    static final class Flow {
        final Set<String> assigned;
        final Map<String, CType> types;

        Flow() {
            this(new HashSet<>(), new HashMap<>());
        }

        private Flow(Set<String> assigned, Map<String, CType> types) {
            this.assigned = assigned;
            this.types = types;
        }

        Flow copy() {
            return new Flow(new HashSet<>(assigned), new HashMap<>(types));
        }

        CType type(Slots.Var v) {
            return types.getOrDefault(v.name, v.initialType);
        }

        /** Where two paths meet. */
        static Flow merge(Flow a, Flow b) {
            Flow m = a.copy();
            m.assigned.retainAll(b.assigned);
            Set<String> names = new HashSet<>(a.types.keySet());
            names.addAll(b.types.keySet());
            for (String n : names) {
                CType x = a.types.getOrDefault(n, CType.UINT64);
                CType y = b.types.getOrDefault(n, CType.UINT64);
                m.types.put(n, x.equals(y) ? x : VARIES);
            }
            return m;
        }
    }

    private Lowering(String fileName, ScriptRuntime rt) {
        this.fileName = fileName;
        this.rt = rt;
        this.slots = new Slots(fileName);
        this.expressions = new ExpressionLowering(this);
    }

    /**
     * Lowers a parsed script.
     *
     * @param parsed the parser's result
     * @param fileName the file name for messages
     * @param rt the runtime of the machine that will run it; null to only check the script
     * @return the program
     * @throws ScriptException for a call that does not match its prototype, a misplaced {@code break} and the like
     */
    public static Program lower(ParsedScript parsed, String fileName, ScriptRuntime rt) {
        Lowering l = new Lowering(fileName, rt);
        parsed.statements().forEach(l::statement);
        l.pos = new Pos(fileName, 1, 1);
        Insn ret = l.emit(Insn.RET);
        ret.e = f -> 0;
        Map<Insn, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < l.code.size(); i++) {
            index.put(l.code.get(i), i);
        }
        for (Label label : l.labels) {
            int target = index.get(label.at);
            for (Insn j : label.jumps) {
                j.t = target;
            }
        }
        Func def = new Func("script", null, new Pos(fileName, 1, 1));
        Fn fn = new Fn(fileName, def);
        fn.code = l.code.toArray(new Insn[0]);
        fn.nslots = l.slots.count();
        fn.params = def.params;
        fn.locals = def.locals;
        return new Program(fn, l.statements, l.slots.variables());
    }

    // ------------------------------------------------------------------ the instruction buffer

    Pos pos(SourcePosition p) {
        return new Pos(fileName, p.line(), p.column());
    }

    /** Starts a new statement: its first instruction will carry its id. */
    private int mark(SourcePosition at) {
        int id = statements.size();
        statements.add(new StatementInfo(id, at));
        remark(id);
        return id;
    }

    /** Makes the next instruction begin a statement again (a loop's next visit). */
    private void remark(int id) {
        statement = id;
        pendingTag = id;
        pos = pos(statements.get(id).position());
        pendingPos = pos;
    }

    Insn emit(int op) {
        Insn in = new Insn(op, pos);
        if (pendingTag >= 0) {
            in.stmt = true;
            in.stmtPos = pendingPos;
            in.tag = pendingTag;
            pendingTag = -1;
        }
        for (Label l : pending) {
            l.at = in;
        }
        pending.clear();
        code.add(in);
        return in;
    }

    Label label() {
        Label l = new Label();
        labels.add(l);
        return l;
    }

    /** Places a label before the next instruction. */
    void place(Label l) {
        pending.add(l);
    }

    void jump(Insn in, Label l) {
        l.jumps.add(in);
    }

    /** Emits an instruction that sets a slot. */
    void set(int slot, E e) {
        Insn in = emit(Insn.SET);
        in.dst = slot;
        in.e = e;
    }

    ScriptException error(SourcePosition at, String detail) {
        return new ScriptException(fileName, at, detail);
    }

    // ------------------------------------------------------------------ statements

    private void statement(Stmt s) {
        switch (s) {
            case Stmt.Assign a -> {
                mark(a.position());
                assign(a);
            }
            case Stmt.Declare d -> {
                mark(d.position());
                declare(d);
            }
            case Stmt.CallStatement c -> {
                mark(c.position());
                slots.releaseTemps();
                expressions.call(c.call(), false);
            }
            case Stmt.If i -> ifStatement(i);
            case Stmt.While w -> whileLoop(w);
            case Stmt.DoWhile d -> doWhile(d);
            case Stmt.For f -> forLoop(f);
            case Stmt.Block b -> b.statements().forEach(this::statement);
            case Stmt.Break b -> {
                mark(b.position());
                jump(emit(Insn.JMP), innermost(b.position(), "break").breaks());
            }
            case Stmt.Continue c -> {
                mark(c.position());
                jump(emit(Insn.JMP), innermost(c.position(), "continue").continues());
            }
            case Stmt.Process p -> {
                int id = mark(p.position());
                ScriptRuntime r = rt;
                String name = p.name();
                SourcePosition at = p.position();
                emit(Insn.HOOK).e = f -> {
                    r.switchProcess(name, at, id);
                    return 0;
                };
            }
            case Stmt.Assert a -> {
                mark(a.position());
                slots.releaseTemps();
                E c = expressions.expr(a.condition()).e();
                Outcome failed = Outcome.assertionFailed(fileName, a.position(), a.text());
                emit(Insn.EXPR).e = f -> {
                    if (c.ev(f) == 0) {
                        throw ScriptRuntime.stop(failed);
                    }
                    return 0;
                };
            }
        }
    }

    /** A statement inside a for header: no statement of its own. */
    private void simple(Stmt s) {
        switch (s) {
            case Stmt.Assign a -> assign(a);
            case Stmt.Declare d -> declare(d);
            case Stmt.CallStatement c -> {
                slots.releaseTemps();
                expressions.call(c.call(), false);
            }
            default -> throw new IllegalStateException("not a simple statement: " + s);
        }
    }

    private void ifStatement(Stmt.If s) {
        mark(s.position());
        slots.releaseTemps();
        V c = expressions.expr(s.condition());
        Label otherwise = label();
        branch(c, false, otherwise);
        Flow afterCondition = flow;
        flow = afterCondition.copy();
        statement(s.then());
        if (s.otherwise() == null) {
            place(otherwise);
            flow = Flow.merge(flow, afterCondition);
            return;
        }
        Label end = label();
        jump(emit(Insn.JMP), end);
        Flow afterThen = flow;
        place(otherwise);
        flow = afterCondition.copy();
        statement(s.otherwise());
        place(end);
        flow = Flow.merge(afterThen, flow);
    }

    private void whileLoop(Stmt.While s) {
        int id = mark(s.position());
        int counter = enterLoop();
        Flow head = head(flow, List.of(s.body()));
        flow = head.copy();
        Label top = label();
        Label back = label();
        Label exit = label();
        place(top);
        slots.releaseTemps();
        branch(expressions.expr(s.condition()), false, exit);
        iteration(counter, s.position());
        loops.push(new Loop(exit, back));
        statement(s.body());
        loops.pop();
        place(back);
        remark(id);
        jump(emit(Insn.JMP), top);
        place(exit);
        flow = head;
    }

    private void doWhile(Stmt.DoWhile s) {
        mark(s.position());
        int counter = enterLoop();
        Flow head = head(flow, List.of(s.body()));
        flow = head.copy();
        Label top = label();
        Label condition = label();
        Label exit = label();
        place(top);
        iteration(counter, s.position());
        loops.push(new Loop(exit, condition));
        statement(s.body());
        loops.pop();
        place(condition);
        mark(s.whilePosition());
        flow = head.copy();
        slots.releaseTemps();
        branch(expressions.expr(s.condition()), true, top);
        place(exit);
        flow = head;
    }

    /**
     * A {@code for} loop: the step and the condition follow the body (one visit of the {@code for}), so an
     * iteration runs the body, the step, and a branch back to the body while the condition holds. They are
     * lowered before the body, as the language's order of checks asks, into a segment of their own.
     */
    private void forLoop(Stmt.For s) {
        int id = mark(s.position());
        int counter = enterLoop();
        s.init().forEach(this::simple);
        List<Stmt> inLoop = new ArrayList<>(s.step());
        inLoop.add(s.body());
        Flow head = head(flow, inLoop);
        Label condition = label();
        Label body = label();
        Label step = label();
        Label exit = label();
        jump(emit(Insn.JMP), condition);
        List<Insn> main = code;
        List<Label> mainPending = pending;
        code = new ArrayList<>();
        pending = new ArrayList<>();
        flow = head.copy();
        remark(id);
        if (s.step().isEmpty()) {
            Label next = label();
            jump(emit(Insn.JMP), next); // the visit of the for needs an instruction of its own
            place(next);
        } else {
            s.step().forEach(this::simple);
        }
        place(condition);
        flow = head.copy();
        slots.releaseTemps();
        boolean counted = false;
        if (s.condition() == null) {
            jump(emit(Insn.JMP), body);
        } else {
            V c = expressions.expr(s.condition());
            if (c.fused() >= 0) {
                countedBranch(c, counter, s.position(), body);
                counted = true;
            } else {
                branch(c, true, body);
            }
        }
        List<Insn> segment = code;
        code = main;
        pending = mainPending;
        place(body);
        if (!counted) {
            iteration(counter, s.position());
        }
        loops.push(new Loop(exit, step));
        statement(s.body());
        loops.pop();
        for (Label l : pending) {
            l.at = segment.get(0);
        }
        pending.clear();
        step.at = segment.get(0);
        code.addAll(segment);
        place(exit);
        flow = head;
    }

    /** The flow at a loop's head, from the flow on entry and what the loop declares. */
    private static Flow head(Flow entry, List<Stmt> inLoop) {
        Set<String> kills = new HashSet<>();
        Map<String, CType> declared = new HashMap<>();
        for (Stmt s : inLoop) {
            scan(s, kills, declared);
        }
        Flow h = entry.copy();
        h.assigned.removeAll(kills);
        declared.forEach((name, t) -> {
            if (!t.equals(entry.types.getOrDefault(name, CType.UINT64))) {
                h.types.put(name, VARIES);
            }
        });
        return h;
    }

    /** Collects the variables a statement's declarations leave without a value, and the types they declare. */
    private static void scan(Stmt s, Set<String> kills, Map<String, CType> declared) {
        switch (s) {
            case Stmt.Declare d -> {
                for (Stmt.Declarator v : d.declarators()) {
                    if (v.type().struct()) {
                        kills.add(v.name() + ".rid");
                        kills.add(v.name() + ".handle");
                    } else {
                        if (v.init() == null) {
                            kills.add(v.name());
                        }
                        declared.merge(v.name(), v.type(), (a, b) -> a.equals(b) ? a : VARIES);
                    }
                }
            }
            case Stmt.If i -> {
                scan(i.then(), kills, declared);
                if (i.otherwise() != null) {
                    scan(i.otherwise(), kills, declared);
                }
            }
            case Stmt.While w -> scan(w.body(), kills, declared);
            case Stmt.DoWhile d -> scan(d.body(), kills, declared);
            case Stmt.For f -> {
                f.init().forEach(x -> scan(x, kills, declared));
                f.step().forEach(x -> scan(x, kills, declared));
                scan(f.body(), kills, declared);
            }
            case Stmt.Block b -> b.statements().forEach(x -> scan(x, kills, declared));
            default -> {
            }
        }
    }

    /** Starts a loop's execution: its counter (a slot of its own) holds the iterations it may run, the bound. */
    private int enterLoop() {
        int counter = slots.loopCounter();
        long bound = rt == null ? Long.MAX_VALUE : rt.loopBound();
        set(counter, f -> bound);
        return counter;
    }

    /** Counts an iteration; the loop bound stops the script at the loop's keyword. */
    private void iteration(int counter, SourcePosition at) {
        Insn in = emit(Insn.LOOP);
        in.a = counter;
        in.e = boundExceeded(at);
    }

    private E boundExceeded(SourcePosition at) {
        ScriptRuntime r = rt;
        String detail = "the loop at line " + at.line() + " ran more than " + (r == null ? 0 : r.loopBound())
                + " iterations; is it polling a register that never changes? (the loop bound can be raised)";
        return f -> {
            throw r.error(Outcome.Kind.LOOP_BOUND, at, detail);
        };
    }

    /**
     * A {@code for} loop's branch back into its body on a fused comparison, which counts the iteration itself
     * ({@link Insn#LOOPJ}): one instruction fewer an iteration than a branch and a {@link Insn#LOOP}.
     */
    private void countedBranch(V c, int counter, SourcePosition at, Label body) {
        int op = c.fused();
        boolean slots2 = op >= Insn.JEQ_S && op <= Insn.JGT_S || op >= Insn.JLTU_S && op <= Insn.JGTU_S;
        int rel = switch (op) {
            case Insn.JEQ_K, Insn.JEQ_S -> 0;
            case Insn.JNE_K, Insn.JNE_S -> 1;
            case Insn.JLTU_K, Insn.JLTU_S -> 2;
            case Insn.JGEU_K, Insn.JGEU_S -> 3;
            case Insn.JLEU_K, Insn.JLEU_S -> 4;
            default -> 5;
        };
        Insn in = emit(Insn.LOOPJ);
        in.a = c.a();
        in.b = slots2 ? c.b() : -1;
        in.k = rel >= 2 && !slots2 ? c.k() ^ Long.MIN_VALUE : c.k();
        in.f = rel;
        in.dst = counter;
        in.e = c.e();
        in.e2 = boundExceeded(at);
        jump(in, body);
    }

    /** A branch to a label when a condition is true (or false), fused with the comparison when it is one. */
    void branch(V c, boolean when, Label target) {
        Insn in;
        if (c.fused() >= 0) {
            in = emit(when ? c.fused() : c.fused() ^ 1);
            in.a = c.a();
            in.b = c.b();
            in.k = c.k();
            in.e = c.e();
        } else {
            in = emit(when ? Insn.BR : Insn.BRF);
            in.e = c.e();
        }
        jump(in, target);
    }

    private Loop innermost(SourcePosition at, String keyword) {
        if (loops.isEmpty()) {
            throw error(at, "'" + keyword + "' outside a loop");
        }
        return loops.peek();
    }

    // ------------------------------------------------------------------ assignments and declarations

    private void assign(Stmt.Assign a) {
        slots.releaseTemps();
        Slots.Var v = slots.of(a.target());
        if (a.op() == null) {
            store(v, expressions.expr(a.value()));
            return;
        }
        V left = expressions.beforeRight(expressions.read(v, a.target().position()), a.value());
        V right = expressions.expr(a.value());
        int fused = addOp(flow.type(v));
        if ((a.op() == BinaryOp.ADD || a.op() == BinaryOp.SUB) && left.isSlot(v.slot) && fused >= 0) {
            if (right.isConstant()) {
                Insn in = emit(fused);
                in.a = v.slot;
                in.k = a.op() == BinaryOp.ADD ? right.k() : -right.k();
                in.e = expressions.arith(a.op(), left, right, a.position()).e();
                return;
            }
            if (a.op() == BinaryOp.ADD && right.slot() >= 0) {
                Insn in = emit(fused + Insn.ADDS_I - Insn.ADDK_I);
                in.a = v.slot;
                in.b = right.slot();
                in.e = expressions.arith(a.op(), left, right, a.position()).e();
                return;
            }
        }
        store(v, expressions.arith(a.op(), left, right, a.position()));
    }

    /** The fused x += k for a variable of a type, or -1. */
    private static int addOp(CType t) {
        if (t.bits() == 64) {
            return Insn.ADDK_L;
        }
        if (t.bits() == 32) {
            return t.signed() ? Insn.ADDK_I : Insn.ADDK_U;
        }
        return -1;
    }

    /** Stores a value in a variable, converted to its type, marking it as having a value. */
    void store(Slots.Var v, V value) {
        CType t = flow.type(v);
        E converted = t == VARIES ? convertByTypeSlot(value.e(), slots.typeSlot(v)) : convert(value.e(), t);
        if (flow.assigned.contains(v.name)) {
            set(v.slot, converted);
        } else {
            int flag = v.flagSlot;
            set(v.slot, f -> {
                long r = converted.ev(f);
                f.s[flag] = 1;
                return r;
            });
            flow.assigned.add(v.name);
        }
    }

    private void declare(Stmt.Declare d) {
        for (Stmt.Declarator v : d.declarators()) {
            slots.releaseTemps();
            if (v.type().struct()) {
                Slots.Var[] fields = slots.struct(v.name(), v.position());
                int rid = fields[0].flagSlot;
                int handle = fields[1].flagSlot;
                emit(Insn.EXPR).e = f -> {
                    f.s[rid] = 0;
                    f.s[handle] = 0;
                    return 0;
                };
                flow.assigned.remove(fields[0].name);
                flow.assigned.remove(fields[1].name);
                continue;
            }
            Slots.Var var = slots.scalar(v.name(), v.position());
            int flag = var.flagSlot;
            int typeSlot = slots.typeSlot(var);
            long typeCode = typeCode(v.type());
            flow.assigned.remove(var.name);
            flow.types.put(var.name, v.type());
            if (v.init() == null || ExpressionLowering.hasCall(v.init())) {
                emit(Insn.EXPR).e = f -> {
                    f.s[flag] = 0;
                    f.s[typeSlot] = typeCode;
                    return 0;
                };
                if (v.init() != null) {
                    store(var, expressions.expr(v.init()));
                }
                continue;
            }
            E init = convert(expressions.expr(v.init()).e(), v.type());
            set(var.slot, f -> {
                f.s[flag] = 0;
                f.s[typeSlot] = typeCode;
                long r = init.ev(f);
                f.s[flag] = 1;
                return r;
            });
            flow.assigned.add(var.name);
        }
    }

    // ------------------------------------------------------------------ conversions

    /** The code of a type in a type slot: 0 for 64 bits (and no declaration), else bits, plus 0x100 if signed. */
    private static long typeCode(CType t) {
        return t.bits() == 64 || t.bits() == 0 ? 0 : t.bits() | (t.signed() ? 0x100 : 0);
    }

    /** Converts as a store into a variable of a type does (truncate, sign-extend signed types). */
    static E convert(E e, CType t) {
        if (t.bits() == 64 || t.bits() == 0) {
            return e;
        }
        int drop = 64 - t.bits();
        if (t.signed()) {
            return f -> (e.ev(f) << drop) >> drop;
        }
        long mask = -1L >>> drop;
        return f -> e.ev(f) & mask;
    }

    private static E convertByTypeSlot(E e, int typeSlot) {
        return f -> {
            long v = e.ev(f);
            long code = f.s[typeSlot];
            if (code == 0) {
                return v;
            }
            int drop = 64 - (int) (code & 0xFF);
            return (code & 0x100) != 0 ? (v << drop) >> drop : (v << drop) >>> drop;
        };
    }
}
