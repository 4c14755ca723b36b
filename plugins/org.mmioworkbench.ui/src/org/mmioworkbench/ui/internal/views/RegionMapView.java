package org.mmioworkbench.ui.internal.views;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;
import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.session.DemoScenario;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.ui.internal.HelpContexts;
import org.mmioworkbench.core.inspect.RegionRows;
import org.mmioworkbench.core.inspect.RegionRow;

/**
 * The Region Map: every MMIO region of the active simulation session's physical address space, with
 * who registered it, its flags and its mapping. Observes the session; holds no simulation state.
 */
public class RegionMapView extends ViewPart {
    /** The view's id in plugin.xml. */
    public static final String ID = "org.mmioworkbench.ui.views.regionMap";
    /** System property that makes the view start the demo session when no session exists. */
    public static final String DEMO_PROPERTY = "mmioworkbench.demo";

    private static final double FOUR_GIB = 4.0 * 1024 * 1024 * 1024;

    private RegionMapCanvas canvas;
    private TableViewer viewer;
    private ActiveSessionTracker tracker;
    private Shown shown;

    @Override
    public void createPartControl(Composite parent) {
        HelpContexts.set(parent, HelpContexts.REGION_MAP_VIEW);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(top);
        canvas = new RegionMapCanvas(top, FOUR_GIB, Board.DEFAULT_PAGE_SIZE);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, canvas.computeSize(SWT.DEFAULT, SWT.DEFAULT).y)
                .applyTo(canvas);
        Composite tableHolder = new Composite(top, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tableHolder);
        TableColumnLayout layout = new TableColumnLayout();
        tableHolder.setLayout(layout);
        viewer = new TableViewer(tableHolder, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);

        column(layout, "Physical range", 17, RegionRow::rangeText);
        column(layout, "Device", 8, RegionRow::device);
        column(layout, "Registered by", 13, RegionRow::registeredBy);
        column(layout, "Flags", 12, RegionRow::flags);
        column(layout, "Mapped in", 10, RegionRow::mappedIn);
        column(layout, "Virtual address", 12, RegionRow::virtualAddress);
        column(layout, "Prot", 16, RegionRow::prot);
        column(layout, "Cache", 16, RegionRow::cache);

