package org.mmioworkbench.c.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.anarres.cpp.LexerException;
import org.anarres.cpp.LexerSource;
import org.anarres.cpp.Token;
import org.mmioworkbench.core.MappingInfo;
import org.mmioworkbench.core.ProcessInfo;
import org.mmioworkbench.core.Simulator;

/**
 * Evaluates C expressions for a debugger, in a frame of a paused {@link Machine}. The text is lexed as C and parsed
 * and typed by the program's own {@link Parser} (the file scope's typedefs, tags, enumeration constants, globals and
 * functions, then the frame's arguments and locals and its function's static locals), so {@code print} accepts what
 * the program could write: casts, {@code sizeof}, arithmetic with C's conversions, pointers, members, subscripts.
 * It is then computed over the machine's memory <em>without side effects</em>: assignments, {@code ++}/{@code --},
 * calls and statement expressions are refused, and a read in an MMIO mapping is a {@link Simulator#peek peek} of
 * the device (no register read, no trace event) rather than an access. No generated source text, and nothing of the
 * program is changed: the frame's variables are given to the parser as copies.
 */
public final class Evaluator {
    /**
     * An evaluated expression.
     *
     * @param type its C type
     * @param value its value in canonical form (records and arrays: their address)
     */
    public record Value(CType type, long value) {
    }

    /**
     * An expression parsed in the scope of one frame, ready to be evaluated again (a watch does, at each statement).
     * It names the frame by its function, frame pointer and depth, which stay the same when the machine is restored
     * from a snapshot; {@code frameDepth} is -1 when the expression names no argument or local.
     */
    public static final class Parsed {
        final Node node;
        final String text;
        final Fn fn;
        final long fp;
        final int frameDepth;

        Parsed(Node node, String text, Fn fn, long fp, int frameDepth) {
            this.node = node;
            this.text = text;
            this.fn = fn;
            this.fp = fp;
            this.frameDepth = frameDepth;
        }

        /** The expression as the user typed it, trimmed. */
        public String text() {
            return text;
        }

        /** Its type. */
        public CType type() {
            return node.type;
        }

        /** Whether it names an argument or local, so that it can be evaluated only while that frame lives. */
        public boolean local() {
            return frameDepth >= 0;
        }
    }

