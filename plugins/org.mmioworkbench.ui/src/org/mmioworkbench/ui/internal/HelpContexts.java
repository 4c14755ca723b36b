package org.mmioworkbench.ui.internal;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/** The F1 help contexts of the MMIO views, wizard and preference page (their texts are in contexts.xml). */
public final class HelpContexts {
    private static final String PREFIX = "org.mmioworkbench.ui.";
    /** Help of the Region Map view. */
    public static final String REGION_MAP_VIEW = PREFIX + "region_map_view";
    /** Help of the Handles view. */
    public static final String HANDLES_VIEW = PREFIX + "handles_view";
    /** Help of the Register Editor view. */
    public static final String REGISTER_EDITOR_VIEW = PREFIX + "register_editor_view";
    /** The Diagnostics view. */
    public static final String DIAGNOSTICS_VIEW = PREFIX + "diagnostics_view";
    /** The Access Trace view. */
    public static final String ACCESS_TRACE_VIEW = PREFIX + "access_trace_view";
    /** Help of the New Board File wizard. */
    public static final String NEW_BOARD_WIZARD = PREFIX + "new_board_wizard";
    /** Help of the MMIO Workbench preference page. */
    public static final String PREFERENCE_PAGE = PREFIX + "preference_page";

    private HelpContexts() {
    }

    /**
     * Makes F1 on a control, or on any control inside it, show a help context.
     *
     * @param control the control
     * @param contextId one of this class's ids
     */
    public static void set(Control control, String contextId) {
        PlatformUI.getWorkbench().getHelpSystem().setHelp(control, contextId);
    }
}
