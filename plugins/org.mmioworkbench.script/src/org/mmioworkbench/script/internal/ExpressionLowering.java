package org.mmioworkbench.script.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.mmioworkbench.c.internal.Arith;
import org.mmioworkbench.c.internal.E;
import org.mmioworkbench.c.internal.Insn;
import org.mmioworkbench.c.internal.Node;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.script.Outcome;
import org.mmioworkbench.script.SourcePosition;

/**
 * Lowers expressions to closures with the script's semantics (unsigned 64-bit values, unsigned comparisons,
 * division, and logical right shift; division by zero stops the script at the operator, a shift by 64 or more
 * gives 0 and warns once per place), and calls to instructions of their own. Operands are evaluated from left
 * to right: a call runs as a {@link Insn#HOOK} instruction before the rest of the expression, so an operand to
 * its left that a call could change is computed into a temporary slot first (not a constant, nor a variable's plain
 * value when the calls have no out-parameters, the only way a call stores into variables), and the right operand
 * of {@code &&} or {@code ||} that holds a call becomes a branch. Each call is checked against its prototype: the
 * number of arguments, values where values are expected, {@code &out} parameters, whole {@code IoMemHandles} structures,
 * string literals, and {@code printf} formats against their arguments.
 */
final class ExpressionLowering {
    private static final long INVALID_HANDLE = Integer.toUnsignedLong(MmioConstants.INVALID_HANDLE);

    private final Lowering l;
    private final Slots slots;
    /** Numbers the shift operators, the places a warning is given once. */
    private int shifts;

    ExpressionLowering(Lowering l) {
        this.l = l;
        this.slots = l.slots;
    }

    /** Tells whether an expression holds a call. */
    static boolean hasCall(Expr e) {
        return switch (e) {
            case Expr.Call c -> true;
            case Expr.Unary u -> hasCall(u.operand());
            case Expr.Binary b -> hasCall(b.left()) || hasCall(b.right());
            case Expr.Cast c -> hasCall(c.operand());
            default -> false;
        };
    }

    /** Tells whether an expression holds a call that stores into variables (one with an out-parameter). */
    static boolean writesVariables(Expr e) {
        return switch (e) {
            case Expr.Call c -> c.arguments().stream().anyMatch(a -> a instanceof Arg.Out
                    || a instanceof Arg.Value v && writesVariables(v.expr()));
            case Expr.Unary u -> writesVariables(u.operand());
            case Expr.Binary b -> writesVariables(b.left()) || writesVariables(b.right());
            case Expr.Cast c -> writesVariables(c.operand());
            default -> false;
        };
    }

    /**
     * The left operand of an operator whose right operand is {@code right}, ready to be read after it: computed into
     * a temporary slot first when the right operand holds a call, unless it is a constant, or a variable's plain
     * value that no call of the right operand can change (only calls with out-parameters store into variables).
     * So {@code sum += IoReadMmReg32(reg)} adds the register's value to {@code sum} in place.
     */
    V beforeRight(V left, Expr right) {
        if (!hasCall(right) || left.slot() >= 0 && !writesVariables(right)) {
            return left;
        }
        return temp(left);
    }

    V expr(Expr e) {
        return switch (e) {
            case Expr.Literal x -> V.constant(x.value());
            case Expr.Variable v -> read(slots.scalar(v.name(), v.position()), v.position());
            case Expr.Field x -> read(slots.of(x.target()), x.position());
            case Expr.Unary u -> unary(u.op(), expr(u.operand()));
            case Expr.Binary b when b.op() == BinaryOp.LOGICAL_AND || b.op() == BinaryOp.LOGICAL_OR -> logical(b);
            case Expr.Binary b -> {
                V left = beforeRight(expr(b.left()), b.right());
                yield arith(b.op(), left, expr(b.right()), b.position());
            }
            case Expr.Cast c -> {
                V v = expr(c.operand());
                yield v.isConstant() ? V.constant(c.type().convert(v.k())) : V.of(Lowering.convert(v.e(), c.type()));
            }
            case Expr.Call c -> call(c, true);
        };
    }

