/**
 * The headless debug engine: driver code under a debugger, with no console text and no Eclipse in it. Front ends
 * drive a {@link org.mmioworkbench.debug.CDebugSession} and show what it returns: the terminal console of
 * {@code mmio-sim debug} prints gdb's words for it, and the Eclipse debug model ({@code org.mmioworkbench.debug.core})
 * maps it onto the Debug Platform, as the platform's PDA example maps its headless VM. Decisions:
 *
 * <h2>Typed results, one seam</h2>
 * Every run-control request returns a {@link org.mmioworkbench.debug.RunResult}: suspended with a
 * {@link org.mmioworkbench.debug.SuspendReason} (step end, breakpoint N, watch N with its old and new value, a watch
 * whose frame returned, the start reached going back, a client's request), terminated with the program's outcome, or
 * not running. The same events go to {@link org.mmioworkbench.debug.DebugListener}s, for front ends that run the
 * session on a thread of its own. Breakpoints and watches share gdb's one numbering.
 *
 * <h2>Inspection</h2>
 * {@link org.mmioworkbench.debug.CDebugSession#callStack()} gives the suspended program's C call frames
 * ({@link org.mmioworkbench.debug.CallFrame}: function, file, line, column, arguments, locals) as typed
 * {@link org.mmioworkbench.debug.Variable}s: name, C type, gdb's text for the value, and children (members,
 * elements, the structure a pointer points at) read when asked, without side effects. A front end reads them again
 * after every suspend.
 *
 * <h2>Breakpoints from other threads</h2>
 * Breakpoints may be installed and deleted from any thread while the program runs (an Eclipse breakpoint toggled in
 * the editor's ruler): the list is copied on write, and the run reads it at each statement.
 *
 * <h2>Console capture</h2>
 * {@link org.mmioworkbench.debug.SerialConsoles} follows what the board's UARTs transmit through the simulator's
 * console API; {@link org.mmioworkbench.debug.ConsoleCapture} turns a run into two text streams for a front end that
 * is not a terminal: program output and UART output in the order they happened, and the kernel's diagnostics, each
 * naming the statement running when the kernel recorded it (a simulator listener notes it at that moment, so a
 * diagnostic shown later still names its cause), then the program's end.
 *
 * <h2>One engine for C drivers and scripts</h2>
 * A {@code *.mmio} script is lowered onto the C interpreter ({@code org.mmioworkbench.script}), so the engine debugs
 * both the same way: {@link org.mmioworkbench.debug.CDebugSession} drives a program abstraction (package-private
 * {@code Debuggee}) that each front end's language produces — a {@code CMachine} for a C file, a {@code ScriptMachine}
 * for a script ({@link org.mmioworkbench.debug.CDebugSession#forScript}) — and steps, checkpoints, breaks and watches
 * the interpreter underneath. What differs is small and typed: how a state is snapshot, the call stack (a script is
 * one frame whose variables are the script's, with the type each was declared with), and expressions (a script's are
 * its own language's, with its {@code #define}s, evaluated without side effects). A script's end is given in the
 * shape of a C program's (status 0, 1 for a failure, 2 for an error); its own {@code Outcome} stays on the
 * {@code ScriptMachine} ({@link org.mmioworkbench.debug.CDebugSession#script()}). The CLI's own script debugger
 * (its history, breakpoints, watchpoints and an evaluator that generated script text) is gone: {@code mmio-sim debug
 * SCRIPT} is a gdb-syntax front end over this session, as is {@code mmio-sim debug FILE.c}, and the Eclipse debugger
 * launches either.
 *
 * <h2>Going back: checkpoints and replay</h2>
 * Going back restores the nearest earlier checkpoint (the program and the simulator, at a statement boundary) and
 * runs forward again to the statement wanted. Machine and simulator are deterministic, so the replay is exact; its
 * program output is not given again, and listeners are told ({@code restored}) so that views of device output read
 * it afresh. The checkpoints ({@code History}, the script debugger's scheme, now for both languages) are the start;
 * in the last 4,096 statements one every 256 and the last 64 places a command stopped at; further back at most 24,
 * thinned so that they end up spaced roughly geometrically. A replay over a long gap leaves checkpoints on the way.
 * So memory stays bounded however long the run (a simulator snapshot holds at most the trace window, shared with the
 * others where they overlap): reverse stepping through a ten-million-statement script fits in 200 MB of heap.
 * Register watchpoints count going back too: a reverse resume stops before the statement whose access triggered the
 * latest one (found by replaying the history stretch by stretch, newest first).
 *
 * <h2>Watches</h2>
 * A watch is a C expression (see {@link org.mmioworkbench.c.internal.Evaluator}) evaluated at each statement
 * boundary in the frame it was set in: going forward the session suspends after a statement that changed it, going
 * back before it. Device registers in a watch are peeked, so watching never changes the run; a watch that names a
 * local ends, and is deleted, when that frame returns. Checking at statement boundaries is gdb's software watchpoint;
 * a watch on a register that stops <em>at</em> the access is for the register watchpoints of issue 12.
 *
 * <h2>Stops inside a statement</h2>
 * A register watchpoint and a step to the next access suspend right after the instruction that made the access
 * ({@link org.mmioworkbench.debug.CDebugSession#inStatement()}); frames show the statement that made it. A front end
 * that reports watchpoints the way software watchpoints do (the script console) finishes the statement with a step.
 *
 * <h2>Which line made an event; going back to an event</h2>
 * The session's own simulator listener notes, for each event the program's statements make (its MMIO accesses and
 * kernel calls, going forward or replaying), the line of the statement running; the core's access path does no
 * work for it. The lines are kept in a ring of sequence numbers and interned line numbers, 12 bytes an event, at most
 * as many as the simulator's trace window, so memory stays bounded however long the run; going back forgets those
 * past the restored trace, and the replay notes them again. The session hands them out as the core's
 * {@link org.mmioworkbench.core.TraceOrigins} ({@link org.mmioworkbench.debug.CDebugSession#traceOrigins()}), which a
 * front end attaches to the program's {@link org.mmioworkbench.core.session.SimulationSession}: a view of the trace
 * (the IDE's Access Trace view) finds the lines through the session it observes, with no dependency on this engine,
 * and an event's line is typed, never parsed from text. A seam on the session rather than on the simulator keeps the
 * simulator free of debugger state. {@link org.mmioworkbench.debug.CDebugSession#goBackToEvent(long)} restores the
 * latest checkpoint whose trace is shorter than the event's number and replays to right after the instruction that
 * made the event (as a register watchpoint stops), which is exact because the replay is; it suspends with
 * {@link org.mmioworkbench.debug.SuspendReason.EventReached}. Only events with a noted line can be gone back to:
 * the kernel's, the simulator's and a view's own reads and writes were made by no statement.
 *
 * <h2>The registers at two points of the history</h2>
 * {@link org.mmioworkbench.debug.CDebugSession#registerStatesAt} gives the board's register state right after each
 * of some events, for a front end to compare (the IDE's Compare Register State at These Events, with the same decoded
 * diff as two state files). It goes where going back to the event would go, by the same restore and replay, and
 * captures the registers with peeks; then it puts the program back: from a checkpoint taken at the present when it is
 * at a statement boundary or ended, or by replaying to the access it was paused after when it is in the middle of a
 * statement (a snapshot is taken only at boundaries). The history of checkpoints is not touched (nothing is forgotten
 * or added), the events' source lines are copied before and put back after, and no listener is told, so views and
 * the Debug view see a program that has not moved. Capturing from the replay, rather than rebuilding registers from
 * the trace's recorded values, is what makes it exact: device state also changes with time (a timer, a UART
 * draining its FIFO) where the trace shows no access.
 */
package org.mmioworkbench.debug;
