package org.mmioworkbench.ui.internal.views;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The MMIO perspective: the Region Map across the top, with the Access Trace behind it (a table as wide as the
 * window); the Register Editor (with the Properties and Diagnostics
 * views) on the right, at full height, so that registers and their fields show whole at 1280x800; the driver files
 * (Project Explorer) and their editor on the left, the Handles view (with the console) below them. The Run and Debug
 * buttons and the Run menu's breakpoint commands for driver code, and a shortcut to the Debug perspective (which
 * shows the Register Editor, the Region Map and the Diagnostics view too).
 */
public class MmioPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        IFolderLayout top = layout.createFolder("org.mmioworkbench.ui.top", IPageLayout.TOP, 0.32f, editorArea);
        top.addView(RegionMapView.ID);
        top.addView(AccessTraceView.ID); // as wide as the window, for its columns
        IFolderLayout registers = layout.createFolder("org.mmioworkbench.ui.right", IPageLayout.RIGHT, 0.45f,
                editorArea);
        registers.addView(RegisterEditorView.ID);
        registers.addView(IPageLayout.ID_PROP_SHEET);
        registers.addView(DiagnosticsView.ID);
        IFolderLayout bottom = layout.createFolder("org.mmioworkbench.ui.bottom", IPageLayout.BOTTOM, 0.45f,
                editorArea);
        bottom.addView(HandlesView.ID);
        bottom.addPlaceholder("org.eclipse.ui.console.ConsoleView");
        layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.3f, editorArea);
        layout.addShowViewShortcut(RegionMapView.ID);
        layout.addShowViewShortcut(HandlesView.ID);
        layout.addShowViewShortcut(RegisterEditorView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(DiagnosticsView.ID);
        layout.addShowViewShortcut(AccessTraceView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(IDebugUIConstants.ID_DEBUG_VIEW);
        layout.addShowViewShortcut(IDebugUIConstants.ID_BREAKPOINT_VIEW);
        layout.addPerspectiveShortcut(IDebugUIConstants.ID_DEBUG_PERSPECTIVE);
        // Run / Debug As on drivers, and Run > Toggle Breakpoint (Ctrl+Shift+B) in the driver-code editor
        layout.addActionSet(IDebugUIConstants.LAUNCH_ACTION_SET);
        layout.addActionSet("org.eclipse.debug.ui.breakpointActionSet");
        layout.addNewWizardShortcut("org.mmioworkbench.ui.wizards.newBoard");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
    }
}
