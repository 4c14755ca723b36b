package org.mmioworkbench.debug.ui;

import java.util.List;

import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.mmioworkbench.core.SourceIndex;
import org.mmioworkbench.core.SourceIndex.Symbol;

/**
 * The Outline view of a driver file: its functions, global variables, {@code #define}s and (scripts) processes and
 * variables, in the order of their lines, as the last check of the text (half a second after typing) found them.
 * Selecting one moves the editor there.
 */
final class DriverOutlinePage extends ContentOutlinePage {
    private final DriverEditor editor;

    DriverOutlinePage(DriverEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ArrayContentProvider.getInstance().getElements(input);
            }

            @Override
            public Object[] getChildren(Object parent) {
                return new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return false;
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return label((Symbol) element);
            }

            @Override
            public Image getImage(Object element) {
                return image((Symbol) element);
            }
        });
        viewer.addSelectionChangedListener(e -> {
            if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Symbol sym) {
                editor.reveal(sym.line());
            }
        });
        SourceIndex index = editor.index();
        viewer.setInput(index == null ? List.of() : index.outline());
    }

    /**
     * Shows a new check's names, keeping the selection where the same name is still there.
     *
     * @param index the check's result
     */
    void update(SourceIndex index) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<Symbol> now = index.outline();
        if (now.equals(viewer.getInput())) {
            return;
        }
        viewer.getControl().setRedraw(false);
        try {
            viewer.setInput(now);
        } finally {
            viewer.getControl().setRedraw(true);
        }
    }

    /** How the outline names a symbol: its declaration, a macro with its body. */
    static String label(Symbol s) {
        return switch (s.kind()) {
            case MACRO -> s.name() + (s.detail().isEmpty() ? "" : "  " + s.detail());
            case PROCESS -> "process " + s.name();
            default -> s.detail();
        };
    }

    static Image image(Symbol s) {
        return switch (s.kind()) {
            case FUNCTION -> DebugUITools.getImage(IDebugUIConstants.IMG_OBJS_STACKFRAME);
            case VARIABLE -> DebugUITools.getImage(IDebugUIConstants.IMG_OBJS_VARIABLE);
            case PROCESS -> DebugUITools.getImage(IDebugUIConstants.IMG_OBJS_THREAD_RUNNING);
            default -> PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT);
        };
    }
}
