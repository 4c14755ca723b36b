/**
 * The Eclipse debug model of driver code: thin adapters from the Eclipse Debug Platform to the headless debug engine
 * ({@link org.mmioworkbench.debug.CDebugSession}), as the platform's PDA example debugger adapts its headless VM.
 * Decisions:
 * <ul>
 * <li><b>No engine logic here.</b> Run control, breakpoints, variables and the console's text are the engine's
 * ({@code CDebugSession}, {@code Variable}, {@code CallFrame}, {@code ConsoleCapture}); each element of this package
 * turns one of its calls or events into the platform's types.</li>
 * <li><b>One engine thread per launch.</b> Commands from the Debug view are queued to it, so the UI never waits for
 * the driver; a suspend request goes straight to the session, which checks it at each statement. The thread fires a
 * resume event when a command is queued and a suspend event when the session reports one.</li>
 * <li><b>One thread per launch.</b> A C driver runs as one simulated process; the thread is named after it.</li>
 * <li><b>Frames</b> are read once per suspend and compare equal to the same call at the same depth, so the views keep
 * their selection and expansion.</li>
 * <li><b>The console</b> is the launch's process: the driver's {@code printf} text and the UARTs' output on standard
 * output, the kernel's diagnostics and the end on standard error; typed text goes to the first UART's receiver.
 * Text typed in while the driver runs reaches the UART at once; it is not part of the replay that going back runs,
 * so going back across it does not see it again.</li>
 * <li><b>The debugger's commands</b> ({@link org.mmioworkbench.debug.core.DriverCommandLine}, shown by the UI's MMIO
 * Debugger Console) are the engine's interpreter ({@code org.mmioworkbench.debug.console}), run on the engine thread
 * after the commands queued before them. Its run control is the thread's: a command that moves the driver fires the
 * same resume and suspend events as the Debug view's buttons, which make the same typed requests
 * ({@code Motion}); so the views follow the console and no second driver of the session exists. Breakpoints a
 * command sets live in the session only, as in a terminal; the Breakpoints view keeps showing the workspace's.
 * After the driver ended, a command gets gdb's "The program is not being run."</li>
 * <li><b>The simulation session</b> of a launch is in the {@link org.mmioworkbench.core.session.SessionRegistry}
 * from the start of the launch until the launch is removed, and every element adapts to it, so the MMIO views show
 * the registers of the driver being debugged, also after it ended.</li>
 * <li><b>Problems</b>: a compile error, a run-time error and the kernel's diagnostics mark the line that caused them
 * when it is in the workspace.</li>
 * </ul>
 */
package org.mmioworkbench.debug.core;
