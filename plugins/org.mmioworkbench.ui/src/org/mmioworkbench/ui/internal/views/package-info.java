/**
 * The MMIO views (Region Map, Handles, Register Editor, Diagnostics, Access Trace) and the MMIO perspective. Every
 * view observes a {@link org.mmioworkbench.core.session.SimulationSession} of the core's registry through an
 * {@code ActiveSessionTracker} (the session selected in the Debug view, else the last started) and re-renders at most
 * once per refresh period, so a driver running at full speed never floods the UI thread; no view holds simulation
 * state. Decisions of the Access Trace view:
 * <ul>
 * <li><b>A virtual table over the trace window.</b> The simulator's {@code trace()} is an immutable view made in O(1)
 * whose events are built when read; the table asks only for the rows on screen. Without a filter the rows are that
 * view by position; with one, {@code TraceRows} keeps the matching events' sequence numbers only and, at each
 * refresh, looks at the events recorded since the last one (at most the window), so a refresh costs what the
 * simulation did meanwhile. A restore (going back) is told by the tracker ({@code takeRewind()}): the matches past
 * that point belong to another timeline and are dropped.</li>
 * <li><b>Typed filter.</b> Device, register and process are matched with {@code TraceEvent}'s accessors and the
 * board's device windows (a kernel call on a device's range is the device's), never the event's text.</li>
 * <li><b>Source lines through the session.</b> The line of each event comes from the session's
 * {@link org.mmioworkbench.core.TraceOrigins}, which a driver launch's debug engine attaches; the view knows no
 * debugger.</li>
 * <li><b>Double-click opens the source line</b> (as in the Diagnostics, Problems and Search views), because it is
 * harmless and works for every event with a line, also of a driver that ended. Going back to an event changes the
 * program's state, so it is an explicit command: <i>Go Back to This Event</i> in the context menu and Ctrl+Enter,
 * contributed by the debugger's UI bundle, which reaches the launch through the row's adapters
 * ({@code TraceEvent}, {@code SimulationSession}).</li>
 * <li><b>The filter persists per view</b> in the instance preferences (keyed by the view's secondary id), so it
 * survives closing the view and restarting the workbench.</li>
 * </ul>
 * Decisions of the Register Editor's number formats and bit view:
 * <ul>
 * <li><b>A format per row, inherited.</b> The toolbar's Hex / Dec / Bin / &plusmn;Dec is the view's default; the
 * context menu's Number Format gives the selected device, cluster, register or field a format of its own, and the
 * rows below inherit it unless they have their own (the core's {@code NumberFormats}, so the rules are the model's,
 * not the view's). "Default" names what the row would inherit and from where. Binary is {@code 0b} and every bit
 * of the width in groups of four separated by {@code _}, as the core formats it everywhere; the Value column is
 * widened to the widest register of the board in every format in use, and a value's tooltip shows it in all four
 * formats.</li>
 * <li><b>Remembered per board</b>, by the board's name, in the instance preferences
 * ({@code registerEditor.numberFormats.BOARD}, saved at once): a board is what a user's choices are about (the same
 * registers in every session of it), and keys of rows ({@code UART0/UARTCR}) are the same in every session. A
 * second Register Editor on the same board follows a change through the preference's change event.</li>
 * <li><b>Undoable</b> with the workbench's operation history (Edit &gt; Undo Number Format of X, Ctrl+Z while the
 * view is active), in the view's own undo context: a format change is an edit of the view's state a user may make
 * by mistake on the wrong row. Writes to registers are not undoable (the device acted on them) and are not in the
 * history, so Ctrl+Z never pretends to take back a write.</li>
 * <li><b>The bit view is a pane under the tree, not a view of its own.</b> It shows the row selected in this tree
 * and nowhere else, writes through the same {@code RegisterWriter} and reports in the same status line; as a view
 * of its own it would have to find a Register Editor to follow, and a user would have to open it and arrange it
 * before seeing a bit. It costs a few rows of the tree, so the view menu's Show Bit View hides it (remembered). The
 * pane draws bits on a canvas (a table of 32 or 64 one-character columns with names under runs of columns is not
 * what SWT's tables do), most significant bit on the left as data sheets draw registers, with names written
 * downwards under bits too narrow for them. What a click does is the core's decision ({@code RegisterBits.Action}):
 * toggle, clear a write-1-to-clear field, or refuse a read-only or write-only bit with a message.</li>
 * </ul>
 */
package org.mmioworkbench.ui.internal.views;
