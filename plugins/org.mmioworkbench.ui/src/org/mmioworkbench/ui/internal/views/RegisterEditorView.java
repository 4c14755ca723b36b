package org.mmioworkbench.ui.internal.views;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.ViewPart;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.core.state.RegisterState;
import org.mmioworkbench.core.state.RegisterStateException;
import org.mmioworkbench.ui.internal.preferences.MmioPreferences;
import org.mmioworkbench.ui.internal.HelpContexts;
import org.mmioworkbench.core.inspect.NumberFormats;
import org.mmioworkbench.core.inspect.Radix;
import org.mmioworkbench.core.inspect.RegisterNode;
import org.mmioworkbench.core.inspect.RegisterTree;
import org.mmioworkbench.core.inspect.RegisterValues;
import org.mmioworkbench.core.inspect.RegisterWriter;
import org.mmioworkbench.core.inspect.SideEffects;
import org.mmioworkbench.core.inspect.RegionRow;

/**
 * The Register Editor: the devices of the active session's board with their clusters, registers and bit
 * fields, their addresses, current values, access and reset values, and edits that write through the
 * simulator as a debugger does.
 * <ul>
 * <li><b>Lazy.</b> The tree is virtual ({@link SWT#VIRTUAL}, filled by {@link RegisterTreeDisplay}):
 * rows are created when expanded and filled when scrolled into view, and a register is read only for
 * rows on screen, at most once per stop ({@link RegisterValues}), so a board with thousands of registers
 * costs what the visible rows cost.</li>
 * <li><b>Reads</b> use {@link Simulator#peek(long, int)}: no side effects, the value a driver's read
 * would return (write-only bits show as {@code write-only}).</li>
 * <li><b>Highlight.</b> Values that changed since the last stop get the {@link MmioPreferences#HIGHLIGHT_COLOR}
 * background. The values and their baseline are the session's ({@link SimulationSession#registerValues()}),
 * shared with the debugger: while a debugger drives the session, a stop is a suspend (the debugger advances it,
 * so a step's changes stay highlighted however often the view refreshes); without one, a stop is a refresh after
 * which the simulation had moved (refreshes are throttled to {@link MmioPreferences#REFRESH_MILLIS}, so a burst
 * of accesses is one step).</li>
 * <li><b>Edits</b> (F2, Enter or double-click on a value; Esc cancels): a one-bit field is a checkbox, a
 * field with named values a combo box, anything else text checked as it is typed. The value goes through
 * {@link Simulator#debugWrite(String, long, int, int)}, so the device's access rules apply and the trace
 * shows it; the status line says what happened ({@link RegisterValueEditing}, {@link RegisterWriter}).</li>
 * <li><b>Filter</b> on names, enumerated value names, descriptions, addresses ({@code 0x...}) and address
 * ranges ({@code 0xA-0xB}), matched in the core ({@link RegisterTree}); the number of matches shows next to it,
 * and Enter / F3 (Shift: backwards; in the tree F3, Ctrl+. and Ctrl+,) select the next match. Expansion is kept
 * across refreshes, filters and sessions of boards with the same devices.</li>
 * <li><b>Write-1-to-clear fields</b> ({@code oneToClear}, {@code zeroToClear}) are cleared, not given a value:
 * their cell is a checkbox whose activation clears them, and the context menu has "Clear FIELD (write 1)"
 * ({@link RegisterWriter#clearField}: the other fields are left alone).</li>
 * <li><b>Number formats per row</b>: the toolbar's format is the view's default; the context menu's Number Format
 * gives a device, cluster, register or field a format of its own, which the rows below it inherit unless they have
 * one ({@link NumberFormats}); "Default" lets the row inherit again. The choices are kept per board (instance
 * preferences keyed by the board's name) and can be undone (Edit &gt; Undo, Ctrl+Z in the view).</li>
 * <li><b>Bit view</b> under the tree ({@link RegisterBitsPane}): the selected register bit by bit; a click or Space
 * toggles a bit through {@link RegisterWriter#toggleBit}.</li>
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
    /** Text of the context menu's submenu of number formats of the selected row. */
    public static final String NUMBER_FORMAT_MENU = "Number &Format";
    /** Preference key prefix of the number formats chosen per row; the board's name follows. */
    public static final String ROW_FORMATS_PREFIX = "registerEditor.numberFormats.";
    /** Preference key: whether the bit view shows under the tree. */
    public static final String SHOW_BITS = MmioPreferences.SHOW_BITS;

    private static final int FILTER_DELAY_MILLIS = 200;

    private Text filterText;
    /** How many rows the filter found, next to it. */
    private org.eclipse.swt.widgets.Label matchCount;
    private TreeViewer viewer;
    private ActiveSessionTracker tracker;
    private RegisterTreeDisplay treeDisplay;
    private RegisterCells cells;
    /** The columns' layout; the Value column's minimum width follows the number format. */
    private TreeColumnLayout layout;
    /** The tree shown, filtered; null without a session. */
    private RegisterTree rows;
    private int filterRequests;
    private String lastStatus = "";
    /** The stop of the session's values at which the rows on screen were last drawn. */
    private int drawnStop;
    private RegisterWriter.Severity lastSeverity = RegisterWriter.Severity.INFO;
    private final Map<Radix, Action> formatActions = new EnumMap<>(Radix.class);
    /** The bit view of the selected register, under the tree. */
    private RegisterBitsPane bitsPane;
    /** The board whose number formats the cells use, or null without a session. */
    private String boardName;
    /** The widest register of the board shown, in bits (the Value column is sized for it). */
    private int widestRegister = 32;
    private final IUndoContext undoContext = new ObjectUndoContext(this, "Register Editor");
    private UndoRedoActionGroup undoRedo;
    private final IPropertyChangeListener preferenceListener = event -> {
        if (MmioPreferences.NUMBER_FORMAT.equals(event.getProperty())
                || MmioPreferences.HIGHLIGHT_COLOR.equals(event.getProperty())) {
            Display.getDefault().asyncExec(this::readPreferences);
        } else if (boardName != null && rowFormatsKey(boardName).equals(event.getProperty())) {
            // another Register Editor (or an undo in one) changed this board's formats
            Display.getDefault().asyncExec(this::readRowFormats);
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
        cells = new RegisterCells();
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(root);

        Composite filterRow = new Composite(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterRow);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 0).applyTo(filterRow);
        filterText = new Text(filterRow, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage("Filter: name, value name, description, address (0x...) or range (0x...-0x...)");
        filterText.setToolTipText("Shows the registers and fields whose name, description or enumerated value's"
                + " name contains the text, whose address starts with the digits after 0x (an offset in the device"
                + " matches too), or that lie in a range 0xA-0xB. Enter or F3 selects the next match, Shift+Enter or"
                + " Shift+F3 the previous one (in the tree too, and Ctrl+. / Ctrl+,). Down arrow goes to the tree.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
        matchCount = new org.eclipse.swt.widgets.Label(filterRow, SWT.NONE);
        matchCount.setToolTipText("How many rows the filter found (registers, fields, clusters, devices)");
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(textWidth(filterRow, "99999 matches"),
                SWT.DEFAULT).applyTo(matchCount);
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
                } else if (e.character == SWT.CR || e.keyCode == SWT.KEYPAD_CR || e.keyCode == SWT.F3) {
                    applyFilter();
                    jumpToMatch((e.stateMask & SWT.SHIFT) == 0);
                    e.doit = false;
                }
            }
        });

        Composite holder = new Composite(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
        layout = new TreeColumnLayout();
        holder.setLayout(layout);
        viewer = new TreeViewer(holder, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        treeDisplay = new RegisterTreeDisplay(viewer);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        // each column at least as wide as its usual content: a register's name below two levels of
        // indentation, an address with its offset, a 32-bit value, an access type
        column(layout, NAME, "Name", 18, "UARTLCR_H\u2003\u2003\u2003\u2003", "Device, cluster, register or bit field");
        column(layout, ADDRESS, "Address / offset", 16, "0x09000000  +0x000",
                "Physical address of a device or register, with the register's offset in its device; bit range of a field");
        column(layout, VALUE, "Value", 16, "0x00000000", "What a read would return now (read without side effects)."
                + " Highlighted: changed since the last stop. F2, Enter or double-click edits; Esc cancels");
        column(layout, ACCESS, "Access", 9, "read-write", "Access type from the register description (read-only"
                + " bits ignore writes; write-only bits read as 0)");
        column(layout, RESET, "Reset value", 12, "0x00000000", "Value after reset, from the register description");
        column(layout, DESCRIPTION, "Description", 29, "", "Description from the register description (SVD file)");
        ColumnViewerToolTipSupport.enableFor(viewer);
        bitsPane = new RegisterBitsPane(root, cells::highlight, this::applyBit);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bitsPane.control());
        viewer.addSelectionChangedListener(e -> showBits());
        setUpEditing(tree);
        getSite().setSelectionProvider(viewer);
        // Read Now, and what other bundles add (Watch Register, from the debugger)
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            readNow.setEnabled(selectedRegister() != null);
            m.add(readNow);
            RegisterNode.Field clearable = selectedClearableField();
            if (clearable != null) {
                clearField.setText("&Clear " + clearable.name() + " (write "
                        + SideEffects.clearingBit(clearable).getAsInt() + ")");
                m.add(clearField);
            }
            if (viewer.getStructuredSelection().getFirstElement() instanceof RegisterNode node && cells.values() != null) {
                m.add(numberFormatMenu(node));
            }
            exportDevice.setEnabled(selectedDevice() != null);
            exportDevice.setText(selectedDevice() == null ? "Export Device Register State..."
                    : "Export " + selectedDevice() + " Register State...");
            m.add(exportDevice);
            m.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        });
        tree.setMenu(menu.createContextMenu(tree));
        getSite().registerContextMenu(menu, viewer);

        createFormatActions();
        org.eclipse.jface.action.IMenuManager viewMenu = getViewSite().getActionBars().getMenuManager();
        viewMenu.add(exportBoard);
        viewMenu.add(importState);
        viewMenu.add(compareWithFile);
        viewMenu.add(compareFiles);
        viewMenu.add(showBits);
        // Ctrl+. and Ctrl+, (Navigate > Next / Previous) go from match to match, as in the Search view
        getViewSite().getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.NEXT.getId(),
                nextMatch);
        getViewSite().getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.PREVIOUS.getId(),
                previousMatch);
        undoRedo = new UndoRedoActionGroup(getSite(), undoContext, true);
        undoRedo.fillActionBars(getViewSite().getActionBars());
        showBits.setChecked(MmioPreferences.store().getBoolean(SHOW_BITS));
        setBitsShown(showBits.isChecked());
        readPreferences();
        MmioPreferences.store().addPropertyChangeListener(preferenceListener);
        tracker = new ActiveSessionTracker(SessionRegistry.getDefault(), getSite().getWorkbenchWindow(), this::refresh);
        refresh();
    }

    private void column(TreeColumnLayout layout, int index, String title, int weight, String sample,
            String tooltip) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        TreeColumn c = column.getColumn();
        c.setText(title);
        c.setToolTipText(tooltip);
        c.setMoveable(true);
        layout.setColumnData(c, new ColumnWeightData(weight, Math.max(50, textWidth(sample)), true));
        column.setLabelProvider(cells.labels(index));
        if (index == VALUE) {
            column.setEditingSupport(new RegisterValueEditing(viewer, cells, new RegisterValueEditing.Feedback() {
                @Override
                public void report(RegisterWriter.Severity severity, String message) {
                    RegisterEditorView.this.report(severity, message);
                }

                @Override
                public void typing(String error) {
                    statusLine().setErrorMessage(error);
                }
            }));
        }
    }

    private int textWidth(String sample) {
        return textWidth(viewer.getTree(), sample);
    }

    private static int textWidth(org.eclipse.swt.widgets.Control control, String sample) {
        GC gc = new GC(control);
        try {
            return gc.textExtent(sample).x + 16;
        } finally {
            gc.dispose();
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
                if (e.keyCode == SWT.F3) {
                    jumpToMatch((e.stateMask & SWT.SHIFT) == 0);
                    e.doit = false;
                    return;
                }
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
                case SIGNED -> "\u00B1Dec";
            };
            Action action = new Action(label, IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    if (isChecked() && cells.radix() != r) {
                        MmioPreferences.store().setValue(MmioPreferences.NUMBER_FORMAT, r.key());
                        setRadix(r);
                    }
                }
            };
            action.setId(FORMAT_ACTION_PREFIX + r.key());
            action.setToolTipText(switch (r) {
                case HEX -> "Show values in hexadecimal (0x0301)";
                case DEC -> "Show values in decimal (769)";
                case BIN -> "Show values in binary, every bit in groups of four (0b0000_0011_0000_0001)";
                case SIGNED -> "Show values in signed decimal, the two's complement of the width (0xFFFF: -1)";
            } + "; rows given a format of their own (context menu > Number Format) keep it");
            formatActions.put(r, action);
            toolBar.add(action);
        }
    }

    private void readPreferences() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        RGB rgb = PreferenceConverter.getColor(MmioPreferences.store(), MmioPreferences.HIGHLIGHT_COLOR);
        cells.setHighlight(rgb == null || rgb.equals(PreferenceConverter.COLOR_DEFAULT_DEFAULT)
                ? MmioPreferences.DEFAULT_HIGHLIGHT : rgb);
        setRadix(Radix.of(MmioPreferences.store().getString(MmioPreferences.NUMBER_FORMAT)));
        viewer.refresh();
    }

    private void setRadix(Radix r) {
        formatActions.forEach((k, a) -> a.setChecked(k == r));
        if (r != cells.radix()) {
            cells.setRadix(r);
            formatsChanged();
        }
    }

    /** Shows the rows, the Value column's width and the bit view in the formats now chosen. */
    private void formatsChanged() {
        fitValueColumn();
        viewer.refresh();
        showBits();
        updateDescription();
    }

    /**
     * Widens the Value column so that the widest register of the board shows whole in every format in use (binary:
     * every bit).
     */
    private void fitValueColumn() {
        TreeColumn value = viewer.getTree().getColumn(VALUE);
        java.util.Set<Radix> used = java.util.EnumSet.of(cells.radix());
        used.addAll(cells.formats().used());
        int bits = widestRegister;
        int needed = 0;
        for (Radix r : used) {
            String widest = switch (r) {
                case DEC -> r.format(-1L, bits);
                case SIGNED -> r.format(1L << (bits - 1), bits);
                default -> r.format(0, bits);
            };
            needed = Math.max(needed, textWidth(widest) + 24); // room for a field's checkbox and the cell's margins
        }
        ColumnWeightData data = new ColumnWeightData(16, Math.max(50, needed), true);
        layout.setColumnData(value, data);
        if (value.getWidth() < needed) {
            value.setWidth(needed);
        }
        viewer.getTree().getParent().layout(true, true);
    }

    private final Action showBits = new Action("Show &Bit View", IAction.AS_CHECK_BOX) {
        @Override
        public void run() {
            MmioPreferences.store().setValue(SHOW_BITS, isChecked());
            setBitsShown(isChecked());
        }
    };

    private void setBitsShown(boolean shown) {
        Composite pane = bitsPane.control();
        ((org.eclipse.swt.layout.GridData) pane.getLayoutData()).exclude = !shown;
        pane.setVisible(shown);
        pane.getParent().layout(true, true);
        showBits();
    }

    /** Shows the selected register's bits (a field's register) in the bit view. */
    private void showBits() {
        if (bitsPane == null || bitsPane.control().isDisposed()) {
            return;
        }
        RegisterNode.Reg reg = selectedRegister();
        bitsPane.show(reg, cells.values(), reg == null ? cells.radix() : cells.radixOf(reg));
    }

    /** What a click or Space on a bit does: the core decides and writes, the status line says what happened. */
    private void applyBit(RegisterNode.Reg reg, int bit) {
        RegisterValues values = cells.values();
        if (values == null || viewer.isCellEditorActive()) {
            return;
        }
        RegisterWriter.Outcome outcome = RegisterWriter.toggleBit(values, reg, bit, cells.radixOf(reg));
        if (outcome.result() != RegisterWriter.Result.REFUSED) {
            values.written();
            drawnStop = values.stop();
            viewer.update(reg, null);
            for (RegisterNode field : reg.children()) {
                viewer.update(field, null);
            }
        }
        bitsPane.refresh();
        report(outcome.severity(), outcome.message());
    }

    /** @return the bit view's canvas of bit cells (for tests: clicks and keys go there) */
    public org.eclipse.swt.widgets.Canvas bitCanvas() {
        return bitsPane.canvas();
    }

    /**
     * Returns where the bit view draws a bit of the register it shows.
     *
     * @param index the bit's number, 0 for the least significant
     * @return its cell in {@link #bitCanvas()}
     */
    public org.eclipse.swt.graphics.Rectangle bitBounds(int index) {
        return bitsPane.cellBounds(index);
    }

    /** @return the bits the bit view shows, empty without a register selected or when it is hidden */
    public Optional<org.mmioworkbench.core.inspect.RegisterBits> shownBits() {
        return bitsPane.control().isVisible() ? Optional.ofNullable(bitsPane.bits()) : Optional.empty();
    }

    /** @return the bit with the bit view's keyboard focus, or -1 */
    public int focusedBit() {
        return bitsPane.focusBit();
    }

    /** The context menu's Number Format submenu of a row: Default (what it would inherit) and the four formats. */
    private MenuManager numberFormatMenu(RegisterNode node) {
        MenuManager sub = new MenuManager(NUMBER_FORMAT_MENU);
        Optional<Radix> own = cells.formats().own(node);
        Radix inherited = cells.formats().inherited(node, cells.radix());
        String from = node.parent() == null ? "the toolbar's" : "from " + node.parent().name();
        Action inherit = new Action("&Default (" + inherited.title() + ", " + from + ")", IAction.AS_RADIO_BUTTON) {
            @Override
            public void run() {
                setNumberFormat(node, null);
            }
        };
        inherit.setChecked(own.isEmpty());
        sub.add(inherit);
        sub.add(new Separator());
        for (Radix r : Radix.values()) {
            Action a = new Action(r.title() + "  (" + sample(r) + ")", IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    setNumberFormat(node, r);
                }
            };
            a.setChecked(own.orElse(null) == r);
            sub.add(a);
        }
        return sub;
    }

    private static String sample(Radix r) {
        return switch (r) {
            case HEX -> "0x0381";
            case DEC -> "897";
            case BIN -> "0b0000_0011_1000_0001";
            case SIGNED -> "0xFFFF = -1";
        };
    }

    /**
     * Gives a row a number format of its own, which the rows below it inherit, or lets it inherit again; remembered
     * for the board and undoable.
     *
     * @param node a row of the board shown
     * @param radix the format, or null for Default (its parent's)
     */
    public void setNumberFormat(RegisterNode node, Radix radix) {
        if (boardName == null || cells.formats().own(node).orElse(null) == radix) {
            return;
        }
        Radix before = cells.formats().own(node).orElse(null);
        String label = "Number Format of " + node.name();
        FormatChange change = new FormatChange(label, boardName, node.key(), before, radix);
        change.addContext(undoContext);
        try {
            history().execute(change, null, null);
        } catch (ExecutionException e) {
            report(RegisterWriter.Severity.ERROR, "Cannot change the number format: " + e.getMessage());
        }
    }

    private static IOperationHistory history() {
        return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
    }

    /** A change of a row's number format, undone by putting back the one before. */
    private final class FormatChange extends AbstractOperation {
        private final String board;
        private final String key;
        private final Radix before;
        private final Radix after;

        FormatChange(String label, String board, String key, Radix before, Radix after) {
            super(label);
            this.board = board;
            this.key = key;
            this.before = before;
            this.after = after;
        }

        @Override
        public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
            storeRowFormat(board, key, after);
            return Status.OK_STATUS;
        }

        @Override
        public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
            storeRowFormat(board, key, before);
            return Status.OK_STATUS;
        }

        @Override
        public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
            return execute(monitor, info);
        }
    }

    /** Sets a row's format of a board, saves the board's formats, and shows them if the board is shown. */
    private void storeRowFormat(String board, String key, Radix radix) {
        IPreferenceStore store = MmioPreferences.store();
        NumberFormats formats = board.equals(boardName) ? cells.formats()
                : NumberFormats.decode(store.getString(rowFormatsKey(board)));
        formats.set(key, radix);
        store.setValue(rowFormatsKey(board), formats.encode());
        if (store instanceof IPersistentPreferenceStore persistent) {
            try {
                persistent.save();
            } catch (java.io.IOException e) {
                report(RegisterWriter.Severity.WARNING, "The number format is shown but could not be saved: "
                        + e.getMessage());
            }
        }
        if (board.equals(boardName)) {
            formatsChanged();
            Optional<RegisterNode> node = rows == null ? Optional.empty() : rows.find(key);
            String name = node.map(RegisterNode::name).orElse(key);
            Radix shown = node.map(cells::radixOf).orElse(cells.radix());
            String below = node.isPresent() && !(node.get() instanceof RegisterNode.Field)
                    ? ", as do the rows below it without a format of their own" : "";
            report(RegisterWriter.Severity.INFO, name + " shows values in "
                    + shown.title().toLowerCase(java.util.Locale.ROOT) + (radix == null ? " (inherited)" : "")
                    + below + ".");
        }
    }

    private static String rowFormatsKey(String board) {
        return ROW_FORMATS_PREFIX + board;
    }

    /** Reads the number formats chosen for the rows of the board shown. */
    private void readRowFormats() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        String text = boardName == null ? "" : MmioPreferences.store().getString(rowFormatsKey(boardName));
        if (!text.equals(cells.formats().encode())) {
            cells.setFormats(NumberFormats.decode(text));
            formatsChanged();
        }
    }

    /**
     * Read Now (with Side Effects): reads the selected register (a field's register) as a driver would, through
     * {@link Simulator#debugRead}, so that its read side effects happen (the view's own reads are peeks), and says
     * what it read.
     */
    private final Action readNow = new Action("&Read Now (with Side Effects)") {
        @Override
        public void run() {
            readSelectedNow();
        }
    };

    private final Action nextMatch = new Action("Next Match") {
        @Override
        public void run() {
            jumpToMatch(true);
        }
    };

    private final Action previousMatch = new Action("Previous Match") {
        @Override
        public void run() {
            jumpToMatch(false);
        }
    };

    /** Clears the selected write-1-to-clear (write-0-to-clear) field; its text names the field. */
    private final Action clearField = new Action("&Clear") {
        @Override
        public void run() {
            clearSelectedField();
        }
    };

    /**
     * Selects and shows the filter's next (or previous) match after the selected row, wrapping around, and says
     * which of how many it is in the status line.
     *
     * @param forward true for the next match
     * @return the row selected, or empty when the filter found nothing (or there is no filter)
     */
    public Optional<RegisterNode> jumpToMatch(boolean forward) {
        if (rows == null || rows.filter().isEmpty()) {
            return Optional.empty();
        }
        Object first = viewer.getStructuredSelection().getFirstElement();
        Optional<RegisterNode> next = rows.nextMatch(first instanceof RegisterNode n ? n : null, forward);
        if (next.isEmpty()) {
            report(RegisterWriter.Severity.INFO, "No match for '" + rows.filter() + "'.");
            return next;
        }
        treeDisplay.reveal(rows, next.get());
        statusLine().setErrorMessage(null);
        statusLine().setMessage("Match " + (rows.matches().indexOf(next.get()) + 1) + " of " + rows.matches().size()
                + ": " + next.get().key());
        return next;
    }

    /** The selected field if a write clears it, else null. */
    private RegisterNode.Field selectedClearableField() {
        Object first = viewer == null ? null : viewer.getStructuredSelection().getFirstElement();
        return first instanceof RegisterNode.Field f && SideEffects.clearingBit(f).isPresent() ? f : null;
    }

    /** Clears the selected write-1-to-clear field (the context menu's Clear); for tests and the menu. */
    public void clearSelectedField() {
        RegisterNode.Field field = selectedClearableField();
        RegisterValues values = cells.values();
        if (field == null || values == null) {
            return;
        }
        RegisterWriter.Outcome outcome = RegisterWriter.clearField(values, field, cells.radixOf(field));
        values.written();
        viewer.update(field.register(), null);
        for (RegisterNode f : field.register().children()) {
            viewer.update(f, null);
        }
        report(outcome.severity(), outcome.message());
    }

    private final Action exportBoard = new Action("&Export Board Register State...") {
        @Override
        public void run() {
            String file = askFile(SWT.SAVE, "Export the board's register state", "registers.csv");
            if (file != null) {
                exportState(Path.of(file), null);
            }
        }
    };

    private final Action exportDevice = new Action("Export Device Register State...") {
        @Override
        public void run() {
            String device = selectedDevice();
            String file = device == null ? null : askFile(SWT.SAVE, "Export " + device + "'s register state",
                    device + ".csv");
            if (file != null) {
                exportState(Path.of(file), device);
            }
        }
    };

    private final Action importState = new Action("&Import Register State...") {
        @Override
        public void run() {
            String file = askFile(SWT.OPEN, "Import a register state into the session", null);
            if (file != null) {
                importState(Path.of(file));
            }
        }
    };

    private final Action compareWithFile = new Action("&Compare Session with Register State File...") {
        @Override
        public void run() {
            String file = askFile(SWT.OPEN, "Compare the session with a register state", null);
            if (file != null) {
                compare(Path.of(file), null).ifPresent(d -> d.open());
            }
        }
    };

    private final Action compareFiles = new Action("Compare &Two Register State Files...") {
        @Override
        public void run() {
            String a = askFile(SWT.OPEN, "The first register state", null);
            String b = a == null ? null : askFile(SWT.OPEN, "The second register state", null);
            if (b != null) {
                compare(Path.of(a), Path.of(b)).ifPresent(d -> d.open());
            }
        }
    };

    private String askFile(int style, String text, String name) {
        FileDialog d = new FileDialog(getSite().getShell(), style);
        d.setText(text);
        d.setFilterExtensions(new String[] {"*.csv;*.json", "*.csv", "*.json", "*.*"});
        d.setOverwrite(true);
        if (name != null) {
            d.setFileName(name);
        }
        return d.open();
    }

    /** The device of the selected row (a device, cluster, register or field), or null. */
    private String selectedDevice() {
        Object first = viewer == null ? null : viewer.getStructuredSelection().getFirstElement();
        return first instanceof RegisterNode n && n.device() != null ? n.device().name() : null;
    }

    private Optional<Simulator> sessionSimulator() {
        return tracker == null ? Optional.empty() : tracker.active().map(SimulationSession::simulator);
    }

    /**
     * Writes the register state of the active session's board, or of one device, to a CSV file (the format of
     * {@code mmio-sim regs}), read without side effects; says what it wrote in the status line.
     *
     * @param file the file
     * @param device the device, or null for the whole board
     * @return whether it was written
     */
    public boolean exportState(Path file, String device) {
        Optional<Simulator> sim = sessionSimulator();
        if (sim.isEmpty()) {
            report(RegisterWriter.Severity.ERROR, "No session to export the register state of.");
            return false;
        }
        try {
            RegisterState state = RegisterState.capture(
                    sim.get(), device == null ? List.of() : List.of(device));
            state.write(file);
            report(RegisterWriter.Severity.INFO, "Exported " + state.registers().size() + " registers of "
                    + (device == null ? "the board " + sim.get().board().name() : device) + " to " + file + ".");
            return true;
        } catch (java.io.IOException | IllegalArgumentException e) {
            report(RegisterWriter.Severity.ERROR, "Cannot export to " + file + ": " + e.getMessage());
            return false;
        }
    }

    /**
     * Writes a register state file into the active session through debugger writes, register by register (so the
     * devices' access rules apply), and says which registers did not take their value.
     *
     * @param file the file
     * @return the registers refused, or empty when the file could not be read (the error is in the status line)
     */
    public Optional<List<RegisterState.Refusal>> importState(Path file) {
        Optional<Simulator> sim = sessionSimulator();
        if (sim.isEmpty()) {
            report(RegisterWriter.Severity.ERROR, "No session to import the register state into.");
            return Optional.empty();
        }
        RegisterState state;
        try {
            state = RegisterState.read(file);
        } catch (RegisterStateException e) {
            report(RegisterWriter.Severity.ERROR, e.getMessage());
            return Optional.empty();
        }
        List<RegisterState.Refusal> refused = state.applyTo(sim.get());
        cells.values().written();
        refreshValues();
        String list = refused.stream().limit(5).map(r -> r.register() + r.now().map(v -> " (reads 0x"
                + Long.toHexString(v) + ")").orElse(" (no such register)")).collect(Collectors.joining(", "));
        report(refused.isEmpty() ? RegisterWriter.Severity.INFO : RegisterWriter.Severity.WARNING, "Imported "
                + (state.registers().size() - refused.size()) + " of " + state.registers().size() + " registers from "
                + file.getFileName() + (refused.isEmpty() ? "." : "; the access rules refused " + refused.size() + ": "
                        + list + (refused.size() > 5 ? ", ..." : "")));
        return Optional.of(refused);
    }

    /**
     * Compares a register state file with the active session (second null), or two files, in a dialog.
     *
     * @param first the first file
     * @param second the second file, or null for the session's registers now
     * @return the dialog (not yet open), or empty when a file could not be read (the error is in the status line)
     */
    public Optional<RegisterStateDialog> compare(Path first, Path second) {
        Optional<Simulator> sim = sessionSimulator();
        try {
            RegisterState a = RegisterState.read(first);
            RegisterState b;
            if (second != null) {
                b = RegisterState.read(second);
            } else if (sim.isPresent()) {
                b = RegisterState.capture(sim.get(), List.of());
            } else {
                report(RegisterWriter.Severity.ERROR, "No session to compare with.");
                return Optional.empty();
            }
            return Optional.of(new RegisterStateDialog(getSite().getShell(), first.getFileName().toString(),
                    second == null ? "the session" : second.getFileName().toString(), a.diff(b, sim.orElse(null))));
        } catch (RegisterStateException e) {
            report(RegisterWriter.Severity.ERROR, e.getMessage());
            return Optional.empty();
        }
    }

    /** The register row selected, or the register of a selected field; null for other rows. */
    private RegisterNode.Reg selectedRegister() {
        Object first = viewer == null ? null : viewer.getStructuredSelection().getFirstElement();
        if (first instanceof RegisterNode.Field f) {
            return (RegisterNode.Reg) f.parent();
        }
        return first instanceof RegisterNode.Reg r ? r : null;
    }

    /** Runs Read Now on the selection; for tests and the context menu. */
    public void readSelectedNow() {
        RegisterNode.Reg reg = selectedRegister();
        RegisterValues values = cells.values();
        if (reg == null || values == null) {
            return;
        }
        String name = reg.device().name() + "." + reg.register().name();
        try {
            long v = values.simulator().debugRead(reg.device().name(), reg.register().offset(), reg.bits());
            values.written();
            viewer.update(reg, null);
            for (RegisterNode field : reg.children()) {
                viewer.update(field, null);
            }
            report(RegisterWriter.Severity.INFO, "Read " + cells.radixOf(reg).format(v, reg.bits()) + " from " + name
                    + ", with its side effects.");
        } catch (IllegalArgumentException e) {
            report(RegisterWriter.Severity.ERROR, "Cannot read " + name + ": " + e.getMessage());
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
            boardName = null;
            cells.setValues(null);
            cells.setFormats(new NumberFormats());
            treeDisplay.show(null);
            showBits();
        } else if (rows == null || rows.simulator() != active.get().simulator()) {
            Simulator sim = active.get().simulator();
            rows = RegisterTree.of(sim).withFilter(filterText.getText());
            cells.setValues(active.get().registerValues());
            boardName = active.get().board().name();
            cells.setFormats(NumberFormats.decode(MmioPreferences.store().getString(rowFormatsKey(boardName))));
            widestRegister = widestRegister(rows);
            fitValueColumn();
            drawnStop = cells.values().stop();
            treeDisplay.show(rows);
            showBits();
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
            matchCount.setText("");
            setContentDescription("No simulation session. Start one with Window > Start Demo Session (Alt+Shift+Q D).");
            return;
        }
        int registers = 0;
        for (RegisterNode.Device d : rows.devices()) {
            registers += d.registers() == null ? 0 : d.registers().registers().size();
        }
        int matches = rows.matches().size();
        String shown = rows.filter().isEmpty() ? ""
                : String.format(" Filter '%s': %d match%s in %d register(s).", rows.filter(), matches,
                        matches == 1 ? "" : "es", rows.matchedRegisters());
        matchCount.setText(rows.filter().isEmpty() ? "" : matches + (matches == 1 ? " match" : " matches"));
        int own = cells.formats().chosen().size();
        String formats = own == 0 ? "" : String.format(" (%d row%s with a format of %s own)", own,
                own == 1 ? "" : "s", own == 1 ? "its" : "their");
        setContentDescription(String.format("Session '%s' on %s: %d device(s), %d register(s) in %s%s;"
                + " highlighted: changed since the last stop; F2 edits.%s", active.get().name(),
                active.get().board().name(), rows.devices().size(), registers, cells.radix().key(), formats, shown));
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
            treeDisplay.show(rows);
            updateDescription();
        }
    }

    /**
     * Re-reads the values of the rows on screen if a stop began since they were drawn; runs on the UI thread. Rows
     * off screen are read when they are scrolled into view.
     */
    void refreshValues() {
        RegisterValues values = cells.values();
        if (values == null || viewer.getControl().isDisposed() || viewer.isCellEditorActive()) {
            return;
        }
        values.refreshed(); // begins a stop if the simulation moved, unless a debugger's suspends begin them
        int stop = values.stop();
        if (stop != drawnStop) {
            drawnStop = stop;
            treeDisplay.updateVisibleRows(cells);
            bitsPane.refresh();
        }
    }

    private static int widestRegister(RegisterTree tree) {
        int widest = 8;
        for (RegisterNode.Device d : tree.devices()) {
            if (d.registers() != null) {
                for (org.mmioworkbench.core.devices.Register r : d.registers().registers()) {
                    widest = Math.max(widest, r.sizeBytes() * 8);
                }
            }
        }
        return widest;
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

    /** @return the view's number format: {@code hex}, {@code dec}, {@code bin} or {@code signed} */
    public String numberFormat() {
        return cells.radix().key();
    }

    /** @return the background of changed values */
    public RGB highlightColor() {
        return cells.highlight().getRGB();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        MmioPreferences.store().removePropertyChangeListener(preferenceListener);
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        history().dispose(undoContext, true, true, true);
        if (tracker != null) {
            tracker.dispose();
        }
        if (cells != null) {
            cells.dispose();
        }
        super.dispose();
    }
}
