package org.mmioworkbench.ui.internal.views;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ITreeViewerListener;
import org.eclipse.jface.viewers.TreeExpansionEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.mmioworkbench.core.HandleInfo;
import org.mmioworkbench.core.HandleKind;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.HandleState;
import org.mmioworkbench.core.KernelClaimInfo;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TransferResult;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.ui.internal.HelpContexts;
import org.mmioworkbench.core.inspect.RegionRow;
import org.mmioworkbench.core.inspect.HandleNodes;

/**
 * The Handles view: the kernel and every process of the active session with their handles — value,
 * kind, the region it refers to, its rights, where it came from, and whether it is still valid. Its
 * actions close, revoke and transfer handles (with all or some of their rights) through the simulated
 * API, so they follow the API's rules and appear in the trace. Observes the session; holds no
 * simulation state.
 */
public class HandlesView extends ViewPart {
    /** The view's id in plugin.xml. */
    public static final String ID = "org.mmioworkbench.ui.views.handles";

    private static final RGB REVOKED = new RGB(0xB0, 0x30, 0x30);

    private TreeViewer viewer;
    private ActiveSessionTracker tracker;
    /** The session the tree was last built from. */
    private SimulationSession shownSession;
    private Action closeAction;
    private Action revokeAction;
    private Action transferAction;
    private String lastResult = "";
    /** Actors the user collapsed; every other actor is shown expanded, also new ones. */
    private final Set<String> collapsed = new HashSet<>();

