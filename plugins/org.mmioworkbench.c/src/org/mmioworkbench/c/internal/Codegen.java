package org.mmioworkbench.c.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.mmioworkbench.c.internal.Node.Op;

/**
 * Lowers functions to flat instruction arrays. Expressions become closures ({@link E}) with the C conversions
 * built in; calls are lowered out of expressions into CALL instructions that leave their result in a slot, and
 * the operators that must not evaluate a call unconditionally ({@code &&}, {@code ||}, {@code ?:}, {@code ,})
 * become branches when an operand holds a call, so the interpreter loop never recurses in Java.
 */
final class Codegen {
    private final Memory m;
    private final Map<Var, Fn> fns;
    private final Map<Node, St> pendingDecls;

    private List<Insn> code;
    private int nslots;
    private long frameOff;
    private boolean pendingStmt;
    private Pos stmtPos;
    private Map<String, Label> labels;
    private List<Label> breaks;
    private List<Label> continues;
    private Map<St, Label> caseLabels;
    /**
     * Closures whose whole effect, as a statement or a branch condition, one fused instruction does in the
     * interpreter loop (see {@link Insn#ADDK_I}): the closure stays the expression's value everywhere else.
     */
    private final Map<E, Fused> fusable = new IdentityHashMap<>();

    /** A fused instruction for a closure: op, slot operands a and b, constant k, value, address, fault position. */
    private record Fused(int op, int a, int b, long k, E value, E addr, Pos pos) {
    }

    /**
     * Conversions that keep the low bytes of a value (to a type of this width): a fused store of that width
     * stores the unconverted value, whose low bytes are the same.
     */
    private final Map<E, Narrowing> narrowings = new IdentityHashMap<>();

    private record Narrowing(E inner, int width) {
    }

    private E fusable(E e, int op, int a, int b, long k) {
        fusable.put(e, new Fused(op, a, b, k, null, null, null));
        return e;
    }

    /** A jump target, resolved when placed. */
    private static final class Label {
        int pc = -1;
        final List<Insn> t = new ArrayList<>();
        final List<Insn> f = new ArrayList<>();
    }

    /** A slot read; recognised for specialisation. */
    static final class SlotE implements E {
        final int i;

        SlotE(int i) {
            this.i = i;
        }

        @Override
        public long ev(Frame f) {
            return f.s[i];
        }
    }

    /** A constant; recognised for specialisation and constant folding. */
    static final class ConstE implements E {
        final long v;

        ConstE(long v) {
            this.v = v;
        }

        @Override
        public long ev(Frame f) {
            return v;
        }
    }

    Codegen(Memory m, Map<Var, Fn> fns, Map<Node, St> pendingDecls) {
        this.m = m;
        this.fns = fns;
        this.pendingDecls = pendingDecls;
    }

    // ------------------------------------------------------------------ functions

    void compile(Fn fn) {
        Func def = fn.def;
        code = new ArrayList<>();
        nslots = 0;
        frameOff = 0;
        labels = new HashMap<>();
        breaks = new ArrayList<>();
        continues = new ArrayList<>();
        caseLabels = new IdentityHashMap<>();
        fusable.clear();
        narrowings.clear();
        pendingStmt = false;
        for (Var v : def.locals) {
            place(v);
        }
        fn.params = def.params;
        fn.locals = def.locals;
        stmt(def.body);
        beginStmt(def.end);
        Insn ret = emit(Insn.RET, def.end);
        ret.e = new ConstE(0); // falling off the end: main returns 0 (C99), others an unspecified value
        if (def.type.base.isRecord()) {
            long off = alloc(def.type.base.size(), def.type.base.align());
            ret.e = f -> f.fp + off;
            ret.size = def.type.base.size();
        }
        for (Map.Entry<String, Label> e : labels.entrySet()) {
            resolve(e.getValue());
        }
        fn.code = code.toArray(new Insn[0]);
        fn.nslots = nslots;
        fn.frameSize = (frameOff + 15) & -16L;
    }

    private void place(Var v) {
        if (v.inMemory()) {
            v.address = alloc(v.type.size(), Math.max(v.type.align(), v.alignas));
            v.slot = -1;
        } else {
            v.slot = nslots++;
        }
    }

    private long alloc(long size, int align) {
        long a = Math.max(1, align);
        frameOff = (frameOff + a - 1) / a * a;
        long off = frameOff;
        frameOff += Math.max(size, 1);
        return off;
    }

    private int newSlot() {
        return nslots++;
    }

    private void beginStmt(Pos pos) {
        pendingStmt = true;
        stmtPos = pos;
    }

    private Insn emit(int op, Pos pos) {
        Insn in = new Insn(op, pos);
        if (pendingStmt) {
            in.stmt = true;
            in.stmtPos = stmtPos;
            pendingStmt = false;
        }
        code.add(in);
        return in;
    }

    private void place(Label l) {
        l.pc = code.size();
    }

    private void jumpT(Insn in, Label l) {
        l.t.add(in);
        if (l.pc >= 0) {
            in.t = l.pc;
        }
    }

    private void jumpF(Insn in, Label l) {
        l.f.add(in);
        if (l.pc >= 0) {
            in.f = l.pc;
        }
    }

    private static void resolve(Label l) {
        for (Insn in : l.t) {
            in.t = l.pc;
        }
        for (Insn in : l.f) {
            in.f = l.pc;
        }
    }

    private void jmp(Label l, Pos pos) {
        Insn j = emit(Insn.JMP, pos);
        jumpT(j, l);
    }

    private void placeAndResolve(Label l) {
        place(l);
        resolve(l);
    }

    // ------------------------------------------------------------------ statements

