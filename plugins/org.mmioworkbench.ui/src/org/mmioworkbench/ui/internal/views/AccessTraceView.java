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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;

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
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
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
import org.mmioworkbench.ui.internal.views.TraceIndex.Matches;
import org.mmioworkbench.ui.internal.views.TraceIndex.Request;

/**
 * The access trace of the active session, oldest first: sequence number, simulated time, process, operation, device,
 * register (its name where the board knows it), width, value and the line of driver source whose statement made the
 * event (when a driver launch runs the driver). A virtual table over the simulator's trace window: only the rows on
 * screen are built. The filter row shows the events of one device, register or process and counts them; each view
 * remembers its filter. The search for the filter's events runs in the background ({@link TraceSearch}), looks only
 * at what the simulation did since the last refresh, and hands the view only the matching events' numbers; the count
 * says "Filtering..." while a long search runs, and a new filter supersedes it. Double-click or Enter travels back to
 * the event when a suspended driver launch in the debugger made it (the debugger's <i>Go Back to This Event</i>,
 * Ctrl+Enter, in the context menu), else opens the line that made it; <i>Open Source</i> (F3) always opens the line.
 */
public final class AccessTraceView extends ViewPart {
    /** The view's identifier. */
    public static final String ID = "org.mmioworkbench.ui.views.accessTrace";
    /** The key binding context active while the view is, for its keys (Open Source, Go Back to This Event). */
    public static final String CONTEXT_ID = "org.mmioworkbench.ui.accessTraceView";
    /** The command that opens the line of driver source that made the selected event (F3). */
    public static final String OPEN_SOURCE_COMMAND = "org.mmioworkbench.ui.openTraceEventSource";
    /**
     * The debugger's command that travels back to the selected event (Ctrl+Enter), which a double-click runs when it
     * is enabled: contributed by the debugger's UI bundle, which this view does not know but by the command's name.
     */
    public static final String GO_BACK_COMMAND = "org.mmioworkbench.debug.ui.goBackToEvent";
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
    /** The filter's search, in the background. */
    private TraceSearch search;
    /** What the search found last and the UI thread has not taken yet; a take is queued while it is not null. */
    private final AtomicReference<Matches> found = new AtomicReference<>();
    /** The rows the table asked for since the rows last moved: those whose items hold text to read again. */
    private int builtLow = Integer.MAX_VALUE;
    private int builtHigh = -1;
    /** The first row the table asked for beyond the rows (left blank); MAX_VALUE when none. */
    private int blankFrom = Integer.MAX_VALUE;
    /**
     * How many rows the table's count may change by in one task of the UI thread: GTK adds and removes a virtual
     * table's rows one by one (tens of microseconds each on a loaded machine), so a change of a whole window (65,536
     * rows, when a filter changes) is made in steps of about {@value #STEP_NANOS} ns, measured as they go: adding
     * and removing apart, as removing costs GTK more.
     */
    private int addPerStep = 1024;
    private int removePerStep = 1024;
    private static final long STEP_NANOS = 12_000_000L;
    private static final int MIN_STEP_ROWS = 256;
    private static final int MAX_STEP_ROWS = 4096;
    /** True while the next step of the table's count is queued on the UI thread. */
    private boolean stepPosted;

