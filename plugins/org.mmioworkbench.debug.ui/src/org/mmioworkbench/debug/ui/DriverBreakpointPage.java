package org.mmioworkbench.debug.ui;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;
import org.mmioworkbench.debug.core.DriverLineBreakpoint;

/**
 * The properties of a driver line breakpoint (Breakpoints view › Breakpoint Properties…): a C condition that must
 * hold for it to suspend, and the hit that suspends, as gdb's {@code condition} and {@code ignore}.
 */
public final class DriverBreakpointPage extends PropertyPage {
    private Button conditional;
    private Text condition;
    private Button counted;
    private Spinner hitCount;

    private DriverLineBreakpoint breakpoint() {
        return Adapters.adapt(getElement(), DriverLineBreakpoint.class);
    }

    @Override
    protected Control createContents(Composite parent) {
        noDefaultAndApplyButton();
        DriverLineBreakpoint b = breakpoint();
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
        conditional = new Button(top, SWT.CHECK);
        conditional.setText("&Condition (a C expression, in the frame the breakpoint is in):");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(conditional);
        condition = new Text(top, SWT.BORDER);
        condition.setMessage("e.g. c == '\\n' || n > 16");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(condition);
        counted = new Button(top, SWT.CHECK);
        counted.setText("&Hit count: suspend at hit");
        hitCount = new Spinner(top, SWT.BORDER);
        hitCount.setMinimum(1);
        hitCount.setMaximum(Integer.MAX_VALUE);
        Label note = new Label(top, SWT.WRAP);
        note.setText("The hits before it pass; from it on, every hit suspends. Both apply to running launches at once.");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(note);
        String c = b == null ? null : b.condition();
        conditional.setSelection(c != null);
        condition.setText(c == null ? "" : c);
        int n = b == null ? 0 : b.hitCount();
        counted.setSelection(n > 0);
        hitCount.setSelection(Math.max(1, n));
        conditional.addListener(SWT.Selection, e -> update());
        counted.addListener(SWT.Selection, e -> update());
        condition.addModifyListener(e -> update());
        update();
        return top;
    }

    /**
     * Fills the page as a user would: ticks and types the condition (null unticks it), ticks and sets the hit count
     * (0 unticks it).
     */
    public void set(String conditionText, int hit) {
        conditional.setSelection(conditionText != null);
        condition.setText(conditionText == null ? "" : conditionText);
        counted.setSelection(hit > 0);
        hitCount.setSelection(Math.max(1, hit));
        update();
    }

    private void update() {
        condition.setEnabled(conditional.getSelection());
        hitCount.setEnabled(counted.getSelection());
        boolean valid = !conditional.getSelection() || !condition.getText().isBlank();
        setErrorMessage(valid ? null : "Type the condition, or untick it.");
        setValid(valid);
    }

    @Override
    public boolean performOk() {
        DriverLineBreakpoint b = breakpoint();
        if (b == null) {
            return true;
        }
        try {
            b.setCondition(conditional.getSelection() ? condition.getText() : null);
            b.setHitCount(counted.getSelection() ? hitCount.getSelection() : 0);
            return true;
        } catch (CoreException e) {
            setErrorMessage("The breakpoint cannot be changed: " + e.getMessage());
            return false;
        }
    }
}
