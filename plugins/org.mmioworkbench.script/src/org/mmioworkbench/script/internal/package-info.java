/**
 * The implementation of the driver script language: lexer, parser, syntax tree, compiler to a small
 * stack machine and the interpreter that runs it on the simulation core. Not API: use
 * {@link org.mmioworkbench.script.Script} and {@link org.mmioworkbench.script.ScriptMachine}.
 */
package org.mmioworkbench.script.internal;