    private void stmt(St s) {
        switch (s.k) {
            case BLOCK -> {
                for (St x : s.list) {
                    stmt(x);
                }
            }
            case EMPTY -> {
            }
            case EXPR -> {
                beginStmt(s.pos);
                effect(s.e);
            }
            case DECL -> {
                if (s.init == null) {
                    return;
                }
                beginStmt(s.pos);
                declInit(s.var, s.init, s.pos);
            }
            case IF -> {
                beginStmt(s.pos);
                E c = rv(s.e);
                Insn br = branch(Insn.BRF, c, s.pos);
                Label els = new Label();
                Label end = new Label();
                jumpT(br, els);
                stmt(s.a);
                if (s.b != null) {
                    jmp(end, s.pos);
                    placeAndResolve(els);
                    stmt(s.b);
                    placeAndResolve(end);
                } else {
                    placeAndResolve(els);
                }
            }
            case WHILE -> {
                Label cond = new Label();
                Label body = new Label();
                Label end = new Label();
                jmp(cond, s.pos);
                placeAndResolve(body);
                loop(end, cond, s.a);
                placeAndResolve(cond);
                beginStmt(s.e.pos);
                E c = rv(s.e);
                branchTrue(c, body, s.e.pos);
                placeAndResolve(end);
            }
            case DO -> {
                Label body = new Label();
                Label cond = new Label();
                Label end = new Label();
                placeAndResolve(body);
                loop(end, cond, s.a);
                placeAndResolve(cond);
                beginStmt(s.e.pos);
                E c = rv(s.e);
                branchTrue(c, body, s.e.pos);
                placeAndResolve(end);
            }
            case FOR -> {
                if (s.a != null) {
                    stmt(s.a);
                }
                Label cond = new Label();
                Label body = new Label();
                Label step = new Label();
                Label end = new Label();
                jmp(cond, s.pos);
                placeAndResolve(body);
                loop(end, step, s.b);
                placeAndResolve(step);
                if (s.e2 != null) {
                    beginStmt(s.e2.pos);
                    effect(s.e2);
                }
                placeAndResolve(cond);
                if (s.e != null) {
                    beginStmt(s.e.pos);
                    E c = rv(s.e);
                    branchTrue(c, body, s.e.pos);
                } else {
                    beginStmt(s.pos);
                    jmp(body, s.pos);
                }
                placeAndResolve(end);
            }
            case RETURN -> {
                beginStmt(s.pos);
                Insn r;
                if (s.e == null || s.e.type.isVoid()) {
                    if (s.e != null) {
                        effect(s.e);
                    }
                    r = emit(Insn.RET, s.pos);
                    r.e = new ConstE(0);
                } else {
                    E v = rv(s.e);
                    r = emit(Insn.RET, s.pos);
                    r.e = v;
                    if (s.e.type.isRecord()) {
                        r.size = s.e.type.size();
                    }
                }
            }
            case BREAK -> {
                if (breaks.isEmpty()) {
                    throw new CError(s.pos, "break statement not within loop or switch");
                }
                beginStmt(s.pos);
                jmp(breaks.get(breaks.size() - 1), s.pos);
            }
            case CONTINUE -> {
                Label l = null;
                for (int i = continues.size() - 1; i >= 0; i--) {
                    if (continues.get(i) != null) {
                        l = continues.get(i);
                        break;
                    }
                }
                if (l == null) {
                    throw new CError(s.pos, "continue statement not within a loop");
                }
                beginStmt(s.pos);
                jmp(l, s.pos);
            }
            case GOTO -> {
                beginStmt(s.pos);
                jmp(labels.computeIfAbsent(s.label, k -> new Label()), s.pos);
            }
            case LABEL -> {
                Label l = labels.computeIfAbsent(s.label, k -> new Label());
                place(l);
                stmt(s.a);
            }
            case SWITCH -> {
                beginStmt(s.pos);
                E v = rv(s.e);
                Insn sw = emit(Insn.SWITCH, s.pos);
                sw.e = v;
                Label end = new Label();
                for (St c : s.cases) {
                    caseLabels.put(c, new Label());
                }
                breaks.add(end);
                continues.add(null);
                stmt(s.a);
                breaks.remove(breaks.size() - 1);
                continues.remove(continues.size() - 1);
                placeAndResolve(end);
                List<St> cs = new ArrayList<>();
                int def = end.pc;
                for (St c : s.cases) {
                    if (c.k == St.K.DEFAULT) {
                        def = caseLabels.get(c).pc;
                    } else {
                        cs.add(c);
                    }
                }
                cs.sort((x, y) -> Long.compare(x.caseVal, y.caseVal));
                sw.caseVals = new long[cs.size()];
                sw.caseTargets = new int[cs.size()];
                for (int i = 0; i < cs.size(); i++) {
                    sw.caseVals[i] = cs.get(i).caseVal;
                    sw.caseTargets[i] = caseLabels.get(cs.get(i)).pc;
                }
                sw.f = def;
            }
            case CASE, DEFAULT -> {
                place(caseLabels.get(s));
                stmt(s.a);
            }
        }
    }

    private void loop(Label brk, Label cont, St body) {
        breaks.add(brk);
        continues.add(cont);
        stmt(body);
        breaks.remove(breaks.size() - 1);
        continues.remove(continues.size() - 1);
    }

    private void branchTrue(E c, Label target, Pos pos) {
        Insn br = branch(Insn.BR, c, pos);
        jumpT(br, target);
        br.f = -1; // fall through
    }

    /** A branch on c (BR: jump to t if true; BRF: if false), fused with a comparison of slots when it is one. */
    private Insn branch(int op, E c, Pos pos) {
        Insn br = emit(op, pos);
        br.e = c;
        Fused fu = fusable.get(c);
        if (fu != null && (fu.op() >= Insn.JEQ_K && fu.op() <= Insn.JGT_S
                || fu.op() >= Insn.JLTU_K && fu.op() <= Insn.JGTU_S)) {
            br.op = op == Insn.BR ? fu.op() : fu.op() ^ 1; // the ops come in pairs: EQ/NE, LT/GE, LE/GT
            br.a = fu.a();
            br.b = fu.b();
            br.k = fu.k();
        }
        return br;
    }