    /** Reads a variable: a plain slot read where it certainly has a value, else one that checks. */
    V read(Slots.Var v, SourcePosition at) {
        if (l.flow.assigned.contains(v.name)) {
            return V.slot(v.slot);
        }
        int dot = v.name.indexOf('.');
        String hint = dot < 0 ? "" : " (assign it, or call KnIoMemHandlesClear(&" + v.name.substring(0, dot) + ") first)";
        String detail = "undefined variable '" + v.name + "'" + hint;
        ScriptRuntime rt = l.rt;
        int slot = v.slot;
        int flag = v.flagSlot;
        l.flow.assigned.add(v.name); // the script stops here unless it has one
        return V.of(f -> {
            if (f.s[flag] == 0) {
                throw rt.error(Outcome.Kind.RUNTIME_ERROR, at, detail);
            }
            return f.s[slot];
        });
    }

    /** Computes a value into a temporary slot now (unless it is a constant), so a later call cannot change it. */
    V temp(V v) {
        if (v.isConstant()) {
            return v;
        }
        int t = slots.temp();
        l.set(t, v.e());
        return V.slot(t);
    }

    private static V unary(UnaryOp op, V v) {
        if (v.isConstant()) {
            return V.constant(IntOps.unary(op, v.k()));
        }
        E a = v.e();
        return switch (op) {
            case NEGATE -> V.of(f -> -a.ev(f));
            case PLUS -> v;
            case COMPLEMENT -> V.of(f -> ~a.ev(f));
            case NOT -> V.of(f -> a.ev(f) == 0 ? 1 : 0);
            case TO_BOOLEAN -> V.of(f -> a.ev(f) != 0 ? 1 : 0);
        };
    }

    /** A binary operator on two lowered operands (not {@code &&} or {@code ||}). */
    V arith(BinaryOp op, V left, V right, SourcePosition at) {
        boolean fails = (op == BinaryOp.DIV || op == BinaryOp.MOD) && right.k() == 0
                || IntOps.isOversizedShift(op, right.k());
        if (left.isConstant() && right.isConstant() && !fails) {
            return V.constant(IntOps.binary(op, left.k(), right.k()));
        }
        E a = left.e();
        E b = right.e();
        ScriptRuntime rt = l.rt;
        return switch (op) {
            case MUL -> V.of(f -> a.ev(f) * b.ev(f));
            case DIV, MOD -> {
                boolean divide = op == BinaryOp.DIV;
                String detail = (divide ? "division" : "remainder") + " by zero";
                yield V.of(f -> {
                    long x = a.ev(f);
                    long y = b.ev(f);
                    if (y == 0) {
                        throw rt.error(Outcome.Kind.RUNTIME_ERROR, at, detail);
                    }
                    return divide ? Long.divideUnsigned(x, y) : Long.remainderUnsigned(x, y);
                });
            }
            case ADD -> V.of(f -> a.ev(f) + b.ev(f));
            case SUB -> V.of(f -> a.ev(f) - b.ev(f));
            case SHL, SHR -> {
                int place = shifts++;
                boolean leftShift = op == BinaryOp.SHL;
                yield V.of(f -> {
                    long x = a.ev(f);
                    long n = b.ev(f);
                    if (Long.compareUnsigned(n, 64) >= 0) {
                        rt.oversizedShift(place, at, n);
                        return 0;
                    }
                    return leftShift ? x << n : x >>> n;
                });
            }
            case LT, LE, GT, GE, EQ, NE -> compare(op, left, right);
            case AND -> V.of(f -> a.ev(f) & b.ev(f));
            case XOR -> V.of(f -> a.ev(f) ^ b.ev(f));
            case OR -> V.of(f -> a.ev(f) | b.ev(f));
            case LOGICAL_AND, LOGICAL_OR -> throw new IllegalStateException("short-circuit operator " + op);
        };
    }

