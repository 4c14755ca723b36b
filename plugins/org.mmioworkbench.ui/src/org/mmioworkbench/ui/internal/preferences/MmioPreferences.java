package org.mmioworkbench.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The preferences of the MMIO views, stored with the platform's preference service (instance
 * scope, so they persist with the workspace), and their defaults.
 */
public final class MmioPreferences extends AbstractPreferenceInitializer {
    /** The preference node. */
    public static final String QUALIFIER = "org.mmioworkbench.ui";
    /**
     * How register values are shown where no row chose a format of its own: {@code hex}, {@code dec}, {@code bin} or
     * {@code signed}. The rows' own formats are kept per board under the Register Editor's
     * {@code registerEditor.numberFormats.BOARD}.
     */
    public static final String NUMBER_FORMAT = "numberFormat";
    /** The background of values that changed since the last stop. */
    public static final String HIGHLIGHT_COLOR = "highlightColor";
    /** Whether the Register Editor shows its bit view under the tree (true by default). */
    public static final String SHOW_BITS = "registerEditor.showBits";
    /** The longest a view waits before showing what the simulation did, in milliseconds. */
    public static final String REFRESH_MILLIS = "refreshMillis";

    /** The default highlight: a soft yellow, readable in light themes. */
    public static final RGB DEFAULT_HIGHLIGHT = new RGB(0xFF, 0xE8, 0x8C);
    /** The default refresh period. */
    public static final int DEFAULT_REFRESH_MILLIS = 100;

    private static ScopedPreferenceStore store;

    /**
     * Returns the store the views and the preference page share.
     *
     * @return the instance-scope store of {@link #QUALIFIER}
     */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
        }
        return store;
    }

    /**
     * Returns the refresh period, limited to a sane range.
     *
     * @return milliseconds between 20 and 5000
     */
    public static int refreshMillis() {
        int value = store().getInt(REFRESH_MILLIS);
        return value <= 0 ? DEFAULT_REFRESH_MILLIS : Math.max(20, Math.min(5000, value));
    }

    @Override
    public void initializeDefaultPreferences() {
        IPreferenceStore defaults = store();
        defaults.setDefault(NUMBER_FORMAT, "hex");
        PreferenceConverter.setDefault(defaults, HIGHLIGHT_COLOR, DEFAULT_HIGHLIGHT);
        defaults.setDefault(REFRESH_MILLIS, DEFAULT_REFRESH_MILLIS);
        defaults.setDefault(SHOW_BITS, true);
    }
}
