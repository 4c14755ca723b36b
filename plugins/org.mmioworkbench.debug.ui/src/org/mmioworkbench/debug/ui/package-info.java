/**
 * The workbench side of the driver debugger: the MMIO Driver launch configuration's tabs and Run As / Debug As
 * shortcut, the driver-code editor with breakpoints toggled in its ruler, the labels and source lookup of the debug
 * model, the Step Back / Run Back commands (Shift+F6, Shift+F8; in the Run menu and the debug toolbar), Go Back to
 * This Event in the Access Trace view's context menu (Ctrl+Enter there), which finds the launch that runs on the
 * selected event's session through adapters, so the view bundle has no debugger logic, and the MMIO Debugger Console
 * of each debug launch ({@link org.mmioworkbench.debug.ui.DebuggerConsole}: a console page of its own, as CDT's gdb
 * console, with a prompt and Up/Down history, its lines going to the debug model's command line; the launch's process
 * console stays the driver's output and UART input, so typed UART text and commands never mix). Thin:
 * every action is a call into {@code org.mmioworkbench.debug.core}, which calls the headless engine.
 * <p>
 * <b>The editor's knowledge of the text</b> comes from one place: the language front ends make a
 * {@link org.mmioworkbench.core.SourceIndex} of the unsaved text ({@code CProgram.index}, {@code Script.index}, chosen
 * by {@link org.mmioworkbench.debug.DriverSources}), with the compiler a launch uses, on the reconciler's thread half a
 * second after the last key. Its error becomes an annotation (squiggle, ruler, overview ruler) while the text differs
 * from the file; once the file is saved, the Problems marker that the save's check makes says the same and the
 * annotation is left out, so an error is never shown twice. The outline, content assist and the hover's declarations
 * read the last index; none of them parses text of its own. While the driver is suspended the hover asks the selected
 * frame ({@code DriverStackFrame.inspect}, {@code registerAt}), which evaluates in the engine without side effects.
 * Content assist offers a register as {@code NAME 0xOFFSET} after {@code #define} — the one place a register name is
 * written in driver code without its definition — and as its name elsewhere.
 */
package org.mmioworkbench.debug.ui;
