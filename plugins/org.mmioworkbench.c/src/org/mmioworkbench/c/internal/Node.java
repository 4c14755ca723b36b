package org.mmioworkbench.c.internal;

import java.util.List;

/** A typed expression. Arrays and functions are decayed explicitly ({@link Op#DECAY}). */
public final class Node {
    public enum Op {
        NUM, STR, VAR, DECAY,
        ADD, SUB, MUL, DIV, MOD, SHL, SHR, BAND, BOR, XOR,
        EQ, NE, LT, LE, GT, GE, LAND, LOR, NOT, BITNOT, NEG,
        PTRADD, PTRDIFF, ADDR, DEREF, MEMBER,
        ASSIGN, OPASSIGN, PREINC, PREDEC, POSTINC, POSTDEC,
        COND, COMMA, CALL, CAST, VOIDCAST, STMTLIST
    }

    public final Op op;
    public final Pos pos;
    public CType type;
    public Node l;
    public Node r;
    public Node c;
    public List<Node> args;
    public Var var;
    public long val;
    public StrLit str;
    public CType.Member member;
    /** OPASSIGN: the arithmetic operator; PTRADD/PREINC.. on pointers: the element size (in val). */
    public Op arith;
    /** OPASSIGN: the type the operation is done in. */
    public CType opType;
    /** Whether the expression contains a call (lowered out of expressions). */
    public boolean hasCall;
    /** Where the expression's text begins (set for full expressions and what converts them). */
    public Pos start;

    public Node(Op op, Pos pos, CType type) {
        this.op = op;
        this.pos = pos;
        this.type = type;
    }

    public boolean isLvalue() {
        return switch (op) {
            case VAR -> !var.isFunction;
            case DEREF -> true;
            case MEMBER -> l.isLvalue() || l.op == Op.CALL || l.op == Op.COND || l.op == Op.ASSIGN || l.op == Op.COMMA;
            case STR, STMTLIST -> true;
            default -> false;
        };
    }
}
