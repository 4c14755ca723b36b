package org.mmioworkbench.c.internal;

/** A compiled expression: its value in canonical form (records and arrays: their address). */
@FunctionalInterface
public interface E {
    long ev(Frame f);
}
