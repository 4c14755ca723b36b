package org.mmioworkbench.script.internal;

/**
 * C arithmetic on unsigned 64-bit integers. Division and remainder by zero throw
 * {@link ArithmeticException}; shifts by 64 or more give 0 (C leaves them undefined), which callers
 * report as a warning.
 */
public final class IntOps {
    private IntOps() {
    }

    /**
     * Applies a binary operator; {@code &&} and {@code ||} here evaluate both sides.
     *
     * @param op the operator
     * @param a the left operand
     * @param b the right operand
     * @return the result, 0 or 1 for comparisons and logical operators
     * @throws ArithmeticException for division or remainder by zero
     */
    public static long binary(BinaryOp op, long a, long b) {
        return switch (op) {
            case MUL -> a * b;
            case DIV -> Long.divideUnsigned(a, nonZero(b));
            case MOD -> Long.remainderUnsigned(a, nonZero(b));
            case ADD -> a + b;
            case SUB -> a - b;
            case SHL -> isOversizedShift(op, b) ? 0 : a << b;
            case SHR -> isOversizedShift(op, b) ? 0 : a >>> b;
            case LT -> bool(Long.compareUnsigned(a, b) < 0);
            case LE -> bool(Long.compareUnsigned(a, b) <= 0);
            case GT -> bool(Long.compareUnsigned(a, b) > 0);
            case GE -> bool(Long.compareUnsigned(a, b) >= 0);
            case EQ -> bool(a == b);
            case NE -> bool(a != b);
            case AND -> a & b;
            case XOR -> a ^ b;
            case OR -> a | b;
            case LOGICAL_AND -> bool(a != 0 && b != 0);
            case LOGICAL_OR -> bool(a != 0 || b != 0);
        };
    }

    /**
     * Applies a unary operator.
     *
     * @param op the operator
     * @param v the operand
     * @return the result
     */
    public static long unary(UnaryOp op, long v) {
        return switch (op) {
            case NEGATE -> -v;
            case PLUS -> v;
            case COMPLEMENT -> ~v;
            case NOT -> bool(v == 0);
            case TO_BOOLEAN -> bool(v != 0);
        };
    }

    /**
     * Tells whether an operation is a shift by 64 bits or more (undefined in C, 0 here).
     *
     * @param op the operator
     * @param count the right operand
     * @return true for such a shift
     */
    public static boolean isOversizedShift(BinaryOp op, long count) {
        return (op == BinaryOp.SHL || op == BinaryOp.SHR) && Long.compareUnsigned(count, 64) >= 0;
    }

    /**
     * Describes the warning for a shift by 64 bits or more.
     *
     * @param count the shift count
     * @return the warning text without position
     */
    public static String oversizedShiftWarning(long count) {
        return "shift by " + Long.toUnsignedString(count) + " bits (64 or more, undefined in C): the result is 0";
    }

    private static long nonZero(long b) {
        if (b == 0) {
            throw new ArithmeticException("division by zero");
        }
        return b;
    }

    private static long bool(boolean b) {
        return b ? 1 : 0;
    }
}
