package org.mmioworkbench.c.internal;

import java.util.List;

/** A variable or function. */
public final class Var {
    public final String name;
    public CType type;
    public final Pos pos;
    /** Globals and static locals live at a fixed address; other locals in the frame. */
    public final boolean global;
    public boolean isStatic;
    public boolean isExtern;
    public boolean isFunction;
    /** Set when {@code &} is applied, or for arrays and records: the local lives in frame memory. */
    public boolean addrTaken;
    /** Global: address; frame-memory local: offset from the frame pointer. */
    public long address;
    /** Slot index, for a local kept in a slot; -1 otherwise. */
    public int slot = -1;
    /** Global: the initializer, flattened; null when none. */
    public List<Init> init;
    public boolean defined;
    /** Function: its definition, or null for a builtin or undefined function. */
    public Func func;
    /** The name shown to the user (static locals: the declared name). */
    public String display;
    /** _Alignas, or 0. */
    public int alignas;

    public Var(String name, CType type, Pos pos, boolean global) {
        this.name = name;
        this.type = type;
        this.pos = pos;
        this.global = global;
        this.display = name;
    }

    public boolean inMemory() {
        return global || addrTaken || type.isArray() || type.isRecord();
    }

    /** One initialized piece of an object: a value at a byte offset (or a bit-field), or string bytes. */
    public record Init(long offset, CType type, Node expr, CType.Member bitField, byte[] bytes) {
    }
}
