package org.mmioworkbench.script.internal;

import java.util.List;

import org.mmioworkbench.script.ScriptException;
import org.mmioworkbench.script.SourcePosition;

/** A cursor over a script's tokens for the parsers, with the helpers that build error messages. */
final class TokenStream {
    private final List<Token> tokens;
    private final SourceText src;
    private int index;

    TokenStream(List<Token> tokens, SourceText src) {
        this.tokens = tokens;
        this.src = src;
    }

    SourceText source() {
        return src;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    /** Returns the current token and moves past it (never past the end). */
    Token next() {
        Token t = tokens.get(index);
        if (t.kind() != Token.Kind.EOF) {
            index++;
        }
        return t;
    }

    /** Returns the token consumed last. */
    Token previous() {
        return tokens.get(Math.max(index - 1, 0));
    }

    boolean at(String op) {
        return peek().is(op);
    }

    boolean atWord(String word) {
        return peek().isWord(word);
    }

    boolean atKind(Token.Kind kind) {
        return peek().kind() == kind;
    }

    /** Consumes an operator if it is next. */
    boolean accept(String op) {
        if (at(op)) {
            next();
            return true;
        }
        return false;
    }

    /** Consumes an operator, or fails with "expected 'op' CONTEXT, found X". */
    Token expect(String op, String context) {
        if (!at(op)) {
            throw expected(Token.quote(op) + " " + context);
        }
        return next();
    }

    /** Skips line breaks (where a statement cannot end). */
    void skipNewlines() {
        while (atKind(Token.Kind.NEWLINE)) {
            next();
        }
    }

    /** Creates "expected WHAT, found X" at the current token. */
    ScriptException expected(String what) {
        return error(peek(), "expected " + what + ", found " + peek().describe());
    }

    ScriptException error(Token at, String detail) {
        return error(at.position(), detail);
    }

    ScriptException error(SourcePosition at, String detail) {
        return new ScriptException(src.fileName(), at, detail);
    }
}
