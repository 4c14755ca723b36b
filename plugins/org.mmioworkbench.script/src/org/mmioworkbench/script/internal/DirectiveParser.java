package org.mmioworkbench.script.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.mmioworkbench.script.BoardDirective;

/**
 * Reads the lines that are not statements: the {@code board} directive of the first line and
 * {@code #define NAME value}, whose value is computed at once and added to the constants.
 */
final class DirectiveParser {
    private final TokenStream ts;
    private final Constants constants;
    private final ExpressionParser expressions;
    private final List<String> warnings;

    DirectiveParser(TokenStream ts, Constants constants, ExpressionParser expressions, List<String> warnings) {
        this.ts = ts;
        this.constants = constants;
        this.expressions = expressions;
        this.warnings = warnings;
    }

    /** Reads {@code board NAME} or {@code board "PATH"}; the current token is {@code board}. */
    BoardDirective board() {
        ts.next();
        Token t = ts.next();
        return switch (t.kind()) {
            case BOARD_NAME -> new BoardDirective(t.text(), false, t.position());
            case STRING -> new BoardDirective(new String(t.bytes(), StandardCharsets.UTF_8), true, t.position());
            default -> throw ts.error(t, "expected a board name or a quoted board file path after 'board'");
        };
    }

    /** Reads a {@code #define} line and adds the constant; the current token is {@code #define}. */
    void define() {
        Token hash = ts.next();
        Token name = ts.peek();
        if (name.kind() != Token.Kind.IDENT) {
            throw ts.expected("a name after #define");
        }
        if (Keywords.isReserved(name.text()) || TypeParser.isTypeStart(name)) {
            throw ts.error(name, "'" + name.text() + "' is a reserved word and cannot be #defined");
        }
        ts.next();
        if (ts.at("(") && ts.peek().start() == name.end()) {
            throw ts.error(ts.peek(), "function-like macros are not supported; #define gives a name to an integer expression");
        }
        Constants.Entry entry;
        if (ts.atKind(Token.Kind.NEWLINE) || ts.atKind(Token.Kind.EOF)) {
            entry = new Constants.Entry(0, false, hash.position());
        } else {
            Expr value = expressions.expression();
            if (!ts.atKind(Token.Kind.NEWLINE) && !ts.atKind(Token.Kind.EOF)) {
                throw ts.error(ts.peek(), "unexpected " + ts.peek().describe() + " after the value of #define "
                        + name.text());
            }
            entry = new Constants.Entry(new ConstantEvaluator(ts, warnings).evaluate(value), true, hash.position());
        }
        String problem = constants.define(name.text(), entry);
        if (problem != null) {
            throw ts.error(name, problem);
        }
        ts.skipNewlines();
    }
}
