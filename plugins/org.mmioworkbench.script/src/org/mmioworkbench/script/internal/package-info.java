/**
 * The implementation of the driver script language: lexer, parser, syntax tree, and the lowering of the tree to
 * the C interpreter's instructions ({@link org.mmioworkbench.script.internal.Lowering}), which run on the C
 * engine's {@code Machine} with the script's runtime ({@link org.mmioworkbench.script.internal.ScriptRuntime}:
 * the simulator calls, the output, the side table from trace events to statements). There is no interpreter of
 * the script's own. Not API: use {@link org.mmioworkbench.script.Script} and
 * {@link org.mmioworkbench.script.ScriptMachine}.
 */
package org.mmioworkbench.script.internal;
