package org.mmioworkbench.ui.internal.views;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;
import org.mmioworkbench.core.ProcessInfo;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.SourceLine;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.devices.RegisterFileDevice;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.ui.internal.HelpContexts;
import org.mmioworkbench.ui.internal.preferences.MmioPreferences;

/**
 * The access trace of the active session, oldest first: sequence number, simulated time, process, operation, device,
 * register (its name where the board knows it), width, value and the line of driver source whose statement made the
 * event (when a driver launch runs the driver). A virtual table over the simulator's trace window: only the rows on
 * screen are built, and a refresh looks only at what the simulation did since the last one, so it stays fast with
 * the whole window. The filter row shows the events of one device, register or process and counts them; each view
 * remembers its filter. Double-click or Enter opens the source line (also <i>Go to Source</i> in the context menu);
 * the driver debugger adds <i>Go Back to This Event</i> (Ctrl+Enter) to the context menu.
 */
public final class AccessTraceView extends ViewPart {
    /** The view's identifier. */
    public static final String ID = "org.mmioworkbench.ui.views.accessTrace";
    /** The key binding context active while the view is, for its keys (Go Back to This Event). */
    public static final String CONTEXT_ID = "org.mmioworkbench.ui.accessTraceView";
    /** The column of the sequence number. */
    public static final int SEQ = 0;
    /** The column of the register. */
    public static final int REGISTER = 5;
    /** The column of the value. */
    public static final int VALUE = 7;
    /** The column of the source line. */
    public static final int SOURCE = 8;

    static final String ANY_DEVICE = "All devices";
    static final String ANY_REGISTER = "All registers";
    static final String ANY_PROCESS = "All processes";

    private TableViewer viewer;
    private Combo deviceCombo;
    private Combo registerCombo;
    private Combo processCombo;
    private Label countLabel;
    private Action goToSource;
    private ActiveSessionTracker tracker;
    private final TraceRows rows = new TraceRows();
    private SimulationSession shown;
    /** True while a slice of the search for the filter's events is queued on the UI thread. */
    private boolean slicePosted;
    /**
     * While a search runs, the table keeps the rows it showed before it (changing the table's row count costs GTK
     * time per row, so it changes once, when the search ends): the count, whether the newest row was in view, and the
     * selected events, as they were when the search began; null when no search runs.
     */
    private ShownBefore before;