    /** Evaluates an expression for its side effects only. */
    private void effect(Node n) {
        if (n.op == Op.CALL) {
            call(n, true);
            return;
        }
        if (n.op == Op.VOIDCAST) {
            effect(n.l);
            return;
        }
        if (n.op == Op.COMMA) {
            effect(n.l);
            effect(n.r);
            return;
        }
        E e = rv(n);
        if (e instanceof ConstE || e instanceof SlotE) {
            return;
        }
        Insn in = emit(Insn.EXPR, n.pos);
        in.e = e;
        Fused fu = fusable.get(e);
        if (fu != null && (fu.op() < Insn.JEQ_K || fu.op() >= Insn.ST8_S && fu.op() <= Insn.ST64)) {
            in.op = fu.op();
            in.a = fu.a();
            in.b = fu.b();
            in.k = fu.k();
            if (fu.op() == Insn.SET) {
                in.dst = fu.a();
                in.e = fu.value();
            } else if (fu.op() >= Insn.ST8_S) {
                int width = 1 << ((fu.op() - Insn.ST8_S) & 3);
                Narrowing nw = narrowings.get(fu.value());
                in.e = nw != null && nw.width() == width ? nw.inner() : fu.value();
                in.e2 = fu.addr();
                in.faultPos = fu.pos();
            }
        }
    }

    private void declInit(Var v, List<Var.Init> init, Pos pos) {
        if (v.slot >= 0) {
            Var.Init i = init.get(0);
            E val = rv(i.expr());
            Insn in = emit(Insn.SET, pos);
            in.dst = v.slot;
            in.e = val;
            return;
        }
        long base = v.address;
        long size = v.type.size();
        List<E> parts = new ArrayList<>();
        boolean whole = init.size() == 1 && init.get(0).offset() == 0 && init.get(0).type().size() == size
                && init.get(0).bitField() == null && (init.get(0).expr() != null || init.get(0).bytes().length == size);
        if (!whole) {
            parts.add(f -> {
                m.fill(f.fp + base, 0, size);
                return 0;
            });
        }
        for (Var.Init i : init) {
            long off = base + i.offset();
            if (i.bytes() != null) {
                byte[] b = i.bytes();
                parts.add(f -> {
                    m.write(f.fp + off, b, 0, b.length);
                    return 0;
                });
                continue;
            }
            E val = rv(i.expr());
            E addr = f -> f.fp + off;
            if (i.bitField() != null) {
                parts.add(storeBitField(addr, i.bitField(), val));
            } else if (i.type().isRecord()) {
                long n = i.type().size();
                parts.add(f -> {
                    m.copy(f.fp + off, val.ev(f), n);
                    return 0;
                });
            } else {
                parts.add(store(addr, i.type(), val));
            }
        }
        E[] ps = parts.toArray(new E[0]);
        Insn in = emit(Insn.EXPR, pos);
        in.e = ps.length == 1 ? ps[0] : f -> {
            for (E p : ps) {
                p.ev(f);
            }
            return 0;
        };
    }

    // ------------------------------------------------------------------ calls

    private E call(Node n, boolean discard) {
        Node fnode = n.l;
        Insn in;
        E[] args = new E[n.args.size()];
        E callee = null;
        Fn target = null;
        Builtins.B builtin = null;
        if (fnode.op == Op.DECAY && fnode.l.op == Op.VAR && fnode.l.var.isFunction) {
            Var fv = fnode.l.var;
            target = fns.get(fv);
            if (target == null) {
                builtin = Builtins.find(fv.name);
                if (builtin == null) {
                    throw new CError(n.pos, "undefined reference to '" + fv.name + "'");
                }
            }
        } else {
            callee = rv(fnode);
        }
        // gcc evaluates arguments from the last to the first: an argument is read before the calls in the
        // arguments to its left run (unspecified in C, but programs come to rely on it)
        for (int i = args.length - 1; i >= 0; i--) {
            E e = rv(n.args.get(i));
            boolean callsLeft = false;
            for (int j = 0; j < i; j++) {
                callsLeft |= n.args.get(j).hasCall;
            }
            if (callsLeft && !(e instanceof ConstE)) {
                Insn set = emit(Insn.SET, n.args.get(i).pos);
                set.dst = newSlot();
                set.e = e;
                e = new SlotE(set.dst);
            }
            args[i] = e;
        }
        in = emit(Insn.CALL, n.pos);
        in.callee = target;
        in.builtin = builtin;
        in.e = callee;
        in.args = args;
        if (n.type.isRecord()) {
            long off = alloc(n.type.size(), n.type.align());
            in.retOff = off;
            return f -> f.fp + off;
        }
        if (discard || n.type.isVoid()) {
            return new ConstE(0);
        }
        int t = newSlot();
        in.dst = t;
        return new SlotE(t);
    }

    // ------------------------------------------------------------------ lvalues

    /** An lvalue: a slot, or a typed location in memory, possibly a bit-field. */
    private static final class LV {
        Pos pos;
        int slot = -1;
        E addr;
        CType type;
        CType.Member bf;
    }

    private LV lv(Node n) {
        LV l = new LV();
        l.type = n.type;
        l.pos = n.pos;
        switch (n.op) {
            case VAR -> {
                Var v = n.var;
                if (!v.global && v.slot >= 0) {
                    l.slot = v.slot;
                } else {
                    l.addr = varAddr(v);
                }
            }
            case DEREF -> l.addr = checkedIndex(n.l);
            case MEMBER -> {
                E base = n.l.isLvalue() ? addrOf(n.l) : rv(n.l);
                long off = n.member.offset;
                l.addr = offset(base, off);
                if (n.member.isBitField()) {
                    l.bf = n.member;
                }
            }
            case STR -> l.addr = new ConstE(n.str.address);
            case STMTLIST -> {
                St decl = pendingDecls.get(n);
                declInit(decl.var, decl.init, n.pos);
                long off = decl.var.address;
                l.addr = f -> f.fp + off;
            }
            default -> {
                E a = rv(n); // a record-valued call, assignment or conditional: its address
                l.addr = a;
            }
        }
        return l;
    }

    private static E offset(E base, long off) {
        if (off == 0) {
            return base;
        }
        if (base instanceof ConstE c) {
            return new ConstE(c.v + off);
        }
        return f -> base.ev(f) + off;
    }

