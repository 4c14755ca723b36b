package org.mmioworkbench.ui.tests;

import static org.mmioworkbench.ui.tests.Workbench.processEvents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmioworkbench.ui.internal.views.AccessTraceView;
import org.mmioworkbench.ui.internal.views.DiagnosticsView;
import org.mmioworkbench.ui.internal.views.HandlesView;
import org.mmioworkbench.ui.internal.views.RegionMapView;
import org.mmioworkbench.ui.internal.views.RegisterEditorView;

/**
 * The MMIO perspective as the product shows it: every view with its icon, and nothing in the error log.
 * The test runtime starts the same SPI weaving bundle as the product. With an ASM too old for the JDK,
 * SVG icons did not load, each paint of the tab row of the Register Editor and the Properties view logged
 * an "Unhandled event loop exception", and the tabs were not drawn; the second test caught that.
 */
class PerspectiveTest {

    @ParameterizedTest
    @ValueSource(strings = {RegionMapView.ID, HandlesView.ID, RegisterEditorView.ID, DiagnosticsView.ID,
        AccessTraceView.ID, IPageLayout.ID_PROP_SHEET})
    void theIconOfEachViewInThePerspectiveLoads(String viewId) {
        IViewDescriptor view = PlatformUI.getWorkbench().getViewRegistry().find(viewId);
        assertNotNull(view, viewId);
        Image icon = view.getImageDescriptor().createImage(false);
        assertNotNull(icon, "the icon of " + view.getLabel() + " loads");
        icon.dispose();
    }

    @Test
    void resettingThePerspectiveDrawsItsViewsWithoutErrorsInTheLog() throws Exception {
        List<IStatus> errors = new ArrayList<>();
        ILogListener listener = (status, plugin) -> {
            if (status.matches(IStatus.ERROR)) {
                errors.add(status);
            }
        };
        Platform.addLogListener(listener);
        try {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective("org.mmioworkbench.ui.perspective", window);
            page.resetPerspective();
            page.showView(IPageLayout.ID_PROP_SHEET);
            page.showView(RegisterEditorView.ID);
            window.getShell().redraw();
            window.getShell().update();
            processEvents();
            assertNotNull(page.findView(RegionMapView.ID));
            assertNotNull(page.findView(HandlesView.ID));
            assertNotNull(page.findViewReference(AccessTraceView.ID), "the Access Trace view is in the perspective");
        } finally {
            Platform.removeLogListener(listener);
        }
        assertEquals(List.of(), errors.stream().map(s -> s.getMessage() + " " + s.getException()).toList());
    }
}
