package org.mmioworkbench.script.internal;

import java.util.List;

/** Computes the value of a {@code #define} at parse time, with the same C semantics as the interpreter. */
final class ConstantEvaluator {
    private final TokenStream ts;
    private final List<String> warnings;

    ConstantEvaluator(TokenStream ts, List<String> warnings) {
        this.ts = ts;
        this.warnings = warnings;
    }

    long evaluate(Expr e) {
        return switch (e) {
            case Expr.Literal l -> l.value();
            case Expr.Unary u -> IntOps.unary(u.op(), evaluate(u.operand()));
            case Expr.Cast c -> c.type().convert(evaluate(c.operand()));
            case Expr.Binary b -> binary(b);
            case Expr.Variable v -> throw notConstant(v, "'" + v.name() + "'");
            case Expr.Field f -> throw notConstant(f, "'" + f.target().text() + "'");
            case Expr.Call c -> throw ts.error(c.position(), "a #define value cannot call " + c.name());
        };
    }

    private long binary(Expr.Binary b) {
        long left = evaluate(b.left());
        if (b.op() == BinaryOp.LOGICAL_AND && left == 0) {
            return 0;
        }
        if (b.op() == BinaryOp.LOGICAL_OR && left != 0) {
            return 1;
        }
        long right = evaluate(b.right());
        if (IntOps.isOversizedShift(b.op(), right)) {
            warnings.add(ts.source().fileName() + ":" + b.position() + ": warning: "
                    + IntOps.oversizedShiftWarning(right));
        }
        try {
            return IntOps.binary(b.op(), left, right);
        } catch (ArithmeticException ex) {
            throw ts.error(b.position(), (b.op() == BinaryOp.DIV ? "division" : "remainder") + " by zero in a #define value");
        }
    }

    private RuntimeException notConstant(Expr e, String what) {
        return ts.error(e.position(), what
                + " is not a constant: a #define value may use only numbers, predefined constants and earlier #defines");
    }
}