    private E varAddr(Var v) {
        if (v.global) {
            if (v.isFunction) {
                Fn fn = fns.get(v);
                long a = fn != null ? fn.address : Builtins.address(v.name);
                if (a == 0) {
                    throw new CError(v.pos, "undefined reference to '" + v.name + "'");
                }
                return new ConstE(a);
            }
            return new GlobalAddr(v);
        }
        long off = v.address;
        return f -> f.fp + off;
    }

    /** A global's address, read when run (the layout may place globals after codegen). */
    private static final class GlobalAddr implements E {
        final Var v;

        GlobalAddr(Var v) {
            this.v = v;
        }

        @Override
        public long ev(Frame f) {
            return v.address;
        }
    }

    private E addrOf(Node n) {
        if (n.op == Op.VAR && n.var.global && !n.var.isFunction) {
            return new GlobalAddr(n.var);
        }
        LV l = lv(n);
        if (l.slot >= 0) {
            throw new CError(n.pos, "internal: address of a register local");
        }
        return l.addr;
    }

    private E load(LV l) {
        if (l.slot >= 0) {
            return new SlotE(l.slot);
        }
        if (l.bf != null) {
            return at(loadBitField(l.addr, l.bf), l.pos);
        }
        if (l.type.isRecord() || l.type.isArray() || l.type.isFunc()) {
            return l.addr;
        }
        return at(load(l.addr, l.type), l.pos);
    }

    /** Gives a fault raised inside e (and not placed more precisely) a position. */
    private static E at(E e, Pos pos) {
        if (pos == null || e instanceof ConstE || e instanceof SlotE) {
            return e;
        }
        return f -> {
            try {
                return e.ev(f);
            } catch (CFault x) {
                throw x.at(pos);
            }
        };
    }

    /**
     * The address of {@code a[i]} where a is an array object of known length: a subscript outside the array faults
     * (except for the last member of a struct, which programs use as a variable-length tail).
     */
    private E checkedIndex(Node ptr) {
        if (ptr.op == Op.PTRADD && ptr.l.op == Op.DECAY && ptr.l.l.type.isArray() && ptr.l.l.type.len > 0
                && !(ptr.l.l.op == Op.MEMBER && isLastMember(ptr.l.l))) {
            CType at = ptr.l.l.type;
            long len = at.len;
            E base = rv(ptr.l);
            E idx = rv(ptr.r);
            long sz = ptr.val;
            String type = at.toString();
            if (idx instanceof ConstE c) {
                long v = c.v;
                if (v >= 0 && v < len) {
                    return base instanceof ConstE cb ? new ConstE(cb.v + v * sz) : f -> base.ev(f) + v * sz;
                }
            }
            return f -> {
                long i = idx.ev(f);
                if (i < 0 || i >= len) {
                    throw new CFault("out of bounds: index " + i + " is outside the array of type '" + type + "'");
                }
                return base.ev(f) + i * sz;
            };
        }
        return rv(ptr);
    }

    private static boolean isLastMember(Node member) {
        List<CType.Member> ms = member.l.type.rec.members;
        return !ms.isEmpty() && ms.get(ms.size() - 1) == member.member;
    }

    private E load(E a, CType t) {
        Memory m = this.m;
        if (a instanceof GlobalAddr g) {
            Var v = g.v;
            return switch (t.k) {
                case BOOL, UCHAR -> f -> m.loadU8(v.address);
                case CHAR, SCHAR -> f -> m.loadS8(v.address);
                case SHORT -> f -> m.loadS16(v.address);
                case USHORT -> f -> m.loadU16(v.address);
                case INT -> f -> m.loadS32(v.address);
                case UINT -> f -> m.loadU32(v.address);
                default -> f -> m.load64(v.address);
            };
        }
        return switch (t.k) {
            case BOOL, UCHAR -> f -> m.loadU8(a.ev(f));
            case CHAR, SCHAR -> f -> m.loadS8(a.ev(f));
            case SHORT -> f -> m.loadS16(a.ev(f));
            case USHORT -> f -> m.loadU16(a.ev(f));
            case INT -> f -> m.loadS32(a.ev(f));
            case UINT -> f -> m.loadU32(a.ev(f));
            default -> f -> m.load64(a.ev(f));
        };
    }

    /** Stores an already converted value; the closure returns the value. */
    private E store(E a, CType t, E v) {
        Memory m = this.m;
        return switch ((int) t.size()) {
            case 1 -> f -> {
                long x = v.ev(f);
                m.store8(a.ev(f), x);
                return x;
            };
            case 2 -> f -> {
                long x = v.ev(f);
                m.store16(a.ev(f), x);
                return x;
            };
            case 4 -> f -> {
                long x = v.ev(f);
                m.store32(a.ev(f), x);
                return x;
            };
            default -> f -> {
                long x = v.ev(f);
                m.store64(a.ev(f), x);
                return x;
            };
        };
    }

    private long loadUnit(long a, int size) {
        return switch (size) {
            case 1 -> m.loadU8(a);
            case 2 -> m.loadU16(a);
            case 4 -> m.loadU32(a);
            default -> m.load64(a);
        };
    }

    private void storeUnit(long a, int size, long v) {
        switch (size) {
            case 1 -> m.store8(a, v);
            case 2 -> m.store16(a, v);
            case 4 -> m.store32(a, v);
            default -> m.store64(a, v);
        }
    }

    private E loadBitField(E a, CType.Member mem) {
        int size = (int) mem.type.size();
        return f -> mem.extract(loadUnit(a.ev(f), size));
    }

    private E storeBitField(E a, CType.Member mem, E val) {
        int size = (int) mem.type.size();
        int pos = mem.bitPos;
        int w = mem.bitWidth;
        long mask = w == 64 ? -1L : (1L << w) - 1;
        boolean signed = !mem.type.isUnsigned();
        return f -> {
            long x = val.ev(f);
            long addr = a.ev(f);
            long u = loadUnit(addr, size);
            u = (u & ~(mask << pos)) | ((x & mask) << pos);
            storeUnit(addr, size, u);
            long v = x << (64 - w);
            return signed ? v >> (64 - w) : v >>> (64 - w);
        };
    }

