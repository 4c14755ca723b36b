package org.mmioworkbench.script.internal;

import org.mmioworkbench.c.internal.E;

/**
 * An expression lowered to a closure, with the shape the lowering fuses into instructions: a constant, a read of
 * a slot that certainly has a value, or a comparison of such a slot with a constant or another slot.
 *
 * @param e the closure computing the value
 * @param constant whether the value is the constant k
 * @param k the constant; for a fused comparison, its constant operand as the instruction takes it
 * @param slot the slot a plain read reads, else -1
 * @param fused for a comparison, the C machine's fused jump taken when it is true, else -1
 * @param a the comparison's slot
 * @param b the comparison's second slot (a comparison of two slots)
 */
record V(E e, boolean constant, long k, int slot, int fused, int a, int b) {

    static V of(E e) {
        return new V(e, false, 0, -1, -1, 0, 0);
    }

    static V constant(long k) {
        return new V(f -> k, true, k, -1, -1, 0, 0);
    }

    static V slot(int slot) {
        return new V(f -> f.s[slot], false, 0, slot, -1, 0, 0);
    }

    static V compare(E e, int fused, int a, int b, long k) {
        return new V(e, false, k, -1, fused, a, b);
    }

    boolean isConstant() {
        return constant;
    }

    boolean isSlot(int s) {
        return slot == s;
    }
}
