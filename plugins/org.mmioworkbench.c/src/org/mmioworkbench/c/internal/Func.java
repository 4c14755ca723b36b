package org.mmioworkbench.c.internal;

import java.util.ArrayList;
import java.util.List;

/** A function definition. */
public final class Func {
    public final String name;
    public final CType type;
    public final Pos pos;
    public final List<Var> params = new ArrayList<>();
    public final List<Var> locals = new ArrayList<>();
    public St body;
    public Pos end;

    public Func(String name, CType type, Pos pos) {
        this.name = name;
        this.type = type;
        this.pos = pos;
    }
}
