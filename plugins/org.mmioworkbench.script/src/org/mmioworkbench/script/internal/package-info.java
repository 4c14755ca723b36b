/**
 * The implementation of the driver script language: lexer, parser, syntax tree, and the lowering of the tree to
 * the C interpreter's instructions ({@link org.mmioworkbench.script.internal.Lowering}), which run on the C
 * engine's {@code Machine} with the script's runtime ({@link org.mmioworkbench.script.internal.ScriptRuntime}:
 * the simulator calls, the output, the side table from trace events to statements). There is no interpreter of
 * the script's own.
 * <p>
 * The register calls ({@code IoReadMmReg*}, {@code IoWriteMmReg*}) are a driver's hot path and are lowered to a
 * call of {@code ScriptRuntime.readRegister}/{@code writeRegister} with their values, as fast as a C driver's store
 * through a pointer: no argument or result arrays, and the MMIO API of the current process kept by the machine
 * ({@code Machine.api()}, asked of the simulator again after a process switch or a restore, which may go back to
 * before the process started). The side table learns which events a call recorded from the trace length before and
 * after it, which {@code Simulator.traceLength()} gives without locking, and keeps them as runs of one statement
 * ({@code EventOrigins}): a call of the same statement right after the last recorded events only moves the end of the
 * last run, so a loop of accesses writes nothing per access; the events of other actors in between (a view's read)
 * start a run of no statement. The other calls go through
 * {@code SimulatorCalls} with arrays. Not API: use {@link org.mmioworkbench.script.Script} and
 * {@link org.mmioworkbench.script.ScriptMachine}.
 */
package org.mmioworkbench.script.internal;
