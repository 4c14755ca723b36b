package org.mmioworkbench.c.internal;

import org.mmioworkbench.c.internal.Node.Op;

/** C integer arithmetic on canonical 64-bit values, in the operation's (promoted) type. */
public final class Arith {
    private Arith() {
    }

    /** Thrown for division by zero. */
    public static final class DivideByZero extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DivideByZero() {
            super("division by zero", null, false, false);
        }
    }

    /**
     * Applies a binary operator.
     *
     * @param op the operator
     * @param opType the type the operands were converted to (for comparisons the operand type)
     * @param resultType the result type
     * @param a left operand
     * @param b right operand
     * @param constant whether this is constant folding (division by zero is then not constant)
     * @return the result in canonical form
     */
    public static long binary(Op op, CType opType, CType resultType, long a, long b, boolean constant) {
        boolean u64 = opType.isUnsigned() && opType.size() == 8;
        switch (op) {
            case ADD: return ConstEval.convert(a + b, resultType);
            case SUB: return ConstEval.convert(a - b, resultType);
            case MUL: return ConstEval.convert(a * b, resultType);
            case DIV:
                if (b == 0) {
                    throw constant ? new CError(null, "division by zero") : new DivideByZero();
                }
                return ConstEval.convert(u64 ? Long.divideUnsigned(a, b) : a / b, resultType);
            case MOD:
                if (b == 0) {
                    throw constant ? new CError(null, "division by zero") : new DivideByZero();
                }
                return ConstEval.convert(u64 ? Long.remainderUnsigned(a, b) : a % b, resultType);
            case SHL: return ConstEval.convert(resultType.size() == 8 ? a << b : (long) ((int) a << b), resultType);
            case SHR:
                if (resultType.size() == 8) {
                    return resultType.isUnsigned() ? a >>> b : a >> b;
                }
                return resultType.isUnsigned() ? (a & 0xFFFF_FFFFL) >>> (b & 31) : (long) ((int) a >> b);
            case BAND: return a & b;
            case BOR: return a | b;
            case XOR: return a ^ b;
            case EQ: return a == b ? 1 : 0;
            case NE: return a != b ? 1 : 0;
            case LT: return (u64 ? Long.compareUnsigned(a, b) < 0 : a < b) ? 1 : 0;
            case LE: return (u64 ? Long.compareUnsigned(a, b) <= 0 : a <= b) ? 1 : 0;
            case GT: return (u64 ? Long.compareUnsigned(a, b) > 0 : a > b) ? 1 : 0;
            case GE: return (u64 ? Long.compareUnsigned(a, b) >= 0 : a >= b) ? 1 : 0;
            default: throw new IllegalArgumentException(op.toString());
        }
    }

    /**
     * An unsigned 64-bit comparison, 1 or 0: a pointer's or an {@code unsigned long}'s in C, and every comparison a
     * {@code *.mmio} script makes.
     */
    public static E compareUnsigned(Op op, E a, E b) {
        return switch (op) {
            case EQ -> f -> a.ev(f) == b.ev(f) ? 1 : 0;
            case NE -> f -> a.ev(f) != b.ev(f) ? 1 : 0;
            case LT -> f -> Long.compareUnsigned(a.ev(f), b.ev(f)) < 0 ? 1 : 0;
            case LE -> f -> Long.compareUnsigned(a.ev(f), b.ev(f)) <= 0 ? 1 : 0;
            case GT -> f -> Long.compareUnsigned(a.ev(f), b.ev(f)) > 0 ? 1 : 0;
            case GE -> f -> Long.compareUnsigned(a.ev(f), b.ev(f)) >= 0 ? 1 : 0;
            default -> throw new IllegalArgumentException("not a comparison: " + op);
        };
    }
}