    private record ShownBefore(int count, boolean atEnd, long[] selected) {
    }
    /** How long one slice of that search may keep the UI thread. */
    private static final long SLICE_NANOS = 8_000_000L;
    /** The registers' qualified names, in the order of the register choices after "All registers". */
    private final List<String> registerNames = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        HelpContexts.set(parent, HelpContexts.ACCESS_TRACE_VIEW);
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(root);
        createFilterRow(root);
        Composite box = new Composite(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(box);
        TableColumnLayout layout = new TableColumnLayout();
        box.setLayout(layout);
        viewer = new TableViewer(box, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL
                | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(false);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (index < rows.size()) {
                    viewer.replace(row(index), index);
                }
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
                // the rows are the view's own
            }
        });
        column(layout, "#", 6, 55, e -> Long.toString(e.seq()));
        column(layout, "Time", 9, 90, e -> String.format(Locale.ROOT, "%,d ns", e.timeNanos()));
        column(layout, "Process", 11, 90, TraceEvent::actor);
        column(layout, "Operation", 13, 120, TraceEvent::operation);
        column(layout, "Device", 7, 60, TraceEvent::device);
        column(layout, "Register", 13, 120, AccessTraceView::registerText);
        column(layout, "Width", 4, 45, e -> e.widthBits() == 0 ? "" : Integer.toString(e.widthBits()));
        column(layout, "Value", 12, 90, AccessTraceView::valueText);
        TableViewerColumn source = new TableViewerColumn(viewer, SWT.NONE);
        source.getColumn().setText("Source");
        source.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof TraceRow r && r.origin() != null
                        ? new File(r.origin().file()).getName() + ":" + r.origin().line() : "";
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof TraceRow r && r.origin() != null ? r.origin().toString() : null;
            }
        });
        layout.setColumnData(source.getColumn(), new ColumnWeightData(14, 130));
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setInput(rows);
        viewer.addOpenListener(e -> goToSource());
        createContextMenu();
        getSite().setSelectionProvider(viewer);
        getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
        TraceFilter saved = readFilter();
        rows.setFilter(saved);
        tracker = new ActiveSessionTracker(SessionRegistry.getDefault(), getSite().getWorkbenchWindow(),
                this::refresh);
        refresh();
    }

    private void createFilterRow(Composite root) {
        Composite bar = new Composite(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        RowLayout wrapping = new RowLayout(SWT.HORIZONTAL); // a narrow view wraps the choices, never cuts them off
        wrapping.center = true;
        wrapping.spacing = 12;
        wrapping.marginTop = 2;
        wrapping.marginBottom = 2;
        bar.setLayout(wrapping);
        deviceCombo = combo(bar, "&Device:", "Shows the events of one device: its register accesses, interrupts and"
                + " the kernel calls on its window");
        registerCombo = combo(bar, "Re&gister:", "Shows the accesses of one register of the chosen device");
        processCombo = combo(bar, "P&rocess:", "Shows the events one process made (or the kernel, or the simulator)");
        countLabel = new Label(bar, SWT.NONE);
        deviceCombo.addListener(SWT.Selection, e -> {
            fillRegisterChoices(null);
            applyFilter();
        });
        registerCombo.addListener(SWT.Selection, e -> applyFilter());
        processCombo.addListener(SWT.Selection, e -> applyFilter());
    }

    private static Combo combo(Composite bar, String label, String tip) {
        Composite pair = new Composite(bar, SWT.NONE); // a label and its choice wrap together
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(pair);
        Label l = new Label(pair, SWT.NONE);
        l.setText(label);
        Combo c = new Combo(pair, SWT.READ_ONLY | SWT.DROP_DOWN);
        c.setToolTipText(tip);
        c.setVisibleItemCount(20);
        GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(c);
        return c;
    }

    private void column(TableColumnLayout layout, String title, int weight, int minimumWidth,
            Function<TraceEvent, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof TraceRow r ? text.apply(r.event()) : "";
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof TraceRow r ? r.event().toString() : null;
            }
        });
        layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, minimumWidth));
    }

    private void createContextMenu() {
        goToSource = new Action("Go to &Source") {
            @Override
            public void run() {
                goToSource();
            }
        };
        goToSource.setToolTipText("Opens the line whose statement made the event (double-click or Enter)");
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(goToSource);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.addMenuListener(m -> goToSource.setEnabled(selectedRow() != null && selectedRow().origin() != null));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    /** The event's register: its name where the board knows it, else the physical address of a register access. */
    static String registerText(TraceEvent e) {
        String name = e.register();
        if (!name.isEmpty() || !e.isRegisterAccess()) {
            return name;
        }
        OptionalLong at = e.physicalAddress();
        return at.isPresent() ? String.format(Locale.ROOT, "0x%08x", at.getAsLong()) : "";
    }

    /** The value read or written, in hex as wide as the access; a call's outcome; a buffer's values. */
    static String valueText(TraceEvent e) {
        OptionalLong v = e.accessValue();
        if (v.isPresent()) {
            return String.format(Locale.ROOT, "0x%0" + Math.max(1, e.widthBits() / 4) + "x", v.getAsLong());
        }
        return e.isRegisterAccess() && e.isWrite() ? e.arguments() : e.result();
    }

    private TraceRow row(int index) {
        TraceEvent e = rows.get(index);
        SimulationSession session = shown;
        SourceLine origin = session == null ? null
                : session.traceOrigins().flatMap(o -> o.originOf(e.seq())).orElse(null);
        return new TraceRow(session, e, origin);
    }

    private TraceRow selectedRow() {
        return viewer.getStructuredSelection().getFirstElement() instanceof TraceRow r ? r : null;
    }

    private void goToSource() {
        TraceRow r = selectedRow();
        if (r == null) {
            return;
        }
        if (r.origin() == null) {
            setContentDescription("Event #" + r.event().seq() + " was made by no line of driver source the"
                    + " session knows (the kernel, the simulator, a view, or a session that runs no driver).");
            return;
        }
        String error = SourceEditors.open(getSite().getPage(), r.origin());
        if (error != null) {
            setContentDescription(error);
        }
    }

    // ------------------------------------------------------------------ the filter

    private String preferenceKey(String part) {
        String secondary = getViewSite().getSecondaryId();
        return "accessTrace." + (secondary == null ? "" : secondary + ".") + part;
    }

    private TraceFilter readFilter() {
        IPreferenceStore store = MmioPreferences.store();
        return new TraceFilter(store.getString(preferenceKey("device")), store.getString(preferenceKey("register")),
                store.getString(preferenceKey("process")));
    }

    private void saveFilter(TraceFilter f) {
        IPreferenceStore store = MmioPreferences.store();
        store.setValue(preferenceKey("device"), Objects.toString(f.device(), ""));
        store.setValue(preferenceKey("register"), Objects.toString(f.register(), ""));
        store.setValue(preferenceKey("process"), Objects.toString(f.process(), ""));
    }

    private TraceFilter filterOfChoices() {
        int d = deviceCombo.getSelectionIndex();
        int r = registerCombo.getSelectionIndex();
        int p = processCombo.getSelectionIndex();
        return new TraceFilter(d <= 0 ? null : deviceCombo.getItem(d),
                r <= 0 || r > registerNames.size() ? null : registerNames.get(r - 1),
                p <= 0 ? null : processCombo.getItem(p));
    }

    private void applyFilter() {
        TraceFilter f = filterOfChoices();
        saveFilter(f);
        rows.setFilter(f);
        refresh();
    }

    /** Fills the device and process choices from the session, keeping the filter's own values among them. */
    private void fillChoices(Simulator sim) {
        TraceFilter f = rows.filter();
        Set<String> devices = new LinkedHashSet<>();
        if (sim != null) {
            sim.board().devices().forEach(d -> devices.add(d.name()));
        }
        if (f.device() != null) {
            devices.add(f.device());
        }
        setChoices(deviceCombo, ANY_DEVICE, new ArrayList<>(devices), f.device());
        fillRegisterChoices(f.register());
        fillProcessChoices(sim);
    }

    private void fillRegisterChoices(String selected) {
        registerNames.clear();
        int d = deviceCombo.getSelectionIndex();
        String device = d <= 0 ? null : deviceCombo.getItem(d);
        List<String> labels = new ArrayList<>();
        Simulator sim = shown == null ? null : shown.simulator();
        if (device != null && sim != null) {
            for (Register r : sim.device(device, RegisterFileDevice.class).map(x -> x.registers().registers())
                    .orElse(List.of())) {
                registerNames.add(r.qualifiedName());
                labels.add(r.name());
            }
        }
        if (selected != null && !registerNames.contains(selected)) {
            registerNames.add(selected);
            labels.add(selected);
        }
        String label = selected == null ? null : labels.get(registerNames.indexOf(selected));
        setChoices(registerCombo, ANY_REGISTER, labels, label);
        registerCombo.setEnabled(!labels.isEmpty());
    }

    private void fillProcessChoices(Simulator sim) {
        Set<String> names = new LinkedHashSet<>();
        if (sim != null) {
            for (ProcessInfo p : sim.processes()) {
                names.add(p.name());
            }
        }
        names.add("kernel");
        names.add("simulator");
        String selected = rows.filter().process();
        if (selected != null) {
            names.add(selected);
        }
        List<String> items = new ArrayList<>(names);
        if (!items.equals(Arrays.asList(processCombo.getItems()).subList(Math.min(1, processCombo.getItemCount()),
                processCombo.getItemCount()))) {
            setChoices(processCombo, ANY_PROCESS, items, selected);
        }
    }

    private static void setChoices(Combo combo, String any, List<String> items, String selected) {
        List<String> all = new ArrayList<>();
        all.add(any);
        all.addAll(items);
        combo.setItems(all.toArray(String[]::new));
        combo.select(selected == null ? 0 : Math.max(0, all.indexOf(selected)));
    }

    // ------------------------------------------------------------------ refresh

    /**
     * Shows what the active session's trace holds now; on the UI thread (the refresh throttle calls it, under the
     * simulator's lock). With a filter, the events recorded since the last refresh are searched afterwards, in slices
     * of at most {@value #SLICE_NANOS} ns queued on the UI thread, without the simulator's lock.
     */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        SimulationSession session = tracker.active().orElse(null);
        Simulator sim = session == null ? null : session.simulator();
        long rewind = tracker.takeRewind();
        Table table = viewer.getTable();
        ShownBefore now = before != null ? before : new ShownBefore(table.getItemCount(), table.getItemCount() == 0
                || lastVisibleRow(table) >= table.getItemCount() - 1, selectedSeqs(table));
        if (session != shown) {
            shown = session;
            fillChoices(sim);
        }
        if (sim == null) {
            rows.update(null, null, List.of(), 0, Long.MAX_VALUE);
        } else {
            sim.inspect(() -> {
                rows.update(sim, sim.board(), sim.trace(), sim.traceLength(), rewind);
                fillProcessChoices(sim);
            });
        }
        if (rows.searching()) {
            before = now;
            if (!slicePosted) {
                slicePosted = true;
                table.getDisplay().asyncExec(this::searchSlice);
            }
        } else {
            before = null;
            showRows(now);
        }
        describe(session);
    }

    private long[] selectedSeqs(Table table) {
        return Arrays.stream(table.getSelectionIndices()).filter(i -> i < rows.size())
                .mapToLong(i -> rows.get(i).seq()).toArray();
    }

    /** Searches the next slice of the events for the filter's, outside the simulator's lock, and shows the rows. */
    private void searchSlice() {
        slicePosted = false;
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Table table = viewer.getTable();
        if (!rows.scan(System.nanoTime() + SLICE_NANOS)) {
            slicePosted = true;
            table.getDisplay().asyncExec(this::searchSlice);
        } else if (before != null) {
            showRows(before);
            before = null;
        }
        describe(shown);
    }

    /** Gives the table the rows' count, reads the rows on screen again if they moved, keeps the selection. */
    private void showRows(ShownBefore shownBefore) {
        Table table = viewer.getTable();
        int count = rows.size();
        boolean shifted = rows.takeShifted();
        boolean atEnd = shownBefore.atEnd();
        long[] selected = shownBefore.selected();
        if (shifted || count != shownBefore.count()) {
            viewer.setItemCount(count);
            if (shifted) {
                table.clearAll();
            }
            table.deselectAll();
            int[] again = Arrays.stream(selected).mapToInt(rows::rowOf).filter(i -> i >= 0).toArray();
            table.select(again);
            if (atEnd && count > 0 && again.length == 0) {
                table.showItem(table.getItem(count - 1));
            }
        }
    }

    /**
     * Tells whether the view is still searching the trace window for its filter's events.
     *
     * @return true until every event of the window shown was looked at
     */
    public boolean isSearching() {
        return rows.searching();
    }

    private static int lastVisibleRow(Table table) {
        int height = table.getClientArea().height - table.getHeaderHeight();
        return table.getTopIndex() + Math.max(0, height / Math.max(1, table.getItemHeight()) - 1);
    }

    private void describe(SimulationSession session) {
        if (session == null) {
            setContentDescription("No simulation session.");
            countLabel.setText("");
            return;
        }
        // the count beside the choices; the line above says how long the trace is
        long length = rows.traceLength();
        int kept = rows.windowSize();
        setContentDescription(String.format(Locale.ROOT, "Session '%s': %,d event(s)%s.", session.name(), length,
                length > kept ? String.format(Locale.ROOT, ", the last %,d kept", kept) : ""));
        String counted = rows.filter().isNone() ? String.format(Locale.ROOT, "%,d events", kept)
                : String.format(Locale.ROOT, "%,d of %,d events%s", rows.size(), kept,
                        rows.searching() ? " (searching...)" : "");
        if (!counted.equals(countLabel.getText())) {
            countLabel.setText(counted);
            countLabel.requestLayout(); // its row only: a layout of the table would measure its columns again
        }
    }

    // ------------------------------------------------------------------ for tests

    /** @return the table */
    public TableViewer getViewer() {
        return viewer;
    }

    /** @return the device, register and process choices, in this order */
    public List<Combo> getFilterControls() {
        return List.of(deviceCombo, registerCombo, processCombo);
    }

    /** @return the line that counts the events shown */
    public Label getCountLabel() {
        return countLabel;
    }

    /** @return the selected row, or null */
    public TraceRow getSelectedRow() {
        return selectedRow();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (tracker != null) {
            tracker.dispose();
        }
        super.dispose();
    }
}
