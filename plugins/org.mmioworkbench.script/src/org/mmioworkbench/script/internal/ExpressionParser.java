package org.mmioworkbench.script.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses expressions with C's precedence by precedence climbing, replacing constants by their values.
 * Line breaks are allowed after a binary operator (and anywhere inside parentheses, where the lexer
 * drops them). Nesting is bounded so no input can exhaust the stack.
 */
final class ExpressionParser {
    /** The deepest nesting of parentheses, operators and statements accepted. */
    static final int MAX_DEPTH = 256;

    private final TokenStream ts;
    private final Constants constants;
    private int nesting;

    ExpressionParser(TokenStream ts, Constants constants) {
        this.ts = ts;
        this.constants = constants;
    }

    /** Parses a full expression. */
    Expr expression() {
        return binary(1);
    }

    /** Counts one level of nesting (also used for statements), failing beyond {@link #MAX_DEPTH}. */
    void enter(Token at) {
        if (++nesting > MAX_DEPTH) {
            throw ts.error(at, "nested too deeply (more than " + MAX_DEPTH + " levels)");
        }
    }

    void leave() {
        nesting--;
    }

    private Expr binary(int minPrecedence) {
        Expr left = unary();
        while (true) {
            BinaryOp op = BinaryOp.of(ts.peek());
            if (op == null || op.precedence() < minPrecedence) {
                if (ts.at("?")) {
                    throw ts.error(ts.peek(), "the conditional operator '?:' is not supported; use if/else");
                }
                return left;
            }
            Token opToken = ts.next();
            ts.skipNewlines();
            Expr right = binary(op.precedence() + 1);
            left = new Expr.Binary(op, left, right, opToken.position(), depth(opToken, left, right));
        }
    }

    private Expr unary() {
        Token t = ts.peek();
        enter(t);
        try {
            UnaryOp op = UnaryOp.of(t);
            if (op != null) {
                ts.next();
                Expr operand = unary();
                return new Expr.Unary(op, operand, t.position(), depth(t, operand));
            }
            if (t.is("(") && TypeParser.isTypeStart(ts.peek(1))) {
                return cast();
            }
            if (t.is("&")) {
                throw ts.error(t, "'&' (address of) is only allowed in front of an out-parameter of a call, such as &rid");
            }
            if (t.is("*")) {
                throw ts.error(t, "pointer dereference is not supported; use IoReadMmReg8/16/32 and IoWriteMmReg8/16/32");
            }
            if (t.is("++") || t.is("--")) {
                throw ts.error(t, Token.quote(t.text()) + " is only allowed as a statement of its own, such as i++");
            }
            return primary();
        } finally {
            leave();
        }
    }

    private Expr cast() {
        Token open = ts.next();
        CType type = TypeParser.pointers(ts, TypeParser.base(ts));
        if (type.struct() || type == CType.VOID) {
            throw ts.error(open, "cannot cast to '" + type.name() + "'; cast to an integer or pointer type");
        }
        ts.expect(")", "to close the cast");
        Expr operand = unary();
        return new Expr.Cast(type, operand, open.position(), depth(open, operand));
    }

    private Expr primary() {
        Token t = ts.peek();
        switch (t.kind()) {
            case NUMBER:
                ts.next();
                return new Expr.Literal(t.value(), t.position());
            case STRING:
                throw ts.error(t, "a string is only allowed as an argument of a call such as printf");
            case IDENT:
                if (Keywords.UNSUPPORTED.contains(t.text())) {
                    throw ts.error(t, "'" + t.text() + "' is not supported in driver scripts");
                }
                if (Keywords.isReserved(t.text()) || TypeParser.isTypeStart(t)) {
                    throw ts.expected("an expression");
                }
                ts.next();
                return name(t);
            default:
                if (t.is("(")) {
                    ts.next();
                    Expr inner = expression();
                    close(t, "");
                    return inner;
                }
                throw ts.expected("an expression");
        }
    }

    private Expr name(Token t) {
        if (ts.at("(")) {
            return call(t);
        }
        if (ts.at(".")) {
            return new Expr.Field(fieldTarget(t), t.position());
        }
        Constants.Entry c = constants.get(t.text());
        if (c != null) {
            if (!c.hasValue()) {
                throw ts.error(t, "'" + t.text() + "' is defined without a value (at " + c.definedAt() + ")");
            }
            return new Expr.Literal(c.value(), t.position());
        }
        return new Expr.Variable(t.text(), t.position());
    }

    /** Reads {@code .field} after a name. */
    Target fieldTarget(Token name) {
        ts.next();
        Token field = ts.peek();
        if (field.kind() != Token.Kind.IDENT) {
            throw ts.expected("a field name after '.'");
        }
        ts.next();
        return new Target(name.text(), field.text(), name.position(), field.position());
    }

    /** Reads the argument list after a function name. */
    Expr.Call call(Token name) {
        Token open = ts.next();
        List<Arg> args = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (!ts.at(")")) {
            while (true) {
                Arg arg = argument();
                if (arg instanceof Arg.Value v) {
                    values.add(v.expr());
                }
                args.add(arg);
                if (ts.accept(",")) {
                    continue;
                }
                if (!ts.at(")")) {
                    throw ts.expected("',' or ')' in the arguments of " + name.text() + " (opened at " + open.position() + ")");
                }
                break;
            }
        }
        ts.next();
        return new Expr.Call(name.text(), List.copyOf(args), name.position(),
                depth(name, values.toArray(Expr[]::new)));
    }

    private Arg argument() {
        Token t = ts.peek();
        if (t.is("&")) {
            ts.next();
            Token name = ts.peek();
            if (name.kind() != Token.Kind.IDENT || Keywords.isReserved(name.text()) || TypeParser.isTypeStart(name)) {
                throw ts.expected("a variable name after '&'");
            }
            ts.next();
            Target target = ts.at(".") ? fieldTarget(name) : new Target(name.text(), null, name.position(), null);
            return new Arg.Out(target, t.position());
        }
        if (t.kind() == Token.Kind.STRING) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (ts.atKind(Token.Kind.STRING)) {
                bytes.writeBytes(ts.next().bytes());
            }
            if (BinaryOp.of(ts.peek()) != null) {
                throw ts.error(ts.peek(), "a string cannot be an operand of " + ts.peek().describe());
            }
            return new Arg.Text(bytes.toByteArray(), t.position());
        }
        return new Arg.Value(expression(), t.position());
    }

    /**
     * Consumes the ')' matching an opening parenthesis, or fails naming it.
     *
     * @param open the '(' token
     * @param context e.g. {@code " of the condition"}, or empty
     */
    void close(Token open, String context) {
        if (!ts.at(")")) {
            String hint = ts.at("=") ? " (assignment is a statement of its own; did you mean '=='?)" : "";
            throw ts.error(ts.peek(), "expected ')' to close the '(' at " + open.position() + context + ", found "
                    + ts.peek().describe() + hint);
        }
        ts.next();
    }

    private int depth(Token at, Expr... children) {
        int max = 0;
        for (Expr child : children) {
            max = Math.max(max, child.depth());
        }
        if (max + 1 > MAX_DEPTH) {
            throw ts.error(at, "expression nested too deeply (more than " + MAX_DEPTH + " levels)");
        }
        return max + 1;
    }
}