    @Override
    public void createPartControl(Composite parent) {
        HelpContexts.set(parent, HelpContexts.HANDLES_VIEW);
        Composite holder = new Composite(parent, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        holder.setLayout(layout);
        viewer = new TreeViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        viewer.setContentProvider(new ContentProvider());
        viewer.addTreeListener(new ITreeViewerListener() {
            @Override
            public void treeCollapsed(TreeExpansionEvent event) {
                if (event.getElement() instanceof HandleNodes.Actor actor) {
                    collapsed.add(actor.name());
                }
            }

            @Override
            public void treeExpanded(TreeExpansionEvent event) {
                if (event.getElement() instanceof HandleNodes.Actor actor) {
                    collapsed.remove(actor.name());
                }
            }
        });
        ColumnViewerToolTipSupport.enableFor(viewer);

        // the tree column is wide enough for a process name below the tree's indentation
        column(layout, "Process / handle", 22, 150, this::name);
        column(layout, "Kind", 10, 60, this::kind);
        column(layout, "Region", 30, 60, this::region);
        column(layout, "Rights", 18, 60, this::rights);
        column(layout, "From", 28, 60, this::origin);
        column(layout, "State", 10, 60, this::state);

        createActions();
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        tree.setMenu(menu.createContextMenu(tree));
        getSite().registerContextMenu(menu, viewer);
        getSite().setSelectionProvider(viewer);
        viewer.addSelectionChangedListener(e -> updateActions());
        tree.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                if (e.keyCode == SWT.DEL && closeAction.isEnabled()) {
                    closeAction.run();
                }
            }
        });

        tracker = new ActiveSessionTracker(SessionRegistry.getDefault(), getSite().getWorkbenchWindow(), this::refresh);
        refresh();
    }

    /**
     * Selects every handle of a region, in every process (what selecting the region in the Region Map
     * does).
     *
     * @param row the region
     */
    void selectHandlesOf(RegionRow row) {
        if (!(viewer.getInput() instanceof List<?> roots)) {
            return;
        }
        List<Object> handles = roots.stream().map(HandleNodes.Actor.class::cast)
                .flatMap(a -> a.children().stream())
                .filter(c -> c instanceof HandleInfo h && h.region().overlaps(row.range())).toList();
        viewer.setSelection(new StructuredSelection(handles), true);
    }

    private void column(TreeColumnLayout layout, String title, int weight, int minimumWidth,
            Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setMoveable(true);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth, true));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public Color getForeground(Object element) {
                return element instanceof HandleInfo h && h.state() == HandleState.REVOKED ? new Color(REVOKED) : null;
            }

            @Override
            public String getToolTipText(Object element) {
                if (element instanceof HandleInfo h) {
                    return "Handle " + name(h) + " of " + h.process() + ": " + kind(h) + " of " + region(h)
                            + "\nRights: " + rights(h) + "\n" + origin(h) + h.parent().map(p -> "\nDescendant of handle "
                                    + HandleNodes.handleText(p.value()) + " of " + p.process()).orElse("")
                            + "\n" + state(h);
                }
                return null;
            }
        });
    }

    private String name(Object element) {
        if (element instanceof HandleNodes.Actor actor) {
            return actor.kernel() ? "kernel" : actor.name();
        }
        if (element instanceof HandleInfo h) {
            return HandleNodes.handleText(h.value());
        }
        return "uses";
    }

    private String kind(Object element) {
        if (element instanceof HandleInfo h) {
            return h.kind() == HandleKind.REGION ? "region" : "mapping";
        }
        return element instanceof KernelClaimInfo ? "kernel use" : "";
    }

    private String region(Object element) {
        if (element instanceof HandleInfo h) {
            String range = rangeText(h.region().base(), h.region().size());
            return h.kind() == HandleKind.MAPPING ? range + String.format(" at 0x%X", h.virtualAddress()) : range;
        }
        if (element instanceof KernelClaimInfo c) {
            return rangeText(c.range().base(), c.range().size()) + " " + String.join(", ", c.devices());
        }
        return "";
    }

    private String rights(Object element) {
        return element instanceof HandleInfo h ? h.rights().toString() : "";
    }

    private static String rangeText(long base, long size) {
        return String.format("0x%08X-0x%08X", base, base + size - 1);
    }

    private String origin(Object element) {
        if (element instanceof HandleInfo h) {
            return HandleNodes.origin(h);
        }
        return element instanceof KernelClaimInfo c ? HandleNodes.origin(c) : "";
    }

    private String state(Object element) {
        if (element instanceof HandleInfo h) {
            return h.state() == HandleState.VALID ? "valid" : "revoked";
        }
        return "";
    }

    private void createActions() {
        closeAction = new Action("&Close Handle\tDel") {
            @Override
            public void run() {
                selectedHandle().ifPresent(h -> report("KnHandleClose", h,
                        simulator().process(h.process()).api().knHandleClose(h.value())));
            }
        };
        closeAction.setToolTipText("KnHandleClose: closes this handle; its descendants stay valid");
        revokeAction = new Action("&Revoke Handle") {
            @Override
            public void run() {
                selectedHandle().ifPresent(h -> report("KnHandleRevoke", h,
                        simulator().process(h.process()).api().knHandleRevoke(h.value())));
            }
        };
        revokeAction.setToolTipText("KnHandleRevoke: closes this handle and revokes all its descendants");
        transferAction = new Action("&Transfer to Process...") {
            @Override
            public void run() {
                selectedHandle().ifPresent(HandlesView.this::transfer);
            }
        };
        transferAction.setToolTipText("Hands the handle to another process as an IPC message would");
        updateActions();
    }

    private void transfer(HandleInfo handle) {
        List<String> receivers = simulator().processes().stream().map(p -> p.name())
                .filter(n -> !n.equals(handle.process())).toList();
        TransferHandleDialog dialog = new TransferHandleDialog(getSite().getShell(), handle, receivers);
        if (dialog.open() == Window.OK) {
            transfer(handle, dialog.receiver(), dialog.rights());
        }
    }

    /**
     * Transfers a handle to a process as the Transfer action does, without the dialog.
     *
     * @param handle the handle
     * @param receiver the receiving process, created if new
     * @param rights the rights of the receiver's handle; more than the sender's is refused
     * @return the result of the transfer
     */
    public TransferResult transfer(HandleInfo handle, String receiver, HandleRights rights) {
        Simulator sim = simulator();
        TransferResult result = sim.ipcTransferHandle(sim.process(handle.process()), handle.value(),
                sim.process(receiver), rights);
        report("IPC transfer to " + receiver + " with rights " + rights, handle, result.rc());
        return result;
    }

    private void report(String operation, HandleInfo handle, Retcode rc) {
        lastResult = operation + " of handle " + HandleNodes.handleText(handle.value()) + " in " + handle.process()
                + ": " + rc.name();
        if (rc == Retcode.rcOk) {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(null);
            getViewSite().getActionBars().getStatusLineManager().setMessage(lastResult);
        } else {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(lastResult);
        }
        tracker.refreshSoon();
    }

    /**
     * Returns what the last action did, as the status line shows it.
     *
     * @return e.g. {@code KnHandleClose of handle 0x1 in driver: rcOk}, or an empty string
     */
    public String lastResult() {
        return lastResult;
    }

    private Optional<HandleInfo> selectedHandle() {
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return selected instanceof HandleInfo h ? Optional.of(h) : Optional.empty();
    }

    private Simulator simulator() {
        return tracker.active().map(SimulationSession::simulator).orElseThrow();
    }

    private void updateActions() {
        Optional<HandleInfo> handle = selectedHandle();
        closeAction.setEnabled(handle.isPresent());
        revokeAction.setEnabled(handle.isPresent());
        transferAction.setEnabled(handle.isPresent() && handle.get().kind() == HandleKind.REGION);
    }

    private void fillContextMenu(IMenuManager menu) {
        menu.add(closeAction);
        menu.add(revokeAction);
        menu.add(transferAction);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** Re-reads the active session; runs on the UI thread. */
    void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Optional<SimulationSession> active = tracker.active();
        if (active.isEmpty()) {
            shownSession = null;
            setContentDescription("No simulation session.");
            viewer.setInput(List.of());
        } else {
            List<HandleNodes.Actor> roots = HandleNodes.of(active.get().simulator());
            if (active.get() == shownSession && roots.equals(viewer.getInput())) {
                return; // nothing changed (a driver busy with its registers): keep the tree as it is
            }
            shownSession = active.get();
            long handles = roots.stream().filter(a -> !a.kernel()).mapToLong(a -> a.children().size()).sum();
            setContentDescription(String.format("Session '%s': %d process(es), %d handle(s)", active.get().name(),
                    roots.size() - 1, handles));
            viewer.setInput(roots);
            viewer.setExpandedElements(roots.stream().filter(a -> !collapsed.contains(a.name())).toArray());
        }
        updateActions();
    }

    /** @return the tree viewer, for tests */
    public TreeViewer getViewer() {
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

    /** Roots are actors; an actor's children are its handles or claims. */
    private static final class ContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof HandleNodes.Actor a ? a.children().toArray() : new Object[0];
        }

        private List<?> roots = List.of();

        @Override
        public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            roots = newInput instanceof List<?> list ? list : List.of();
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof HandleInfo h) {
                return roots.stream().filter(r -> ((HandleNodes.Actor) r).children().contains(h)).findFirst()
                        .orElse(null);
            }
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof HandleNodes.Actor a && !a.children().isEmpty();
        }
    }
}
