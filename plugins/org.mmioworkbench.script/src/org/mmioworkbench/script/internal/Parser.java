package org.mmioworkbench.script.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.script.BoardDirective;
import org.mmioworkbench.script.SourcePosition;

/**
 * Recursive-descent parser of the statements of a script; applies {@code #define}s as it meets them.
 * Throws only {@link org.mmioworkbench.script.ScriptException}, at the first error.
 */
public final class Parser {
    private final TokenStream ts;
    private final Constants constants;
    private final List<String> warnings = new ArrayList<>();
    private final ExpressionParser expressions;
    private final DirectiveParser directives;
    private final DeclarationParser declarations;

    private Parser(SourceText src) {
        this(src, new Constants());
    }

    private Parser(SourceText src, Constants constants) {
        this.constants = constants;
        this.ts = new TokenStream(Lexer.tokenize(src), src);
        this.expressions = new ExpressionParser(ts, constants);
        this.directives = new DirectiveParser(ts, constants, expressions, warnings);
        this.declarations = new DeclarationParser(ts, constants, expressions);
    }

    /**
     * Parses a script.
     *
     * @param src the script
     * @return its statements, board directive and warnings
     * @throws org.mmioworkbench.script.ScriptException at the first error
     */
    public static ParsedScript parse(SourceText src) {
        return new Parser(src).script();
    }

    /**
     * Parses a script for an editor: the names it declares and can use, and its first error, if any; the names
     * found before the error are still listed.
     *
     * @param src the script
     * @return the index
     */
    public static org.mmioworkbench.core.SourceIndex index(SourceText src) {
        Parser parser = null;
        org.mmioworkbench.core.SourceIndex.Problem problem = null;
        try {
            parser = new Parser(src);
            parser.script();
        } catch (org.mmioworkbench.script.ScriptException e) {
            problem = new org.mmioworkbench.core.SourceIndex.Problem(src.fileName(), e.position().line(),
                    e.position().column(), e.detail());
        } catch (StackOverflowError e) {
            problem = new org.mmioworkbench.core.SourceIndex.Problem(src.fileName(), 1, 1,
                    "the script is nested too deeply to compile");
        }
        return ScriptIndex.of(src.fileName(), parser == null ? List.of() : parser.statements,
                parser == null ? new Constants() : parser.constants, java.util.Optional.ofNullable(problem),
                parser == null || parser.board == null ? java.util.Optional.empty()
                        : java.util.Optional.of(parser.board.value()));
    }

    private final List<Stmt> statements = new ArrayList<>();
    private BoardDirective board;

    /**
     * Parses one expression, as a debugger's {@code print} reads it, with a script's constants and {@code #define}s.
     *
     * @param src the expression's text
     * @param constants the script's constants ({@link ParsedScript#constants()})
     * @return the expression
     * @throws org.mmioworkbench.script.ScriptException for a syntax error, or text after the expression
     */
    public static Expr expression(SourceText src, Constants constants) {
        Parser p = new Parser(src, constants);
        p.ts.skipNewlines();
        Expr e = p.expressions.expression();
        p.ts.skipNewlines();
        if (!p.ts.atKind(Token.Kind.EOF)) {
            throw p.ts.error(p.ts.peek(), "one expression please: unexpected " + p.ts.peek().describe()
                    + " after it");
        }
        return e;
    }

    private ParsedScript script() {
        ts.skipNewlines();
        board = ts.atWord("board") ? directives.board() : null;
        if (board != null) {
            end("the board name");
        }
        while (true) {
            skipSeparators();
            if (ts.atKind(Token.Kind.EOF)) {
                break;
            }
            if (ts.at("}")) {
                throw ts.error(ts.peek(), "unexpected '}': no block is open");
            }
            statements.add(statement());
        }
        return new ParsedScript(List.copyOf(statements), board, List.copyOf(warnings), constants);
    }

    private void skipSeparators() {
        while (ts.atKind(Token.Kind.NEWLINE) || ts.at(";")) {
            ts.next();
        }
    }

    private Stmt statement() {
        Token t = ts.peek();
        expressions.enter(t);
        try {
            return dispatch(t);
        } finally {
            expressions.leave();
        }
    }

