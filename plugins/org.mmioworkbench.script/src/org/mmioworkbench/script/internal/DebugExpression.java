package org.mmioworkbench.script.internal;

import java.util.Map;

import org.mmioworkbench.script.ScriptException;
import org.mmioworkbench.script.SourcePosition;

/**
 * An expression a debugger evaluates in a paused script ({@code print}, {@code x}): parsed by the script's own
 * expression parser with the script's constants and {@code #define}s, and computed with the interpreter's integer
 * semantics ({@link IntOps}, casts as {@link CType#convert}) over the variables that have a value. Calls are refused:
 * examining has no side effects.
 */
public final class DebugExpression {
    private static final String NAME = "expression";

    private DebugExpression() {
    }

    /**
     * Evaluates an expression.
     *
     * @param text the expression, e.g. {@code base + UARTDR} or {@code hs.rid == 1 && rc == rcOk}
     * @param parsed the script (for its constants)
     * @param variables the variables with a value ({@code hs.rid} for a field), unsigned 64-bit
     * @return the value, 64 bits
     * @throws ScriptException with the reason in its {@link ScriptException#detail()}
     */
    public static long evaluate(String text, ParsedScript parsed, Map<String, Long> variables) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new ScriptException(NAME, new SourcePosition(1, 1), "an expression is needed");
        }
        Expr e = Parser.expression(new SourceText(t, NAME), parsed.constants());
        return evaluate(e, variables);
    }

    private static long evaluate(Expr e, Map<String, Long> variables) {
        return switch (e) {
            case Expr.Literal l -> l.value();
            case Expr.Unary u -> IntOps.unary(u.op(), evaluate(u.operand(), variables));
            case Expr.Cast c -> c.type().convert(evaluate(c.operand(), variables));
            case Expr.Binary b -> binary(b, variables);
            case Expr.Variable v -> value(v.name(), v.position(), variables);
            case Expr.Field f -> value(f.target().text(), f.position(), variables);
            case Expr.Call c -> throw new ScriptException(NAME, c.position(), "'" + c.name()
                    + "(...)': expressions cannot call functions here (they would have side effects); use x/ to read"
                    + " device registers");
        };
    }

    private static long value(String name, SourcePosition at, Map<String, Long> variables) {
        Long v = variables.get(name);
        if (v == null) {
            throw new ScriptException(NAME, at, "undefined variable '" + name + "'");
        }
        return v;
    }

    private static long binary(Expr.Binary b, Map<String, Long> variables) {
        long left = evaluate(b.left(), variables);
        if (b.op() == BinaryOp.LOGICAL_AND && left == 0) {
            return 0;
        }
        if (b.op() == BinaryOp.LOGICAL_OR && left != 0) {
            return 1;
        }
        long right = evaluate(b.right(), variables);
        try {
            return IntOps.binary(b.op(), left, right);
        } catch (ArithmeticException ex) {
            throw new ScriptException(NAME, b.position(), (b.op() == BinaryOp.DIV ? "division" : "remainder")
                    + " by zero");
        }
    }
}
