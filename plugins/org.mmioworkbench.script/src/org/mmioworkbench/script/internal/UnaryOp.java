package org.mmioworkbench.script.internal;

/** C's unary operators, plus the conversion to 0/1 that {@code &&} and {@code ||} use. */
public enum UnaryOp {
    /** {@code -x}: 0 - x, wrapping. */
    NEGATE("-"),
    /** {@code +x}: x. */
    PLUS("+"),
    /** {@code ~x}: all 64 bits inverted. */
    COMPLEMENT("~"),
    /** {@code !x}: 1 if x is 0, else 0. */
    NOT("!"),
    /** 0 if x is 0, else 1 (not written in scripts). */
    TO_BOOLEAN("!!");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    /**
     * Finds the operator a token stands for in front of an operand.
     *
     * @param token any token
     * @return the operator, or null
     */
    public static UnaryOp of(Token token) {
        if (token.kind() != Token.Kind.OP) {
            return null;
        }
        for (UnaryOp op : values()) {
            if (op != TO_BOOLEAN && op.symbol.equals(token.text())) {
                return op;
            }
        }
        return null;
    }
}
