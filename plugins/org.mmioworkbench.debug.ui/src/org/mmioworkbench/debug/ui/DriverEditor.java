package org.mmioworkbench.debug.ui;

import org.eclipse.ui.editors.text.TextEditor;

/**
 * The editor of driver code ({@code *.c}, {@code *.h}, {@code *.mmio}): C colouring, and line breakpoints toggled by a
 * double-click in the ruler or with Run &gt; Toggle Breakpoint (Ctrl+Shift+B). It is not the default editor of C
 * files, so it never takes them away from a C editor the user already has; driver breakpoints and the launch
 * shortcut work in any editor of a C file.
 */
public final class DriverEditor extends TextEditor {
    /** The editor's identifier. */
    public static final String ID = "org.mmioworkbench.debug.ui.driverEditor";

    /** Sets up colouring. */
    public DriverEditor() {
        setSourceViewerConfiguration(new DriverSourceViewerConfiguration(getPreferenceStore()));
    }
}
