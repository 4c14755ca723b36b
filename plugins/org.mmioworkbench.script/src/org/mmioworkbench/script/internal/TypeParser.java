package org.mmioworkbench.script.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the C type at the start of a declaration or cast: the SDK's and C99's typedef names, C's own
 * {@code unsigned}/{@code int}/{@code long}/... combinations as on AArch64 ({@code int} 32 bits,
 * {@code long} 64 bits, plain {@code char} unsigned), and ignores {@code const}, {@code volatile} and {@code static}.
 */
final class TypeParser {
    private static final Set<String> QUALIFIERS = Set.of("const", "volatile", "static");
    private static final Set<String> C_WORDS = Set.of("unsigned", "signed", "int", "long", "short", "char", "void");
    private static final Map<String, CType> TYPEDEFS = typedefs();

    private TypeParser() {
    }

    /** Tells whether a token can start a type. */
    static boolean isTypeStart(Token t) {
        return t.kind() == Token.Kind.IDENT
                && (QUALIFIERS.contains(t.text()) || C_WORDS.contains(t.text()) || TYPEDEFS.containsKey(t.text()));
    }

    /** Reads the base type (without {@code *}); the current token must start a type. */
    static CType base(TokenStream ts) {
        Token first = ts.peek();
        CType typedef = null;
        StringBuilder words = new StringBuilder();
        Map<String, Integer> counts = new HashMap<>();
        while (isTypeStart(ts.peek())) {
            Token t = ts.next();
            if (QUALIFIERS.contains(t.text())) {
                continue;
            }
            if (typedef != null || (TYPEDEFS.containsKey(t.text()) && !counts.isEmpty())) {
                throw ts.error(t, "unexpected " + t.describe() + " in a type");
            }
            if (TYPEDEFS.containsKey(t.text())) {
                typedef = TYPEDEFS.get(t.text());
            } else {
                counts.merge(t.text(), 1, Integer::sum);
                words.append(words.isEmpty() ? "" : " ").append(t.text());
            }
        }
        if (typedef != null) {
            return typedef;
        }
        if (counts.isEmpty()) {
            throw ts.expected("a type after " + first.describe());
        }
        return combine(ts, first, words.toString(), counts);
    }

    /** Reads {@code *}s (and qualifiers after them) following a base type. */
    static CType pointers(TokenStream ts, CType base) {
        CType type = base;
        while (ts.at("*")) {
            Token star = ts.next();
            if (base.struct()) {
                throw ts.error(star, "pointers to IoMemHandles are not supported; pass the structure as &name");
            }
            type = type.pointer();
            while (ts.peek().kind() == Token.Kind.IDENT && QUALIFIERS.contains(ts.peek().text())) {
                ts.next();
            }
        }
        return type;
    }

    private static CType combine(TokenStream ts, Token first, String name, Map<String, Integer> n) {
        int unsigned = n.getOrDefault("unsigned", 0);
        int signed = n.getOrDefault("signed", 0);
        int longs = n.getOrDefault("long", 0);
        int shorts = n.getOrDefault("short", 0);
        int chars = n.getOrDefault("char", 0);
        int ints = n.getOrDefault("int", 0);
        boolean invalid = unsigned + signed > 1 || shorts > 1 || chars > 1 || ints > 1 || longs > 2
                || (shorts + chars > 0 && longs > 0) || (shorts > 0 && chars > 0) || (chars > 0 && ints > 0);
        if (n.containsKey("void")) {
            if (n.size() > 1 || n.get("void") > 1) {
                throw ts.error(first, "'" + name + "' is not a valid type");
            }
            return CType.VOID;
        }
        if (invalid) {
            throw ts.error(first, "'" + name + "' is not a valid type");
        }
        int bits = chars > 0 ? 8 : shorts > 0 ? 16 : longs > 0 ? 64 : 32;
        boolean isSigned = chars > 0 ? signed > 0 : unsigned == 0;
        return new CType(name, bits, isSigned, false);
    }

    private static Map<String, CType> typedefs() {
        Map<String, CType> m = new HashMap<>();
        for (int bits : new int[] {8, 16, 32, 64}) {
            for (String prefix : new String[] {"", "rtl_"}) {
                m.put(prefix + "uint" + bits + "_t", new CType(prefix + "uint" + bits + "_t", bits, false, false));
                m.put(prefix + "int" + bits + "_t", new CType(prefix + "int" + bits + "_t", bits, true, false));
            }
        }
        for (String name : new String[] {"size_t", "rtl_size_t", "uintptr_t", "rtl_uintptr_t"}) {
            m.put(name, new CType(name, 64, false, false));
        }
        m.put("Handle", CType.HANDLE);
        m.put("Retcode", new CType("Retcode", 32, true, false));
        m.put("IoMemHandles", CType.IO_MEM_HANDLES);
        return Map.copyOf(m);
    }
}
