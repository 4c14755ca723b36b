package org.mmioworkbench.c.internal;

/**
 * Evaluates constant expressions: integer constant expressions while parsing, and address constants
 * (string literals, globals, functions, offsets from them) once the layout has placed them.
 */
public final class ConstEval {
    /** Set while evaluating global initializers, when addresses are known. */
    static boolean addressesKnown;
    /** Function addresses, once known. */
    static java.util.function.ToLongFunction<Var> functionAddress;

    private static final class NotConst extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotConst() {
            super(null, null, false, false);
        }
    }

    private ConstEval() {
    }

    /** The value, or null if the expression is not constant. */
    public static Long tryEval(Node n) {
        try {
            return eval(n);
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

    static long eval(Node n) {
        switch (n.op) {
            case NUM:
                return n.val;
            case CAST:
                if (!n.type.isScalar()) {
                    throw new NotConst();
                }
                return convert(eval(n.l), n.type);
            case DECAY:
                return address(n.l);
            case ADDR:
                return address(n.l);
            case ADD: case SUB: case MUL: case DIV: case MOD: case SHL: case SHR: case BAND: case BOR: case XOR:
            case EQ: case NE: case LT: case LE: case GT: case GE:
                return Arith.binary(n.op, n.l.type, n.type, eval(n.l), eval(n.r), true);
            case LAND:
                return eval(n.l) != 0 && eval(n.r) != 0 ? 1 : 0;
            case LOR:
                return eval(n.l) != 0 || eval(n.r) != 0 ? 1 : 0;
            case NOT:
                return eval(n.l) == 0 ? 1 : 0;
            case BITNOT:
                return convert(~eval(n.l), n.type);
            case NEG:
                return convert(-eval(n.l), n.type);
            case COND:
                return eval(n.c) != 0 ? eval(n.l) : eval(n.r);
            case PTRADD:
                return eval(n.l) + eval(n.r) * n.val;
            case PTRDIFF:
                return (eval(n.l) - eval(n.r)) / n.val;
            default:
                throw new NotConst();
        }
    }

    private static long address(Node n) {
        switch (n.op) {
            case VAR:
                if (!n.var.global) {
                    throw new NotConst();
                }
                if (n.var.isFunction) {
                    if (!addressesKnown || functionAddress == null) {
                        throw new NotConst();
                    }
                    return functionAddress.applyAsLong(n.var);
                }
                if (!addressesKnown) {
                    throw new NotConst();
                }
                return n.var.address;
            case STR:
                if (!addressesKnown) {
                    throw new NotConst();
                }
                return n.str.address;
            case MEMBER:
                return address(n.l) + n.member.offset;
            case DEREF:
                return eval(n.l);
            default:
                throw new NotConst();
        }
    }
}