    /** A comparison, unsigned; of a slot with a constant or a slot, also the fused jump a branch on it takes. */
    private static V compare(BinaryOp op, V left, V right) {
        E e = Arith.compareUnsigned(switch (op) {
            case EQ -> Node.Op.EQ;
            case NE -> Node.Op.NE;
            case LT -> Node.Op.LT;
            case LE -> Node.Op.LE;
            case GT -> Node.Op.GT;
            default -> Node.Op.GE;
        }, left.e(), right.e());
        if (left.slot() >= 0 && right.isConstant()) {
            int op2 = switch (op) {
                case EQ -> Insn.JEQ_K;
                case NE -> Insn.JNE_K;
                case LT -> Insn.JLTU_K;
                case LE -> Insn.JLEU_K;
                case GT -> Insn.JGTU_K;
                default -> Insn.JGEU_K;
            };
            long k = op2 == Insn.JEQ_K || op2 == Insn.JNE_K ? right.k() : right.k() ^ Long.MIN_VALUE;
            return V.compare(e, op2, left.slot(), 0, k);
        }
        if (left.slot() >= 0 && right.slot() >= 0) {
            int op2 = switch (op) {
                case EQ -> Insn.JEQ_S;
                case NE -> Insn.JNE_S;
                case LT -> Insn.JLTU_S;
                case LE -> Insn.JLEU_S;
                case GT -> Insn.JGTU_S;
                default -> Insn.JGEU_S;
            };
            return V.compare(e, op2, left.slot(), right.slot(), 0);
        }
        return V.of(e);
    }

    /**
     * {@code &&} and {@code ||}: the right operand is evaluated only if needed; when it holds a call, as a branch
     * over its instructions. What the right operand reads does not count as having a value afterwards.
     */
    private V logical(Expr.Binary b) {
        boolean and = b.op() == BinaryOp.LOGICAL_AND;
        V left = expr(b.left());
        Lowering.Flow before = l.flow.copy();
        if (!hasCall(b.right())) {
            E x = left.e();
            E y = expr(b.right()).e();
            l.flow = before;
            return V.of(and ? f -> x.ev(f) != 0 && y.ev(f) != 0 ? 1 : 0 : f -> x.ev(f) != 0 || y.ev(f) != 0 ? 1 : 0);
        }
        int t = slots.temp();
        E x = left.e();
        l.set(t, f -> x.ev(f) != 0 ? 1 : 0);
        Lowering.Label end = l.label();
        l.branch(V.slot(t), !and, end);
        E y = expr(b.right()).e();
        l.set(t, f -> y.ev(f) != 0 ? 1 : 0);
        l.place(end);
        l.flow = before;
        return V.slot(t);
    }

    // ------------------------------------------------------------------ calls

