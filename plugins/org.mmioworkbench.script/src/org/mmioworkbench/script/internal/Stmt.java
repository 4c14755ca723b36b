package org.mmioworkbench.script.internal;

import java.util.List;

import org.mmioworkbench.script.SourcePosition;

/** A statement of the syntax tree. {@code #define} lines produce none: the parser applies them. */
public sealed interface Stmt {

    /**
     * Returns where the statement starts.
     *
     * @return the position
     */
    SourcePosition position();

    /**
     * {@code target = value} or {@code target op= value}; {@code x++} is {@code x += 1}.
     *
     * @param target the assigned variable or field
     * @param op null for {@code =}, else the operator of the compound assignment
     * @param value the assigned expression
     * @param position the statement's start
     */
    record Assign(Target target, BinaryOp op, Expr value, SourcePosition position) implements Stmt {
    }

    /**
     * A declaration of one or more variables of a type.
     *
     * @param declarators the variables
     * @param position the statement's start
     */
    record Declare(List<Declarator> declarators, SourcePosition position) implements Stmt {
    }

    /**
     * One declared variable.
     *
     * @param type its type (a pointer type for {@code uint32_t *p})
     * @param name its name
     * @param init the initializer, or null
     * @param position where the name is written
     */
    record Declarator(CType type, String name, Expr init, SourcePosition position) {
    }

    /**
     * A call whose result, if any, is discarded.
     *
     * @param call the call
     * @param position the function name's position
     */
    record CallStatement(Expr.Call call, SourcePosition position) implements Stmt {
    }

    /**
     * {@code if (condition) then else otherwise}.
     *
     * @param condition the condition
     * @param then the statement run when it is non-zero
     * @param otherwise the {@code else} statement, or null
     * @param position the {@code if} keyword
     */
    record If(Expr condition, Stmt then, Stmt otherwise, SourcePosition position) implements Stmt {
    }

    /**
     * {@code while (condition) body}.
     *
     * @param condition the condition
     * @param body the body
     * @param position the {@code while} keyword
     */
    record While(Expr condition, Stmt body, SourcePosition position) implements Stmt {
    }

    /**
     * {@code do body while (condition)}.
     *
     * @param body the body
     * @param condition the condition
     * @param position the {@code do} keyword
     * @param whilePosition the {@code while} keyword
     */
    record DoWhile(Stmt body, Expr condition, SourcePosition position, SourcePosition whilePosition) implements Stmt {
    }

    /**
     * {@code for (init; condition; step) body}.
     *
     * @param init the initializing statements (comma-separated), possibly none
     * @param condition the condition, or null for "always"
     * @param step the statements run after each iteration, possibly none
     * @param body the body
     * @param position the {@code for} keyword
     */
    record For(List<Stmt> init, Expr condition, List<Stmt> step, Stmt body, SourcePosition position) implements Stmt {
    }

    /**
     * A block {@code { ... }} (also the empty statement {@code ;} and a {@code #define} line).
     *
     * @param statements the statements in order
     * @param position the opening brace
     */
    record Block(List<Stmt> statements, SourcePosition position) implements Stmt {
    }

    /**
     * {@code break}.
     *
     * @param position the keyword
     */
    record Break(SourcePosition position) implements Stmt {
    }

    /**
     * {@code continue}.
     *
     * @param position the keyword
     */
    record Continue(SourcePosition position) implements Stmt {
    }

    /**
     * {@code process NAME}: the following statements run as that simulated process.
     *
     * @param name the process name
     * @param position the keyword
     */
    record Process(String name, SourcePosition position) implements Stmt {
    }

    /**
     * {@code assert(condition)} or {@code assert(condition, "message")}.
     *
     * @param condition the checked expression
     * @param text the message, or the condition's source text
     * @param position the keyword
     */
    record Assert(Expr condition, String text, SourcePosition position) implements Stmt {
    }
}