    /** Read-modify-write: the new value from the old; returns new (post: old). */
    private E update(LV l, java.util.function.Function<E, E> op, boolean post) {
        if (l.slot >= 0) {
            int i = l.slot;
            E nv = op.apply(new SlotE(i));
            if (post) {
                return f -> {
                    long old = f.s[i];
                    f.s[i] = nv.ev(f);
                    return old;
                };
            }
            return f -> f.s[i] = nv.ev(f);
        }
        int t = newSlot();
        E addr = l.addr;
        E oldE;
        LV at = new LV();
        at.addr = new SlotE(t);
        at.type = l.type;
        at.bf = l.bf;
        oldE = load(at);
        int o = newSlot();
        E nv = op.apply(new SlotE(o));
        E st = l.bf != null ? storeBitField(at.addr, l.bf, nv) : store(at.addr, l.type, nv);
        Pos pos = l.pos;
        return f -> {
            try {
                f.s[t] = addr.ev(f);
                long old = oldE.ev(f);
                f.s[o] = old;
                long r = st.ev(f);
                return post ? old : r;
            } catch (CFault x) {
                throw x.at(pos);
            }
        };
    }

    // ------------------------------------------------------------------ rvalues

    E rv(Node n) {
        switch (n.op) {
            case NUM:
                return new ConstE(n.val);
            case STR:
                return new ConstE(n.str.address);
            case VAR: {
                Var v = n.var;
                if (v.isFunction) {
                    return varAddr(v);
                }
                return load(lv(n));
            }
            case DECAY: {
                Node x = n.l;
                if (x.op == Op.VAR && x.var.isFunction) {
                    return varAddr(x.var);
                }
                if (x.op == Op.STR) {
                    return new ConstE(x.str.address);
                }
                if (x.op == Op.CALL || x.op == Op.COND || x.op == Op.COMMA || x.op == Op.ASSIGN) {
                    return rv(x); // an array member of a record rvalue: its address
                }
                return addrOf(x);
            }
            case ADDR:
                return addrOf(n.l);
            case DEREF:
            case MEMBER:
                return load(lv(n));
            case STMTLIST:
                return load(lv(n));
            case CAST: {
                E e = rv(n.l);
                return convert(e, n.l.type, n.type);
            }
            case VOIDCAST: {
                effect(n.l);
                return new ConstE(0);
            }
            case NEG: {
                E a = rv(n.l);
                CType t = n.type;
                if (t.size() == 8) {
                    return f -> -a.ev(f);
                }
                return t.isUnsigned() ? f -> (-a.ev(f)) & 0xFFFF_FFFFL : f -> (int) -a.ev(f);
            }
            case BITNOT: {
                E a = rv(n.l);
                CType t = n.type;
                if (t.size() == 8) {
                    return f -> ~a.ev(f);
                }
                return t.isUnsigned() ? f -> (~a.ev(f)) & 0xFFFF_FFFFL : f -> ~a.ev(f);
            }
            case NOT: {
                E a = rv(n.l);
                return f -> a.ev(f) == 0 ? 1 : 0;
            }
            case ADD: case SUB: case MUL: case DIV: case MOD: case SHL: case SHR: case BAND: case BOR: case XOR:
                return arith(n.op, n.type, rv(n.l), rv(n.r), n.pos);
            case EQ: case NE: case LT: case LE: case GT: case GE: {
                E a = rv(n.l);
                E b = rv(n.r);
                return compare(n.op, n.l.type.isPtr() || n.l.type.isUnsigned() && n.l.type.size() == 8, a, b);
            }
            case LAND:
            case LOR:
                return logical(n);
            case PTRADD: {
                E a = rv(n.l);
                E i = rv(n.r);
                long sz = n.val;
                if (i instanceof ConstE c) {
                    long d = c.v * sz;
                    return a instanceof ConstE ca ? new ConstE(ca.v + d) : f -> a.ev(f) + d;
                }
                if (sz == 1) {
                    return f -> a.ev(f) + i.ev(f);
                }
                return f -> a.ev(f) + i.ev(f) * sz;
            }
            case PTRDIFF: {
                E a = rv(n.l);
                E b = rv(n.r);
                long sz = n.val;
                return f -> (a.ev(f) - b.ev(f)) / sz;
            }
            case ASSIGN: {
                LV l = lv(n.l);
                E v = rv(n.r);
                if (n.type.isRecord()) {
                    long size = n.type.size();
                    E dst = l.addr;
                    Memory m = this.m;
                    return at(f -> {
                        long s = v.ev(f);
                        long d = dst.ev(f);
                        m.copy(d, s, size);
                        return d;
                    }, l.pos);
                }
                if (l.slot >= 0) {
                    int i = l.slot;
                    E set = f -> f.s[i] = v.ev(f);
                    fusable.put(set, new Fused(Insn.SET, i, 0, 0, v, null, null));
                    return set;
                }
                if (l.bf != null) {
                    return at(storeBitField(l.addr, l.bf, v), l.pos);
                }
                E st = at(store(l.addr, l.type, v), l.pos);
                int width = (int) l.type.size();
                int op = width == 1 ? Insn.ST8 : width == 2 ? Insn.ST16 : width == 4 ? Insn.ST32 : Insn.ST64;
                if (l.addr instanceof SlotE as) {
                    fusable.put(st, new Fused(op - Insn.ST8 + Insn.ST8_S, as.i, 0, 0, v, null, l.pos));
                } else {
                    fusable.put(st, new Fused(op, 0, 0, 0, v, l.addr, l.pos));
                }
                return st;
            }
            case OPASSIGN: {
                LV l = lv(n.l);
                E r = rv(n.r);
                CType lt = n.l.type.unqualified();
                CType ot = n.opType;
                if (lt.isPtr()) {
                    long sz = n.val;
                    boolean sub = n.arith == Op.SUB;
                    return update(l, old -> f -> old.ev(f) + (sub ? -r.ev(f) : r.ev(f)) * sz, false);
                }
                Op op = n.arith;
                Pos pos = n.pos;
                E fast = fastOpAssign(l, lt, ot, op, r);
                if (fast != null) {
                    return fast;
                }
                return update(l, old -> convert(arith(op, ot, convert(old, lt, ot), r, pos), ot, lt), false);
            }
            case PREINC: case PREDEC: case POSTINC: case POSTDEC: {
                LV l = lv(n.l);
                CType t = n.type;
                long d = (n.op == Op.PREINC || n.op == Op.POSTINC ? 1 : -1) * n.val;
                boolean post = n.op == Op.POSTINC || n.op == Op.POSTDEC;
                if (t.k == CType.K.BOOL) {
                    boolean inc = d > 0;
                    return update(l, old -> inc ? f -> 1 : f -> old.ev(f) == 0 ? 1 : 0, post);
                }
                if (l.slot >= 0 && (t.size() == 8 || t.k == CType.K.INT || t.k == CType.K.UINT)) {
                    int i = l.slot;
                    if (t.size() == 8) {
                        return fusable(post ? f -> {
                            long o = f.s[i];
                            f.s[i] = o + d;
                            return o;
                        } : f -> f.s[i] += d, Insn.ADDK_L, i, 0, d);
                    }
                    if (t.k == CType.K.INT) {
                        return fusable(post ? f -> {
                            long o = f.s[i];
                            f.s[i] = (int) (o + d);
                            return o;
                        } : f -> f.s[i] = (int) (f.s[i] + d), Insn.ADDK_I, i, 0, d);
                    }
                    return fusable(post ? f -> {
                        long o = f.s[i];
                        f.s[i] = (o + d) & 0xFFFF_FFFFL;
                        return o;
                    } : f -> f.s[i] = (f.s[i] + d) & 0xFFFF_FFFFL, Insn.ADDK_U, i, 0, d);
                }
                return update(l, old -> convert(f -> old.ev(f) + d, CType.LONG, t), post);
            }
            case COND:
                return conditional(n);
            case COMMA: {
                if (n.l.hasCall || n.r.hasCall) {
                    effect(n.l);
                    return rv(n.r);
                }
                E a = rv(n.l);
                E b = rv(n.r);
                return f -> {
                    a.ev(f);
                    return b.ev(f);
                };
            }
            case CALL:
                return call(n, false);
            default:
                throw new CError(n.pos, "internal: cannot compile " + n.op);
        }
    }

