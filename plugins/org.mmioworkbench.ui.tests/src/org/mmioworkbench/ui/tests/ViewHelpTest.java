package org.mmioworkbench.ui.tests;

import static org.mmioworkbench.ui.tests.Workbench.processEvents;
import static org.mmioworkbench.ui.tests.Workbench.screenshot;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mmioworkbench.ui.internal.HelpContexts;
import org.mmioworkbench.ui.internal.views.RegisterEditorView;

/** F1 in each MMIO view opens the platform's Help view on that view's help text. */
class ViewHelpTest {
    private static final String HELP_VIEW = "org.eclipse.help.ui.HelpView";

    @ParameterizedTest
    @CsvSource({
        "org.mmioworkbench.ui.views.regionMap, org.mmioworkbench.ui.region_map_view, MMIO_U_SHARED",
        "org.mmioworkbench.ui.views.handles, org.mmioworkbench.ui.handles_view, KnHandleRevoke",
        "org.mmioworkbench.ui.views.registerEditor, org.mmioworkbench.ui.register_editor_view, filter box",
        "org.mmioworkbench.ui.views.diagnostics, org.mmioworkbench.ui.diagnostics_view, line of driver source",
        "org.mmioworkbench.ui.views.accessTrace, org.mmioworkbench.ui.access_trace_view, Go Back to This Event",
    })
    void f1InAViewShowsItsHelpText(String viewId, String contextId, String aPhraseOfItsText) throws Exception {
        IContext context = HelpSystem.getContext(contextId);
        assertNotNull(context, "contexts.xml defines " + contextId);
        assertTrue(context.getText().contains(aPhraseOfItsText), context.getText());

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart help = page.findView(HELP_VIEW);
        if (help != null) {
            page.hideView(help);
        }
        IViewPart view = page.showView(viewId);
        processEvents();
        Control focus = view.getSite().getShell().getDisplay().getFocusControl();
        assertNotNull(focus, "a control of the view has the focus");
        pressF1(focus);
        waitUntil(() -> page.findView(HELP_VIEW) != null, "F1 to open the Help view");
        if (viewId.equals(RegisterEditorView.ID)) {
            screenshot("f1-help.png");
        }
    }

    @AfterEach
    void closeTheHelpView() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart help = page.findView(HELP_VIEW);
        if (help != null) {
            page.hideView(help);
        }
        processEvents();
    }

    /** Sends the help event as SWT does for F1: to the nearest control, from the focus up, that listens. */
    private static void pressF1(Control focus) {
        for (Control control = focus; control != null; control = control.getParent()) {
            if (control.isListening(SWT.Help)) {
                control.notifyListeners(SWT.Help, new Event());
                return;
            }
        }
        throw new AssertionError("no control from " + focus + " up has help");
    }

    @ParameterizedTest
    @CsvSource({
        "org.mmioworkbench.ui.new_board_wizard, board template",
        "org.mmioworkbench.ui.preference_page, refresh",
    })
    void theWizardAndThePreferencePageHaveHelpTexts(String contextId, String aPhraseOfItsText) {
        assertTrue(contextId.equals(HelpContexts.NEW_BOARD_WIZARD) || contextId.equals(HelpContexts.PREFERENCE_PAGE));
        IContext context = HelpSystem.getContext(contextId);
        assertNotNull(context, "contexts.xml defines " + contextId);
        assertTrue(context.getText().contains(aPhraseOfItsText), context.getText());
    }
}
