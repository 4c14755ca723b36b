package org.mmioworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.ui.internal.preferences.MmioPreferences;

/** The MMIO preferences: defaults, limits, persistence in the platform store, and the page. */
class PreferencesTest {

    @AfterEach
    void restoreDefaults() {
        MmioPreferences.store().setToDefault(MmioPreferences.REFRESH_MILLIS);
        MmioPreferences.store().setToDefault(MmioPreferences.NUMBER_FORMAT);
    }

    @Test
    void defaultsAreHexAndATenthOfASecond() {
        assertEquals("hex", MmioPreferences.store().getString(MmioPreferences.NUMBER_FORMAT));
        assertEquals(100, MmioPreferences.refreshMillis());
    }

    @Test
    void aChangedPreferenceIsSavedInTheInstanceScope() throws Exception {
        MmioPreferences.store().setValue(MmioPreferences.NUMBER_FORMAT, "bin");
        MmioPreferences.store().setValue(MmioPreferences.REFRESH_MILLIS, 250);
        ((ScopedPreferenceStore) MmioPreferences.store()).save();
        var node = InstanceScope.INSTANCE.getNode(MmioPreferences.QUALIFIER);
        assertEquals("bin", node.get(MmioPreferences.NUMBER_FORMAT, null));
        assertEquals(250, node.getInt(MmioPreferences.REFRESH_MILLIS, 0));
        assertEquals(250, MmioPreferences.refreshMillis());
    }

    @Test
    void anOutOfRangeRefreshRateIsClamped() {
        MmioPreferences.store().setValue(MmioPreferences.REFRESH_MILLIS, 1);
        assertEquals(20, MmioPreferences.refreshMillis());
        MmioPreferences.store().setValue(MmioPreferences.REFRESH_MILLIS, 999_999);
        assertEquals(5000, MmioPreferences.refreshMillis());
    }

    @Test
    void thePreferencePageOpensInThePreferencesDialog() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.mmioworkbench.ui.preferences",
                null, null);
        assertNotNull(dialog);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals("MMIO Workbench", dialog.getSelectedPage() == null ? null
                    : ((org.eclipse.jface.preference.IPreferencePage) dialog.getSelectedPage()).getTitle());
        } finally {
            dialog.close();
        }
    }
}
