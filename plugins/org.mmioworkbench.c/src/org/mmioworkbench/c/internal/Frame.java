package org.mmioworkbench.c.internal;

/** A call frame: the function, its slots (locals whose address is never taken, temporaries), pc and fp. */
public final class Frame {
    public final Fn fn;
    public long[] s;
    /** Base address of the frame's memory (locals whose address is taken, arrays, records). */
    public final long fp;
    /** The instruction to run next. */
    public int pc;
    /** The caller, or null for main. */
    public final Frame up;
    /** Where the caller wants the result: a slot of the caller, or -1. */
    public final int dst;
    /** For a function returning a record: the caller's buffer for it. */
    public final long retBuf;
    /** The values the function was called with (for the debugger). */
    public final long[] args;

    public Frame(Fn fn, long fp, Frame up, int dst, long retBuf, long[] args) {
        this.fn = fn;
        this.s = new long[fn.nslots];
        this.fp = fp;
        this.up = up;
        this.dst = dst;
        this.retBuf = retBuf;
        this.args = args;
    }

    private Frame(Frame o, Frame up) {
        this.fn = o.fn;
        this.s = o.s.clone();
        this.fp = o.fp;
        this.pc = o.pc;
        this.up = up;
        this.dst = o.dst;
        this.retBuf = o.retBuf;
        this.args = o.args;
    }

    /** A deep copy of this frame and its callers. */
    public Frame copy() {
        return new Frame(this, up == null ? null : up.copy());
    }

    public int depth() {
        int d = 0;
        for (Frame f = this; f != null; f = f.up) {
            d++;
        }
        return d;
    }
}
