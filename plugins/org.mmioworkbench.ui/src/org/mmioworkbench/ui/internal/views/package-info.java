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
 */
package org.mmioworkbench.ui.internal.views;
