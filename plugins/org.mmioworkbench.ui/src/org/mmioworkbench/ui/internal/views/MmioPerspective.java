package org.mmioworkbench.ui.internal.views;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The MMIO perspective: the editor area with the Region Map and the Handles view, the Register Editor,
 * the console, the Properties and the Diagnostics view; the Run and Debug buttons and the Run menu's breakpoint commands for driver
 * code, and a shortcut to the Debug perspective (which shows the Register Editor and the Region Map too).
 */
public class MmioPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.addView(RegionMapView.ID, IPageLayout.TOP, 0.38f, editorArea);
        layout.addView(HandlesView.ID, IPageLayout.RIGHT, 0.58f, editorArea);
        IFolderLayout bottom = layout.createFolder("org.mmioworkbench.ui.bottom", IPageLayout.BOTTOM, 0.2f, editorArea);
        bottom.addView(RegisterEditorView.ID);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(DiagnosticsView.ID);
        bottom.addPlaceholder("org.eclipse.ui.console.ConsoleView");
        layout.addShowViewShortcut(RegionMapView.ID);
        layout.addShowViewShortcut(HandlesView.ID);
        layout.addShowViewShortcut(RegisterEditorView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(DiagnosticsView.ID);
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
