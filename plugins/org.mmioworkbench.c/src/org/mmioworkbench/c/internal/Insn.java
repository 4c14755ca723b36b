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

    // Fused instructions: the common statement shapes on slots run in the interpreter loop itself, without a
    // closure call. Each does what the closure in e would (e stays set, for the record).
    /** s[a] = s[a] + k as int (canonical: sign-extended 32 bits): i++, i--, i += 3 on an int slot. */
    public static final int ADDK_I = 8;
    /** s[a] = s[a] + k as unsigned int (zero-extended 32 bits). */
    public static final int ADDK_U = 9;
    /** s[a] = s[a] + k in 64 bits (long, unsigned long, pointers with k scaled). */
    public static final int ADDK_L = 10;
    /** s[a] = s[a] + s[b] as int. */
    public static final int ADDS_I = 11;
    /** s[a] = s[a] + s[b] as unsigned int. */
    public static final int ADDS_U = 12;
    /** s[a] = s[a] + s[b] in 64 bits. */
    public static final int ADDS_L = 13;
    /** Jump to t if s[a] CC k (signed 64-bit compare of canonical values), else fall through. */
    public static final int JEQ_K = 14;
    public static final int JNE_K = 15;
    public static final int JLT_K = 16;
    public static final int JGE_K = 17;
    public static final int JLE_K = 18;
    public static final int JGT_K = 19;
    /** Jump to t if s[a] CC s[b], else fall through. */
    public static final int JEQ_S = 20;
    public static final int JNE_S = 21;
    public static final int JLT_S = 22;
    public static final int JGE_S = 23;
    public static final int JLE_S = 24;
    public static final int JGT_S = 25;
    /** Store the value e (already converted) at the address in slot a: 1, 2, 4 or 8 bytes; faults name faultPos. */
    public static final int ST8_S = 26;
    public static final int ST16_S = 27;
    public static final int ST32_S = 28;
    public static final int ST64_S = 29;
    /** Store the value e at the address e2 computes (after e, as the closure does); faults name faultPos. */
    public static final int ST8 = 30;
    public static final int ST16 = 31;
    public static final int ST32 = 32;
    public static final int ST64 = 33;
    /**
     * Jump to t if s[a] CC k as unsigned 64-bit numbers, where k holds the constant with its top bit flipped
     * (k ^ Long.MIN_VALUE, so that a signed compare of s[a] ^ Long.MIN_VALUE with k is the unsigned one); else
     * fall through. In pairs like the signed ones (op ^ 1 negates).
     */
    public static final int JLTU_K = 34;
    public static final int JGEU_K = 35;
    public static final int JLEU_K = 36;
    public static final int JGTU_K = 37;
    /** Jump to t if s[a] CC s[b] as unsigned 64-bit numbers, else fall through. */
    public static final int JLTU_S = 38;
    public static final int JGEU_S = 39;
    public static final int JLEU_S = 40;
    public static final int JGTU_S = 41;

    // Front-end instructions (the *.mmio script front end; see package-info).
    /**
     * Count one iteration of a loop: s[a] holds the iterations the loop may still run (the bound, when it is
     * entered); when it goes below 0, e runs (it throws {@link Halt}).
     */
    public static final int LOOP = 42;
    /**
     * A loop's branch back into its body, fused with the count of LOOP: if s[a] REL s[b] (or, when b is -1, s[a]
     * REL k) holds, count an iteration in s[dst] as LOOP does (e2 runs past the bound) and jump to t; else fall
     * through. REL, in f: 0 ==, 1 !=, 2 &lt;, 3 &gt;=, 4 &lt;=, 5 &gt;, unsigned; k is the plain constant. e computes
     * the comparison, for the record.
     */
    public static final int LOOPJ = 43;
    /**
     * Call into the front end: e runs with the machine's statement counter up to date ({@link Machine#steps()}),
     * its value goes to s[dst] when dst is set. A script's calls into the simulator and its {@code process}
     * statements are hooks.
     */
    public static final int HOOK = 44;

    public int op;
    public E e;
    public int t;
    public int f;
    /** CALL: the callee when known statically (else e computes its address). */
    public Fn callee;
    public Builtins.B builtin;
    public E[] args;
    public int dst = -1;
    /** Fused instructions: slot operands, constant, address expression, and the position a fault names. */
    public int a;
    public int b;
    public long k;
    public E e2;
    public Pos faultPos;
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
    /** For the first instruction of a statement: a front end's number for the statement (a script's statement id). */
    public int tag = -1;

    public Insn(int op, Pos pos) {
        this.op = op;
        this.pos = pos;
    }
}
