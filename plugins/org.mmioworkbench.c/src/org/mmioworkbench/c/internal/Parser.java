package org.mmioworkbench.c.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mmioworkbench.c.internal.Node.Op;

/**
 * A typedef-aware recursive-descent parser for C11 that types expressions as it builds them (integer
 * promotions, the usual arithmetic conversions, pointer arithmetic and decay made explicit). Nesting is
 * capped, so hostile input ends in a positioned error, never a Java stack overflow.
 */
public final class Parser {
    static final int MAX_DEPTH = 400;

    /** The parsed translation unit. */
    public static final class Unit {
        public final List<Var> globals = new ArrayList<>();
        public final Map<String, Var> functions = new LinkedHashMap<>();
        public final List<Func> definitions = new ArrayList<>();
        public final List<StrLit> strings = new ArrayList<>();
        /** The file scope as parsing left it (typedefs, enumeration constants, globals, functions): for a debugger. */
        Map<String, Object> fileScope = Map.of();
        /** The struct, union and enum tags of the file scope. */
        Map<String, Object> fileTags = Map.of();
    }

    private final List<Tok> toks;
    private int p;
    private int depth;
    private final Unit unit = new Unit();
    private final List<Map<String, Object>> scopes = new ArrayList<>();
    private final List<Map<String, Object>> tags = new ArrayList<>();
    private Func fn;
    private List<List<St>> switches = new ArrayList<>();
    private Set<String> labels;
    private List<St> gotos;
    private int staticCounter;

    /** A typedef entry in a scope. */
    private record Typedef(CType type) {
    }

    /** An enumeration constant in a scope. */
    private record EnumConst(long value) {
    }

    /** An enum tag. */
    private record EnumTag(CType type) {
    }

    /** A typedef or enumeration constant of the file scope, for an editor. */
    public record ScopeName(String name, boolean typedef, String detail) {
    }

    /**
     * Returns what parsing has produced so far: the whole unit after {@link #parseUnit()}, the part before the
     * error when it threw.
     *
     * @return the unit, complete or not
     */
    public Unit unitSoFar() {
        return unit;
    }

