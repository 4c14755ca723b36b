package org.mmioworkbench.script.internal;

import java.util.List;

import org.mmioworkbench.script.SourcePosition;

/** An expression of the syntax tree. Constants and {@code #define} names are already replaced by their values. */
public sealed interface Expr {

    /**
     * Returns where the expression is reported: the literal or name, or the operator.
     *
     * @return the position
     */
    SourcePosition position();

    /**
     * Returns the height of the expression's tree, which the parser keeps bounded.
     *
     * @return 1 for a leaf
     */
    default int depth() {
        return 1;
    }

    /**
     * A number: a literal, a character, a predefined constant or a {@code #define}.
     *
     * @param value the value
     * @param position where it is written
     */
    record Literal(long value, SourcePosition position) implements Expr {
    }

    /**
     * A variable read.
     *
     * @param name the variable
     * @param position where it is written
     */
    record Variable(String name, SourcePosition position) implements Expr {
    }

    /**
     * A field of an {@code IoMemHandles} variable, {@code hs.rid} or {@code hs.handle}.
     *
     * @param target the structure and field
     * @param position where the structure's name is written
     */
    record Field(Target target, SourcePosition position) implements Expr {
    }

    /**
     * A unary operation.
     *
     * @param op the operator
     * @param operand the operand
     * @param position the operator's position
     * @param depth the tree height
     */
    record Unary(UnaryOp op, Expr operand, SourcePosition position, int depth) implements Expr {
    }

    /**
     * A binary operation.
     *
     * @param op the operator
     * @param left the left operand
     * @param right the right operand
     * @param position the operator's position
     * @param depth the tree height
     */
    record Binary(BinaryOp op, Expr left, Expr right, SourcePosition position, int depth) implements Expr {
    }

    /**
     * A cast such as {@code (uint8_t)x}, converting like an assignment to that type.
     *
     * @param type the target type
     * @param operand the converted expression
     * @param position the opening parenthesis
     * @param depth the tree height
     */
    record Cast(CType type, Expr operand, SourcePosition position, int depth) implements Expr {
    }

    /**
     * A call of an API function or a simulation statement.
     *
     * @param name the function name
     * @param arguments the arguments in order
     * @param position the function name's position
     * @param depth the tree height
     */
    record Call(String name, List<Arg> arguments, SourcePosition position, int depth) implements Expr {
    }
}
