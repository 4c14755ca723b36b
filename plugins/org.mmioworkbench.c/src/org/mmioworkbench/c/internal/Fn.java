package org.mmioworkbench.c.internal;

import java.util.List;

/** A function lowered to a flat instruction array. */
public final class Fn {
    public final String name;
    public final Func def;
    public Insn[] code;
    public int nslots;
    public long frameSize;
    public List<Var> params;
    public List<Var> locals;
    /** Its address, for function pointers. */
    public long address;

    public Fn(String name, Func def) {
        this.name = name;
        this.def = def;
    }
}
