package org.mmioworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.mmioworkbench.ui.tests.Workbench.processEvents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Finding, expanding and selecting rows of a tree as a user does: by the names in its first column. */
final class TreeRows {
    private TreeRows() {
    }

    /** Finds a row by the names on its path, expanding the rows on the way as a user would. */
    static TreeItem row(Tree tree, String... path) {
        TreeItem[] level = tree.getItems();
        TreeItem found = null;
        for (int i = 0; i < path.length; i++) {
            found = null;
            for (TreeItem item : level) {
                if (item.getText(0).equals(path[i])) {
                    found = item;
                    break;
                }
            }
            assertNotNull(found, "row " + String.join("/", Arrays.copyOf(path, i + 1)) + " in " + names(level));
            if (i < path.length - 1) {
                expand(tree, found);
                level = found.getItems();
            }
        }
        return found;
    }

    /** Expands a row as a click on its twistie does. */
    static void expand(Tree tree, TreeItem item) {
        if (!item.getExpanded()) {
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Expand, event);
            item.setExpanded(true);
            processEvents();
        }
    }

    /** Selects a row as a click does. */
    static void select(Tree tree, TreeItem item) {
        tree.setSelection(item);
        tree.notifyListeners(SWT.Selection, new Event());
        processEvents();
    }

    /** The names of rows, in their order. */
    static List<String> names(TreeItem[] items) {
        List<String> names = new ArrayList<>();
        for (TreeItem item : items) {
            names.add(item.getText(0));
        }
        return names;
    }
}
