/**
 * The MMIO views (Region Map, Handles, Register Editor, Diagnostics, Access Trace) and the MMIO perspective. Every
 * view observes a {@link org.mmioworkbench.core.session.SimulationSession} of the core's registry through an
 * {@code ActiveSessionTracker} (the session selected in the Debug view, else the last started) and re-renders at most
 * once per refresh period, so a driver running at full speed never floods the UI thread; no view holds simulation
 * state. Decisions of the Access Trace view:
 * <ul>
 * <li><b>A virtual table over the trace window.</b> The simulator's {@code trace()} is an immutable view made in O(1)
 * whose events are built when read; the table asks only for the rows on screen. Without a filter the rows are that
 * view by position. A restore (going back) is told by the tracker ({@code takeRewind()}): the rows past that point
 * belong to another timeline.</li>
 * <li><b>The filter's search runs in the background, never on the UI thread.</b> Measured: searched in slices on the
 * UI thread, a filter on a driver running freely kept the UI thread waiting 375 to 428 ms (target: never over
 * 100 ms). Now a refresh only takes the window (O(1), under the simulator's lock, as every read of the session) and
 * hands it to the view's {@code TraceSearch}, a system job (its progress is the count's "Filtering..." text, not the
 * Progress view, which a running driver would fill with a job every refresh). The job keeps a {@code TraceIndex}:
 * the matching events' sequence numbers only, kept as the trace appends (only the new events are looked at), slides
 * (the numbers before the window are dropped) and goes back (those past the point are dropped). Requests coalesce
 * (the latest window, going back as far as any went), and a pending one stops the search at its next stride: a new
 * filter supersedes the running search, new events join it. Only an immutable result (the numbers, the window they
 * are read from) reaches the UI thread, where a result of another filter or session is ignored.</li>
 * <li><b>The table's row count changes in steps.</b> GTK adds and removes a virtual table's rows one by one (5 to 15
 * microseconds each measured on an idle table, several times that on a loaded machine), so going from a window of
 * rows to none after a filter change took up to 1.7 s in one task. The count now moves by as many rows as fit in
 * about 12 ms (measured as it goes), one task of the UI thread per step; rows only appended need nothing else, and
 * rows that moved (the window slid, a new filter) are read again only where the table built them ({@code clear} of
 * that range, never {@code clearAll}). The table selects several rows, since comparing the register state at two
 * events takes two; GTK removes rows more slowly from a table that can select several (SWT bug 499850), which the
 * step, sized by the removal speed measured as it goes, absorbs: a step still takes about 12 ms of the UI thread,
 * only the whole change takes longer. The commands on one event act on the first selected.</li>
 * <li><b>Typed filter.</b> Device, register and process are matched with {@code TraceEvent}'s accessors and the
 * board's device windows (a kernel call on a device's range is the device's), never the event's text.</li>
 * <li><b>Source lines through the session.</b> The line of each event comes from the session's
 * {@link org.mmioworkbench.core.TraceOrigins}, which a driver launch's debug engine attaches; the view knows no
 * debugger.</li>
 * <li><b>Double-click travels back to the event while a debugger can, else opens its line.</b> The issue asks for
 * "double-click to travel back to that event": in a trace of a suspended debug session, going back is what a row is
 * for, and Enter does what a double-click does, as everywhere in Eclipse. The view knows no debugger: it runs the
 * debugger's command ({@code org.mmioworkbench.debug.ui.goBackToEvent}, contributed by the debugger's UI bundle,
 * which reaches the launch through the row's adapters {@code TraceEvent} and {@code SimulationSession}) when that
 * command is enabled for the selected row (a suspended driver launch made the event), and opens the line otherwise
 * (a plain run, a running driver, a driver that ended). The context menu names both with their keys: <i>Open
 * Source</i> (F3, as Open Declaration in the editors) always opens the line and leaves the program where it is;
 * <i>Go Back to This Event</i> (Ctrl+Enter) always goes back.</li>
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