        getSite().setSelectionProvider(viewer);
        canvas.onSelect(row -> {
            viewer.setSelection(new StructuredSelection(row), true);
        });
        viewer.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            canvas.select((RegionRow) first, false);
            if (first instanceof RegionRow row) {
                showInOtherViews(row);
            }
        });
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        Action showAll = new Action("Show Whole Address Space (Home)") {
            @Override
            public void run() {
                canvas.viewport().showAll();
                canvas.redraw();
            }
        };
        showAll.setImageDescriptor(ImageDescriptor.createFromURL(
                RegionMapView.class.getResource("/icons/show_all.png")));
        toolBar.add(showAll);
        tracker = new ActiveSessionTracker(SessionRegistry.getDefault(), getSite().getWorkbenchWindow(), this::refresh);
        if (Boolean.getBoolean(DEMO_PROPERTY) && SessionRegistry.getDefault().sessions().isEmpty()) {
            DemoScenario.start(SessionRegistry.getDefault());
        }
        refresh();
    }

    private void column(TableColumnLayout layout, String title, int weight, Function<RegionRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setMoveable(true);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60, true));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RegionRow) element);
            }

            @Override
            public Color getBackground(Object element) {
                return background(((RegionRow) element).kind());
            }

            @Override
            public String getToolTipText(Object element) {
                return tooltip((RegionRow) element);
            }
        });
    }

    /** Selects the region's handles in the Handles view and its device in the Register Editor, if open. */
    private void showInOtherViews(RegionRow row) {
        if (getSite().getPage().findView(HandlesView.ID) instanceof HandlesView handles) {
            handles.selectHandlesOf(row);
        }
        if (getSite().getPage().findView(RegisterEditorView.ID) instanceof RegisterEditorView registers) {
            registers.selectDeviceOf(row);
        }
    }

    /** Re-reads the active session and shows it; runs on the UI thread. */
    void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Optional<SimulationSession> active = tracker.active();
        if (active.isEmpty()) {
            shown = null;
            setContentDescription("No simulation session. Start one with Window > Start Demo Session (Alt+Shift+Q D).");
            viewer.setInput(List.of());
            canvas.setContent(List.of(), List.of());
            return;
        }
        SimulationSession session = active.get();
        Simulator simulator = session.simulator();
        List<RegionRow> rows = RegionRows.of(simulator);
        List<Diagnostic> diagnostics = simulator.diagnostics();
        List<AddressRange> conflicts = conflicts(diagnostics);
        long registered = rows.stream().filter(r -> !r.registeredBy().isEmpty()).count();
        String description = String.format("Session '%s' on board %s: %d region(s) in use, %d diagnostic(s)",
                session.name(), session.board().name(), registered, simulator.diagnosticCount());
        Shown now = new Shown(session, description, rows, conflicts);
        if (now.equals(shown)) {
            return; // a driver busy with its registers changes nothing here: no rebuild, no repaint
        }
        shown = now;
        setContentDescription(description);
        viewer.setInput(rows);
        canvas.setDomain(domain(session.board()), session.board().pageSize());
        canvas.setContent(rows, conflicts);
    }

    /** What the view last rendered, to skip renders that would change nothing. */
    private record Shown(SimulationSession session, String description, List<RegionRow> rows,
            List<AddressRange> conflicts) {
    }

    /** @return 4 GiB, or more if the board has addresses above 4 GiB */
    private static double domain(Board board) {
        double end = FOUR_GIB;
        for (DeviceWindow window : board.devices()) {
            end = Math.max(end, (double) window.base() + window.size());
        }
        for (AddressRange ram : board.ram()) {
            end = Math.max(end, (double) ram.base() + ram.size());
        }
        return end;
    }

    /** @return the ranges of the kernel's sharing-conflict diagnostics */
    static List<AddressRange> conflicts(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> switch (d.kind()) {
            case SHARED_ACCESS_CONFLICT, PARTIAL_OVERLAP, KERNEL_OWNS_REGION, KERNEL_ACCESS_FAILED -> true;
            default -> false;
        }).map(Diagnostic::range).toList();
    }

    /** @return the drawing, for tests */
    public RegionMapCanvas getCanvas() {
        return canvas;
    }

    /** @return the table viewer, for tests and for the selection service */
    public TableViewer getViewer() {
        return viewer;
    }

    private Color background(RegionRow.Kind kind) {
        return new Color(rgb(kind));
    }

    /**
     * The colour a row of each kind gets: owner and sharing at a glance.
     *
     * @param kind the row kind
     * @return its background colour
     */
    public static RGB rgb(RegionRow.Kind kind) {
        return switch (kind) {
            case USER -> new RGB(0xD4, 0xED, 0xDA);
            case USER_SHARED -> new RGB(0xD2, 0xE3, 0xFC);
            case KERNEL_SHARED -> new RGB(0xE8, 0xDC, 0xF5);
            case KERNEL -> new RGB(0xFD, 0xE2, 0xC4);
            case FREE -> new RGB(0xFF, 0xFF, 0xFF);
            case RAM -> new RGB(0xEE, 0xEE, 0xEE);
        };
    }

    static String tooltip(RegionRow row) {
        StringBuilder text = new StringBuilder(row.rangeText()).append(" (").append(row.range().size()).append(" bytes)");
        text.append("\nDevice: ").append(row.device().isEmpty() ? "none" : row.device());
        text.append("\n").append(switch (row.kind()) {
            case USER -> "Registered by " + row.registeredBy() + " (exclusive)";
            case USER_SHARED -> "Registered with MMIO_U_SHARED by " + row.registeredBy();
            case KERNEL_SHARED -> "Used by the kernel, registered with MMIO_K_SHARED by " + row.registeredBy();
            case KERNEL -> "Used by the kernel; user code must register it with MMIO_K_SHARED";
            case FREE -> "Free: not registered";
            case RAM -> "RAM: not an MMIO region";
        });
        if (!row.mappedIn().isEmpty()) {
            text.append("\nMapped in ").append(row.mappedIn()).append(" at ").append(row.virtualAddress())
                    .append(" (").append(row.prot()).append(", ").append(row.cache()).append(')');
        }
        return text.toString();
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