    private Stmt dispatch(Token t) {
        if (t.kind() == Token.Kind.DEFINE) {
            directives.define();
            return new Stmt.Block(List.of(), t.position());
        }
        if (t.is("{")) {
            return block();
        }
        if (t.is(";")) {
            ts.next();
            return new Stmt.Block(List.of(), t.position());
        }
        if (t.kind() != Token.Kind.IDENT) {
            if (t.is("++") || t.is("--")) {
                return ended(simple(false), "the statement");
            }
            throw ts.expected("a statement");
        }
        switch (t.text()) {
            case "if":
                return ifStatement();
            case "while":
                return whileStatement();
            case "do":
                return doWhile();
            case "for":
                return forStatement();
            case "break":
                ts.next();
                return ended(new Stmt.Break(t.position()), "'break'");
            case "continue":
                ts.next();
                return ended(new Stmt.Continue(t.position()), "'continue'");
            case "process":
                return ended(process(), "the process name");
            case "assert":
                return ended(assertion(), "the assert");
            case "else":
                throw ts.error(t, "'else' without a matching 'if'");
            case "board":
                throw ts.error(t, "the board can only be named in the first line of a script");
            default:
                if (Keywords.UNSUPPORTED.contains(t.text())) {
                    throw ts.error(t, "'" + t.text() + "' is not supported in driver scripts");
                }
                return ended(simple(true), "the statement");
        }
    }

    private Stmt ended(Stmt s, String what) {
        end(what);
        return s;
    }

    /** A simple statement ends at ';', a line break, a '}' or the end of the file. */
    private void end(String what) {
        if (ts.at(";") || ts.atKind(Token.Kind.NEWLINE)) {
            ts.next();
        } else if (!ts.at("}") && !ts.atKind(Token.Kind.EOF)) {
            throw ts.expected("';' or a line break after " + what);
        }
    }

    private Stmt block() {
        Token open = ts.next();
        List<Stmt> body = new ArrayList<>();
        while (true) {
            skipSeparators();
            if (ts.at("}")) {
                ts.next();
                return new Stmt.Block(List.copyOf(body), open.position());
            }
            if (ts.atKind(Token.Kind.EOF)) {
                throw ts.error(ts.peek(), "expected '}' to close the block opened at " + open.position()
                        + ", found end of file");
            }
            body.add(statement());
        }
    }

    /** The statement after if/while/for/do/else, which may start on the next line. */
    private Stmt body() {
        ts.skipNewlines();
        if (ts.atKind(Token.Kind.EOF) || ts.at("}")) {
            throw ts.expected("a statement");
        }
        return statement();
    }

    private Expr condition(String keyword) {
        Token open = ts.expect("(", "after '" + keyword + "'");
        Expr condition = expressions.expression();
        expressions.close(open, " of the " + keyword + " condition");
        return condition;
    }

    private Stmt ifStatement() {
        Token keyword = ts.next();
        Expr condition = condition("if");
        Stmt then = body();
        ts.skipNewlines();
        Stmt otherwise = null;
        if (ts.atWord("else")) {
            ts.next();
            otherwise = body();
        }
        return new Stmt.If(condition, then, otherwise, keyword.position());
    }

    private Stmt whileStatement() {
        Token keyword = ts.next();
        Expr condition = condition("while");
        return new Stmt.While(condition, body(), keyword.position());
    }

    private Stmt doWhile() {
        Token keyword = ts.next();
        Stmt loopBody = body();
        ts.skipNewlines();
        if (!ts.atWord("while")) {
            throw ts.expected("'while' after the body of the 'do' at " + keyword.position());
        }
        Token whileKeyword = ts.next();
        Expr condition = condition("while");
        end("the do/while condition");
        return new Stmt.DoWhile(loopBody, condition, keyword.position(), whileKeyword.position());
    }

    private Stmt forStatement() {
        Token keyword = ts.next();
        Token open = ts.expect("(", "after 'for'");
        List<Stmt> init = ts.at(";") ? List.of() : simpleList(true);
        ts.expect(";", "after the initialization of the for loop");
        Expr condition = ts.at(";") ? null : expressions.expression();
        ts.expect(";", "after the condition of the for loop");
        List<Stmt> step = ts.at(")") ? List.of() : simpleList(false);
        expressions.close(open, " of the for loop");
        return new Stmt.For(init, condition, step, body(), keyword.position());
    }

