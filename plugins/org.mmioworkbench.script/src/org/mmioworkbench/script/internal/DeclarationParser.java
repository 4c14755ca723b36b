package org.mmioworkbench.script.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads declarations such as {@code uint32_t a = 1, *p} and {@code IoMemHandles hs}: a base type, then
 * declarators each with its own {@code *}s and optional initializer.
 */
final class DeclarationParser {
    private final TokenStream ts;
    private final Constants constants;
    private final ExpressionParser expressions;

    DeclarationParser(TokenStream ts, Constants constants, ExpressionParser expressions) {
        this.ts = ts;
        this.constants = constants;
        this.expressions = expressions;
    }

    /** Reads a declaration of one or more variables; the current token starts a type. */
    Stmt declaration() {
        Token start = ts.peek();
        CType base = TypeParser.base(ts);
        List<Stmt.Declarator> declarators = new ArrayList<>();
        do {
            CType type = TypeParser.pointers(ts, base);
            Token name = variableName("in the declaration");
            if (constants.contains(name.text())) {
                throw ts.error(name, "'" + name.text() + "' is a constant; choose another variable name");
            }
            if (type == CType.VOID) {
                throw ts.error(name, "a variable cannot be 'void' (did you mean 'void *'?)");
            }
            if (ts.at("[")) {
                throw ts.error(ts.peek(), "arrays are not supported in driver scripts");
            }
            if (ts.at("(")) {
                throw ts.error(ts.peek(), "functions cannot be declared in driver scripts");
            }
            Expr init = null;
            if (ts.at("=")) {
                Token assign = ts.next();
                if (type.struct()) {
                    throw ts.error(assign, "an IoMemHandles structure cannot be initialised here; use KnIoMemHandlesClear(&"
                            + name.text() + ")");
                }
                ts.skipNewlines();
                if (ts.at("{")) {
                    throw ts.error(ts.peek(), "initializer lists are not supported");
                }
                init = expressions.expression();
            }
            declarators.add(new Stmt.Declarator(type, name.text(), init, name.position()));
        } while (ts.accept(","));
        return new Stmt.Declare(List.copyOf(declarators), start.position());
    }

    /** Reads a name that can be a variable, or fails with "expected a variable name WHERE". */
    Token variableName(String where) {
        Token t = ts.peek();
        if (t.kind() != Token.Kind.IDENT || Keywords.isReserved(t.text()) || TypeParser.isTypeStart(t)) {
            throw ts.expected("a variable name " + where);
        }
        return ts.next();
    }
}