    /** {@code x op= y} on a slot, in the slot's own type, with a slot or constant operand: one closure. */
    private E fastOpAssign(LV l, CType lt, CType ot, Op op, E r) {
        if (l.slot < 0 || lt.k != ot.k || !(r instanceof SlotE || r instanceof ConstE)) {
            return null;
        }
        int i = l.slot;
        boolean wide = lt.size() == 8;
        boolean ui = lt.k == CType.K.UINT;
        if (!wide && lt.k != CType.K.INT && !ui) {
            return null;
        }
        if (r instanceof SlotE rs) {
            int j = rs.i;
            return switch (op) {
                case ADD -> wide ? fusable(f -> f.s[i] += f.s[j], Insn.ADDS_L, i, j, 0)
                        : ui ? fusable(f -> f.s[i] = (f.s[i] + f.s[j]) & 0xFFFF_FFFFL, Insn.ADDS_U, i, j, 0)
                        : fusable(f -> f.s[i] = (int) (f.s[i] + f.s[j]), Insn.ADDS_I, i, j, 0);
                case SUB -> wide ? f -> f.s[i] -= f.s[j] : ui ? f -> f.s[i] = (f.s[i] - f.s[j]) & 0xFFFF_FFFFL
                        : f -> f.s[i] = (int) (f.s[i] - f.s[j]);
                case BAND -> f -> f.s[i] &= f.s[j];
                case BOR -> f -> f.s[i] |= f.s[j];
                case XOR -> f -> f.s[i] ^= f.s[j];
                default -> null;
            };
        }
        long v = ((ConstE) r).v;
        int kop = wide ? Insn.ADDK_L : ui ? Insn.ADDK_U : Insn.ADDK_I;
        return switch (op) {
            case ADD -> fusable(wide ? f -> f.s[i] += v : ui ? f -> f.s[i] = (f.s[i] + v) & 0xFFFF_FFFFL
                    : f -> f.s[i] = (int) (f.s[i] + v), kop, i, 0, v);
            case SUB -> fusable(wide ? f -> f.s[i] -= v : ui ? f -> f.s[i] = (f.s[i] - v) & 0xFFFF_FFFFL
                    : f -> f.s[i] = (int) (f.s[i] - v), kop, i, 0, -v);
            case BAND -> f -> f.s[i] &= v;
            case BOR -> f -> f.s[i] |= v;
            case XOR -> f -> f.s[i] ^= v;
            default -> null;
        };
    }

    private E logical(Node n) {
        boolean and = n.op == Op.LAND;
        if (!n.r.hasCall) {
            E a = rv(n.l);
            E b = rv(n.r);
            return and ? f -> a.ev(f) != 0 && b.ev(f) != 0 ? 1 : 0 : f -> a.ev(f) != 0 || b.ev(f) != 0 ? 1 : 0;
        }
        int t = newSlot();
        E a = rv(n.l);
        Label shortcut = new Label();
        Label end = new Label();
        Insn br = branch(and ? Insn.BRF : Insn.BR, a, n.pos);
        if (and) {
            jumpT(br, shortcut);
        } else {
            jumpT(br, shortcut);
            br.f = -1;
        }
        E b = rv(n.r);
        Insn set = emit(Insn.SET, n.pos);
        set.dst = t;
        set.e = f -> b.ev(f) != 0 ? 1 : 0;
        jmp(end, n.pos);
        placeAndResolve(shortcut);
        Insn set2 = emit(Insn.SET, n.pos);
        set2.dst = t;
        set2.e = new ConstE(and ? 0 : 1);
        placeAndResolve(end);
        return new SlotE(t);
    }

