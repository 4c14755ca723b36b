package org.mmioworkbench.ui.internal.views;

import java.io.File;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.SourceLine;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.ui.internal.HelpContexts;

/**
 * The kernel's diagnostics of the active session, newest last: simulated time, kind, the processes involved, the
 * line of driver source that caused it (when a driver launch ran it) and the message. Double-click or Enter on a row
 * with a source line opens the file at that line. Shows the diagnostics the simulator keeps (the last 1,024 by
 * default) and says how many earlier ones it dropped.
 */
public final class DiagnosticsView extends ViewPart {
    /** The view's identifier. */
    public static final String ID = "org.mmioworkbench.ui.views.diagnostics";

    private TableViewer viewer;
    private ActiveSessionTracker tracker;
    private Simulator shown;
    private long shownCount = -1;

    @Override
    public void createPartControl(Composite parent) {
        HelpContexts.set(parent, HelpContexts.DIAGNOSTICS_VIEW);
        Composite box = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        box.setLayout(layout);
        viewer = new TableViewer(box, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, "Time", 12, d -> String.format("%,d ns", d.timeNanos()));
        column(layout, "Kind", 18, d -> d.kind().name());
        column(layout, "Process", 14, d -> String.join(", ", d.actors()));
        column(layout, "Source", 16, d -> d.origin() == null ? "" : new File(d.origin().file()).getName() + ":"
                + d.origin().line());
        column(layout, "Message", 60, Diagnostic::message);
        viewer.addOpenListener(e -> {
            if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Diagnostic d) {
                open(d.origin());
            }
        });
        getSite().setSelectionProvider(viewer);
        tracker = new ActiveSessionTracker(SessionRegistry.getDefault(), getSite().getWorkbenchWindow(),
                this::refresh);
        refresh();
    }

    private void column(TableColumnLayout layout, String title, int weight,
            java.util.function.Function<Diagnostic, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Diagnostic d ? text.apply(d) : "";
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof Diagnostic d ? d.toString() : null;
            }
        });
        layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 60));
    }

    /** Shows the active session's diagnostics, if they changed; on the UI thread. */
    void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Optional<SimulationSession> active = tracker.active();
        Simulator sim = active.map(SimulationSession::simulator).orElse(null);
        long count = sim == null ? 0 : sim.diagnosticCount();
        if (sim == shown && count == shownCount) {
            return;
        }
        List<Diagnostic> kept = sim == null ? List.of() : sim.diagnostics();
        viewer.setInput(kept.toArray());
        if (!kept.isEmpty()) {
            viewer.reveal(kept.get(kept.size() - 1));
        }
        shown = sim;
        shownCount = count;
        if (active.isEmpty()) {
            setContentDescription("No simulation session.");
        } else {
            long dropped = count - kept.size();
            setContentDescription(String.format("Session '%s': %d diagnostic(s)%s. Double-click one with a source"
                    + " line to open it.", active.get().name(), count,
                    dropped > 0 ? ", the first " + dropped + " no longer kept" : ""));
        }
    }

    /** Opens a source line in an editor: the workspace's file, else the file on disk. */
    private void open(SourceLine at) {
        if (at == null) {
            return;
        }
        String error = SourceEditors.open(getSite().getPage(), at);
        if (error != null) {
            setContentDescription(error);
        }
    }

    /** The table, for tests. */
    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        tracker.dispose();
        super.dispose();
    }
}
