package org.mmioworkbench.ui.internal.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.ITreeViewerListener;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeExpansionEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.part.ViewPart;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.core.svd.SvdEnumeratedValue;
import org.mmioworkbench.core.svd.SvdEnumeration;
import org.mmioworkbench.ui.internal.preferences.MmioPreferences;
import org.mmioworkbench.ui.internal.HelpContexts;

/**
 * The Register Editor: the devices of the active session's board with their clusters, registers and bit
 * fields, their addresses, current values, access and reset values, and edits that write through the
 * simulator as a debugger does.
 * <ul>
 * <li><b>Lazy.</b> The tree is virtual ({@link SWT#VIRTUAL} with an {@link ILazyTreeContentProvider}):
 * rows are created when expanded and filled when scrolled into view, and a register is read only for
 * rows on screen, at most once per stop ({@link RegisterValues}), so a board with thousands of registers
 * costs what the visible rows cost.</li>
 * <li><b>Reads</b> use {@link Simulator#peek(long, int)}: no side effects, the value a driver's read
 * would return (write-only bits show as {@code write-only}).</li>
 * <li><b>Highlight.</b> Values that changed since the last stop get the {@link MmioPreferences#HIGHLIGHT_COLOR}
 * background. The last stop is the previous refresh after which the simulation had moved (see
 * {@link RegisterValues}): the view has no notion of a paused simulation yet, and refreshes are throttled
 * to {@link MmioPreferences#REFRESH_MILLIS}, so a burst of accesses is one step.</li>
 * <li><b>Edits</b> (F2, Enter or double-click on a value; Esc cancels): a one-bit field is a checkbox, a
 * field with named values a combo box, anything else text checked as it is typed. The value goes through
 * {@link Simulator#debugWrite(String, long, int, int)}, so the device's access rules apply and the trace
 * shows it; the status line says what happened ({@link RegisterWriter}).</li>
 * <li><b>Filter</b> on names, descriptions and addresses ({@code 0x...}); expansion is kept across
 * refreshes, filters and sessions of boards with the same devices.</li>
 * </ul>
 */
public class RegisterEditorView extends ViewPart {
    /** The view's id in plugin.xml. */
    public static final String ID = "org.mmioworkbench.ui.views.registerEditor";
    /** Column of names. */
    public static final int NAME = 0;
    /** Column of addresses (devices, registers) and bit ranges (fields). */
    public static final int ADDRESS = 1;
    /** Column of current values. */
    public static final int VALUE = 2;
    /** Column of access types. */
    public static final int ACCESS = 3;
    /** Column of reset values. */
    public static final int RESET = 4;
    /** Column of descriptions. */
    public static final int DESCRIPTION = 5;
    /** Id prefix of the toolbar's number format actions; the preference value ({@code hex}...) follows. */
    public static final String FORMAT_ACTION_PREFIX = "org.mmioworkbench.ui.registerEditor.format.";

    private static final int FILTER_DELAY_MILLIS = 200;
    private static final RGB WRITE_ONLY_GREY = new RGB(0x80, 0x80, 0x80);

    private Text filterText;
    private TreeViewer viewer;
    private ActiveSessionTracker tracker;
    private RegisterTree rows;
    private RegisterValues values;
    private Radix radix = Radix.HEX;
    private Color highlight;
    private Image checked;
    private Image unchecked;
    /** Keys of the rows the user expanded; kept across refreshes, filters and sessions. */
    private final Set<String> expanded = new LinkedHashSet<>();
    private boolean restoring;
    private int filterRequests;
    private String lastStatus = "";
    private RegisterWriter.Severity lastSeverity = RegisterWriter.Severity.INFO;
    private final Map<Radix, Action> formatActions = new EnumMap<>(Radix.class);
    private final IPropertyChangeListener preferenceListener = event -> {
        if (MmioPreferences.NUMBER_FORMAT.equals(event.getProperty())
                || MmioPreferences.HIGHLIGHT_COLOR.equals(event.getProperty())) {
            Display.getDefault().asyncExec(this::readPreferences);
        }
    };