    /** Why an expression cannot be evaluated or read: one line for the user, in gdb's words where gdb has some. */
    public static final class EvalException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public EvalException(String message) {
            super(message, null, false, false);
        }
    }

    /** The name the expression's positions carry. */
    private static final String EXPRESSION = "<expression>";

    private final Machine vm;
    private final Simulator sim;
    private final String process;

    /**
     * @param vm the machine, paused
     * @param sim its simulator, for reads in MMIO mappings
     * @param process the machine's process, whose mappings translate those reads
     */
    public Evaluator(Machine vm, Simulator sim, String process) {
        this.vm = vm;
        this.sim = sim;
        this.process = process;
    }

    /** Parses and evaluates an expression in the frame of that number (0 is the innermost). */
    public Value evaluate(String text, int frame) {
        return evaluate(parse(text, frame));
    }

    /**
     * Parses an expression in the scope of a frame.
     *
     * @param text the expression
     * @param frame the frame's number, 0 being the innermost
     * @return the typed expression
     * @throws EvalException for a syntax or type error, an unknown name or a construct with side effects
     */
    public Parsed parse(String text, int frame) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw new EvalException("Argument required (expression to compute).");
        }
        List<Frame> frames = frames();
        if (frames.isEmpty()) {
            throw new EvalException("No frame selected.");
        }
        Frame f = frames.get(Math.max(0, Math.min(frame, frames.size() - 1)));
        Map<String, Var> visible = new LinkedHashMap<>();
        Map<Var, Var> copies = new java.util.IdentityHashMap<>();
        String prefix = f.fn.name + ".";
        for (Var g : vm.unit().globals) { // static locals by the names the user sees: other functions' first
            if (!g.isFunction && !g.name.equals(g.display) && !g.name.startsWith(prefix)
                    && !vm.unit().fileScope.containsKey(g.display)) {
                visible.putIfAbsent(g.display, g);
            }
        }
        for (Var g : vm.unit().globals) {
            if (!g.isFunction && g.name.startsWith(prefix) && !g.name.equals(g.display)) {
                visible.put(g.display, g);
            }
        }
        List<Var> locals = new ArrayList<>(f.fn.def.params);
        for (Var v : f.fn.def.locals) {
            if (!f.fn.def.params.contains(v)) {
                locals.add(v);
            }
        }
        for (Var v : locals) {
            if (v.display == null || !v.display.matches("[A-Za-z_]\\w*") || v.global) {
                continue;
            }
            Var c = new Var(v.name, v.type, v.pos, false);
            c.display = v.display;
            c.slot = v.slot;
            c.address = v.address;
            c.addrTaken = v.addrTaken;
            visible.put(v.display, c);
            copies.put(c, v);
        }
        Node n;
        try {
            n = Parser.debuggerExpression(lex(t), vm.unit(), visible);
        } catch (CError e) {
            throw new EvalException(message(e, t));
        } catch (RuntimeException e) {
            throw new EvalException("A syntax error in expression, near `" + t + "'.");
        }
        boolean[] local = {false};
        try {
            check(n, copies, local);
        } catch (StackOverflowError e) { // a chain such as a+a+...+a is one level of parentheses but a deep tree
            throw tooDeep();
        }
        return new Parsed(n, t, f.fn, f.fp, local[0] ? depth(f) : -1);
    }

    /**
     * Evaluates an expression again, in the frame it was parsed in.
     *
     * @throws EvalException when that frame has returned, or memory cannot be read
     */
    public Value evaluate(Parsed p) {
        Frame f = p.frameDepth < 0 ? vm.top() : frameOf(p);
        if (f == null) {
            throw new EvalException("The frame of \"" + p.text + "\" has returned.");
        }
        try {
            return new Value(p.node.type, eval(p.node, f));
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    private static EvalException tooDeep() {
        return new EvalException("The expression is nested too deeply to evaluate.");
    }

    /** Whether the frame an expression names a local of is still on the stack (always true for other expressions). */
    public boolean inScope(Parsed p) {
        return p.frameDepth < 0 || frameOf(p) != null;
    }

    /** The frame an expression was parsed in, if it is still on the stack (asked at every statement by a watch). */
    private Frame frameOf(Parsed p) {
        int total = 0;
        for (Frame f = vm.top(); f != null; f = f.up) {
            total++;
        }
        int above = total - 1 - p.frameDepth;
        if (above < 0) {
            return null;
        }
        Frame f = vm.top();
        for (int i = 0; i < above; i++) {
            f = f.up;
        }
        return f.fn == p.fn && f.fp == p.fp ? f : null;
    }

    private List<Frame> frames() {
        List<Frame> out = new ArrayList<>();
        for (Frame f = vm.top(); f != null; f = f.up) {
            out.add(f);
        }
        return out;
    }

    private static int depth(Frame f) {
        int d = 0;
        for (Frame u = f.up; u != null; u = u.up) {
            d++;
        }
        return d;
    }

    private static String message(CError e, String text) {
        String why = e.cause;
        if (why.endsWith("' undeclared") && why.startsWith("'")) {
            return "No symbol \"" + why.substring(1, why.length() - 12) + "\" in current context.";
        }
        Pos at = e.pos;
        if (at != null && EXPRESSION.equals(at.file()) && at.col() >= 1 && at.col() <= text.length() + 1) {
            String near = text.substring(at.col() - 1);
            return "A syntax error in expression, near `" + (near.length() > 60 ? near.substring(0, 60) + "..." : near)
                    + "': " + why + ".";
        }
        return why.isEmpty() ? "A syntax error in expression." : Character.toUpperCase(why.charAt(0))
                + why.substring(1) + ".";
    }

    private static List<Tok> lex(String text) {
        List<Tok> out = new ArrayList<>();
        try (LexerSource src = new LexerSource(new StringReader(text), true)) {
            for (;;) {
                Token t = src.token();
                Pos pos = new Pos(EXPRESSION, 1, t.getColumn() + 1);
                switch (t.getType()) {
                    case Token.EOF -> {
                        out.add(new Tok(Tok.K.EOF, "", new Pos(EXPRESSION, 1, text.length() + 1)));
                        return out;
                    }
                    case Token.WHITESPACE, Token.NL, Token.CCOMMENT, Token.CPPCOMMENT -> {
                    }
                    default -> out.add(Lex.convert(t, pos));
                }
            }
        } catch (IOException | LexerException e) {
            throw new CError(new Pos(EXPRESSION, 1, 1), "cannot read the expression");
        }
    }

    /** Refuses what would change the program; notes whether an argument or local is named. */
    private static void check(Node n, Map<Var, Var> copies, boolean[] local) {
        if (n == null) {
            return;
        }
        switch (n.op) {
            case ASSIGN, OPASSIGN, PREINC, PREDEC, POSTINC, POSTDEC, CALL, STMTLIST ->
                throw new EvalException("The debugger evaluates without side effects: no assignment, ++, -- or"
                        + " call.");
            case STR -> throw new EvalException("A string literal has no address in the program; it cannot be"
                    + " evaluated here.");
            case VAR -> local[0] |= copies.containsKey(n.var);
            default -> {
            }
        }
        check(n.l, copies, local);
        check(n.r, copies, local);
        check(n.c, copies, local);
        if (n.args != null) {
            for (Node a : n.args) {
                check(a, copies, local);
            }
        }
    }

    // ------------------------------------------------------------------ evaluation

    private long eval(Node n, Frame f) {
        switch (n.op) {
            case NUM:
                return n.val;
            case VAR:
                if (n.var.isFunction) {
                    return vm.functionAddress(n.var);
                }
                if (!n.var.global && n.var.slot >= 0) {
                    return f.s[n.var.slot];
                }
                return object(address(n, f), n.type);
            case DECAY:
            case ADDR:
                return address(n.l, f);
            case DEREF:
                if (n.type.isFunc()) {
                    return eval(n.l, f);
                }
                return object(eval(n.l, f), n.type);
            case MEMBER: {
                long a = address(n.l, f) + n.member.offset;
                if (!n.member.isBitField()) {
                    return object(a, n.type);
                }
                return n.member.extract(load(a, n.member.type));
            }
            case CAST:
                return n.type.isScalar() ? ConstEval.convert(eval(n.l, f), n.type) : eval(n.l, f);
            case VOIDCAST:
                eval(n.l, f);
                return 0;
            case ADD: case SUB: case MUL: case DIV: case MOD: case SHL: case SHR: case BAND: case BOR: case XOR:
            case EQ: case NE: case LT: case LE: case GT: case GE:
                try {
                    return Arith.binary(n.op, n.l.type, n.type, eval(n.l, f), eval(n.r, f), false);
                } catch (Arith.DivideByZero e) {
                    throw new EvalException("Division by zero");
                }
            case LAND:
                return eval(n.l, f) != 0 && eval(n.r, f) != 0 ? 1 : 0;
            case LOR:
                return eval(n.l, f) != 0 || eval(n.r, f) != 0 ? 1 : 0;
            case NOT:
                return eval(n.l, f) == 0 ? 1 : 0;
            case BITNOT:
                return ConstEval.convert(~eval(n.l, f), n.type);
            case NEG:
                return ConstEval.convert(-eval(n.l, f), n.type);
            case COND:
                return eval(n.c, f) != 0 ? eval(n.l, f) : eval(n.r, f);
            case COMMA:
                eval(n.l, f);
                return eval(n.r, f);
            case PTRADD:
                return eval(n.l, f) + eval(n.r, f) * n.val;
            case PTRDIFF:
                return (eval(n.l, f) - eval(n.r, f)) / n.val;
            default:
                throw new EvalException("The debugger cannot evaluate this expression.");
        }
    }

    /** A scalar object's value, or an aggregate's address. */
    private long object(long address, CType t) {
        return t.isScalar() ? load(address, t) : address;
    }

    private long address(Node n, Frame f) {
        switch (n.op) {
            case VAR:
                if (n.var.isFunction) {
                    return vm.functionAddress(n.var);
                }
                if (n.var.global) {
                    return n.var.address;
                }
                if (n.var.slot >= 0) {
                    throw new EvalException("Address requested for identifier \"" + n.var.display
                            + "\" which is in a register.");
                }
                return f.fp + n.var.address;
            case DEREF:
                return eval(n.l, f);
            case MEMBER:
                return address(n.l, f) + n.member.offset;
            case CAST:
                return address(n.l, f);
            default:
                throw new EvalException("Attempt to take address of value not located in memory.");
        }
    }

    /**
     * Reads a scalar for display, without side effects: program memory as the machine has it, and in an MMIO mapping
     * of the process the device's register by {@link Simulator#peek}.
     *
     * @throws EvalException when nothing readable is there
     */
    public long load(long address, CType t) {
        int n = (int) t.size();
        if (address >= Simulator.MMIO_VIRTUAL_BASE && address < Simulator.MMIO_VIRTUAL_LIMIT) {
            return ConstEval.convert(peek(address, n), t);
        }
        try {
            return vm.memory().load(address, t);
        } catch (CFault e) {
            throw cannotAccess(address);
        }
    }

    private long peek(long address, int n) {
        if (n != 1 && n != 2 && n != 4 || (address & (n - 1)) != 0) {
            throw new EvalException("Cannot read " + n + " bytes at 0x" + Long.toHexString(address)
                    + ": device registers are read 8, 16 or 32 bits wide, aligned.");
        }
        for (ProcessInfo p : sim.processes()) {
            if (!p.name().equals(process)) {
                continue;
            }
            for (MappingInfo m : p.mappings()) {
                if (m.virtualRange().contains(address) && m.virtualRange().contains(address + n - 1)) {
                    OptionalInt v = sim.peek(m.physical().base() + (address - m.virtualAddress()), 8 * n);
                    if (v.isPresent()) {
                        return n == 4 ? v.getAsInt() & 0xFFFF_FFFFL : v.getAsInt() & ((1L << (8 * n)) - 1);
                    }
                }
            }
        }
        throw cannotAccess(address);
    }

    private static EvalException cannotAccess(long address) {
        return new EvalException("Cannot access memory at address 0x" + Long.toHexString(address));
    }

    // ------------------------------------------------------------------ formatting

    /**
     * Shows a value as gdb does: records as {@code {m = v, ...}}, arrays as {@code {v, ...}} (64 elements at most),
     * pointers in hex (a {@code char *} with the text it points at, a function pointer with the function's name),
     * integers in decimal or, with {@code hex}, in hex. Memory that cannot be read shows as gdb's
     * {@code <error: ...>}.
     */
    public String format(Value v, boolean hex) {
        return render(v.type(), v.value(), hex, 0);
    }

    private String render(CType t, long value, boolean hex, int depth) {
        try {
            return render0(t, value, hex, depth);
        } catch (EvalException e) {
            return "<error: " + e.getMessage() + ">";
        }
    }

    private String render0(CType t, long value, boolean hex, int depth) {
        if (t.isRecord()) {
            if (depth >= 3) {
                return "{...}";
            }
            StringBuilder sb = new StringBuilder("{");
            for (CType.Member m : t.rec.members) {
                if (m.name == null) {
                    continue;
                }
                long a = value + m.offset;
                String shown;
                if (m.isBitField()) {
                    shown = render(m.type, m.extract(load(a, m.type)), hex, depth + 1);
                } else {
                    shown = m.type.isScalar() ? scalarAt(a, m.type, hex, depth + 1) : render(m.type, a, hex, depth + 1);
                }
                sb.append(sb.length() > 1 ? ", " : "").append(m.name).append(" = ").append(shown);
            }
            return sb.append('}').toString();
        }
        if (t.isArray() && t.len >= 0) {
            if (depth >= 3) {
                return "{...}";
            }
            StringBuilder sb = new StringBuilder("{");
            for (long i = 0; i < Math.min(t.len, 64); i++) {
                long a = value + i * t.base.size();
                String shown = t.base.isScalar() ? scalarAt(a, t.base, hex, depth + 1)
                        : render(t.base, a, hex, depth + 1);
                sb.append(i > 0 ? ", " : "").append(shown);
            }
            return sb.append(t.len > 64 ? "...}" : "}").toString();
        }
        if (t.k == CType.K.VOID) {
            return "void";
        }
        if (t.isFunc()) {
            String name = vm.functionAt(value);
            return "{" + t + "} 0x" + Long.toHexString(value) + (name == null ? "" : " <" + name + ">");
        }
        if (hex || t.isPtr()) {
            long masked = t.size() < 8 && t.isScalar() ? value & ((1L << (8 * t.size())) - 1) : value;
            String shown = "0x" + Long.toHexString(masked);
            if (t.isPtr() && t.base.isFunc()) {
                String name = vm.functionAt(value);
                return name == null ? shown : shown + " <" + name + ">";
            }
            return t.isPtr() && t.base.isInteger() && t.base.size() == 1 ? shown + string(value) : shown;
        }
        return t.isUnsigned() ? Long.toUnsignedString(value) : Long.toString(value);
    }

    /** A scalar member or element; one that cannot be read shows as gdb's error text in its place. */
    private String scalarAt(long address, CType t, boolean hex, int depth) {
        try {
            return render0(t, load(address, t), hex, depth);
        } catch (EvalException e) {
            return "<error: " + e.getMessage() + ">";
        }
    }

    /**
     * The text a {@code char *} points at, as gdb shows it after the address: up to 200 characters in quotes, with
     * C's escapes; nothing for a null pointer or an MMIO address (that text would be device registers).
     */
    private String string(long address) {
        if (address == 0 || (address >= Simulator.MMIO_VIRTUAL_BASE && address < Simulator.MMIO_VIRTUAL_LIMIT)) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" \"");
        try {
            for (int i = 0; i < 200; i++) {
                int ch = (int) vm.memory().loadU8(address + i);
                if (ch == 0) {
                    return sb.append('"').toString();
                }
                switch (ch) {
                    case '"', '\\' -> sb.append('\\').append((char) ch);
                    case '\n' -> sb.append("\\n");
                    case '\t' -> sb.append("\\t");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(ch >= 0x20 && ch < 0x7F ? String.valueOf((char) ch)
                            : String.format(Locale.ROOT, "\\%03o", ch));
                }
            }
            return sb.append("\"...").toString();
        } catch (CFault e) { // the pointer leads out of the program's memory
            return sb.length() == 2 ? " <error: Cannot access memory at address 0x" + Long.toHexString(address) + ">"
                    : sb.append("\"...").toString();
        }
    }
}