    private E conditional(Node n) {
        if (!n.l.hasCall && !n.r.hasCall) {
            E c = rv(n.c);
            E a = rv(n.l);
            E b = rv(n.r);
            return f -> c.ev(f) != 0 ? a.ev(f) : b.ev(f);
        }
        int t = newSlot();
        E c = rv(n.c);
        Insn br = branch(Insn.BRF, c, n.pos);
        Label els = new Label();
        Label end = new Label();
        jumpT(br, els);
        branchValue(n.l, t);
        jmp(end, n.pos);
        placeAndResolve(els);
        branchValue(n.r, t);
        placeAndResolve(end);
        return new SlotE(t);
    }

    private void branchValue(Node x, int t) {
        if (x.type.isVoid()) {
            effect(x);
            return;
        }
        E v = rv(x);
        Insn set = emit(Insn.SET, x.pos);
        set.dst = t;
        set.e = v;
    }

    E compare(Op op, boolean unsigned64, E a, E b) {
        if (unsigned64 && a instanceof SlotE s && b instanceof ConstE c) {
            int i = s.i;
            long v = c.v;
            long k = v ^ Long.MIN_VALUE;
            return switch (op) {
                case EQ -> fusable(f -> f.s[i] == v ? 1 : 0, Insn.JEQ_K, i, 0, v);
                case NE -> fusable(f -> f.s[i] != v ? 1 : 0, Insn.JNE_K, i, 0, v);
                case LT -> fusable(f -> Long.compareUnsigned(f.s[i], v) < 0 ? 1 : 0, Insn.JLTU_K, i, 0, k);
                case LE -> fusable(f -> Long.compareUnsigned(f.s[i], v) <= 0 ? 1 : 0, Insn.JLEU_K, i, 0, k);
                case GT -> fusable(f -> Long.compareUnsigned(f.s[i], v) > 0 ? 1 : 0, Insn.JGTU_K, i, 0, k);
                default -> fusable(f -> Long.compareUnsigned(f.s[i], v) >= 0 ? 1 : 0, Insn.JGEU_K, i, 0, k);
            };
        }
        if (unsigned64 && a instanceof SlotE s && b instanceof SlotE s2) {
            int i = s.i;
            int j = s2.i;
            return switch (op) {
                case EQ -> fusable(f -> f.s[i] == f.s[j] ? 1 : 0, Insn.JEQ_S, i, j, 0);
                case NE -> fusable(f -> f.s[i] != f.s[j] ? 1 : 0, Insn.JNE_S, i, j, 0);
                case LT -> fusable(f -> Long.compareUnsigned(f.s[i], f.s[j]) < 0 ? 1 : 0, Insn.JLTU_S, i, j, 0);
                case LE -> fusable(f -> Long.compareUnsigned(f.s[i], f.s[j]) <= 0 ? 1 : 0, Insn.JLEU_S, i, j, 0);
                case GT -> fusable(f -> Long.compareUnsigned(f.s[i], f.s[j]) > 0 ? 1 : 0, Insn.JGTU_S, i, j, 0);
                default -> fusable(f -> Long.compareUnsigned(f.s[i], f.s[j]) >= 0 ? 1 : 0, Insn.JGEU_S, i, j, 0);
            };
        }
        if (unsigned64) {
            return Arith.compareUnsigned(op, a, b);
        }
        if (a instanceof SlotE s && b instanceof ConstE c) {
            int i = s.i;
            long v = c.v;
            return switch (op) {
                case EQ -> fusable(f -> f.s[i] == v ? 1 : 0, Insn.JEQ_K, i, 0, v);
                case NE -> fusable(f -> f.s[i] != v ? 1 : 0, Insn.JNE_K, i, 0, v);
                case LT -> fusable(f -> f.s[i] < v ? 1 : 0, Insn.JLT_K, i, 0, v);
                case LE -> fusable(f -> f.s[i] <= v ? 1 : 0, Insn.JLE_K, i, 0, v);
                case GT -> fusable(f -> f.s[i] > v ? 1 : 0, Insn.JGT_K, i, 0, v);
                default -> fusable(f -> f.s[i] >= v ? 1 : 0, Insn.JGE_K, i, 0, v);
            };
        }
        if (a instanceof SlotE s && b instanceof SlotE s2) {
            int i = s.i;
            int j = s2.i;
            return switch (op) {
                case EQ -> fusable(f -> f.s[i] == f.s[j] ? 1 : 0, Insn.JEQ_S, i, j, 0);
                case NE -> fusable(f -> f.s[i] != f.s[j] ? 1 : 0, Insn.JNE_S, i, j, 0);
                case LT -> fusable(f -> f.s[i] < f.s[j] ? 1 : 0, Insn.JLT_S, i, j, 0);
                case LE -> fusable(f -> f.s[i] <= f.s[j] ? 1 : 0, Insn.JLE_S, i, j, 0);
                case GT -> fusable(f -> f.s[i] > f.s[j] ? 1 : 0, Insn.JGT_S, i, j, 0);
                default -> fusable(f -> f.s[i] >= f.s[j] ? 1 : 0, Insn.JGE_S, i, j, 0);
            };
        }
        return switch (op) {
            case EQ -> f -> a.ev(f) == b.ev(f) ? 1 : 0;
            case NE -> f -> a.ev(f) != b.ev(f) ? 1 : 0;
            case LT -> f -> a.ev(f) < b.ev(f) ? 1 : 0;
            case LE -> f -> a.ev(f) <= b.ev(f) ? 1 : 0;
            case GT -> f -> a.ev(f) > b.ev(f) ? 1 : 0;
            default -> f -> a.ev(f) >= b.ev(f) ? 1 : 0;
        };
    }

