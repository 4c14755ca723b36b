package org.mmioworkbench.c.internal;

import java.util.ArrayList;
import java.util.List;

/** A statement. */
public final class St {
    public enum K { BLOCK, EXPR, IF, WHILE, DO, FOR, RETURN, BREAK, CONTINUE, GOTO, LABEL, CASE, DEFAULT,
        SWITCH, DECL, EMPTY }

    public final K k;
    public final Pos pos;
    public Node e;
    public Node e2;
    public Node e3;
    public St a;
    public St b;
    public List<St> list;
    public String label;
    public long caseVal;
    /** SWITCH: its case and default statements. */
    public List<St> cases;
    /** DECL: the local and its flattened initializer (null if none). */
    public Var var;
    public List<Var.Init> init;

    public St(K k, Pos pos) {
        this.k = k;
        this.pos = pos;
        if (k == K.BLOCK) {
            list = new ArrayList<>();
        }
    }
}
