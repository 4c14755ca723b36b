package org.mmioworkbench.c.internal;

/** One instruction of a lowered function. Calls are instructions of their own, never inside an expression. */
public final class Insn {
    public static final int EXPR = 0;
    public static final int BR = 1;
    public static final int JMP = 2;
    public static final int CALL = 3;
    public static final int RET = 4;
    public static final int SWITCH = 5;
    /** Set a slot: s[dst] = e. */
    public static final int SET = 6;
    /** Branch if false to t, else fall through (cheaper loop conditions). */
    public static final int BRF = 7;

    public final int op;
    public E e;
    public int t;
    public int f;
    /** CALL: the callee when known statically (else e computes its address). */
    public Fn callee;
    public Builtins.B builtin;
    public E[] args;
    public int dst = -1;
    /** CALL of a record-returning function: offset of the result buffer in the caller's frame; else -1. */
    public long retOff = -1;
    /** RET of a record: its size; CALL: sizes of record arguments to copy. */
    public long size;
    /** SWITCH: sorted case values and their targets; default target in f. */
    public long[] caseVals;
    public int[] caseTargets;
    /** The operation's source position; the instruction starts a statement when stmt is set. */
    public Pos pos;
    public boolean stmt;
    /** For the first instruction of a statement: the statement's position. */
    public Pos stmtPos;

    public Insn(int op, Pos pos) {
        this.op = op;
        this.pos = pos;
    }
}