    /** Integer arithmetic in type t (int, unsigned int, or a 64-bit type), result canonical. */
    static E arith(Op op, CType t, E a, E b, Pos pos) {
        if (a instanceof ConstE ca && b instanceof ConstE cb) {
            try {
                return new ConstE(Arith.binary(op, t, t, ca.v, cb.v, false));
            } catch (Arith.DivideByZero e) {
                // fall through: fault at run time
            }
        }
        boolean wide = t.size() == 8;
        boolean uns = t.isUnsigned();
        if (!wide && !uns) {
            if (a instanceof SlotE s && b instanceof ConstE c) {
                int i = s.i;
                long v = c.v;
                switch (op) {
                    case ADD: return f -> (int) (f.s[i] + v);
                    case SUB: return f -> (int) (f.s[i] - v);
                    case MUL: return f -> (int) (f.s[i] * v);
                    case BAND: return f -> f.s[i] & v;
                    default: break;
                }
            }
            if (a instanceof SlotE s && b instanceof SlotE s2) {
                int i = s.i;
                int j = s2.i;
                switch (op) {
                    case ADD: return f -> (int) (f.s[i] + f.s[j]);
                    case SUB: return f -> (int) (f.s[i] - f.s[j]);
                    case MUL: return f -> (int) (f.s[i] * f.s[j]);
                    default: break;
                }
            }
            return switch (op) {
                case ADD -> f -> (int) (a.ev(f) + b.ev(f));
                case SUB -> f -> (int) (a.ev(f) - b.ev(f));
                case MUL -> f -> (int) (a.ev(f) * b.ev(f));
                case DIV -> f -> {
                    long x = a.ev(f);
                    long y = b.ev(f);
                    if (y == 0) {
                        throw new CFault("division by zero").at(pos);
                    }
                    return (int) (x / y);
                };
                case MOD -> f -> {
                    long x = a.ev(f);
                    long y = b.ev(f);
                    if (y == 0) {
                        throw new CFault("division by zero (in %)").at(pos);
                    }
                    return (int) (x % y);
                };
                case SHL -> f -> (int) a.ev(f) << b.ev(f);
                case SHR -> f -> (int) a.ev(f) >> b.ev(f);
                case BAND -> f -> a.ev(f) & b.ev(f);
                case BOR -> f -> a.ev(f) | b.ev(f);
                default -> f -> a.ev(f) ^ b.ev(f);
            };
        }
        if (!wide) {
            return switch (op) {
                case ADD -> f -> (a.ev(f) + b.ev(f)) & 0xFFFF_FFFFL;
                case SUB -> f -> (a.ev(f) - b.ev(f)) & 0xFFFF_FFFFL;
                case MUL -> f -> (a.ev(f) * b.ev(f)) & 0xFFFF_FFFFL;
                case DIV -> f -> {
                    long x = a.ev(f);
                    long y = b.ev(f);
                    if (y == 0) {
                        throw new CFault("division by zero").at(pos);
                    }
                    return x / y;
                };
                case MOD -> f -> {
                    long x = a.ev(f);
                    long y = b.ev(f);
                    if (y == 0) {
                        throw new CFault("division by zero (in %)").at(pos);
                    }
                    return x % y;
                };
                case SHL -> f -> ((long) ((int) a.ev(f) << b.ev(f))) & 0xFFFF_FFFFL;
                case SHR -> f -> a.ev(f) >>> (b.ev(f) & 31);
                case BAND -> f -> a.ev(f) & b.ev(f);
                case BOR -> f -> a.ev(f) | b.ev(f);
                default -> f -> a.ev(f) ^ b.ev(f);
            };
        }
        if (a instanceof SlotE s && b instanceof ConstE c && op == Op.ADD) {
            int i = s.i;
            long v = c.v;
            return f -> f.s[i] + v;
        }
        return switch (op) {
            case ADD -> f -> a.ev(f) + b.ev(f);
            case SUB -> f -> a.ev(f) - b.ev(f);
            case MUL -> f -> a.ev(f) * b.ev(f);
            case DIV -> uns ? f -> {
                long x = a.ev(f);
                long y = b.ev(f);
                if (y == 0) {
                    throw new CFault("division by zero").at(pos);
                }
                return Long.divideUnsigned(x, y);
            } : f -> {
                long x = a.ev(f);
                long y = b.ev(f);
                if (y == 0) {
                    throw new CFault("division by zero").at(pos);
                }
                return x / y;
            };
            case MOD -> uns ? f -> {
                long x = a.ev(f);
                long y = b.ev(f);
                if (y == 0) {
                    throw new CFault("division by zero (in %)").at(pos);
                }
                return Long.remainderUnsigned(x, y);
            } : f -> {
                long x = a.ev(f);
                long y = b.ev(f);
                if (y == 0) {
                    throw new CFault("division by zero (in %)").at(pos);
                }
                return x % y;
            };
            case SHL -> f -> a.ev(f) << b.ev(f);
            case SHR -> uns ? f -> a.ev(f) >>> b.ev(f) : f -> a.ev(f) >> b.ev(f);
            case BAND -> f -> a.ev(f) & b.ev(f);
            case BOR -> f -> a.ev(f) | b.ev(f);
            default -> f -> a.ev(f) ^ b.ev(f);
        };
    }

    /** Converts a canonical value of one type to another's canonical form. */
    E convert(E e, CType from, CType to) {
        if (to.k == CType.K.BOOL) {
            if (from.k == CType.K.BOOL) {
                return e;
            }
            return e instanceof ConstE c ? new ConstE(c.v != 0 ? 1 : 0) : f -> e.ev(f) != 0 ? 1 : 0;
        }
        if (!to.isInteger() || to.size() == 8) {
            return e;
        }
        if (from.isInteger() && from.k != CType.K.BOOL) {
            boolean fs = !from.isUnsigned();
            boolean ts = !to.isUnsigned();
            if (from.size() < to.size() && (!fs || ts) || from.size() == to.size() && fs == ts) {
                return e;
            }
        } else if (from.k == CType.K.BOOL) {
            return e;
        }
        if (e instanceof ConstE c) {
            return new ConstE(ConstEval.convert(c.v, to));
        }
        E c = switch (to.k) {
            case CHAR, SCHAR -> f -> (byte) e.ev(f);
            case UCHAR -> f -> e.ev(f) & 0xFF;
            case SHORT -> f -> (short) e.ev(f);
            case USHORT -> f -> e.ev(f) & 0xFFFF;
            case INT -> f -> (int) e.ev(f);
            default -> f -> e.ev(f) & 0xFFFF_FFFFL;
        };
        narrowings.put(c, new Narrowing(e, (int) to.size()));
        return c;
    }
}
