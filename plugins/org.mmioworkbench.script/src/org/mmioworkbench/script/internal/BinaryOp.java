package org.mmioworkbench.script.internal;

/** C's binary operators with their symbols and precedence (higher binds tighter). */
public enum BinaryOp {
    /** {@code *}. */
    MUL("*", 10),
    /** {@code /}, unsigned. */
    DIV("/", 10),
    /** {@code %}, unsigned. */
    MOD("%", 10),
    /** {@code +}. */
    ADD("+", 9),
    /** {@code -}. */
    SUB("-", 9),
    /** {@code <<}. */
    SHL("<<", 8),
    /** {@code >>}, logical. */
    SHR(">>", 8),
    /** {@code <}, unsigned. */
    LT("<", 7),
    /** {@code <=}, unsigned. */
    LE("<=", 7),
    /** {@code >}, unsigned. */
    GT(">", 7),
    /** {@code >=}, unsigned. */
    GE(">=", 7),
    /** {@code ==}. */
    EQ("==", 6),
    /** {@code !=}. */
    NE("!=", 6),
    /** {@code &}. */
    AND("&", 5),
    /** {@code ^}. */
    XOR("^", 4),
    /** {@code |}. */
    OR("|", 3),
    /** {@code &&}, short-circuit. */
    LOGICAL_AND("&&", 2),
    /** {@code ||}, short-circuit. */
    LOGICAL_OR("||", 1);

    private final String symbol;
    private final int precedence;

    BinaryOp(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    /**
     * Returns the operator as written.
     *
     * @return e.g. {@code <<}
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Returns C's precedence.
     *
     * @return 1 for {@code ||} up to 10 for {@code * / %}
     */
    public int precedence() {
        return precedence;
    }

    /**
     * Finds the operator a token stands for.
     *
     * @param token any token
     * @return the operator, or null
     */
    public static BinaryOp of(Token token) {
        if (token.kind() != Token.Kind.OP) {
            return null;
        }
        for (BinaryOp op : values()) {
            if (op.symbol.equals(token.text())) {
                return op;
            }
        }
        return null;
    }

    /**
     * Finds the operator of a compound assignment.
     *
     * @param token any token
     * @return the operator of e.g. {@code +=} or {@code <<=}, or null
     */
    public static BinaryOp compound(Token token) {
        if (token.kind() != Token.Kind.OP) {
            return null;
        }
        return switch (token.text()) {
            case "*=" -> MUL;
            case "/=" -> DIV;
            case "%=" -> MOD;
            case "+=" -> ADD;
            case "-=" -> SUB;
            case "<<=" -> SHL;
            case ">>=" -> SHR;
            case "&=" -> AND;
            case "^=" -> XOR;
            case "|=" -> OR;
            default -> null;
        };
    }
}
