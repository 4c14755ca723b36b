package org.mmioworkbench.c.libc;

/**
 * The variadic arguments of a call such as {@code printf}, in order. Each value is the argument after C's default
 * argument promotions, widened to 64 bits the way its promoted type is: sign-extended for a signed type (an
 * {@code int} -1 arrives as -1L), zero-extended for an unsigned one (an {@code unsigned int} 0xFFFFFFFF as
 * 0xFFFFFFFFL); a pointer arrives as its address. The consumer narrows each value to the type its conversion
 * names.
 */
@FunctionalInterface
public interface VarArgs {

    /** @return the next argument; the caller's implementation decides what running out of arguments does */
    long next();
}