    /**
     * Lowers a call: its inputs, the call (a hook that leaves its result and out-values in temporaries), and the
     * stores of its out-values.
     *
     * @return the result, or null for a call whose value is not used
     */
    V call(Expr.Call c, boolean asValue) {
        Builtin b = Builtin.named(c.name());
        if (b == null) {
            Builtin similar = Builtin.similar(c.name());
            throw l.error(c.position(), "unknown function '" + c.name() + "'"
                    + (similar == null ? "" : " (did you mean " + similar.cName() + "?)"));
        }
        if (asValue && !b.returnsValue()) {
            throw l.error(c.position(), b.cName() + " returns no value");
        }
        if (b == Builtin.PRINTF) {
            printf(c);
            return null;
        }
        List<Arg> args = c.arguments();
        List<Builtin.Param> params = b.paramsFor(args.size());
        if (params == null) {
            throw l.error(c.position(), b.cName() + " takes " + b.arity() + ", " + b.signature() + ", but "
                    + args.size() + (args.size() == 1 ? " was" : " were") + " given");
        }
        int lastCall = lastCall(args);
        List<byte[]> texts = new ArrayList<>();
        List<Slots.Var> outputs = new ArrayList<>();
        List<E> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            argument(b, i, params.get(i), args.get(i), i < lastCall, texts, outputs, inputs);
        }
        E[] in = inputs.toArray(new E[0]);
        int[] outs = new int[outputs.size()];
        for (int k = 0; k < outs.length; k++) {
            outs[k] = slots.temp();
        }
        boolean returns = b.returnsValue();
        int result = returns && asValue ? slots.temp() : -1;
        List<byte[]> text = List.copyOf(texts);
        SourcePosition at = c.position();
        int statement = l.statement;
        ScriptRuntime rt = l.rt;
        Insn hook = l.emit(Insn.HOOK);
        hook.dst = result;
        int width = registerWidth(b);
        if (width != 0) {
            // the register calls: no argument or result arrays, the machine's API of the process
            E reg = in[0];
            if (in.length == 1) {
                hook.e = f -> rt.readRegister(b, width, reg.ev(f), at, statement);
            } else {
                E data = in[1];
                hook.e = f -> {
                    rt.writeRegister(b, width, reg.ev(f), data.ev(f), at, statement);
                    return 0;
                };
            }
            return asValue ? V.slot(result) : null;
        }
        hook.e = f -> {
            long[] values = new long[in.length];
            for (int i = 0; i < in.length; i++) {
                values[i] = in[i].ev(f);
            }
            long[] r = rt.call(b, values, text, at, statement);
            int first = returns ? 1 : 0;
            for (int k = 0; k < outs.length; k++) {
                f.s[outs[k]] = r[first + k];
            }
            return returns ? r[0] : 0;
        };
        for (int k = outputs.size() - 1; k >= 0; k--) {
            l.store(outputs.get(k), V.slot(outs[k]));
        }
        return asValue ? V.slot(result) : null;
    }

    /** The width of a register call ({@code IoReadMmReg*}, {@code IoWriteMmReg*}) in bits, else 0. */
    private static int registerWidth(Builtin b) {
        return switch (b) {
            case IO_READ_MM_REG8, IO_WRITE_MM_REG8 -> 8;
            case IO_READ_MM_REG16, IO_WRITE_MM_REG16 -> 16;
            case IO_READ_MM_REG32, IO_WRITE_MM_REG32 -> 32;
            default -> 0;
        };
    }

    /** The index of the last argument that holds a call, or -1. */
    private static int lastCall(List<Arg> args) {
        int last = -1;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof Arg.Value v && hasCall(v.expr())) {
                last = i;
            }
        }
        return last;
    }

    private void argument(Builtin b, int index, Builtin.Param p, Arg arg, boolean beforeCall, List<byte[]> texts,
            List<Slots.Var> outputs, List<E> inputs) {
        String which = "argument " + (index + 1) + " of " + b.cName() + " (" + p.written() + ")";
        switch (p.kind()) {
            case VALUE -> {
                if (!(arg instanceof Arg.Value v)) {
                    throw l.error(arg.position(), which + " must be an integer expression"
                            + (arg instanceof Arg.Out ? ", not an out-parameter" : ", not a string"));
                }
                V value = expr(v.expr());
                inputs.add((beforeCall ? temp(value) : value).e());
            }
            case OUT -> {
                if (!(arg instanceof Arg.Out o)) {
                    throw l.error(arg.position(), which + " is an out-parameter: write &" + p.name());
                }
                outputs.add(slots.of(o.target()));
            }
            case STRUCT_OUT, STRUCT_IN_OUT -> {
                if (!(arg instanceof Arg.Out o) || o.target().field() != null) {
                    throw l.error(arg.position(), which + " must be an IoMemHandles structure, such as &hs");
                }
                for (Slots.Var field : slots.struct(o.target().name(), o.target().position())) {
                    V value = p.kind() == Builtin.ParamKind.STRUCT_IN_OUT ? read(field, o.target().position())
                            : readOrInvalid(field);
                    inputs.add((beforeCall ? temp(value) : value).e());
                    outputs.add(field);
                }
            }
            case TEXT -> {
                if (!(arg instanceof Arg.Text t)) {
                    throw l.error(arg.position(), which + " must be a string literal");
                }
                if (b == Builtin.IPC_TRANSFER_HANDLE && p.name().equals("process")) {
                    checkProcess(new String(t.bytes(), StandardCharsets.UTF_8), t.position());
                } else if (b == Builtin.IPC_TRANSFER_HANDLE) {
                    checkRights(new String(t.bytes(), StandardCharsets.UTF_8), t.position());
                }
                texts.add(t.bytes());
            }
        }
    }

    /** A field's value, or {@code INVALID_HANDLE} if it has none (what KnIoMemHandlesClear is given). */
    private V readOrInvalid(Slots.Var v) {
        if (l.flow.assigned.contains(v.name)) {
            return V.slot(v.slot);
        }
        int slot = v.slot;
        int flag = v.flagSlot;
        return V.of(f -> f.s[flag] != 0 ? f.s[slot] : INVALID_HANDLE);
    }

    private void checkProcess(String name, SourcePosition at) {
        if (name.isBlank()) {
            throw l.error(at, "a process name cannot be blank");
        }
        if (Keywords.RESERVED_PROCESSES.contains(name)) {
            throw l.error(at, "'" + name + "' is reserved by the simulator; choose another process name");
        }
        if (!Simulator.isProcessName(name)) {
            throw l.error(at, "a process name cannot hold control characters (line breaks, escape sequences)");
        }
    }

    /** Reads a rights text as the call will, so a misspelt right is an error before the script runs. */
    private void checkRights(String rights, SourcePosition at) {
        try {
            HandleRights.parse(rights);
        } catch (IllegalArgumentException ex) {
            throw l.error(at, ex.getMessage());
        }
    }

    private void printf(Expr.Call c) {
        List<Arg> args = c.arguments();
        if (args.isEmpty() || !(args.get(0) instanceof Arg.Text formatArg)) {
            throw l.error(args.isEmpty() ? c.position() : args.get(0).position(),
                    "the first argument of printf must be a format string literal");
        }
        PrintfFormat format;
        try {
            format = PrintfFormat.parse(formatArg.bytes());
        } catch (IllegalArgumentException ex) {
            throw l.error(formatArg.position(), ex.getMessage());
        }
        List<Character> conversions = format.conversions();
        int given = args.size() - 1;
        if (given != conversions.size()) {
            SourcePosition at = given > conversions.size() ? args.get(conversions.size() + 1).position() : c.position();
            throw l.error(at, "the printf format has " + conversions.size() + " conversion"
                    + (conversions.size() == 1 ? "" : "s") + " but " + given + " argument"
                    + (given == 1 ? "" : "s") + " follow" + (given == 1 ? "s" : "") + " it");
        }
        int lastCall = lastCall(args);
        List<byte[]> texts = new ArrayList<>();
        List<E> values = new ArrayList<>();
        for (int i = 0; i < conversions.size(); i++) {
            char conversion = conversions.get(i);
            Arg arg = args.get(i + 1);
            if (conversion == 's') {
                if (!(arg instanceof Arg.Text t)) {
                    throw l.error(arg.position(), "%s needs a string literal (argument " + (i + 2) + " of printf)");
                }
                texts.add(t.bytes());
            } else if (arg instanceof Arg.Value v) {
                V value = expr(v.expr());
                values.add((i + 1 < lastCall ? temp(value) : value).e());
            } else {
                throw l.error(arg.position(), "%" + conversion + " needs an integer expression (argument " + (i + 2)
                        + " of printf)");
            }
        }
        E[] in = values.toArray(new E[0]);
        List<byte[]> text = List.copyOf(texts);
        ScriptRuntime rt = l.rt;
        l.emit(Insn.EXPR).e = f -> {
            long[] v = new long[in.length];
            for (int i = 0; i < in.length; i++) {
                v[i] = in[i].ev(f);
            }
            rt.print(format.format(v, text));
            return 0;
        };
    }
}