    private List<Stmt> simpleList(boolean allowDeclaration) {
        List<Stmt> list = new ArrayList<>();
        do {
            list.add(simple(allowDeclaration));
        } while (ts.accept(","));
        return List.copyOf(list);
    }

    /** An assignment, {@code ++}/{@code --}, a call or (if allowed) a declaration, without its end. */
    private Stmt simple(boolean allowDeclaration) {
        Token t = ts.peek();
        if (t.is("++") || t.is("--")) {
            ts.next();
            Token name = ts.peek();
            Target target = target(declarations.variableName("after " + t.describe()));
            return increment(target, t, name.position());
        }
        if (TypeParser.isTypeStart(t)) {
            if (!allowDeclaration) {
                throw ts.error(t, "a declaration is not allowed here");
            }
            return declarations.declaration();
        }
        if (t.kind() != Token.Kind.IDENT || Keywords.isReserved(t.text())) {
            throw ts.expected("a statement");
        }
        Token name = ts.next();
        if (ts.at("(")) {
            return new Stmt.CallStatement(expressions.call(name), name.position());
        }
        Target target = target(name);
        Token op = ts.peek();
        if (op.is("++") || op.is("--")) {
            ts.next();
            return increment(target, op, name.position());
        }
        BinaryOp compound = BinaryOp.compound(op);
        if (!op.is("=") && compound == null) {
            throw ts.expected("'=', a compound assignment, '++', '--' or '(' after '" + target.text() + "'");
        }
        ts.next();
        ts.skipNewlines();
        return new Stmt.Assign(target, compound, expressions.expression(), name.position());
    }

    private Stmt increment(Target target, Token op, SourcePosition position) {
        BinaryOp binary = op.is("++") ? BinaryOp.ADD : BinaryOp.SUB;
        return new Stmt.Assign(target, binary, new Expr.Literal(1, op.position()), position);
    }

    private Target target(Token name) {
        if (constants.contains(name.text())) {
            throw ts.error(name, "'" + name.text() + "' is a constant and cannot be assigned");
        }
        return ts.at(".") ? expressions.fieldTarget(name) : new Target(name.text(), null, name.position(), null);
    }

    private Stmt process() {
        Token keyword = ts.next();
        Token t = ts.peek();
        String name;
        if (t.kind() == Token.Kind.STRING) {
            name = new String(ts.next().bytes(), StandardCharsets.UTF_8);
        } else if (t.kind() == Token.Kind.IDENT && !Keywords.isReserved(t.text())) {
            StringBuilder b = new StringBuilder(ts.next().text());
            while (ts.at(".") && ts.peek(1).kind() == Token.Kind.IDENT) {
                ts.next();
                b.append('.').append(ts.next().text());
            }
            name = b.toString();
        } else {
            throw ts.expected("a process name after 'process'");
        }
        checkProcessName(name, t);
        return new Stmt.Process(name, keyword.position());
    }

    /** Rejects names the simulator reserves or cannot accept. */
    private void checkProcessName(String name, Token at) {
        if (name.isBlank()) {
            throw ts.error(at, "a process name cannot be blank");
        }
        if (Keywords.RESERVED_PROCESSES.contains(name)) {
            throw ts.error(at, "'" + name + "' is reserved by the simulator; choose another process name");
        }
        if (!Simulator.isProcessName(name)) {
            throw ts.error(at, "a process name cannot hold control characters (line breaks, escape sequences)");
        }
    }

    private Stmt assertion() {
        Token keyword = ts.next();
        Token open = ts.expect("(", "after 'assert'");
        Token first = ts.peek();
        Expr condition = expressions.expression();
        String text = ts.source().text().substring(first.start(), ts.previous().end()).replaceAll("\\s+", " ");
        if (ts.accept(",")) {
            if (!ts.atKind(Token.Kind.STRING)) {
                throw ts.expected("a message string after ',' in assert");
            }
            StringBuilder message = new StringBuilder();
            while (ts.atKind(Token.Kind.STRING)) {
                message.append(new String(ts.next().bytes(), StandardCharsets.UTF_8));
            }
            text = message.toString();
        }
        expressions.close(open, " of the assert");
        return new Stmt.Assert(condition, text, keyword.position());
    }
}
