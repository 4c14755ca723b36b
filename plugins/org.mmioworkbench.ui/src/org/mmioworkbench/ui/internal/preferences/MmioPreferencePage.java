package org.mmioworkbench.ui.internal.preferences;

import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.mmioworkbench.ui.internal.HelpContexts;

/** Window › Preferences › MMIO Workbench: number format, change highlight, refresh rate. */
public class MmioPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** Creates the page with its fields laid out in a grid. */
    public MmioPreferencePage() {
        super(GRID);
        setDescription("How the MMIO views show the simulation.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(MmioPreferences.store());
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        HelpContexts.set(getControl(), HelpContexts.PREFERENCE_PAGE);
    }

    @Override
    protected void createFieldEditors() {
        addField(new RadioGroupFieldEditor(MmioPreferences.NUMBER_FORMAT, "Register &values in:", 4,
                new String[][] {{"&Hexadecimal", "hex"}, {"&Decimal", "dec"}, {"&Binary", "bin"},
                    {"&Signed decimal", "signed"}},
                getFieldEditorParent(), true));
        addField(new ColorFieldEditor(MmioPreferences.HIGHLIGHT_COLOR, "&Highlight of values changed since the last stop:",
                getFieldEditorParent()));
        IntegerFieldEditor refresh = new IntegerFieldEditor(MmioPreferences.REFRESH_MILLIS,
                "&Refresh views at most every (ms):", getFieldEditorParent());
        refresh.setValidRange(20, 5000);
        addField(refresh);
    }
}