    /**
     * Returns the typedefs and enumeration constants of the file scope (so far).
     *
     * @return the names, in no particular order
     */
    public List<ScopeName> fileScopeNames() {
        List<ScopeName> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : scopes.get(0).entrySet()) {
            if (e.getValue() instanceof Typedef t) {
                out.add(new ScopeName(e.getKey(), true, t.type().render(e.getKey())));
            } else if (e.getValue() instanceof EnumConst c) {
                out.add(new ScopeName(e.getKey(), false, Long.toString(c.value())));
            }
        }
        return out;
    }

    public Parser(List<Tok> toks) {
        this.toks = toks;
        scopes.add(new HashMap<>());
        tags.add(new HashMap<>());
    }

    // ------------------------------------------------------------------ tokens

    private Tok peek() {
        return toks.get(p);
    }

    private Tok peek(int k) {
        return toks.get(Math.min(p + k, toks.size() - 1));
    }

    private Tok next() {
        Tok t = toks.get(p);
        if (t.kind != Tok.K.EOF) {
            p++;
        }
        return t;
    }

    private boolean at(String s) {
        return peek().is(s);
    }

    private boolean accept(String s) {
        if (at(s)) {
            next();
            return true;
        }
        return false;
    }

    private Tok expect(String s) {
        if (!at(s)) {
            throw new CError(peek().pos, "expected '" + s + "' before " + peek());
        }
        return next();
    }

    private String ident() {
        Tok t = peek();
        if (t.kind != Tok.K.ID || KEYWORDS.contains(t.text)) {
            throw new CError(t.pos, "expected identifier before " + t);
        }
        next();
        return t.text;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new CError(peek().pos, "nesting too deep (more than " + MAX_DEPTH + " levels)");
        }
    }

    private void leave() {
        depth--;
    }

    static final Set<String> KEYWORDS = Set.of("auto", "break", "case", "char", "const", "continue", "default",
            "do", "double", "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long",
            "register", "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch",
            "typedef", "union", "unsigned", "void", "volatile", "while", "_Alignas", "_Alignof", "_Atomic",
            "_Bool", "_Complex", "_Generic", "_Imaginary", "_Noreturn", "_Static_assert", "_Thread_local",
            "__attribute__", "__attribute", "asm", "__asm__", "__asm", "__inline", "__inline__", "__restrict",
            "__restrict__", "__volatile__", "__const", "__extension__", "__builtin_offsetof", "__typeof__",
            "typeof", "__typeof", "__signed__", "__alignof__", "__thread", "__builtin_va_list", "_Float128",
            "__int128", "__label__");

    // ------------------------------------------------------------------ scopes

    private void push() {
        scopes.add(new HashMap<>());
        tags.add(new HashMap<>());
    }

    private void pop() {
        scopes.remove(scopes.size() - 1);
        tags.remove(tags.size() - 1);
    }

    private Object lookup(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Object o = scopes.get(i).get(name);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    private Object lookupTag(String name) {
        for (int i = tags.size() - 1; i >= 0; i--) {
            Object o = tags.get(i).get(name);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    private boolean isTypedefName(Tok t) {
        return t.kind == Tok.K.ID && lookup(t.text) instanceof Typedef;
    }

    private boolean startsTypeName(Tok t) {
        if (t.kind != Tok.K.ID) {
            return false;
        }
        return switch (t.text) {
            case "void", "char", "short", "int", "long", "signed", "unsigned", "_Bool", "float", "double",
                    "struct", "union", "enum", "const", "volatile", "restrict", "_Atomic", "_Complex",
                    "__restrict", "__restrict__", "__volatile__", "__const", "__signed__", "__attribute__",
                    "__attribute", "_Alignas", "__extension__", "__builtin_va_list", "typeof", "__typeof__",
                    "__typeof", "_Float128", "__int128", "_Imaginary" -> true;
            default -> isTypedefName(t);
        };
    }

    private boolean startsDecl(Tok t) {
        if (startsTypeName(t)) {
            return true;
        }
        return t.kind == Tok.K.ID && switch (t.text) {
            case "typedef", "extern", "static", "auto", "register", "inline", "__inline", "__inline__",
                    "_Noreturn", "_Thread_local", "__thread", "_Static_assert" -> true;
            default -> false;
        };
    }

    // ------------------------------------------------------------------ translation unit

    public Unit parseUnit() {
        while (peek().kind != Tok.K.EOF) {
            if (accept(";")) {
                continue;
            }
            if (at("_Static_assert")) {
                staticAssert();
                continue;
            }
            if (at("asm") || at("__asm__") || at("__asm")) {
                throw new CError(peek().pos, "inline assembly is not supported");
            }
            externalDecl();
        }
        for (Var f : unit.functions.values()) {
            if (f.isStatic && f.func == null && f.addrTaken) {
                throw new CError(f.pos, "'" + f.name + "' used but never defined");
            }
        }
        unit.fileScope = scopes.get(0);
        unit.fileTags = tags.get(0);
        return unit;
    }

    /**
     * Parses and types an expression a debugger was given, as the program's own code would be: in the unit's file
     * scope (typedefs, tags, enumeration constants, globals, functions), inside a scope of the given variables by
     * the names the user sees. Nothing of the unit is changed: the scopes are copied.
     *
     * @throws CError with the position in the expression's text, for a syntax or type error
     */
    static Node debuggerExpression(List<Tok> toks, Unit unit, Map<String, Var> visible) {
        Parser p = new Parser(toks);
        p.scopes.get(0).putAll(unit.fileScope);
        p.tags.get(0).putAll(unit.fileTags);
        p.push();
        p.scopes.get(1).putAll(visible);
        Node n = p.expr();
        if (p.peek().kind != Tok.K.EOF) {
            throw new CError(p.peek().pos, "expected the end of the expression before " + p.peek());
        }
        return n;
    }

    /** Storage class and function specifiers of one declaration. */
    private static final class Spec {
        boolean typedef;
        boolean isStatic;
        boolean isExtern;
        boolean inline;
        CType type;
        int alignas;
    }

    private void externalDecl() {
        Pos start = peek().pos;
        Spec spec = declSpec(true);
        if (accept(";")) {
            return;
        }
        boolean first = true;
        for (;;) {
            Pos namePos = peek().pos;
            Declarator d = declarator(spec.type, false);
            if (d.name == null) {
                throw new CError(namePos, "expected identifier or '(' before " + peek());
            }
            skipAttributes();
            if (spec.typedef) {
                declareTypedef(d, namePos);
            } else if (d.type.isFunc()) {
                Var f = declareFunction(d.name, d.type, spec, namePos);
                if (first && at("{")) {
                    defineFunction(f, d, namePos);
                    return;
                }
            } else {
                globalVar(d, spec, namePos);
            }
            first = false;
            if (accept(",")) {
                continue;
            }
            if (!at(";")) {
                throw new CError(peek().pos, "expected ',' or ';' before " + peek());
            }
            expect(";");
            return;
        }
    }

    private void declareTypedef(Declarator d, Pos pos) {
        Object prev = scopes.get(scopes.size() - 1).get(d.name);
        if (prev instanceof Typedef t && !t.type.sameAs(d.type)) {
            throw new CError(pos, "conflicting types for typedef '" + d.name + "'");
        }
        if (prev != null && !(prev instanceof Typedef)) {
            throw new CError(pos, "'" + d.name + "' redeclared as a different kind of symbol");
        }
        scopes.get(scopes.size() - 1).put(d.name, new Typedef(d.type));
    }

    private Var declareFunction(String name, CType type, Spec spec, Pos pos) {
        Var f = unit.functions.get(name);
        if (f != null) {
            if (!f.type.sameAs(type)) {
                throw new CError(pos, "conflicting types for '" + name + "'");
            }
            if (f.type.params == null && type.params != null) {
                f.type = type;
            }
        } else {
            f = new Var(name, type, pos, true);
            f.isFunction = true;
            f.isStatic = spec.isStatic;
            unit.functions.put(name, f);
        }
        Object prev = scopes.get(0).get(name);
        if (prev != null && prev != f) {
            throw new CError(pos, "'" + name + "' redeclared as a different kind of symbol");
        }
        scopes.get(0).put(name, f);
        if (scopes.size() > 1) {
            scopes.get(scopes.size() - 1).put(name, f);
        }
        return f;
    }

    private void defineFunction(Var f, Declarator d, Pos pos) {
        if (f.func != null) {
            throw new CError(pos, "redefinition of '" + f.name + "'");
        }
        if (d.type.params == null && d.paramNames.isEmpty() && !at("{")) {
            throw new CError(pos, "old-style (K&R) function definitions are not supported");
        }
        CType ret = d.type.base;
        if (ret.isArray() || ret.isFunc()) {
            throw new CError(pos, "function cannot return an array or a function");
        }
        Func func = new Func(f.name, d.type, pos);
        f.func = func;
        f.defined = true;
        fn = func;
        labels = new HashSet<>();
        gotos = new ArrayList<>();
        push();
        List<CType> ps = d.type.params == null ? List.of() : d.type.params;
        for (int i = 0; i < ps.size(); i++) {
            String pn = d.paramNames.get(i);
            if (pn == null) {
                throw new CError(d.paramPos.get(i), "parameter name omitted");
            }
            if (!ps.get(i).isComplete() && !ps.get(i).isPtr()) {
                throw new CError(d.paramPos.get(i), "parameter '" + pn + "' has incomplete type");
            }
            Var v = new Var(pn, ps.get(i), d.paramPos.get(i), false);
            declareLocal(v);
            func.params.add(v);
        }
        if (ret.isRecord() && !ret.isComplete()) {
            throw new CError(pos, "return type is an incomplete type");
        }
        func.body = compound(false);
        func.end = toks.get(p - 1).pos;
        pop();
        for (St g : gotos) {
            if (!labels.contains(g.label)) {
                throw new CError(g.pos, "label '" + g.label + "' used but not defined");
            }
        }
        unit.definitions.add(func);
        fn = null;
    }

    private void declareLocal(Var v) {
        Map<String, Object> scope = scopes.get(scopes.size() - 1);
        if (scope.containsKey(v.name)) {
            throw new CError(v.pos, "redefinition of '" + v.name + "'");
        }
        scope.put(v.name, v);
        fn.locals.add(v);
    }

    private void globalVar(Declarator d, Spec spec, Pos pos) {
        if (d.type.isVoid()) {
            throw new CError(pos, "variable or field '" + d.name + "' declared void");
        }
        Object prev = scopes.get(0).get(d.name);
        Var v;
        if (prev instanceof Var pv && !pv.isFunction) {
            if (!pv.type.sameAs(d.type)) {
                throw new CError(pos, "conflicting types for '" + d.name + "'");
            }
            if (pv.type.isArray() && pv.type.len < 0 && d.type.len >= 0) {
                pv.type = d.type;
            }
            v = pv;
        } else if (prev != null) {
            throw new CError(pos, "'" + d.name + "' redeclared as a different kind of symbol");
        } else {
            v = new Var(d.name, d.type, pos, true);
            v.isStatic = spec.isStatic;
            scopes.get(0).put(d.name, v);
            unit.globals.add(v);
        }
        v.alignas = Math.max(v.alignas, spec.alignas);
        if (!spec.isExtern) {
            v.defined = true;
        } else {
            v.isExtern = v.isExtern || !v.defined;
        }
        if (accept("=")) {
            if (v.init != null) {
                throw new CError(pos, "redefinition of '" + d.name + "'");
            }
            v.defined = true;
            v.isExtern = false;
            v.init = initializer(v, pos);
        }
    }

    // ------------------------------------------------------------------ declaration specifiers

    private void skipAttributes() {
        while (at("__attribute__") || at("__attribute")) {
            Pos pos = next().pos;
            expect("(");
            expect("(");
            int level = 2;
            while (level > 0) {
                Tok t = next();
                if (t.kind == Tok.K.EOF) {
                    throw new CError(pos, "unterminated __attribute__");
                }
                if (t.is("packed") || t.is("__packed__")) {
                    throw new CError(t.pos, "__attribute__((packed)) is not supported");
                }
                if (t.is("(")) {
                    level++;
                } else if (t.is(")")) {
                    level--;
                }
            }
        }
        if (at("asm") || at("__asm__") || at("__asm")) {
            throw new CError(peek().pos, "inline assembly is not supported");
        }
    }

    private Spec declSpec(boolean storageAllowed) {
        Spec s = new Spec();
        boolean isConst = false;
        boolean isVolatile = false;
        int nVoid = 0;
        int nChar = 0;
        int nShort = 0;
        int nInt = 0;
        int nLong = 0;
        int nSigned = 0;
        int nUnsigned = 0;
        int nBool = 0;
        CType other = null;
        Pos start = peek().pos;
        for (;;) {
            Tok t = peek();
            if (t.kind != Tok.K.ID) {
                break;
            }
            String w = t.text;
            switch (w) {
                case "typedef", "extern", "static", "auto", "register" -> {
                    if (!storageAllowed) {
                        throw new CError(t.pos, "storage class '" + w + "' is not allowed here");
                    }
                    next();
                    s.typedef |= w.equals("typedef");
                    s.isStatic |= w.equals("static");
                    s.isExtern |= w.equals("extern");
                    continue;
                }
                case "inline", "__inline", "__inline__", "_Noreturn", "__extension__" -> {
                    next();
                    s.inline = true;
                    continue;
                }
                case "_Thread_local", "__thread" -> throw new CError(t.pos, "_Thread_local is not supported (threads are"
                        + " not supported)");
                case "const", "__const" -> {
                    next();
                    isConst = true;
                    continue;
                }
                case "volatile", "__volatile__" -> {
                    next();
                    isVolatile = true;
                    continue;
                }
                case "restrict", "__restrict", "__restrict__" -> {
                    next();
                    continue;
                }
                case "__attribute__", "__attribute" -> {
                    skipAttributes();
                    continue;
                }
                case "_Atomic" -> throw new CError(t.pos, "_Atomic is not supported (threads are not supported)");
                case "_Complex", "_Imaginary" -> throw new CError(t.pos, "_Complex is not supported");
                case "float", "double", "_Float128" ->
                        throw new CError(t.pos, "floating point is not supported ('" + w + "')");
                case "__int128" -> throw new CError(t.pos, "__int128 is not supported");
                case "_Alignas" -> {
                    next();
                    expect("(");
                    long al = startsTypeName(peek()) ? typeName().align() : constExpr(condExpr());
                    expect(")");
                    if (al < 0 || al > 4096 || (al & (al - 1)) != 0) {
                        throw new CError(t.pos, "requested alignment is not a positive power of 2 up to 4096");
                    }
                    s.alignas = Math.max(s.alignas, (int) al);
                    continue;
                }
                case "__builtin_va_list" ->
                        throw new CError(t.pos, "variadic functions defined in the program (va_list) are not supported");
                case "typeof", "__typeof__", "__typeof" -> {
                    next();
                    expect("(");
                    CType ty = startsTypeName(peek()) ? typeName() : expr().type;
                    expect(")");
                    other = ty;
                    continue;
                }
                case "void" -> nVoid++;
                case "char" -> nChar++;
                case "short" -> nShort++;
                case "int" -> nInt++;
                case "long" -> nLong++;
                case "signed", "__signed__" -> nSigned++;
                case "unsigned" -> nUnsigned++;
                case "_Bool" -> nBool++;
                case "struct", "union" -> {
                    if (other != null) {
                        throw new CError(t.pos, "two or more data types in declaration specifiers");
                    }
                    other = recordSpec();
                    continue;
                }
                case "enum" -> {
                    if (other != null) {
                        throw new CError(t.pos, "two or more data types in declaration specifiers");
                    }
                    other = enumSpec();
                    continue;
                }
                default -> {
                    if (isTypedefName(t) && other == null && nVoid + nChar + nShort + nInt + nLong + nSigned
                            + nUnsigned + nBool == 0) {
                        next();
                        other = ((Typedef) lookup(w)).type;
                        continue;
                    }
                    break;
                }
            }
            if (!(t == peek())) {
                continue;
            }
            if (!isBasic(w)) {
                break;
            }
            next();
        }
        int basic = nVoid + nChar + nShort + nInt + nLong + nSigned + nUnsigned + nBool;
        CType type;
        if (other != null) {
            if (basic > 0) {
                throw new CError(start, "two or more data types in declaration specifiers");
            }
            type = other;
        } else {
            if (basic == 0) {
                if (s.typedef || s.isStatic || s.isExtern || isConst || isVolatile || s.inline) {
                    throw new CError(peek().pos, "type specifier missing (implicit int is not C11)");
                }
                throw new CError(peek().pos, "expected a type before " + peek());
            }
            if (nSigned + nUnsigned > 1 || nLong > 2 || nShort > 1 || nShort + nLong > 1 && nShort > 0
                    || nVoid + nBool + nChar > 1 || (nVoid + nBool + nChar > 0 && nShort + nLong + nInt > 0)
                    || (nVoid + nBool > 0 && nSigned + nUnsigned > 0) || nInt > 1) {
                throw new CError(start, "invalid combination of type specifiers");
            }
            boolean u = nUnsigned > 0;
            if (nVoid > 0) {
                type = CType.VOID;
            } else if (nBool > 0) {
                type = CType.BOOL;
            } else if (nChar > 0) {
                type = u ? CType.UCHAR : nSigned > 0 ? CType.SCHAR : CType.CHAR;
            } else if (nShort > 0) {
                type = u ? CType.USHORT : CType.SHORT;
            } else if (nLong == 2) {
                type = u ? CType.ULLONG : CType.LLONG;
            } else if (nLong == 1) {
                type = u ? CType.ULONG : CType.LONG;
            } else {
                type = u ? CType.UINT : CType.INT;
            }
        }
        s.type = type.qualified(type.isConst || isConst, type.isVolatile || isVolatile);
        return s;
    }

    private static boolean isBasic(String w) {
        return switch (w) {
            case "void", "char", "short", "int", "long", "signed", "__signed__", "unsigned", "_Bool" -> true;
            default -> false;
        };
    }

    private CType recordSpec() {
        Tok kw = next();
        boolean union = kw.text.equals("union");
        skipAttributes();
        String tag = null;
        Pos tagPos = peek().pos;
        if (peek().kind == Tok.K.ID && !at("{")) {
            tag = ident();
        }
        if (tag == null && !at("{")) {
            throw new CError(peek().pos, "expected '{' or a tag after '" + kw.text + "'");
        }
        if (!at("{")) {
            Object o = lookupTag(tag);
            if (o instanceof CType.Record r) {
                if (r.union != union) {
                    throw new CError(tagPos, "'" + tag + "' defined as wrong kind of tag");
                }
                return CType.record(r);
            }
            if (o != null) {
                throw new CError(tagPos, "'" + tag + "' defined as wrong kind of tag");
            }
            CType.Record r = new CType.Record(tag, union);
            tags.get(tags.size() - 1).put(tag, r);
            return CType.record(r);
        }
        CType.Record r;
        Object here = tag == null ? null : tags.get(tags.size() - 1).get(tag);
        if (here instanceof CType.Record hr && !hr.complete && hr.union == union) {
            r = hr;
        } else if (here != null) {
            throw new CError(tagPos, "redefinition of '" + kw.text + " " + tag + "'");
        } else {
            r = new CType.Record(tag, union);
            if (tag != null) {
                tags.get(tags.size() - 1).put(tag, r);
            }
        }
        expect("{");
        enter();
        List<Object[]> fields = new ArrayList<>();
        while (!accept("}")) {
            if (peek().kind == Tok.K.EOF) {
                throw new CError(peek().pos, "expected '}' at end of input");
            }
            if (at("_Static_assert")) {
                staticAssert();
                continue;
            }
            Spec s = declSpec(false);
            if (accept(";")) {
                if (s.type.isRecord() && !(s.type.rec.tag != null && false)) {
                    fields.add(new Object[] {null, s.type, -1, peek().pos, 0}); // anonymous struct/union member
                }
                continue;
            }
            for (;;) {
                Pos pos = peek().pos;
                Declarator d;
                if (at(":")) {
                    d = new Declarator();
                    d.type = s.type;
                } else {
                    d = declarator(s.type, false);
                }
                int width = -1;
                if (accept(":")) {
                    if (!d.type.isInteger()) {
                        throw new CError(pos, "bit-field '" + (d.name == null ? "" : d.name) + "' has invalid type");
                    }
                    long w = constExpr(assign());
                    if (w < 0 || w > d.type.bits() || w == 0 && d.name != null) {
                        throw new CError(pos, w == 0 ? "zero width for bit-field '" + d.name + "'"
                                : "width of '" + (d.name == null ? "" : d.name) + "' exceeds its type");
                    }
                    width = (int) w;
                }
                skipAttributes();
                if (d.type.isFunc()) {
                    throw new CError(pos, "field '" + d.name + "' declared as a function");
                }
                if (!d.type.isComplete() && !(d.type.isArray() && d.type.len < 0 && at(";"))) {
                    throw new CError(pos, "field '" + d.name + "' has incomplete type");
                }
                fields.add(new Object[] {d.name, d.type, width, pos, s.alignas});
                if (!accept(",")) {
                    break;
                }
            }
            expect(";");
        }
        leave();
        skipAttributes();
        layout(r, fields);
        return CType.record(r);
    }

    /** Lays out a struct or union as gcc does on x86-64/aarch64 (System V bit-field rules). */
    private static void layout(CType.Record r, List<Object[]> fields) {
        long bit = 0;
        int align = 1;
        long size = 0;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            Object[] f = fields.get(i);
            String name = (String) f[0];
            CType t = (CType) f[1];
            int width = (Integer) f[2];
            Pos pos = (Pos) f[3];
            if (t.isArray() && t.len < 0 && i != fields.size() - 1) {
                throw new CError(pos, "flexible array member '" + name + "' not at end of struct");
            }
            if (r.union) {
                bit = 0;
            }
            if (width >= 0) {
                int unitBits = (int) t.size() * 8;
                if (width == 0) {
                    bit = (bit + unitBits - 1) / unitBits * unitBits;
                    continue;
                }
                if (bit / unitBits != (bit + width - 1) / unitBits) {
                    bit = (bit + unitBits - 1) / unitBits * unitBits;
                }
                long unitOff = bit / unitBits * (unitBits / 8);
                int bitPos = (int) (bit - unitOff * 8);
                if (name != null) {
                    if (!names.add(name)) {
                        throw new CError(pos, "duplicate member '" + name + "'");
                    }
                    r.members.add(new CType.Member(name, t, unitOff, width, bitPos, pos));
                    align = Math.max(align, t.align());
                }
                bit += width;
                size = Math.max(size, (bit + 7) / 8);
                continue;
            }
            int memberAlign = Math.max(t.align(), (Integer) f[4]);
            long a = memberAlign * 8L;
            bit = (bit + a - 1) / a * a;
            long off = bit / 8;
            if (name == null && t.isRecord()) {
                for (CType.Member m : t.rec.members) {
                    if (m.name != null && !names.add(m.name)) {
                        throw new CError(pos, "duplicate member '" + m.name + "'");
                    }
                    r.members.add(new CType.Member(m.name, m.type, off + m.offset, m.bitWidth, m.bitPos, m.pos));
                }
            } else {
                if (name != null && !names.add(name)) {
                    throw new CError(pos, "duplicate member '" + name + "'");
                }
                r.members.add(new CType.Member(name, t, off, -1, 0, pos));
            }
            align = Math.max(align, memberAlign);
            bit += t.size() * 8;
            size = Math.max(size, (bit + 7) / 8);
        }
        r.align = align;
        r.size = (size + align - 1) / align * align;
        r.complete = true;
    }

    private CType enumSpec() {
        next();
        skipAttributes();
        String tag = null;
        Pos tagPos = peek().pos;
        if (peek().kind == Tok.K.ID && !at("{")) {
            tag = ident();
        }
        if (!at("{")) {
            if (tag == null) {
                throw new CError(peek().pos, "expected '{' or a tag after 'enum'");
            }
            Object o = lookupTag(tag);
            if (o instanceof EnumTag et) {
                return et.type;
            }
            if (o != null) {
                throw new CError(tagPos, "'" + tag + "' defined as wrong kind of tag");
            }
            CType t = CType.enumType(tag);
            tags.get(tags.size() - 1).put(tag, new EnumTag(t));
            return t;
        }
        CType t = CType.enumType(tag);
        if (tag != null) {
            if (tags.get(tags.size() - 1).get(tag) instanceof EnumTag et) {
                t = et.type;
            } else if (tags.get(tags.size() - 1).containsKey(tag)) {
                throw new CError(tagPos, "'" + tag + "' defined as wrong kind of tag");
            }
            tags.get(tags.size() - 1).put(tag, new EnumTag(t));
        }
        expect("{");
        long value = 0;
        while (!accept("}")) {
            Pos pos = peek().pos;
            String name = ident();
            skipAttributes();
            if (accept("=")) {
                value = constExpr(condExpr());
            }
            if (value < Integer.MIN_VALUE || value > 0xFFFF_FFFFL) {
                throw new CError(pos, "enumerator value for '" + name + "' is not an integer constant of int range");
            }
            Map<String, Object> scope = scopes.get(scopes.size() - 1);
            if (scope.containsKey(name)) {
                throw new CError(pos, "redeclaration of '" + name + "'");
            }
            scope.put(name, new EnumConst((int) value));
            value = (int) value + 1L;
            if (!accept(",")) {
                expect("}");
                break;
            }
        }
        return t;
    }

    // ------------------------------------------------------------------ declarators

    /** The result of a declarator: name (null for abstract), type, and parameter names of a function. */
    private static final class Declarator {
        String name;
        Pos pos;
        CType type;
        List<String> paramNames = List.of();
        List<Pos> paramPos = List.of();
    }

    /** An array size error, thrown before the declarator's name is known; the declarator names it. */
    private static final class ArrayError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ArrayError(String template) {
            super(template, null, false, false);
        }
    }

    private Declarator declarator(CType base, boolean abstractOk) {
        Pos start = peek().pos;
        try {
            return declarator0(base, abstractOk);
        } catch (ArrayError e) {
            Pos at = start;
            String name = null;
            for (int i = 0; toks.get(i) != null && i < toks.size(); i++) {
                Tok t = toks.get(i);
                if (t.pos.equals(start)) {
                    for (int j = i; j < toks.size() && j < i + 20; j++) {
                        if (toks.get(j).kind == Tok.K.ID && !KEYWORDS.contains(toks.get(j).text)) {
                            name = toks.get(j).text;
                            at = toks.get(j).pos;
                            break;
                        }
                    }
                    break;
                }
            }
            String msg = e.getMessage();
            throw new CError(at, name == null ? msg.replace(" %s", "") : msg.replace("%s", "'" + name + "'"));
        }
    }

    private Declarator declarator0(CType base, boolean abstractOk) {
        enter();
        try {
            while (accept("*")) {
                boolean c = false;
                boolean v = false;
                for (;;) {
                    if (accept("const") || accept("__const")) {
                        c = true;
                    } else if (accept("volatile") || accept("__volatile__")) {
                        v = true;
                    } else if (accept("restrict") || accept("__restrict") || accept("__restrict__")) {
                        continue;
                    } else if (at("__attribute__")) {
                        skipAttributes();
                    } else if (at("_Atomic")) {
                        throw new CError(peek().pos, "_Atomic is not supported (threads are not supported)");
                    } else {
                        break;
                    }
                }
                base = CType.ptr(base).qualified(c, v);
            }
            if (at("(") && (!abstractOk || isNestedDeclarator())) {
                next();
                int start = p;
                Declarator dummy = declarator(CType.INT, abstractOk);
                expect(")");
                Declarator suffix = suffixes(base);
                int after = p;
                p = start;
                Declarator d = declarator(suffix.type, abstractOk);
                expect(")");
                p = after;
                if (d.type.isFunc() && d.paramNames.isEmpty()) {
                    d.paramNames = suffix.paramNames;
                    d.paramPos = suffix.paramPos;
                }
                if (dummy.name == null && d.name == null && !abstractOk) {
                    throw new CError(peek().pos, "expected identifier");
                }
                return d;
            }
            Declarator d;
            String name = null;
            Pos pos = peek().pos;
            if (peek().kind == Tok.K.ID && !KEYWORDS.contains(peek().text)) {
                name = next().text;
            } else if (!abstractOk) {
                throw new CError(peek().pos, "expected identifier or '(' before " + peek());
            }
            d = suffixes(base);
            d.name = name;
            d.pos = pos;
            return d;
        } finally {
            leave();
        }
    }

    private boolean isNestedDeclarator() {
        Tok t = peek(1);
        return t.is("*") || t.is("(") && !startsTypeName(peek(2)) && !peek(2).is(")") || t.is("[")
                || t.is("^");
    }

    private Declarator suffixes(CType base) {
        Declarator d = new Declarator();
        if (accept("[")) {
            Pos pos = toks.get(p - 1).pos;
            while (accept("static") || accept("const") || accept("restrict") || accept("volatile")) {
                // qualifiers in parameter array declarators: ignored
            }
            long len = -1;
            if (!at("]")) {
                if (at("*")) {
                    throw new CError(peek().pos, "variable-length arrays are not supported");
                }
                Node n = assign();
                Long v = ConstEval.tryEval(n);
                if (v == null) {
                    throw new ArrayError("variable-length arrays are not supported (the size of %s is not a constant)");
                }
                if (!n.type.isInteger()) {
                    throw new CError(n.pos, "size of array has non-integer type");
                }
                len = v;
                if (len < 0 && n.type.isUnsigned() || len > (1L << 40)) {
                    throw new ArrayError("size of array %s is too large");
                }
                if (len < 0) {
                    throw new ArrayError("size of array %s is negative");
                }
            }
            expect("]");
            Declarator inner = suffixes(base);
            if (inner.type.isFunc()) {
                throw new CError(pos, "declaration of an array of functions");
            }
            if (!inner.type.isComplete()) {
                throw new CError(pos, "array type has incomplete element type '" + inner.type + "'");
            }
            if (len > 0 && inner.type.size() > 0 && len > (1L << 40) / inner.type.size()) {
                throw new ArrayError("size of array %s is too large");
            }
            d.type = CType.array(inner.type, len);
            return d;
        }
        if (at("(")) {
            Pos pos = next().pos;
            List<CType> params = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<Pos> poss = new ArrayList<>();
            boolean variadic = false;
            boolean proto = true;
            if (at("void") && peek(1).is(")")) {
                next();
            } else if (at(")")) {
                proto = false;
            } else {
                push(); // prototype scope
                try {
                    for (;;) {
                        if (accept("...")) {
                            variadic = true;
                            break;
                        }
                        Pos ppos = peek().pos;
                        if (!startsDecl(peek())) {
                            if (peek().kind == Tok.K.ID && !KEYWORDS.contains(peek().text)) {
                                throw new CError(ppos, "unknown type name '" + peek().text + "'");
                            }
                            throw new CError(ppos, "expected declaration specifiers before " + peek());
                        }
                        Spec s = declSpec(true);
                        Declarator pd = declarator(s.type, true);
                        skipAttributes();
                        CType pt = pd.type;
                        if (pt.isArray()) {
                            pt = CType.ptr(pt.base).qualified(pt.isConst, pt.isVolatile);
                        } else if (pt.isFunc()) {
                            pt = CType.ptr(pt);
                        } else if (pt.isVoid()) {
                            throw new CError(ppos, "'void' must be the only parameter");
                        }
                        params.add(pt);
                        names.add(pd.name);
                        poss.add(pd.name == null ? ppos : pd.pos);
                        if (!accept(",")) {
                            break;
                        }
                    }
                } finally {
                    pop();
                }
            }
            expect(")");
            Declarator inner = suffixes(base);
            if (inner.type.isFunc()) {
                throw new CError(pos, "function returning a function");
            }
            if (inner.type.isArray()) {
                throw new CError(pos, "function returning an array");
            }
            d.type = CType.func(inner.type, proto ? params : null, variadic);
            d.paramNames = names;
            d.paramPos = poss;
            return d;
        }
        d.type = base;
        return d;
    }

    private CType typeName() {
        Spec s = declSpec(false);
        Declarator d = declarator(s.type, true);
        if (d.name != null) {
            throw new CError(d.pos, "unexpected identifier '" + d.name + "' in a type name");
        }
        return d.type;
    }

    private void staticAssert() {
        Pos pos = next().pos;
        expect("(");
        Node e = condExpr();
        long v = constExpr(e);
        String msg = null;
        if (accept(",")) {
            Tok s = next();
            if (s.kind != Tok.K.STR) {
                throw new CError(s.pos, "expected string literal in _Static_assert");
            }
            StringBuilder sb = new StringBuilder(new String(s.bytes, java.nio.charset.StandardCharsets.UTF_8));
            while (peek().kind == Tok.K.STR) {
                sb.append(new String(next().bytes, java.nio.charset.StandardCharsets.UTF_8));
            }
            msg = sb.toString();
        }
        expect(")");
        expect(";");
        if (v == 0) {
            throw new CError(pos, "static assertion failed" + (msg == null ? "" : ": \"" + msg + "\""));
        }
    }

    // ------------------------------------------------------------------ initializers

    /** An initializer as written: an expression or a braced list of designated items. */
    private static final class InitTree {
        Node expr;
        List<InitItem> items;
        Pos pos;
    }

    private record InitItem(List<Object> designators, InitTree init, Pos pos) {
    }

    private InitTree initTree() {
        enter();
        try {
            InitTree t = new InitTree();
            t.pos = peek().pos;
            if (accept("{")) {
                t.items = new ArrayList<>();
                while (!accept("}")) {
                    Pos pos = peek().pos;
                    List<Object> des = new ArrayList<>();
                    while (at("[") || at(".")) {
                        if (accept(".")) {
                            des.add(ident());
                        } else {
                            next();
                            Node idx = condExpr();
                            des.add(new long[] {constExpr(idx)});
                            if (at("...")) {
                                throw new CError(peek().pos, "range designators are not supported");
                            }
                            expect("]");
                        }
                    }
                    if (!des.isEmpty()) {
                        expect("=");
                    }
                    t.items.add(new InitItem(des, initTree(), pos));
                    if (!accept(",")) {
                        expect("}");
                        break;
                    }
                }
            } else {
                t.expr = assign();
            }
            return t;
        } finally {
            leave();
        }
    }

    private List<Var.Init> initializer(Var v, Pos pos) {
        InitTree tree = initTree();
        List<Var.Init> out = new ArrayList<>();
        if (v.type.isArray() && v.type.len < 0) {
            long n = arrayLength(v.type, tree);
            v.type = CType.array(v.type.base, n);
        }
        if (!v.type.isComplete()) {
            throw new CError(pos, "variable '" + v.name + "' has initializer but incomplete type");
        }
        initObject(v.type, 0, tree, out);
        return out;
    }

    /** The length of an array of unknown size from its initializer. */
    private long arrayLength(CType t, InitTree tree) {
        if (tree.expr != null) {
            Node e = tree.expr;
            if (e.op == Op.STR && isCharType(t.base)) {
                return e.str.bytes.length;
            }
            throw new CError(tree.pos, "invalid initializer");
        }
        if (tree.items.size() == 1 && tree.items.get(0).designators.isEmpty() && tree.items.get(0).init.expr != null
                && tree.items.get(0).init.expr.op == Op.STR && isCharType(t.base)) {
            return tree.items.get(0).init.expr.str.bytes.length;
        }
        Cursor c = new Cursor(tree.items);
        long idx = 0;
        long max = 0;
        while (c.i < c.items.size()) {
            InitItem it = c.items.get(c.i);
            if (!it.designators.isEmpty()) {
                if (!(it.designators.get(0) instanceof long[] ix)) {
                    throw new CError(it.pos, "field name not in record or union initializer");
                }
                idx = ix[0];
                if (idx < 0) {
                    throw new CError(it.pos, "array index in initializer is negative");
                }
                List<Object> rest = it.designators.subList(1, it.designators.size());
                c.i++;
                if (!rest.isEmpty()) {
                    descendDesignated(t.base, 0, rest, it, new ArrayList<>());
                } else {
                    fill(t.base, 0, it.init, c, new ArrayList<>());
                }
            } else {
                fillElided(t.base, 0, c, new ArrayList<>());
            }
            idx++;
            max = Math.max(max, idx);
            if (max > (1L << 28)) {
                throw new CError(it.pos, "array initializer is too large");
            }
        }
        return max;
    }

    private static final class Cursor {
        final List<InitItem> items;
        int i;

        Cursor(List<InitItem> items) {
            this.items = items;
        }
    }

    private static boolean isCharType(CType t) {
        return t.k == CType.K.CHAR || t.k == CType.K.SCHAR || t.k == CType.K.UCHAR;
    }

    /** Initializes an object of type t at off from a whole initializer (braced or not). */
    private void initObject(CType t, long off, InitTree tree, List<Var.Init> out) {
        if (tree.items != null) {
            braced(t, off, tree, out);
            return;
        }
        Node e = tree.expr;
        if (t.isArray()) {
            if (e.op == Op.STR && isCharType(t.base)) {
                stringInit(t, off, e, out);
                return;
            }
            throw new CError(e.pos, "invalid initializer");
        }
        if (t.isRecord()) {
            if (e.type.isRecord() && e.type.rec == t.rec) {
                out.add(new Var.Init(off, t, e, null, null));
                return;
            }
            throw new CError(e.pos, "invalid initializer for '" + t + "'");
        }
        scalarInit(t, off, e, out, null);
    }

    private void stringInit(CType t, long off, Node e, List<Var.Init> out) {
        byte[] b = e.str.bytes;
        long n = t.len;
        if (b.length - 1 > n) {
            throw new CError(e.pos, "initializer-string for array of chars is too long");
        }
        byte[] copy = new byte[(int) Math.min(n, b.length)];
        System.arraycopy(b, 0, copy, 0, copy.length);
        out.add(new Var.Init(off, t, null, null, copy));
    }

    private void scalarInit(CType t, long off, Node e, List<Var.Init> out, CType.Member bf) {
        Node v = convertForAssign(t, e, "initialization");
        out.add(new Var.Init(off, t, v, bf, null));
    }

    private void braced(CType t, long off, InitTree tree, List<Var.Init> out) {
        if (!t.isArray() && !t.isRecord()) {
            if (tree.items.isEmpty()) {
                out.add(new Var.Init(off, t, num(0, CType.INT, tree.pos, t), null, null));
                return;
            }
            InitItem first = tree.items.get(0);
            if (!first.designators.isEmpty()) {
                throw new CError(first.pos, "designator in initializer for scalar");
            }
            initObject(t, off, first.init, out);
            return;
        }
        if (t.isArray() && tree.items.size() == 1 && tree.items.get(0).designators.isEmpty()
                && tree.items.get(0).init.expr != null && tree.items.get(0).init.expr.op == Op.STR
                && isCharType(t.base)) {
            stringInit(t, off, tree.items.get(0).init.expr, out);
            return;
        }
        Cursor c = new Cursor(tree.items);
        long idx = 0;
        int member = 0;
        while (c.i < c.items.size()) {
            InitItem it = c.items.get(c.i);
            if (!it.designators.isEmpty()) {
                Object d0 = it.designators.get(0);
                List<Object> rest = it.designators.subList(1, it.designators.size());
                if (t.isArray()) {
                    if (!(d0 instanceof long[] ix)) {
                        throw new CError(it.pos, "field name not in record or union initializer");
                    }
                    idx = ix[0];
                    if (idx < 0 || idx >= t.len) {
                        throw new CError(it.pos, "array index in initializer exceeds array bounds");
                    }
                    c.i++;
                    long eo = off + idx * t.base.size();
                    if (rest.isEmpty()) {
                        fill(t.base, eo, it.init, c, out);
                    } else {
                        descendDesignated(t.base, eo, rest, it, out);
                    }
                    idx++;
                } else {
                    if (!(d0 instanceof String name)) {
                        throw new CError(it.pos, "array index in non-array initializer");
                    }
                    int mi = memberIndex(t.rec, name);
                    if (mi < 0) {
                        throw new CError(it.pos, "'" + t + "' has no member named '" + name + "'");
                    }
                    CType.Member m = t.rec.members.get(mi);
                    c.i++;
                    if (rest.isEmpty()) {
                        fillMember(m, off, it.init, c, out);
                    } else {
                        descendDesignated(m.type, off + m.offset, rest, it, out);
                    }
                    member = mi + 1;
                }
                continue;
            }
            if (t.isArray()) {
                if (t.len >= 0 && idx >= t.len) {
                    warnExcess(it);
                    return;
                }
                fillElided(t.base, off + idx * t.base.size(), c, out);
                idx++;
            } else {
                List<CType.Member> ms = t.rec.members;
                while (member < ms.size() && ms.get(member).name == null) {
                    member++;
                }
                if (member >= ms.size() || t.rec.union && member > 0) {
                    warnExcess(it);
                    return;
                }
                CType.Member m = ms.get(member);
                if (m.isBitField()) {
                    InitItem x = c.items.get(c.i++);
                    Node e = scalarOf(x.init);
                    scalarInit(m.type, off + m.offset, e, out, m);
                } else {
                    fillElided(m.type, off + m.offset, c, out);
                }
                member++;
            }
        }
    }

    private void warnExcess(InitItem it) {
        throw new CError(it.pos, "excess elements in initializer");
    }

    private Node scalarOf(InitTree t) {
        while (t.items != null) {
            if (t.items.isEmpty()) {
                return num(0, CType.INT, t.pos, CType.INT);
            }
            t = t.items.get(0).init;
        }
        return t.expr;
    }

    private int memberIndex(CType.Record r, String name) {
        for (int i = 0; i < r.members.size(); i++) {
            if (name.equals(r.members.get(i).name)) {
                return i;
            }
        }
        return -1;
    }

    private void fillMember(CType.Member m, long off, InitTree init, Cursor c, List<Var.Init> out) {
        if (m.isBitField()) {
            scalarInit(m.type, off + m.offset, scalarOf(init), out, m);
        } else {
            fill(m.type, off + m.offset, init, c, out);
        }
    }

    /** Initializes a sub-object whose first item (already taken from the cursor) is init; elision may take more. */
    private void fill(CType t, long off, InitTree init, Cursor c, List<Var.Init> out) {
        if (init.items != null || !(t.isArray() || t.isRecord())) {
            initObject(t, off, init, out);
            return;
        }
        Node e = init.expr;
        if (t.isRecord() && e.type.isRecord() && e.type.rec == t.rec
                || t.isArray() && e.op == Op.STR && isCharType(t.base)) {
            initObject(t, off, init, out);
            return;
        }
        c.i--; // brace elision: the aggregate takes this and following items
        elide(t, off, c, out);
    }

    /** Initializes a sub-object from the cursor, with brace elision for aggregates. */
    private void fillElided(CType t, long off, Cursor c, List<Var.Init> out) {
        InitItem it = c.items.get(c.i);
        c.i++;
        fill(t, off, it.init, c, out);
    }

    private void elide(CType t, long off, Cursor c, List<Var.Init> out) {
        if (t.isArray()) {
            for (long i = 0; i < t.len && c.i < c.items.size() && c.items.get(c.i).designators.isEmpty(); i++) {
                fillElided(t.base, off + i * t.base.size(), c, out);
            }
        } else {
            for (CType.Member m : t.rec.members) {
                if (c.i >= c.items.size() || !c.items.get(c.i).designators.isEmpty()) {
                    break;
                }
                if (m.name == null) {
                    continue;
                }
                if (m.isBitField()) {
                    InitItem x = c.items.get(c.i++);
                    scalarInit(m.type, off + m.offset, scalarOf(x.init), out, m);
                } else {
                    fillElided(m.type, off + m.offset, c, out);
                }
                if (t.rec.union) {
                    break;
                }
            }
        }
    }

    private void descendDesignated(CType t, long off, List<Object> des, InitItem it, List<Var.Init> out) {
        Object d = des.get(0);
        List<Object> rest = des.subList(1, des.size());
        if (t.isArray()) {
            if (!(d instanceof long[] ix)) {
                throw new CError(it.pos, "field name not in record or union initializer");
            }
            if (ix[0] < 0 || ix[0] >= t.len) {
                throw new CError(it.pos, "array index in initializer exceeds array bounds");
            }
            long eo = off + ix[0] * t.base.size();
            if (rest.isEmpty()) {
                fill(t.base, eo, it.init, new Cursor(List.of(it)), out);
            } else {
                descendDesignated(t.base, eo, rest, it, out);
            }
        } else if (t.isRecord()) {
            if (!(d instanceof String name)) {
                throw new CError(it.pos, "array index in non-array initializer");
            }
            CType.Member m = t.rec.find(name);
            if (m == null) {
                throw new CError(it.pos, "'" + t + "' has no member named '" + name + "'");
            }
            if (rest.isEmpty()) {
                Cursor c = new Cursor(List.of(it));
                c.i = 1;
                fillMember(m, off, it.init, c, out);
            } else {
                descendDesignated(m.type, off + m.offset, rest, it, out);
            }
        } else {
            throw new CError(it.pos, "designator in initializer for scalar");
        }
    }

    // ------------------------------------------------------------------ statements

    private St compound(boolean newScope) {
        St b = new St(St.K.BLOCK, expect("{").pos);
        enter();
        if (newScope) {
            push();
        }
        while (!accept("}")) {
            if (peek().kind == Tok.K.EOF) {
                throw new CError(peek().pos, "expected declaration or statement at end of input");
            }
            if (peek().kind == Tok.K.ID && lookup(peek().text) == null && !KEYWORDS.contains(peek().text)
                    && (peek(1).kind == Tok.K.ID && !KEYWORDS.contains(peek(1).text) || peek(1).is("*")
                    && peek(2).kind == Tok.K.ID && peek(3).is("="))) {
                throw new CError(peek().pos, "unknown type name '" + peek().text + "'");
            }
            if (at("_Static_assert")) {
                staticAssert();
            } else if (startsDecl(peek()) && !(peek().kind == Tok.K.ID && peek(1).is(":") && !isTypedefName(peek())
                    && isTypedefName(peek()))) {
                localDecl(b.list);
            } else {
                b.list.add(stmt());
            }
        }
        if (newScope) {
            pop();
        }
        leave();
        return b;
    }

    private void localDecl(List<St> out) {
        Spec spec = declSpec(true);
        if (accept(";")) {
            return;
        }
        for (;;) {
            Pos pos = peek().pos;
            Declarator d = declarator(spec.type, false);
            skipAttributes();
            if (spec.typedef) {
                declareTypedef(d, pos);
            } else if (d.type.isFunc()) {
                if (spec.isStatic) {
                    throw new CError(pos, "invalid storage class for function '" + d.name + "'");
                }
                declareFunction(d.name, d.type, spec, pos);
            } else if (spec.isExtern) {
                Object g = scopes.get(0).get(d.name);
                Var v;
                if (g instanceof Var gv && !gv.isFunction) {
                    if (!gv.type.sameAs(d.type)) {
                        throw new CError(pos, "conflicting types for '" + d.name + "'");
                    }
                    v = gv;
                } else {
                    v = new Var(d.name, d.type, pos, true);
                    v.isExtern = true;
                    scopes.get(0).put(d.name, v);
                    unit.globals.add(v);
                }
                scopes.get(scopes.size() - 1).put(d.name, v);
            } else if (spec.isStatic) {
                Var v = new Var(fn.name + "." + d.name + "." + (++staticCounter), d.type, pos, true);
                v.display = d.name;
                v.isStatic = true;
                v.defined = true;
                v.alignas = spec.alignas;
                if (scopes.get(scopes.size() - 1).containsKey(d.name)) {
                    throw new CError(pos, "redefinition of '" + d.name + "'");
                }
                scopes.get(scopes.size() - 1).put(d.name, v);
                unit.globals.add(v);
                if (accept("=")) {
                    v.init = initializer(v, pos);
                }
                if (!v.type.isComplete()) {
                    throw new CError(pos, "storage size of '" + d.name + "' isn't known");
                }
            } else {
                if (d.type.isVoid()) {
                    throw new CError(pos, "variable or field '" + d.name + "' declared void");
                }
                Var v = new Var(d.name, d.type, pos, false);
                v.alignas = spec.alignas;
                if (spec.alignas > 0) {
                    v.addrTaken = true;
                }
                St s = new St(St.K.DECL, pos);
                s.var = v;
                if (accept("=")) {
                    declareLocal(v); // in scope in its own initializer, as C says
                    s.init = initializer(v, pos);
                } else {
                    declareLocal(v);
                }
                if (!v.type.isComplete()) {
                    throw new CError(pos, "storage size of '" + d.name + "' isn't known");
                }
                out.add(s);
            }
            if (accept(",")) {
                continue;
            }
            if (!at(";")) {
                throw new CError(peek().pos, "expected ',' or ';' before " + peek());
            }
            expect(";");
            return;
        }
    }

    private St stmt() {
        enter();
        try {
            return stmt0();
        } finally {
            leave();
        }
    }

    private St stmt0() {
        Tok t = peek();
        Pos pos = t.pos;
        if (t.kind == Tok.K.ID) {
            switch (t.text) {
                case "if": {
                    next();
                    expect("(");
                    St s = new St(St.K.IF, pos);
                    s.e = cond(expr());
                    expect(")");
                    s.a = stmt();
                    if (accept("else")) {
                        s.b = stmt();
                    }
                    return s;
                }
                case "while": {
                    next();
                    expect("(");
                    St s = new St(St.K.WHILE, pos);
                    s.e = cond(expr());
                    expect(")");
                    s.a = stmt();
                    return s;
                }
                case "do": {
                    next();
                    St s = new St(St.K.DO, pos);
                    s.a = stmt();
                    expect("while");
                    expect("(");
                    s.e = cond(expr());
                    expect(")");
                    expect(";");
                    return s;
                }
                case "for": {
                    next();
                    expect("(");
                    push();
                    St s = new St(St.K.FOR, pos);
                    if (!accept(";")) {
                        if (startsDecl(peek())) {
                            St b = new St(St.K.BLOCK, peek().pos);
                            localDecl(b.list);
                            s.a = b;
                        } else {
                            St e = new St(St.K.EXPR, peek().pos);
                            e.e = expr();
                            s.a = e;
                            expect(";");
                        }
                    }
                    if (!at(";")) {
                        s.e = cond(expr());
                    }
                    expect(";");
                    if (!at(")")) {
                        s.e2 = expr();
                    }
                    expect(")");
                    s.b = stmt();
                    pop();
                    return s;
                }
                case "return": {
                    next();
                    St s = new St(St.K.RETURN, pos);
                    CType ret = fn.type.base;
                    if (!at(";")) {
                        Node e = expr();
                        if (ret.isVoid()) {
                            if (!e.type.isVoid()) {
                                throw new CError(e.pos, "'return' with a value, in function returning void");
                            }
                            s.e = e;
                        } else {
                            s.e = convertForAssign(ret, e, "return");
                        }
                    } else if (!ret.isVoid()) {
                        throw new CError(pos, "'return' with no value, in function returning non-void");
                    }
                    expect(";");
                    return s;
                }
                case "break":
                case "continue": {
                    next();
                    expect(";");
                    return new St(t.text.equals("break") ? St.K.BREAK : St.K.CONTINUE, pos);
                }
                case "goto": {
                    next();
                    if (at("*")) {
                        throw new CError(pos, "computed goto is not supported");
                    }
                    St s = new St(St.K.GOTO, pos);
                    s.label = ident();
                    expect(";");
                    gotos.add(s);
                    return s;
                }
                case "switch": {
                    next();
                    expect("(");
                    Node e = expr();
                    if (!e.type.isInteger()) {
                        throw new CError(e.pos, "switch quantity not an integer");
                    }
                    e = promote(e);
                    expect(")");
                    St s = new St(St.K.SWITCH, pos);
                    s.e = e;
                    s.cases = new ArrayList<>();
                    switches.add(s.cases);
                    s.a = stmt();
                    switches.remove(switches.size() - 1);
                    Set<Long> seen = new HashSet<>();
                    boolean def = false;
                    for (St c : s.cases) {
                        if (c.k == St.K.DEFAULT) {
                            if (def) {
                                throw new CError(c.pos, "multiple default labels in one switch");
                            }
                            def = true;
                        } else {
                            c.caseVal = ConstEval.convert(c.caseVal, e.type);
                            if (!seen.add(c.caseVal)) {
                                throw new CError(c.pos, "duplicate case value");
                            }
                        }
                    }
                    return s;
                }
                case "case": {
                    next();
                    Node v = condExpr();
                    Long cvo = ConstEval.tryEval(v);
                    if (cvo == null || !v.type.isInteger()) {
                        throw new CError(pos, "case label does not reduce to an integer constant");
                    }
                    long cv = cvo;
                    if (accept("...")) {
                        throw new CError(pos, "case ranges are not supported");
                    }
                    expect(":");
                    if (switches.isEmpty()) {
                        throw new CError(pos, "case label not within a switch statement");
                    }
                    St s = new St(St.K.CASE, pos);
                    s.caseVal = cv;
                    switches.get(switches.size() - 1).add(s);
                    s.a = labeledBody();
                    return s;
                }
                case "default": {
                    next();
                    expect(":");
                    if (switches.isEmpty()) {
                        throw new CError(pos, "'default' label not within a switch statement");
                    }
                    St s = new St(St.K.DEFAULT, pos);
                    switches.get(switches.size() - 1).add(s);
                    s.a = labeledBody();
                    return s;
                }
                case "asm":
                case "__asm__":
                case "__asm":
                    throw new CError(pos, "inline assembly is not supported");
                case "else":
                    throw new CError(pos, "'else' without a previous 'if'");
                default:
                    if (peek(1).is(":") && !KEYWORDS.contains(t.text)) {
                        next();
                        next();
                        St s = new St(St.K.LABEL, pos);
                        s.label = t.text;
                        if (!labels.add(t.text)) {
                            throw new CError(pos, "duplicate label '" + t.text + "'");
                        }
                        s.a = labeledBody();
                        return s;
                    }
            }
        }
        if (at("{")) {
            return compound(true);
        }
        if (accept(";")) {
            return new St(St.K.EMPTY, pos);
        }
        St s = new St(St.K.EXPR, pos);
        s.e = expr();
        expect(";");
        return s;
    }

    private St labeledBody() {
        if (at("}")) {
            return new St(St.K.EMPTY, peek().pos); // C23 allows a label at the end of a block; gcc accepts it
        }
        if (startsDecl(peek()) && !at("_Static_assert")) {
            St b = new St(St.K.BLOCK, peek().pos);
            localDecl(b.list);
            return b;
        }
        return stmt();
    }

    // ------------------------------------------------------------------ expressions: typing helpers

    static Node num(long v, CType t, Pos pos, CType as) {
        Node n = new Node(Op.NUM, pos, as);
        n.val = ConstEval.convert(v, as);
        return n;
    }

    private long constExpr(Node n) {
        Long v = ConstEval.tryEval(n);
        if (v == null) {
            throw new CError(n.pos, "expression is not an integer constant");
        }
        if (!n.type.isInteger()) {
            throw new CError(n.pos, "integer constant expression expected");
        }
        return v;
    }

    /** Array-to-pointer and function-to-pointer conversion. */
    static Node decay(Node n) {
        if (n.type.isArray()) {
            Node d = new Node(Op.DECAY, n.pos, CType.ptr(n.type.base));
            d.l = n;
            d.hasCall = n.hasCall;
            return d;
        }
        if (n.type.isFunc()) {
            Node d = new Node(Op.DECAY, n.pos, CType.ptr(n.type));
            d.l = n;
            d.hasCall = n.hasCall;
            return d;
        }
        return n;
    }

    static Node cast(Node n, CType to) {
        Node c = cast0(n, to);
        if (c.start == null) {
            c.start = n.start;
        }
        return c;
    }

    private static Node cast0(Node n, CType to) {
        CType from = n.type;
        if (from.unqualified().sameAs(to.unqualified()) && !(to.k == CType.K.BOOL && from.k != CType.K.BOOL)) {
            if (from == to) {
                return n;
            }
            Node c = new Node(Op.CAST, n.pos, to);
            c.l = n;
            c.hasCall = n.hasCall;
            return c;
        }
        if (n.op == Op.NUM && to.isScalar()) {
            return num(n.val, from, n.pos, to);
        }
        Node c = new Node(Op.CAST, n.pos, to.unqualified());
        c.l = n;
        c.hasCall = n.hasCall;
        return c;
    }

    static Node promote(Node n) {
        n = decay(n);
        if (n.type.isInteger() && n.type.rank() < 3) {
            return cast(n, CType.INT);
        }
        return n;
    }

    static CType promoted(CType t) {
        return t.isInteger() && t.rank() < 3 ? CType.INT : t.unqualified();
    }

    static CType common(CType a, CType b) {
        a = promoted(a);
        b = promoted(b);
        if (a.k == b.k || a.enumTag != null && b.k == CType.K.INT) {
            return a.enumTag != null ? CType.INT : a;
        }
        if (b.enumTag != null && a.k == CType.K.INT) {
            return CType.INT;
        }
        if (a.isUnsigned() == b.isUnsigned()) {
            return a.rank() >= b.rank() ? a : b;
        }
        CType u = a.isUnsigned() ? a : b;
        CType s = a.isUnsigned() ? b : a;
        if (u.rank() >= s.rank()) {
            return u;
        }
        if (s.size() > u.size()) {
            return s;
        }
        return switch (s.k) {
            case LONG -> CType.ULONG;
            case LLONG -> CType.ULLONG;
            default -> CType.UINT;
        };
    }

    private Node bin(Op op, Node l, Node r, CType t, Pos pos) {
        Node n = new Node(op, pos, t);
        n.l = l;
        n.r = r;
        n.hasCall = l.hasCall || r.hasCall;
        return n;
    }

    private Node cond(Node n) {
        n = decay(n);
        if (!n.type.isScalar()) {
            throw new CError(n.pos, "used '" + n.type + "' where a scalar is required");
        }
        return n;
    }

    private static boolean isNullConst(Node n) {
        if (n.op == Op.CAST && n.type.isPtr() && n.type.base.isVoid() && n.l.type.isInteger()) {
            n = n.l;
        }
        return n.type.isInteger() && n.op == Op.NUM && n.val == 0;
    }

    /** Converts for assignment, initialization, argument passing or return, with C's constraints. */
    Node convertForAssign(CType to, Node e, String what) {
        e = decay(e);
        CType from = e.type;
        if (to.isRecord()) {
            if (from.isRecord() && from.rec == to.rec) {
                return e;
            }
            throw incompatible(to, from, what, e.pos);
        }
        if (to.isArray()) {
            throw new CError(e.pos, "assignment to expression with array type");
        }
        if (from.isVoid()) {
            throw new CError(e.pos, "void value not ignored as it ought to be");
        }
        if (to.isInteger()) {
            if (from.isInteger()) {
                return cast(e, to);
            }
            if (from.isPtr()) {
                if (to.k == CType.K.BOOL) {
                    return cast(e, to);
                }
                throw new CError(e.pos, "makes integer from pointer without a cast (" + what + " of '" + to + "' from '"
                        + from + "')");
            }
        }
        if (to.isPtr()) {
            if (from.isPtr()) {
                CType a = to.base;
                CType b = from.base;
                if (a.isVoid() || b.isVoid() || a.unqualified().sameAs(b.unqualified())
                        || a.isInteger() && b.isInteger() && a.size() == b.size()) {
                    return cast(e, to);
                }
                throw new CError(e.pos, "incompatible pointer types in " + what + ": '" + to + "' from '" + from + "'");
            }
            if (isNullConst(e)) {
                return cast(e, to);
            }
            if (from.isInteger()) {
                throw new CError(e.pos, "makes pointer from integer without a cast (" + what + " of '" + to + "' from '"
                        + from + "')");
            }
        }
        throw incompatible(to, from, what, e.pos);
    }

    /** gcc's words for an assignment between types that do not convert. */
    private static CError incompatible(CType to, CType from, String what, Pos pos) {
        if (what.equals("initialization")) {
            return new CError(pos, "incompatible types when initializing type '" + to + "' using type '" + from + "'");
        }
        if (what.equals("assignment")) {
            return new CError(pos, "incompatible types when assigning to type '" + to + "' from type '" + from + "'");
        }
        if (what.equals("return")) {
            return new CError(pos, "incompatible types when returning type '" + from + "' but '" + to
                    + "' was expected");
        }
        if (what.startsWith("passing argument ")) {
            return new CError(pos, "incompatible type for argument " + what.substring("passing argument ".length()));
        }
        return new CError(pos, "incompatible types in " + what + " of '" + to + "' from '" + from + "'");
    }

    // ------------------------------------------------------------------ expressions

    Node expr() {
        Node n = assign();
        while (at(",")) {
            Pos pos = next().pos;
            Node r = assign();
            Node c = bin(Op.COMMA, n, decay(r), decay(r).type, pos);
            n = c;
        }
        return n;
    }

    private static final Map<String, Op> ASSIGN_OPS = Map.of("+=", Op.ADD, "-=", Op.SUB, "*=", Op.MUL, "/=", Op.DIV,
            "%=", Op.MOD, "<<=", Op.SHL, ">>=", Op.SHR, "&=", Op.BAND, "|=", Op.BOR, "^=", Op.XOR);

    Node assign() {
        enter();
        try {
            Pos start = peek().pos;
            Node l = condExpr();
            if (l.start == null) {
                l.start = start;
            }
            Tok t = peek();
            if (t.kind == Tok.K.PUNCT && (t.text.equals("=") || ASSIGN_OPS.containsKey(t.text))) {
                next();
                Node r = assign();
                checkModifiable(l, t.pos);
                if (t.text.equals("=")) {
                    Node v = convertForAssign(l.type.unqualified(), r, "assignment");
                    Node n = bin(Op.ASSIGN, l, v, l.type.unqualified(), t.pos);
                    return n;
                }
                Op op = ASSIGN_OPS.get(t.text);
                r = decay(r);
                Node n = bin(Op.OPASSIGN, l, r, l.type.unqualified(), t.pos);
                n.arith = op;
                if (l.type.isPtr() && (op == Op.ADD || op == Op.SUB)) {
                    if (!r.type.isInteger()) {
                        throw new CError(t.pos, "invalid operands to '" + t.text + "'");
                    }
                    n.r = cast(r, CType.LONG);
                    n.val = elemSize(l.type, t.pos);
                    n.opType = l.type;
                    return n;
                }
                if (!l.type.isInteger() || !r.type.isInteger()) {
                    throw new CError(t.pos, "invalid operands to '" + t.text + "' ('" + l.type + "' and '" + r.type + "')");
                }
                if (op == Op.SHL || op == Op.SHR) {
                    n.opType = promoted(l.type);
                    n.r = promote(r);
                } else {
                    n.opType = common(l.type, r.type);
                    n.r = cast(r, n.opType);
                }
                return n;
            }
            return l;
        } finally {
            leave();
        }
    }

    private void checkModifiable(Node l, Pos pos) {
        if (!l.isLvalue() || l.op == Op.STR) {
            throw new CError(pos, "lvalue required as left operand of assignment");
        }
        if (l.type.isArray()) {
            throw new CError(pos, "assignment to expression with array type");
        }
        if (l.type.isConst) {
            throw new CError(pos, "assignment of read-only " + (l.op == Op.VAR ? "variable '" + l.var.display + "'"
                    : "location"));
        }
        if (l.type.isRecord() && hasConstMember(l.type.rec)) {
            throw new CError(pos, "assignment of read-only location");
        }
    }

    private static boolean hasConstMember(CType.Record r) {
        for (CType.Member m : r.members) {
            if (m.type.isConst) {
                return true;
            }
        }
        return false;
    }

    private Node condExpr() {
        Node c = logOr();
        if (!at("?")) {
            return c;
        }
        Pos pos = next().pos;
        c = cond(c);
        if (at(":")) {
            throw new CError(peek().pos, "the '?:' extension without a middle operand is not supported");
        }
        Node a = decay(expr());
        expect(":");
        Node b = decay(condExpr());
        CType t;
        if (a.type.isInteger() && b.type.isInteger()) {
            t = common(a.type, b.type);
            a = cast(a, t);
            b = cast(b, t);
        } else if (a.type.isVoid() || b.type.isVoid()) {
            t = CType.VOID;
        } else if (a.type.isRecord() && b.type.isRecord() && a.type.rec == b.type.rec) {
            t = a.type.unqualified();
        } else if (a.type.isPtr() && b.type.isPtr()) {
            t = a.type.base.isVoid() ? b.type : a.type;
            if (isNullConst(a)) {
                t = b.type;
            }
        } else if (a.type.isPtr() && isNullConst(b)) {
            t = a.type;
            b = cast(b, t);
        } else if (b.type.isPtr() && isNullConst(a)) {
            t = b.type;
            a = cast(a, t);
        } else {
            throw new CError(pos, "type mismatch in conditional expression ('" + a.type + "' and '" + b.type + "')");
        }
        Node n = new Node(Op.COND, pos, t);
        n.c = c;
        n.l = a;
        n.r = b;
        n.hasCall = c.hasCall || a.hasCall || b.hasCall;
        return n;
    }

    private Node logOr() {
        Node l = logAnd();
        while (at("||")) {
            Pos pos = next().pos;
            Node r = cond(logAnd());
            l = bin(Op.LOR, cond(l), r, CType.INT, pos);
        }
        return l;
    }

    private Node logAnd() {
        Node l = bitOr();
        while (at("&&")) {
            Pos pos = next().pos;
            Node r = cond(bitOr());
            l = bin(Op.LAND, cond(l), r, CType.INT, pos);
        }
        return l;
    }

    private Node bitOr() {
        Node l = bitXor();
        while (at("|")) {
            Pos pos = next().pos;
            l = arith(Op.BOR, l, bitXor(), pos, "|");
        }
        return l;
    }

    private Node bitXor() {
        Node l = bitAnd();
        while (at("^")) {
            Pos pos = next().pos;
            l = arith(Op.XOR, l, bitAnd(), pos, "^");
        }
        return l;
    }

    private Node bitAnd() {
        Node l = equality();
        while (at("&")) {
            Pos pos = next().pos;
            l = arith(Op.BAND, l, equality(), pos, "&");
        }
        return l;
    }

    private Node equality() {
        Node l = relational();
        for (;;) {
            if (at("==") || at("!=")) {
                Tok t = next();
                l = compare(t.text.equals("==") ? Op.EQ : Op.NE, l, relational(), t.pos, t.text);
            } else {
                return l;
            }
        }
    }

    private Node relational() {
        Node l = shift();
        for (;;) {
            Op op;
            if (at("<")) {
                op = Op.LT;
            } else if (at("<=")) {
                op = Op.LE;
            } else if (at(">")) {
                op = Op.GT;
            } else if (at(">=")) {
                op = Op.GE;
            } else {
                return l;
            }
            Tok t = next();
            l = compare(op, l, shift(), t.pos, t.text);
        }
    }

    private Node compare(Op op, Node l, Node r, Pos pos, String text) {
        l = decay(l);
        r = decay(r);
        if (l.type.isInteger() && r.type.isInteger()) {
            CType t = common(l.type, r.type);
            return bin(op, cast(l, t), cast(r, t), CType.INT, pos);
        }
        if (l.type.isPtr() && r.type.isPtr()) {
            return bin(op, l, r, CType.INT, pos);
        }
        if (l.type.isPtr() && r.type.isInteger() || l.type.isInteger() && r.type.isPtr()) {
            if (op != Op.EQ && op != Op.NE && !isNullConst(l) && !isNullConst(r)) {
                throw new CError(pos, "comparison between pointer and integer");
            }
            return bin(op, cast(l, CType.ULONG), cast(r, CType.ULONG), CType.INT, pos);
        }
        throw new CError(pos, "invalid operands to binary " + text + " ('" + l.type + "' and '" + r.type + "')");
    }

    private Node shift() {
        Node l = additive();
        for (;;) {
            if (at("<<") || at(">>")) {
                Tok t = next();
                Node r = promote(additive());
                Node pl = promote(l);
                if (!pl.type.isInteger() || !r.type.isInteger()) {
                    throw new CError(t.pos, "invalid operands to binary " + t.text);
                }
                l = bin(t.text.equals("<<") ? Op.SHL : Op.SHR, pl, r, pl.type, t.pos);
            } else {
                return l;
            }
        }
    }

    private Node arith(Op op, Node l, Node r, Pos pos, String text) {
        l = decay(l);
        r = decay(r);
        if (!l.type.isInteger() || !r.type.isInteger()) {
            throw new CError(pos, "invalid operands to binary " + text + " ('" + l.type + "' and '" + r.type + "')");
        }
        CType t = common(l.type, r.type);
        return bin(op, cast(l, t), cast(r, t), t, pos);
    }

    private long elemSize(CType ptr, Pos pos) {
        CType b = ptr.base;
        if (b.isRecord() && !b.isComplete() || b.isArray() && !b.isComplete()) {
            throw new CError(pos, "arithmetic on a pointer to an incomplete type '" + b + "'");
        }
        return b.size();
    }

    private Node additive() {
        Node l = multiplicative();
        for (;;) {
            if (at("+") || at("-")) {
                Tok t = next();
                Node r = decay(multiplicative());
                l = addSub(t.text.equals("+"), decay(l), r, t.pos);
            } else {
                return l;
            }
        }
    }

    private Node addSub(boolean add, Node l, Node r, Pos pos) {
        if (l.type.isInteger() && r.type.isInteger()) {
            return arith(add ? Op.ADD : Op.SUB, l, r, pos, add ? "+" : "-");
        }
        if (add && l.type.isInteger() && r.type.isPtr()) {
            Node tmp = l;
            l = r;
            r = tmp;
        }
        if (l.type.isPtr() && r.type.isInteger()) {
            Node n = bin(Op.PTRADD, l, cast(r, CType.LONG), l.type, pos);
            n.val = elemSize(l.type, pos);
            if (!add) {
                Node neg = new Node(Op.NEG, pos, CType.LONG);
                neg.l = n.r;
                neg.hasCall = n.r.hasCall;
                n.r = neg;
            }
            return n;
        }
        if (!add && l.type.isPtr() && r.type.isPtr()) {
            if (!l.type.base.unqualified().sameAs(r.type.base.unqualified())) {
                throw new CError(pos, "invalid operands to binary - (pointers to different types)");
            }
            Node n = bin(Op.PTRDIFF, l, r, CType.LONG, pos);
            n.val = Math.max(1, elemSize(l.type, pos));
            return n;
        }
        throw new CError(pos, "invalid operands to binary " + (add ? "+" : "-") + " ('" + l.type + "' and '"
                + r.type + "')");
    }

    private Node multiplicative() {
        Node l = castExpr();
        for (;;) {
            if (at("*") || at("/") || at("%")) {
                Tok t = next();
                Op op = t.text.equals("*") ? Op.MUL : t.text.equals("/") ? Op.DIV : Op.MOD;
                l = arith(op, l, castExpr(), t.pos, t.text);
            } else {
                return l;
            }
        }
    }

    private Node castExpr() {
        if (at("(") && startsTypeName(peek(1))) {
            Pos pos = peek().pos;
            int save = p;
            next();
            CType t = typeName();
            expect(")");
            if (at("{")) {
                p = save;
                return unary();
            }
            enter();
            Node e;
            try {
                e = decay(castExpr());
            } finally {
                leave();
            }
            if (t.isVoid()) {
                Node n = new Node(Op.VOIDCAST, pos, CType.VOID);
                n.l = e;
                n.hasCall = e.hasCall;
                return n;
            }
            if (!t.isScalar()) {
                throw new CError(pos, "conversion to non-scalar type '" + t + "' requested");
            }
            if (!e.type.isScalar()) {
                throw new CError(pos, "cannot convert '" + e.type + "' to '" + t + "'");
            }
            Node c = new Node(Op.CAST, pos, t.unqualified());
            c.l = e;
            c.hasCall = e.hasCall;
            if (e.op == Op.NUM) {
                return num(e.val, e.type, pos, t.unqualified());
            }
            return c;
        }
        return unary();
    }

    private Node unary() {
        enter();
        try {
            return unary0();
        } finally {
            leave();
        }
    }

    private Node unary0() {
        Tok t = peek();
        Pos pos = t.pos;
        if (t.kind == Tok.K.PUNCT) {
            switch (t.text) {
                case "+": {
                    next();
                    Node e = promote(castExpr());
                    if (!e.type.isInteger()) {
                        throw new CError(pos, "wrong type argument to unary plus");
                    }
                    return e;
                }
                case "-": {
                    next();
                    Node e = promote(castExpr());
                    if (!e.type.isInteger()) {
                        throw new CError(pos, "wrong type argument to unary minus");
                    }
                    Node n = new Node(Op.NEG, pos, e.type);
                    n.l = e;
                    n.hasCall = e.hasCall;
                    return n;
                }
                case "!": {
                    next();
                    Node e = cond(castExpr());
                    Node n = new Node(Op.NOT, pos, CType.INT);
                    n.l = e;
                    n.hasCall = e.hasCall;
                    return n;
                }
                case "~": {
                    next();
                    Node e = promote(castExpr());
                    if (!e.type.isInteger()) {
                        throw new CError(pos, "wrong type argument to bit-complement");
                    }
                    Node n = new Node(Op.BITNOT, pos, e.type);
                    n.l = e;
                    n.hasCall = e.hasCall;
                    return n;
                }
                case "&": {
                    next();
                    Node e = castExpr();
                    return addressOf(e, pos);
                }
                case "*": {
                    next();
                    Node e = decay(castExpr());
                    return deref(e, pos);
                }
                case "++":
                case "--": {
                    next();
                    Node e = unary();
                    return incDec(e, t.text.equals("++") ? Op.PREINC : Op.PREDEC, pos);
                }
                default:
                    break;
            }
        } else if (t.kind == Tok.K.ID) {
            switch (t.text) {
                case "sizeof": {
                    next();
                    CType ty;
                    if (at("(") && startsTypeName(peek(1))) {
                        int save = p;
                        next();
                        pos = peek().pos;
                        ty = typeName();
                        expect(")");
                        if (at("{")) {
                            p = save;
                            ty = unary().type;
                        }
                    } else {
                        ty = unary().type;
                    }
                    if (ty.isFunc()) {
                        throw new CError(pos, "invalid application of 'sizeof' to a function type");
                    }
                    if (!ty.isComplete() && !ty.isVoid()) {
                        throw new CError(pos, "invalid application of 'sizeof' to incomplete type '" + ty + "'");
                    }
                    return num(ty.size(), CType.ULONG, pos, CType.ULONG);
                }
                case "_Alignof":
                case "__alignof__": {
                    next();
                    expect("(");
                    CType ty = startsTypeName(peek()) ? typeName() : expr().type;
                    expect(")");
                    return num(ty.align(), CType.ULONG, pos, CType.ULONG);
                }
                case "_Generic": {
                    next();
                    expect("(");
                    Node ctl = decay(assign());
                    CType ct = ctl.type.unqualified();
                    Node chosen = null;
                    Node dflt = null;
                    while (accept(",")) {
                        Pos ap = peek().pos;
                        if (accept("default")) {
                            expect(":");
                            Node e = assign();
                            if (dflt != null) {
                                throw new CError(ap, "duplicate 'default' in '_Generic'");
                            }
                            dflt = e;
                            continue;
                        }
                        CType at = typeName();
                        expect(":");
                        Node e = assign();
                        if (at.unqualified().sameAs(ct) && at.unqualified().enumTag == null == (ct.enumTag == null)
                                || at.unqualified().sameAs(ct) && ct.enumTag == null) {
                            if (chosen == null) {
                                chosen = e;
                            }
                        }
                    }
                    expect(")");
                    if (chosen == null) {
                        chosen = dflt;
                    }
                    if (chosen == null) {
                        throw new CError(pos, "'_Generic' selector of type '" + ct + "' is not compatible with any"
                                + " association");
                    }
                    return chosen;
                }
                case "__builtin_offsetof": {
                    next();
                    expect("(");
                    CType ty = typeName();
                    expect(",");
                    long off = 0;
                    CType cur = ty;
                    for (boolean first = true;; first = false) {
                        if (first || accept(".")) {
                            Pos mp = peek().pos;
                            String m = ident();
                            if (!cur.isRecord() || !cur.isComplete()) {
                                throw new CError(mp, "'" + cur + "' is not a complete struct or union");
                            }
                            CType.Member mem = cur.rec.find(m);
                            if (mem == null) {
                                throw new CError(mp, "'" + cur + "' has no member named '" + m + "'");
                            }
                            if (mem.isBitField()) {
                                throw new CError(mp, "cannot apply 'offsetof' to a bit-field");
                            }
                            off += mem.offset;
                            cur = mem.type;
                        } else if (accept("[")) {
                            long i = constExpr(expr());
                            expect("]");
                            if (!cur.isArray()) {
                                throw new CError(pos, "subscripted value is not an array in offsetof");
                            }
                            off += i * cur.base.size();
                            cur = cur.base;
                        } else {
                            break;
                        }
                    }
                    expect(")");
                    return num(off, CType.ULONG, pos, CType.ULONG);
                }
                default:
                    break;
            }
        }
        return postfix();
    }

    private Node addressOf(Node e, Pos pos) {
        if (e.op == Op.VAR && e.var.isFunction) {
            Node d = decay(e);
            e.var.addrTaken = true;
            return d;
        }
        if (e.op == Op.DECAY && e.l.type.isFunc()) {
            return e;
        }
        if (e.op == Op.DEREF) {
            Node inner = e.l;
            if (inner.type.isPtr() && inner.type.base.sameAs(e.type)) {
                Node c = new Node(Op.CAST, pos, CType.ptr(e.type));
                c.l = inner;
                c.hasCall = inner.hasCall;
                return c;
            }
        }
        if (!e.isLvalue()) {
            throw new CError(pos, "lvalue required as unary '&' operand");
        }
        if (e.op == Op.MEMBER && e.member.isBitField()) {
            throw new CError(pos, "cannot take address of bit-field '" + e.member.name + "'");
        }
        if (e.op == Op.VAR) {
            e.var.addrTaken = true;
        }
        markAddrTaken(e);
        Node n = new Node(Op.ADDR, pos, CType.ptr(e.type));
        n.l = e;
        n.hasCall = e.hasCall;
        return n;
    }

    private static void markAddrTaken(Node e) {
        while (e != null) {
            if (e.op == Op.VAR) {
                e.var.addrTaken = true;
                return;
            }
            if (e.op == Op.MEMBER) {
                e = e.l;
            } else {
                return;
            }
        }
    }

    private Node deref(Node e, Pos pos) {
        if (!e.type.isPtr()) {
            throw new CError(pos, "invalid type argument of unary '*' (have '" + e.type + "')");
        }
        CType b = e.type.base;
        if (b.isFunc()) {
            return e; // *fp is the function, which decays back to the pointer
        }
        if (b.isVoid()) {
            throw new CError(pos, "dereferencing 'void *' pointer");
        }
        Node n = new Node(Op.DEREF, pos, b);
        n.l = e;
        n.hasCall = e.hasCall;
        return n;
    }

    private Node incDec(Node e, Op op, Pos pos) {
        checkModifiable(e, pos);
        if (!e.type.isScalar()) {
            throw new CError(pos, "wrong type argument to " + (op == Op.PREINC || op == Op.POSTINC ? "increment"
                    : "decrement"));
        }
        Node n = new Node(op, pos, e.type.unqualified());
        n.l = e;
        n.hasCall = e.hasCall;
        n.val = e.type.isPtr() ? elemSize(e.type, pos) : 1;
        return n;
    }

    private Node postfix() {
        Pos start = peek().pos;
        Node e = primary();
        for (;;) {
            Tok t = peek();
            if (t.is("[")) {
                next();
                Node i = decay(expr());
                expect("]");
                Node a = decay(e);
                if (!a.type.isPtr() && i.type.isPtr()) {
                    Node tmp = a;
                    a = i;
                    i = tmp;
                }
                if (!a.type.isPtr()) {
                    throw new CError(t.pos, "subscripted value is neither array nor pointer");
                }
                if (!i.type.isInteger()) {
                    throw new CError(t.pos, "array subscript is not an integer");
                }
                e = deref(addSub(true, a, i, t.pos), t.pos);
            } else if (t.is("(")) {
                e = call(e, start);
            } else if (t.is(".") || t.is("->")) {
                next();
                Pos mp = peek().pos;
                String name = ident();
                Node base = e;
                if (t.is("->")) {
                    base = decay(e);
                    if (!base.type.isPtr() || !base.type.base.isRecord()) {
                        throw new CError(t.pos, "invalid type argument of '->' (have '" + base.type + "')");
                    }
                    base = deref(base, t.pos);
                }
                if (!base.type.isRecord()) {
                    throw new CError(t.pos, "request for member '" + name + "' in something not a structure or union");
                }
                if (!base.type.isComplete()) {
                    throw new CError(t.pos, "invalid use of incomplete type '" + base.type + "'");
                }
                CType.Member m = base.type.rec.find(name);
                if (m == null) {
                    throw new CError(t.pos, "'" + base.type + "' has no member named '" + name + "'");
                }
                CType mt = m.type.qualified(m.type.isConst || base.type.isConst, m.type.isVolatile || base.type.isVolatile);
                Node n = new Node(Op.MEMBER, t.pos, mt);
                n.l = base;
                n.member = m;
                n.hasCall = base.hasCall;
                e = n;
            } else if (t.is("++") || t.is("--")) {
                next();
                e = incDec(e, t.is("++") ? Op.POSTINC : Op.POSTDEC, t.pos);
            } else {
                return e;
            }
        }
    }

    private Node call(Node fnExpr, Pos pos) {
        next();
        Node f = decay(fnExpr);
        if (!f.type.isPtr() || !f.type.base.isFunc()) {
            throw new CError(pos, "called object " + (fnExpr.op == Op.VAR ? "'" + fnExpr.var.display + "' " : "")
                    + "is not a function or function pointer");
        }
        CType ft = f.type.base;
        List<Node> args = new ArrayList<>();
        if (!accept(")")) {
            for (;;) {
                args.add(assign());
                if (!accept(",")) {
                    break;
                }
            }
            expect(")");
        }
        String name = fnExpr.op == Op.VAR ? fnExpr.var.name : null;
        if (ft.params != null) {
            if (args.size() < ft.params.size() || args.size() > ft.params.size() && !ft.variadic) {
                throw new CError(pos, (args.size() < ft.params.size() ? "too few" : "too many")
                        + " arguments to function" + (name == null ? "" : " '" + name + "'"));
            }
        }
        List<Node> conv = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Node a = args.get(i);
            if (ft.params != null && i < ft.params.size()) {
                CType pt = ft.params.get(i).unqualified();
                if (!pt.isComplete() && !pt.isPtr()) {
                    throw new CError(a.pos, "parameter " + (i + 1) + " has incomplete type");
                }
                conv.add(convertForAssign(pt, a, "passing argument " + (i + 1) + (name == null ? "" : " of '" + name
                        + "'")));
            } else {
                Node d = promote(a);
                if (d.type.isVoid()) {
                    throw new CError(d.pos, "invalid use of void expression");
                }
                conv.add(d);
            }
        }
        Node n = new Node(Op.CALL, pos, ft.base.unqualified());
        n.l = f;
        n.args = conv;
        n.hasCall = true;
        if (ft.base.isRecord() && !ft.base.isComplete()) {
            throw new CError(pos, "calling a function with an incomplete return type");
        }
        return n;
    }

    private Node primary() {
        Tok t = next();
        Pos pos = t.pos;
        switch (t.kind) {
            case NUM:
            case CHR: {
                if (t.type == null) {
                    throw new CError(pos, "floating point is not supported (constant '" + t.text + "')");
                }
                Node n = new Node(Op.NUM, pos, t.type);
                n.val = t.value;
                return n;
            }
            case STR: {
                java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                b.writeBytes(t.bytes);
                while (peek().kind == Tok.K.STR) {
                    b.writeBytes(next().bytes);
                }
                b.write(0);
                return stringNode(b.toByteArray(), pos);
            }
            case ID: {
                if (t.text.equals("__func__") || t.text.equals("__FUNCTION__") || t.text.equals("__PRETTY_FUNCTION__")) {
                    if (fn == null) {
                        throw new CError(pos, "'__func__' is not defined outside of function scope");
                    }
                    byte[] nb = (fn.name + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    return stringNode(nb, pos);
                }
                if (t.text.equals("__builtin_expect")) {
                    expect("(");
                    Node e = assign();
                    expect(",");
                    assign();
                    expect(")");
                    return e;
                }
                if (t.text.startsWith("__builtin_va") || t.text.equals("va_start") || t.text.equals("va_arg")) {
                    throw new CError(pos, "variadic functions defined in the program (va_list) are not supported");
                }
                if (t.text.equals("setjmp") || t.text.equals("longjmp") || t.text.equals("_setjmp")) {
                    throw new CError(pos, t.text.contains("long") ? "longjmp is not supported" : "setjmp is not supported");
                }
                if (KEYWORDS.contains(t.text)) {
                    if (t.text.equals("asm") || t.text.startsWith("__asm")) {
                        throw new CError(pos, "inline assembly is not supported");
                    }
                    throw new CError(pos, "expected expression before '" + t.text + "'");
                }
                Object o = lookup(t.text);
                if (o instanceof Var v) {
                    Node n = new Node(Op.VAR, pos, v.type);
                    n.var = v;
                    if (v.isFunction) {
                        v.addrTaken = true; // used: must be defined or bound to a builtin
                    }
                    return n;
                }
                if (o instanceof EnumConst ec) {
                    Node n = new Node(Op.NUM, pos, CType.INT);
                    n.val = ec.value;
                    return n;
                }
                if (o instanceof Typedef) {
                    throw new CError(pos, "expected expression before '" + t.text + "'");
                }
                if (peek().is("(")) {
                    if (t.text.startsWith("pthread_") || t.text.startsWith("thrd_") || t.text.startsWith("mtx_")) {
                        throw new CError(pos, "threads are not supported ('" + t.text + "')");
                    }
                    throw new CError(pos, "implicit declaration of function '" + t.text + "'");
                }
                throw new CError(t.defPos != null ? t.defPos : pos, "'" + t.text + "' undeclared");
            }
            case PUNCT: {
                if (t.text.equals("(")) {
                    if (at("{")) {
                        throw new CError(pos, "statement expressions are not supported");
                    }
                    if (startsTypeName(peek())) {
                        CType ty = typeName();
                        expect(")");
                        return compoundLiteral(ty, pos);
                    }
                    Node e = expr();
                    expect(")");
                    return e;
                }
                throw new CError(pos, "expected expression before " + t);
            }
            default:
                throw new CError(pos, "expected expression before " + t);
        }
    }

    private Node stringNode(byte[] bytes, Pos pos) {
        StrLit s = new StrLit(bytes);
        unit.strings.add(s);
        Node n = new Node(Op.STR, pos, CType.array(CType.CHAR, bytes.length));
        n.str = s;
        return n;
    }

    private Node compoundLiteral(CType ty, Pos pos) {
        Var v;
        if (fn == null) {
            v = new Var("(compound literal " + (++staticCounter) + ")", ty, pos, true);
            v.defined = true;
            v.init = initializer(v, pos);
            unit.globals.add(v);
            Node n = new Node(Op.VAR, pos, v.type);
            n.var = v;
            return n;
        }
        v = new Var("(compound literal " + (++staticCounter) + ")", ty, pos, false);
        v.addrTaken = true;
        fn.locals.add(v);
        List<Var.Init> init = initializer(v, pos);
        Node n = new Node(Op.STMTLIST, pos, v.type);
        Node ref = new Node(Op.VAR, pos, v.type);
        ref.var = v;
        n.l = ref;
        n.var = v;
        n.args = new ArrayList<>();
        St decl = new St(St.K.DECL, pos);
        decl.var = v;
        decl.init = init;
        n.c = null;
        n.hasCall = init.stream().anyMatch(i -> i.expr() != null && i.expr().hasCall);
        pendingDecls.put(n, decl);
        return n;
    }

    /** Compound literals inside functions: the declaration that the code generator runs before the use. */
    public final Map<Node, St> pendingDecls = new HashMap<>();
}