    /**
     * Selects and shows the device of a region (what selecting the region in the Region Map does).
     *
     * @param row the region
     */
    void selectDeviceOf(RegionRow row) {
        Tree tree = viewer.getTree();
        List<String> devices = List.of(row.device().split(", "));
        for (TreeItem item : tree.getItems()) {
            if (devices.contains(item.getText(NAME))) {
                tree.setSelection(item);
                tree.showItem(item);
                return;
            }
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        HelpContexts.set(parent, HelpContexts.REGISTER_EDITOR_VIEW);
        checked = ImageDescriptor.createFromURL(RegisterEditorView.class.getResource("/icons/checked.png"))
                .createImage();
        unchecked = ImageDescriptor.createFromURL(RegisterEditorView.class.getResource("/icons/unchecked.png"))
                .createImage();
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(root);

        filterText = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage("Filter: name, description or address (0x...)");
        filterText.setToolTipText("Shows the registers and fields whose name or description contains the text, or"
                + " whose address starts with the digits after 0x (an offset in the device matches too)."
                + " Down arrow goes to the tree.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
        filterText.addModifyListener(e -> scheduleFilter());
        filterText.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                if (e.keyCode == SWT.ARROW_DOWN) {
                    applyFilter();
                    Tree tree = viewer.getTree();
                    tree.setFocus();
                    if (tree.getItemCount() > 0 && tree.getSelectionCount() == 0) {
                        tree.setSelection(tree.getItem(0));
                    }
                    e.doit = false;
                } else if (e.character == SWT.CR) {
                    applyFilter();
                }
            }
        });

        Composite holder = new Composite(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
        TreeColumnLayout layout = new TreeColumnLayout();
        holder.setLayout(layout);
        viewer = new TreeViewer(holder, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setUseHashlookup(true);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        viewer.setContentProvider(new LazyContent());
        column(layout, NAME, "Name", 18, "Device, cluster, register or bit field");
        column(layout, ADDRESS, "Address / offset", 16,
                "Physical address of a device or register, with the register's offset in its device; bit range of a field");
        column(layout, VALUE, "Value", 16, "What a read would return now (read without side effects). Highlighted:"
                + " changed since the last stop. F2, Enter or double-click edits; Esc cancels");
        column(layout, ACCESS, "Access", 9, "Access type from the register description (read-only bits ignore writes;"
                + " write-only bits read as 0)");
        column(layout, RESET, "Reset value", 12, "Value after reset, from the register description");
        column(layout, DESCRIPTION, "Description", 29, "Description from the register description (SVD file)");
        ColumnViewerToolTipSupport.enableFor(viewer);
        setUpEditing(tree);
        viewer.addTreeListener(new ITreeViewerListener() {
            @Override
            public void treeExpanded(TreeExpansionEvent event) {
                if (!restoring && event.getElement() instanceof RegisterNode n) {
                    expanded.add(n.key());
                }
            }

            @Override
            public void treeCollapsed(TreeExpansionEvent event) {
                if (!restoring && event.getElement() instanceof RegisterNode n) {
                    expanded.remove(n.key());
                }
            }
        });
        getSite().setSelectionProvider(viewer);

        createFormatActions();
        readPreferences();
        MmioPreferences.store().addPropertyChangeListener(preferenceListener);
        tracker = new ActiveSessionTracker(SessionRegistry.getDefault(), getSite().getWorkbenchWindow(), this::refresh);
        refresh();
    }

    private void column(TreeColumnLayout layout, int index, String title, int weight, String tooltip) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        TreeColumn c = column.getColumn();
        c.setText(title);
        c.setToolTipText(tooltip);
        c.setMoveable(true);
        layout.setColumnData(c, new ColumnWeightData(weight, 50, true));
        column.setLabelProvider(new Labels(index));
        if (index == VALUE) {
            column.setEditingSupport(new ValueEditing(viewer));
        }
    }

