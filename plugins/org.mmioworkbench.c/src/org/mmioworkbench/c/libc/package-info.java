/**
 * The C library a driver calls, as the interpreter provides it: the {@code printf} family's formatting, and the
 * string and memory functions, written over a small view of the program's memory so that they hold no
 * interpreter state.
 */
package org.mmioworkbench.c.libc;
