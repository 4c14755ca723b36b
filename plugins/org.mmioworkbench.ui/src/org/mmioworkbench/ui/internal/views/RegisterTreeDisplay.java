package org.mmioworkbench.ui.internal.views;

import static org.mmioworkbench.ui.internal.views.RegisterEditorView.VALUE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.ITreeViewerListener;
import org.eclipse.jface.viewers.TreeExpansionEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.mmioworkbench.core.inspect.RegisterNode;
import org.mmioworkbench.core.inspect.RegisterTree;

/**
 * Puts a {@link RegisterTree} into the Register Editor's virtual tree viewer: rows are created when
 * their parent is expanded and filled when scrolled into view. It remembers which rows the user
 * expanded and opens them again when the tree is replaced (a new filter, a new session of a board
 * with the same devices), keeping the top row and the selection where the filter still shows them.
 */
final class RegisterTreeDisplay {
    /** Stop looking for rows on screen after this many (a tall screen shows fewer). */
    private static final int MAX_VISIBLE_ROWS = 500;

    private final TreeViewer viewer;
    /** Keys of the rows the user expanded. */
    private final Set<String> expanded = new LinkedHashSet<>();
    private boolean restoring;

    /**
     * Sets the viewer's content provider and starts following what the user expands.
     *
     * @param viewer a tree viewer made with {@code SWT.VIRTUAL}
     */
    RegisterTreeDisplay(TreeViewer viewer) {
        this.viewer = viewer;
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new LazyContent());
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
    }

    /**
     * Shows a tree from scratch and opens the rows the user had expanded and those the filter opens.
     *
     * @param rows the tree, or null for an empty viewer
     */
    void show(RegisterTree rows) {
        if (rows == null) {
            viewer.setInput(null);
            return;
        }
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
            byDepth.sort(Comparator.comparingInt(RegisterTreeDisplay::depth));
            for (RegisterNode node : byDepth) {
                TreeItem item = itemFor(rows, node);
                if (item != null && item.getItemCount() > 0 && !item.getExpanded()
                        && (item.getParentItem() == null || item.getParentItem().getExpanded())) {
                    item.setExpanded(true);
                }
            }
            // the same rows in view and selected as before, where the filter still shows them
            TreeItem topItem = visibleItem(rows, top);
            if (topItem != null) {
                tree.setTopItem(topItem);
            }
            TreeItem selectedItem = visibleItem(rows, selected);
            if (selectedItem != null) {
                tree.setSelection(selectedItem);
            }
        } finally {
            tree.setRedraw(true);
            restoring = false;
        }
    }

    /**
     * Opens the rows leading to a row of the tree shown, selects it (telling the viewer's selection listeners) and
     * scrolls it into view.
     *
     * @param rows the tree shown
     * @param node a row the filter shows
     * @return true if it is now selected
     */
    boolean reveal(RegisterTree rows, RegisterNode node) {
        if (!rows.isShown(node)) {
            return false;
        }
        List<RegisterNode> ancestors = new ArrayList<>();
        for (RegisterNode n = node.parent(); n != null; n = n.parent()) {
            ancestors.add(0, n);
        }
        for (RegisterNode a : ancestors) {
            TreeItem item = itemFor(rows, a);
            if (item == null) {
                return false;
            }
            if (!item.getExpanded()) {
                item.setExpanded(true);
            }
        }
        TreeItem item = itemFor(rows, node);
        if (item == null) {
            return false;
        }
        Tree tree = viewer.getTree();
        tree.setSelection(item);
        tree.showItem(item);
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.item = item;
        tree.notifyListeners(org.eclipse.swt.SWT.Selection, event); // the viewer tells its selection listeners
        return true;
    }

    /**
     * Updates the rows on screen whose value text or highlight is no longer what the cells show.
     * Rows off screen are filled when they are scrolled into view.
     *
     * @param cells what the cells show now
     */
    void updateVisibleRows(RegisterCells cells) {
        Tree tree = viewer.getTree();
        TreeItem item = tree.getTopItem();
        int bottom = tree.getClientArea().y + tree.getClientArea().height;
        for (int n = 0; item != null && n < MAX_VISIBLE_ROWS; n++) {
            Rectangle bounds = item.getBounds();
            if (bounds.y > bottom) {
                break;
            }
            if (item.getData() instanceof RegisterNode node && !(node instanceof RegisterNode.Device)
                    && !(node instanceof RegisterNode.Cluster)) {
                Color background = cells.background(node);
                if (!item.getText(VALUE).equals(cells.text(node, VALUE)) || !Objects.equals(
                        item.getBackground(VALUE).getRGB(), background == null ? tree.getBackground().getRGB()
                                : background.getRGB())) {
                    viewer.update(node, null);
                }
            }
            item = nextVisible(item);
        }
    }

    /** The item of a row the filter shows under expanded rows (showing it then expands nothing), or null. */
    private TreeItem visibleItem(RegisterTree rows, RegisterNode node) {
        if (node == null || !rows.isShown(node)) {
            return null;
        }
        TreeItem item = itemFor(rows, node);
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
     * @param rows the tree shown
     * @param node a row of it
     * @return its item, or null if the filter hides it
     */
    private TreeItem itemFor(RegisterTree rows, RegisterNode node) {
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
            TreeItem parentItem = itemFor(rows, parent);
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
}