    private void setUpEditing(Tree tree) {
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                if (event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL) {
                    return true;
                }
                // a single click on a flag's checkbox toggles it
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        && event.getSource() instanceof ViewerCell cell && cell.getColumnIndex() == VALUE
                        && cell.getElement() instanceof RegisterNode.Field f && f.isFlag()
                        && cell.getImageBounds() != null && event.sourceEvent instanceof org.eclipse.swt.events.MouseEvent m
                        && cell.getImageBounds().contains(m.x, m.y);
            }
        };
        TreeViewerEditor.create(viewer, activation, ColumnViewerEditor.DEFAULT);
        viewer.getColumnViewerEditor().addEditorActivationListener(new ColumnViewerEditorActivationListener() {
            @Override
            public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
                // nothing
            }

            @Override
            public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
                // nothing
            }

            @Override
            public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                // nothing
            }

            @Override
            public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
                tree.getDisplay().asyncExec(RegisterEditorView.this::refreshValues);
            }
        });
        tree.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                if (e.keyCode == SWT.F2 || e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                    Object selected = viewer.getStructuredSelection().getFirstElement();
                    if (selected instanceof RegisterNode.Reg || selected instanceof RegisterNode.Field) {
                        viewer.editElement(selected, VALUE);
                        e.doit = false;
                    }
                }
            }
        });
    }

    private void createFormatActions() {
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        for (Radix r : Radix.values()) {
            String label = switch (r) {
                case HEX -> "Hex";
                case DEC -> "Dec";
                case BIN -> "Bin";
            };
            Action action = new Action(label, IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    if (isChecked() && radix != r) {
                        MmioPreferences.store().setValue(MmioPreferences.NUMBER_FORMAT, r.preference());
                        setRadix(r);
                    }
                }
            };
            action.setId(FORMAT_ACTION_PREFIX + r.preference());
            action.setToolTipText(switch (r) {
                case HEX -> "Show values in hexadecimal (0x0301)";
                case DEC -> "Show values in decimal (769)";
                case BIN -> "Show values in binary (0b0011_0000_0001)";
            });
            formatActions.put(r, action);
            toolBar.add(action);
        }
    }

    private void readPreferences() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        RGB rgb = PreferenceConverter.getColor(MmioPreferences.store(), MmioPreferences.HIGHLIGHT_COLOR);
        highlight = new Color(rgb == null || rgb.equals(PreferenceConverter.COLOR_DEFAULT_DEFAULT)
                ? MmioPreferences.DEFAULT_HIGHLIGHT : rgb);
        setRadix(Radix.of(MmioPreferences.store().getString(MmioPreferences.NUMBER_FORMAT)));
        viewer.refresh();
    }

    private void setRadix(Radix r) {
        formatActions.forEach((k, a) -> a.setChecked(k == r));
        if (r != radix) {
            radix = r;
            viewer.refresh();
            updateDescription();
        }
    }

    /** Re-reads the active session and re-renders; runs on the UI thread (the UI benchmarks time it). */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Optional<SimulationSession> active = tracker.active();
        if (active.isEmpty()) {
            rows = null;
            values = null;
            viewer.setInput(null);
        } else if (rows == null || rows.simulator() != active.get().simulator()) {
            Simulator sim = active.get().simulator();
            rows = RegisterTree.of(sim).withFilter(filterText.getText());
            values = new RegisterValues(sim);
            showRows();
        } else {
            refreshValues();
        }
        updateDescription();
    }

    private void updateDescription() {
        if (tracker == null) {
            return;
        }
        Optional<SimulationSession> active = tracker.active();
        if (active.isEmpty() || rows == null) {
            setContentDescription("No simulation session. Start one with Window > Start Demo Session (Alt+Shift+Q D).");
            return;
        }
        int registers = 0;
        for (RegisterNode.Device d : rows.devices()) {
            registers += d.registers() == null ? 0 : d.registers().registers().size();
        }
        String shown = rows.filter().isEmpty() ? ""
                : String.format(" Filter '%s': %d register(s).", rows.filter(), rows.matchedRegisters());
        setContentDescription(String.format("Session '%s' on %s: %d device(s), %d register(s) in %s;"
                + " highlighted: changed since the last stop; F2 edits.%s", active.get().name(),
                active.get().board().name(), rows.devices().size(), registers, radix.preference(), shown));
    }

    /** Shows {@link #rows} from scratch and re-opens the expanded rows. */
    private void showRows() {
        Tree tree = viewer.getTree();
        RegisterNode top = tree.getTopItem() != null && tree.getTopItem().getData() instanceof RegisterNode n ? n : null;
        RegisterNode selected = tree.getSelectionCount() == 1
                && tree.getSelection()[0].getData() instanceof RegisterNode n ? n : null;
        restoring = true;
        tree.setRedraw(false);
        try {
            viewer.setInput(rows);
            Set<RegisterNode> open = new LinkedHashSet<>();
            for (String key : expanded) {
                rows.find(key).filter(rows::isShown).ifPresent(open::add);
            }
            open.addAll(rows.rowsToOpen());
            List<RegisterNode> byDepth = new ArrayList<>(open);
            byDepth.sort(Comparator.comparingInt(RegisterEditorView::depth));
            for (RegisterNode node : byDepth) {
                TreeItem item = itemFor(node);
                if (item != null && item.getItemCount() > 0 && !item.getExpanded()
                        && (item.getParentItem() == null || item.getParentItem().getExpanded())) {
                    item.setExpanded(true);
                }
            }
            // the same rows in view and selected as before, where the filter still shows them
            TreeItem topItem = visibleItem(top);
            if (topItem != null) {
                tree.setTopItem(topItem);
            }
            TreeItem selectedItem = visibleItem(selected);
            if (selectedItem != null) {
                tree.setSelection(selectedItem);
            }
        } finally {
            tree.setRedraw(true);
            restoring = false;
        }
    }

    /** The item of a row the filter shows under expanded rows (showing it then expands nothing), or null. */
    private TreeItem visibleItem(RegisterNode node) {
        if (node == null || !rows.isShown(node)) {
            return null;
        }
        TreeItem item = itemFor(node);
        for (TreeItem p = item == null ? null : item.getParentItem(); p != null; p = p.getParentItem()) {
            if (!p.getExpanded()) {
                return null;
            }
        }
        return item;
    }

    private static int depth(RegisterNode node) {
        int d = 0;
        for (RegisterNode n = node.parent(); n != null; n = n.parent()) {
            d++;
        }
        return d;
    }

    /**
     * Finds (and fills, if virtual and not yet filled) the tree item of a row.
     *
     * @param node a row of the current tree
     * @return its item, or null if the filter hides it
     */
    private TreeItem itemFor(RegisterNode node) {
        RegisterNode parent = node.parent();
        int index = rows.children(parent).indexOf(node);
        if (index < 0) {
            return null;
        }
        TreeItem item;
        if (parent == null) {
            Tree tree = viewer.getTree();
            if (index >= tree.getItemCount()) {
                return null;
            }
            item = tree.getItem(index);
        } else {
            TreeItem parentItem = itemFor(parent);
            if (parentItem == null || index >= parentItem.getItemCount()) {
                return null;
            }
            item = parentItem.getItem(index);
        }
        if (item.getData() == null) {
            item.getText(); // a virtual item asks for its data when read
        }
        return item.getData() == node ? item : null;
    }

    private void scheduleFilter() {
        int request = ++filterRequests;
        filterText.getDisplay().timerExec(FILTER_DELAY_MILLIS, () -> {
            if (request == filterRequests) {
                applyFilter();
            }
        });
    }

    private void applyFilter() {
        if (rows == null || filterText.isDisposed()) {
            return;
        }
        RegisterTree filtered = rows.withFilter(filterText.getText());
        if (filtered != rows) {
            rows = filtered;
            showRows();
            updateDescription();
        }
    }

    /**
     * Re-reads the values of the rows on screen if the simulation moved since the last stop; runs on the
     * UI thread. Rows off screen are read when they are scrolled into view.
     */
    void refreshValues() {
        if (values == null || viewer.getControl().isDisposed() || viewer.isCellEditorActive()) {
            return;
        }
        if (values.nextStopIfMoved()) {
            updateVisibleRows();
        }
    }

    private void updateVisibleRows() {
        Tree tree = viewer.getTree();
        TreeItem item = tree.getTopItem();
        int bottom = tree.getClientArea().y + tree.getClientArea().height;
        for (int n = 0; item != null && n < 500; n++) {
            Rectangle bounds = item.getBounds();
            if (bounds.y > bottom) {
                break;
            }
            if (item.getData() instanceof RegisterNode node && !(node instanceof RegisterNode.Device)
                    && !(node instanceof RegisterNode.Cluster)) {
                Color background = background(node);
                if (!item.getText(VALUE).equals(text(node, VALUE)) || !java.util.Objects.equals(
                        item.getBackground(VALUE).getRGB(), background == null ? tree.getBackground().getRGB()
                                : background.getRGB())) {
                    viewer.update(node, null);
                }
            }
            item = nextVisible(item);
        }
    }

    private static TreeItem nextVisible(TreeItem item) {
        if (item.getExpanded() && item.getItemCount() > 0) {
            return item.getItem(0);
        }
        TreeItem current = item;
        while (current != null) {
            TreeItem parent = current.getParentItem();
            Tree tree = current.getParent();
            int index = parent == null ? tree.indexOf(current) : parent.indexOf(current);
            int count = parent == null ? tree.getItemCount() : parent.getItemCount();
            if (index + 1 < count) {
                return parent == null ? tree.getItem(index + 1) : parent.getItem(index + 1);
            }
            current = parent;
        }
        return null;
    }

    // ---- what the cells show

    private String text(RegisterNode node, int column) {
        if (node instanceof RegisterNode.Device d) {
            return switch (column) {
                case NAME -> d.name();
                case ADDRESS -> address(d.window().base());
                case DESCRIPTION -> oneLine(d.description());
                default -> "";
            };
        }
        if (node instanceof RegisterNode.Cluster c) {
            return switch (column) {
                case NAME -> c.name();
                case ADDRESS -> address(c.device().window().base() + c.offset()) + "  +" + offset(c.offset());
                case DESCRIPTION -> c.description();
                default -> "";
            };
        }
        if (node instanceof RegisterNode.Reg r) {
            Register reg = r.register();
            return switch (column) {
                case NAME -> r.name();
                case ADDRESS -> address(r.address()) + "  +" + offset(reg.offset());
                case VALUE -> reg.readableBits() == 0 ? "write-only" : radix.format(values.value(r), r.bits());
                case ACCESS -> r.access().svdName();
                case RESET -> radix.format(reg.resetValue(), r.bits());
                default -> oneLine(r.description());
            };
        }
        RegisterNode.Field f = (RegisterNode.Field) node;
        Register.Field field = f.field();
        return switch (column) {
            case NAME -> f.name();
            case ADDRESS -> f.bitRange();
            case VALUE -> fieldValueText(f);
            case ACCESS -> f.access().svdName();
            case RESET -> withName(f, field.get(f.register().register().resetValue()));
            default -> oneLine(f.description());
        };
    }

    private String fieldValueText(RegisterNode.Field f) {
        Register.Field field = f.field();
        if ((field.register().readableBits() & field.mask()) == 0) {
            return "write-only";
        }
        return withName(f, field.get(values.value(f.register())));
    }

    private String withName(RegisterNode.Field f, long value) {
        String text = radix.format(value, f.bits());
        Optional<SvdEnumeration> names = f.field().svd().readEnumeration();
        if (names.isPresent()) {
            Optional<SvdEnumeratedValue> v = names.get().lookup(value);
            if (v.isPresent()) {
                return text + " (" + v.get().name() + ")";
            }
        }
        return text;
    }

    private Color background(RegisterNode node) {
        if (values == null) {
            return null;
        }
        if (node instanceof RegisterNode.Reg r) {
            return r.register().readableBits() != 0 && values.changedBits(r) != 0 ? highlight : null;
        }
        if (node instanceof RegisterNode.Field f) {
            return (values.changedBits(f.register()) & f.field().mask()) != 0 ? highlight : null;
        }
        return null;
    }

    private String tooltip(RegisterNode node) {
        StringBuilder b = new StringBuilder();
        if (node instanceof RegisterNode.Device d) {
            b.append(d.name()).append(" at ").append(address(d.window().base())).append(", ")
                    .append(d.window().size()).append(" bytes\n").append(d.description());
        } else if (node instanceof RegisterNode.Cluster c) {
            b.append(c.device().name()).append('.').append(c.name()).append('\n').append(c.description());
        } else if (node instanceof RegisterNode.Reg r) {
            b.append(r.device().name()).append('.').append(r.register().name()).append(" (").append(r.bits())
                    .append(" bits, ").append(r.access().svdName()).append(")\n").append(r.description());
        } else if (node instanceof RegisterNode.Field f) {
            b.append(f.register().register().name()).append('.').append(f.name()).append(' ').append(f.bitRange())
                    .append(" (").append(f.access().svdName()).append(")\n").append(f.description());
            for (SvdEnumeration e : f.field().svd().enumerations()) {
                for (SvdEnumeratedValue v : e.values()) {
                    b.append("\n  ").append(v.isDefault() ? "other" : radix.format(v.value(), f.bits())).append(" = ")
                            .append(v.name()).append(v.description().isBlank() ? "" : ": " + v.description());
                }
            }
        }
        return b.toString().strip();
    }

    private static String address(long physical) {
        return (physical >>> 32) == 0 ? String.format("0x%08X", physical) : String.format("0x%016X", physical);
    }

    private static String offset(long offset) {
        return String.format("0x%03X", offset);
    }

    private static String oneLine(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 199) + "\u2026" : t;
    }

    /** Label provider of one column. */
    private final class Labels extends ColumnLabelProvider {
        private final int column;

        Labels(int column) {
            this.column = column;
        }

        @Override
        public String getText(Object element) {
            return element instanceof RegisterNode n && values != null ? text(n, column) : "";
        }

        @Override
        public Image getImage(Object element) {
            if (column == VALUE && element instanceof RegisterNode.Field f && f.isFlag() && values != null
                    && (f.field().register().readableBits() & f.field().mask()) != 0) {
                return f.field().get(values.value(f.register())) != 0 ? checked : unchecked;
            }
            return null;
        }

        @Override
        public Color getBackground(Object element) {
            return element instanceof RegisterNode n ? background(n) : null;
        }

        @Override
        public Color getForeground(Object element) {
            if (column == VALUE && element instanceof RegisterNode n && values != null
                    && "write-only".equals(text(n, VALUE))) {
                return new Color(WRITE_ONLY_GREY);
            }
            return null;
        }

        @Override
        public String getToolTipText(Object element) {
            return element instanceof RegisterNode n ? tooltip(n) : null;
        }
    }

    /** Children are created when a row is expanded, and filled in when scrolled into view. */
    private final class LazyContent implements ILazyTreeContentProvider {
        @Override
        public void updateElement(Object parent, int index) {
            if (!(viewer.getInput() instanceof RegisterTree tree)) {
                return;
            }
            List<RegisterNode> children = tree.children(parent instanceof RegisterNode n ? n : null);
            if (index >= children.size()) {
                return;
            }
            RegisterNode child = children.get(index);
            viewer.replace(parent, index, child);
            viewer.setChildCount(child, tree.children(child).size());
        }

        @Override
        public void updateChildCount(Object element, int currentChildCount) {
            int count = 0;
            if (viewer.getInput() instanceof RegisterTree tree) {
                count = tree.children(element instanceof RegisterNode n ? n : null).size();
            }
            if (count != currentChildCount) {
                viewer.setChildCount(element, count);
            }
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof RegisterNode n) {
                return n.parent() == null ? viewer.getInput() : n.parent();
            }
            return null;
        }
    }

    // ---- editing

    /** Edits values: checkboxes for flags, combo boxes for named values, validated text otherwise. */
    private final class ValueEditing extends EditingSupport {
        private final TextCellEditor textEditor;
        private final CheckboxCellEditor checkEditor;
        private final ComboBoxCellEditor comboEditor;
        private List<Long> comboValues = List.of();
        private String initialText = "";

        ValueEditing(TreeViewer treeViewer) {
            super(treeViewer);
            Tree tree = treeViewer.getTree();
            textEditor = new TextCellEditor(tree);
            checkEditor = new CheckboxCellEditor(tree);
            comboEditor = new ComboBoxCellEditor(tree, new String[0], SWT.READ_ONLY);
            textEditor.addListener(new ICellEditorListener() {
                @Override
                public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                    if (newValidState) {
                        statusLine().setErrorMessage(null);
                    } else {
                        statusLine().setErrorMessage(textEditor.getErrorMessage());
                    }
                }

                @Override
                public void cancelEditor() {
                    statusLine().setErrorMessage(null);
                    report(RegisterWriter.Severity.INFO, "Edit cancelled: nothing was written.");
                }

                @Override
                public void applyEditorValue() {
                    if (!textEditor.isValueValid()) {
                        report(RegisterWriter.Severity.ERROR, "Not written: " + textEditor.getErrorMessage());
                    }
                }
            });
        }

        @Override
        protected boolean canEdit(Object element) {
            return values != null && (element instanceof RegisterNode.Reg || element instanceof RegisterNode.Field);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            if (element instanceof RegisterNode.Field f && f.isFlag()) {
                return checkEditor;
            }
            if (element instanceof RegisterNode.Field f && f.isEnumerated()) {
                List<Long> numbers = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                SvdEnumeration e = f.field().svd().writeEnumeration()
                        .orElseGet(() -> f.field().svd().enumerations().get(0));
                for (SvdEnumeratedValue v : e.values()) {
                    if (!v.isDefault()) {
                        numbers.add(v.value());
                        labels.add(v.name() + " = " + radix.format(v.value(), f.bits()));
                    }
                }
                comboValues = List.copyOf(numbers);
                comboEditor.setItems(labels.toArray(new String[0]));
                return comboEditor;
            }
            int bits = element instanceof RegisterNode.Field f ? f.bits() : ((RegisterNode.Reg) element).bits();
            Radix r = radix;
            textEditor.setValidator(value -> {
                try {
                    r.parse((String) value, bits);
                    return null;
                } catch (NumberFormatException e) {
                    // TextCellEditor passes the message through MessageFormat while typing
                    return e.getMessage().replace("'", "''").replace("{", "'{'").replace("}", "'}'");
                }
            });
            return textEditor;
        }

        @Override
        protected Object getValue(Object element) {
            if (element instanceof RegisterNode.Field f) {
                long current = f.field().get(values.value(f.register()));
                if (f.isFlag()) {
                    return current != 0;
                }
                if (f.isEnumerated()) {
                    return comboValues.indexOf(current);
                }
                initialText = radix.format(current, f.bits());
                return initialText;
            }
            RegisterNode.Reg r = (RegisterNode.Reg) element;
            initialText = radix.format(values.value(r), r.bits());
            return initialText;
        }

        @Override
        protected void setValue(Object element, Object value) {
            if (values == null) {
                return;
            }
            RegisterWriter.Outcome outcome;
            if (element instanceof RegisterNode.Field f) {
                long fieldValue;
                if (f.isFlag()) {
                    fieldValue = Boolean.TRUE.equals(value) ? 1 : 0;
                } else if (f.isEnumerated()) {
                    int index = (Integer) value;
                    if (index < 0 || index >= comboValues.size()) {
                        return;
                    }
                    fieldValue = comboValues.get(index);
                } else {
                    if (value.equals(initialText)) {
                        return;
                    }
                    fieldValue = radix.parse((String) value, f.bits());
                }
                outcome = RegisterWriter.writeField(values, f, fieldValue, radix);
            } else {
                if (value.equals(initialText)) {
                    return;
                }
                RegisterNode.Reg r = (RegisterNode.Reg) element;
                outcome = RegisterWriter.writeRegister(values, r, radix.parse((String) value, r.bits()), radix);
            }
            report(outcome.severity(), outcome.message());
        }
    }

    private IStatusLineManager statusLine() {
        return getViewSite().getActionBars().getStatusLineManager();
    }

    private void report(RegisterWriter.Severity severity, String message) {
        lastStatus = message;
        lastSeverity = severity;
        IStatusLineManager status = statusLine();
        if (severity == RegisterWriter.Severity.ERROR) {
            status.setErrorMessage(message);
        } else {
            status.setErrorMessage(null);
            status.setMessage(severity == RegisterWriter.Severity.WARNING
                    ? JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING) : null, message);
        }
        tracker.refreshSoon();
    }

    // ---- for tests and other views

    /**
     * Returns what the last edit did, as the status line shows it.
     *
     * @return e.g. {@code Wrote 0x1 to UART0.UARTCR.UARTEN.}, or an empty string
     */
    public String lastStatus() {
        return lastStatus;
    }

    /**
     * Tells whether the last edit was refused or ignored (shown as an error in the status line).
     *
     * @return true for an error
     */
    public boolean lastStatusIsError() {
        return lastSeverity == RegisterWriter.Severity.ERROR;
    }

    /** @return the tree viewer */
    public TreeViewer getViewer() {
        return viewer;
    }

    /** @return the filter box */
    public Text getFilterControl() {
        return filterText;
    }

    /** @return the current number format: {@code hex}, {@code dec} or {@code bin} */
    public String numberFormat() {
        return radix.preference();
    }

    /** @return the background of changed values */
    public RGB highlightColor() {
        return highlight == null ? MmioPreferences.DEFAULT_HIGHLIGHT : highlight.getRGB();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        MmioPreferences.store().removePropertyChangeListener(preferenceListener);
        if (tracker != null) {
            tracker.dispose();
        }
        if (checked != null) {
            checked.dispose();
            unchecked.dispose();
        }
        super.dispose();
    }
}