    /** The table as it was before the rows changed: the count, whether the newest row was in view, the selection. */
    private record ShownBefore(int count, boolean atEnd, long[] selected) {
    }
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
        // several rows (two events' register states are compared); GTK removes the rows of such a table more slowly
        // (SWT's bug 499850), which the row-count steps, timed as they go, absorb (package-info)
        viewer = new TableViewer(box, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL
                | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(false);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                builtLow = Math.min(builtLow, index);
                builtHigh = Math.max(builtHigh, index);
                if (index < rows.size()) {
                    viewer.replace(row(index), index);
                } else { // a row the table still has while its count steps down: blank, read again if it comes back
                    blankFrom = Math.min(blankFrom, index);
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
        viewer.addOpenListener(e -> open());
        createContextMenu();
        getSite().setSelectionProvider(viewer);
        getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
        Display display = parent.getDisplay();
        search = new TraceSearch(m -> {
            if (found.getAndSet(m) == null && !display.isDisposed()) {
                display.asyncExec(this::showFound);
            }
        });
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
        goToSource = new Action("Open &Source") {
            @Override
            public void run() {
                goToSource();
            }
        };
        goToSource.setToolTipText("Opens the line whose statement made the event (F3; double-click or Enter when no"
                + " suspended driver launch can go back to the event)");
        goToSource.setActionDefinitionId(OPEN_SOURCE_COMMAND); // the menu shows its key
        getSite().getService(IHandlerService.class).activateHandler(OPEN_SOURCE_COMMAND,
                new org.eclipse.jface.commands.ActionHandler(goToSource));
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

    /**
     * What a double-click and Enter do: travel back to the event when the debugger can (a suspended driver launch made
     * it: the debugger's Go Back to This Event is enabled for it), else open the line that made it.
     */
    private void open() {
        if (selectedRow() == null) {
            return;
        }
        ICommandService commands = getSite().getService(ICommandService.class);
        Command goBack = commands == null ? null : commands.getCommand(GO_BACK_COMMAND);
        if (goBack != null && goBack.isDefined()) {
            try {
                getSite().getService(IHandlerService.class).executeCommand(GO_BACK_COMMAND, null);
                return;
            } catch (NotEnabledException | NotHandledException e) {
                // no debugger drives this event's session, or it is running: the line instead
            } catch (ExecutionException | NotDefinedException e) {
                setContentDescription("Could not go back to event #" + selectedRow().event().seq() + ": "
                        + e.getMessage());
                return;
            }
        }
        goToSource();
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
     * simulator's lock). Without a filter the rows are the trace window, at once; with one, the window is handed to
     * the background search, whose result {@link #showFound} shows when it comes.
     */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        SimulationSession session = tracker.active().orElse(null);
        Simulator sim = session == null ? null : session.simulator();
        long rewind = tracker.takeRewind();
        ShownBefore now = shownNow();
        if (session != shown) {
            shown = session;
            fillChoices(sim);
        }
        Request[] request = new Request[1];
        if (sim == null) {
            rows.update(null, null, List.of(), 0, Long.MAX_VALUE);
        } else {
            sim.inspect(() -> {
                request[0] = rows.update(sim, sim.board(), sim.trace(), sim.traceLength(), rewind);
                fillProcessChoices(sim);
            });
        }
        if (request[0] != null) {
            search.submit(request[0]);
        }
        showRows(now);
        describe(session);
    }

    /** Shows what the search found last, unless a newer filter or session superseded it; on the UI thread. */
    private void showFound() {
        Matches m = found.getAndSet(null);
        if (m == null || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        ShownBefore now = shownNow();
        if (rows.accept(m)) {
            showRows(now);
            describe(shown);
        }
    }

    private ShownBefore shownNow() {
        Table table = viewer.getTable();
        return new ShownBefore(table.getItemCount(), newestInView(), selectedSeqs(table));
    }

    /** @return whether the newest row the table shows is in view (or there is none) */
    private boolean newestInView() {
        Table table = viewer.getTable();
        int shownRows = Math.min(rows.size(), table.getItemCount());
        return shownRows == 0 || lastVisibleRow(table) >= shownRows - 1;
    }

    private long[] selectedSeqs(Table table) {
        return Arrays.stream(table.getSelectionIndices()).filter(i -> i < rows.size() && i < table.getItemCount())
                .mapToLong(i -> rows.get(i).seq()).toArray();
    }

    /**
     * Gives the table the rows' count (a change costs GTK time per row added or removed, none when it stays), reads
     * again only the rows it built since the rows last moved (those on screen, or scrolled past), and keeps the
     * selection and the newest row in view. Rows only added at the end need none of that but the count.
     *
     * @param before the table before the rows changed
     */
    private void showRows(ShownBefore before) {
        Table table = viewer.getTable();
        int count = rows.size();
        boolean shifted = rows.takeShifted();
        if (!shifted && count == before.count() && blankFrom == Integer.MAX_VALUE) {
            return;
        }
        int[] again = null;
        if (shifted) {
            int high = Math.min(builtHigh, table.getItemCount() - 1);
            if (builtLow <= high) {
                table.clear(builtLow, high);
            }
            builtLow = Integer.MAX_VALUE;
            builtHigh = -1;
            blankFrom = Integer.MAX_VALUE;
            table.deselectAll();
            again = Arrays.stream(before.selected()).mapToInt(rows::rowOf).filter(i -> i >= 0).toArray();
            table.select(again);
        } else if (blankFrom < count) { // rows left blank while the count stepped down are rows again
            int high = Math.min(builtHigh, table.getItemCount() - 1);
            if (blankFrom <= high) {
                table.clear(blankFrom, high);
            }
            blankFrom = Integer.MAX_VALUE;
        }
        stepCount();
        boolean selected = again != null ? again.length > 0 : table.getSelectionCount() > 0;
        if (before.atEnd() && !selected) {
            showNewest();
        }
    }

    private void showNewest() {
        Table table = viewer.getTable();
        int shownRows = Math.min(rows.size(), table.getItemCount());
        if (shownRows > 0) {
            table.showItem(table.getItem(shownRows - 1));
        }
    }

    /**
     * Changes the table's row count towards the rows' by at most {@link #addPerStep} or {@link #removePerStep}, and
     * queues the next step on
     * the UI thread when that was not all, so no task of the UI thread keeps it much longer than {@value #STEP_NANOS}
     * ns; the newest row stays in view while the count grows if it was when the change began.
     */
    private void stepCount() {
        Table table = viewer.getTable();
        int target = rows.size();
        int now = table.getItemCount();
        if (now == target) {
            return;
        }
        boolean adding = now < target;
        int step = adding ? addPerStep : removePerStep;
        int next = adding ? (int) Math.min(target, (long) now + step) : Math.max(target, now - step);
        long start = System.nanoTime();
        viewer.setItemCount(next);
        long took = System.nanoTime() - start;
        // the next step as long as this one would have had to be, never more than twice as long: GTK's cost per row
        // varies with the load of the machine
        long fit = STEP_NANOS * Math.abs(next - now) / Math.max(1, took);
        int nextStep = (int) Math.max(MIN_STEP_ROWS, Math.min(Math.min(MAX_STEP_ROWS, 2L * step), fit));
        if (adding) {
            addPerStep = nextStep;
        } else {
            removePerStep = nextStep;
        }
        if (next != target && !stepPosted) {
            stepPosted = true;
            table.getDisplay().asyncExec(() -> {
                stepPosted = false;
                if (viewer.getControl().isDisposed()) {
                    return;
                }
                boolean follow = newestInView() && table.getSelectionCount() == 0;
                stepCount();
                if (follow) {
                    showNewest();
                }
            });
        }
    }

    /**
     * Tells whether the view is still searching the trace window for its filter's events.
     *
     * @return true until every event of the last window asked for was looked at and its rows are shown
     */
    public boolean isSearching() {
        return rows.searching() || found.get() != null;
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
        String counted;
        if (rows.filter().isNone()) {
            counted = String.format(Locale.ROOT, "%,d events", kept);
        } else if (rows.filtering()) {
            counted = String.format(Locale.ROOT, "Filtering\u2026 %,d of %,d events, %,d found", rows.lookedAt(), kept,
                    rows.size());
        } else {
            counted = String.format(Locale.ROOT, "%,d of %,d events", rows.size(), kept);
        }
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
        if (search != null) {
            search.cancel();
        }
        super.dispose();
    }
}
