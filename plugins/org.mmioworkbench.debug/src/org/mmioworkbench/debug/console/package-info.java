/**
 * The debugger's commands: gdb-syntax lines run against a {@link org.mmioworkbench.debug.CDebugSession}, their answers
 * printed. {@code mmio-sim debug} reads the lines from a terminal; the Eclipse debugger from a launch's MMIO Debugger
 * Console. Decisions:
 * <ul>
 * <li><b>One interpreter, two front ends.</b> Parsing a line, the gdb words of an answer and the behaviour of each
 * command live here, once; the terminal keeps reading lines, Ctrl-C and the exit status, the Eclipse console keeps
 * its page, prompt and history. Neither parses a command.</li>
 * <li><b>Two command sets</b>, as the two languages differ: {@link org.mmioworkbench.debug.console.ScriptCommands}
 * for scripts (no functions; {@code list}, {@code x/NFU}, {@code info registers} and the other views of the
 * simulator) and {@link org.mmioworkbench.debug.console.CCommands} for C (frames, {@code finish}, C expressions,
 * conditions); {@link org.mmioworkbench.debug.console.DebugCommands#attach} picks by the session.</li>
 * <li><b>Moving the program is typed.</b> Each command that moves it makes a
 * {@link org.mmioworkbench.debug.console.Motion} (a record per request, with its count or event) and hands it to the
 * front end's {@link org.mmioworkbench.debug.console.RunControl}: the terminal's calls the session; the Eclipse
 * debugger's is the thread its Debug view's buttons use (which make the same Motions), so its views hear of each run
 * and stop, and nothing else drives the session. Looking ({@code print}, {@code x}, {@code info}) calls the session
 * and the simulator directly, without side effects.</li>
 * <li><b>Output.</b> Answers go to a {@link java.io.PrintStream}: the terminal's standard output, or a stream of the
 * Eclipse console. The UARTs' bytes are passed through unchanged, so a terminal shows them as the board sent them.
 * Made by {@code load}, an interpreter owns its session and prints the program's output too, in order with its
 * answers; attached, it prints only its answers, the front end showing the program's output elsewhere.</li>
 * <li><b>Errors are one line</b>: a mistyped command, an unknown symbol, an event the trace no longer holds; a
 * defect prints {@code Internal error in "LINE": ...} and the console goes on.</li>
 * <li><b>{@code reverse-to-event N}</b> is the Access Trace view's <i>Go Back to This Event</i> (gdb has no equal;
 * it is named as gdb's reverse commands are), with {@code info trace [N]} to show the events' numbers.</li>
 * </ul>
 */
package org.mmioworkbench.debug.console;
