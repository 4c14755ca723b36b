package org.mmioworkbench.c.internal;

import java.util.function.ToLongFunction;

/**
 * Evaluates constant expressions: integer constant expressions while parsing, and address constants
 * (string literals, globals, functions, offsets from them) once the layout has placed them.
 */
public final class ConstEval {

    private static final class NotConst extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotConst() {
            super(null, null, false, false);
        }
    }

    private ConstEval() {
    }

    /** The value of an integer constant expression, or null if the expression is not one (addresses are not known). */
    public static Long tryEval(Node n) {
        return tryEval(n, null);
    }

    /**
     * The value of a constant expression once the layout has placed the program's objects: addresses of globals and
     * string literals, and of functions as {@code functionAddress} gives them (null while they are not known).
     */
    public static Long tryEval(Node n, ToLongFunction<Var> functionAddress) {
        try {
            return eval(n, functionAddress);
        } catch (NotConst e) {
            return null;
        }
    }

    /** Converts a value to a type's canonical representation (sign- or zero-extended to 64 bits). */
    public static long convert(long v, CType t) {
        return switch (t.k) {
            case BOOL -> v != 0 ? 1 : 0;
            case CHAR, SCHAR -> (byte) v;
            case UCHAR -> v & 0xFF;
            case SHORT -> (short) v;
            case USHORT -> v & 0xFFFF;
            case INT -> (int) v;
            case UINT -> v & 0xFFFF_FFFFL;
            default -> v;
        };
    }

    private static long eval(Node n, ToLongFunction<Var> fa) {
        switch (n.op) {
            case NUM:
                return n.val;
            case CAST:
                if (!n.type.isScalar()) {
                    throw new NotConst();
                }
                return convert(eval(n.l, fa), n.type);
            case DECAY:
                return address(n.l, fa);
            case ADDR:
                return address(n.l, fa);
            case ADD: case SUB: case MUL: case DIV: case MOD: case SHL: case SHR: case BAND: case BOR: case XOR:
            case EQ: case NE: case LT: case LE: case GT: case GE:
                return Arith.binary(n.op, n.l.type, n.type, eval(n.l, fa), eval(n.r, fa), true);
            case LAND:
                return eval(n.l, fa) != 0 && eval(n.r, fa) != 0 ? 1 : 0;
            case LOR:
                return eval(n.l, fa) != 0 || eval(n.r, fa) != 0 ? 1 : 0;
            case NOT:
                return eval(n.l, fa) == 0 ? 1 : 0;
            case BITNOT:
                return convert(~eval(n.l, fa), n.type);
            case NEG:
                return convert(-eval(n.l, fa), n.type);
            case COND:
                return eval(n.c, fa) != 0 ? eval(n.l, fa) : eval(n.r, fa);
            case PTRADD:
                return eval(n.l, fa) + eval(n.r, fa) * n.val;
            case PTRDIFF:
                return (eval(n.l, fa) - eval(n.r, fa)) / n.val;
            default:
                throw new NotConst();
        }
    }

    private static long address(Node n, ToLongFunction<Var> fa) {
        switch (n.op) {
            case VAR:
                if (!n.var.global) {
                    throw new NotConst();
                }
                if (n.var.isFunction) {
                    if (fa == null) {
                        throw new NotConst();
                    }
                    return fa.applyAsLong(n.var);
                }
                if (fa == null) {
                    throw new NotConst();
                }
                return n.var.address;
            case STR:
                if (fa == null) {
                    throw new NotConst();
                }
                return n.str.address;
            case MEMBER:
                return address(n.l, fa) + n.member.offset;
            case DEREF:
                return eval(n.l, fa);
            default:
                throw new NotConst();
        }
    }
}
