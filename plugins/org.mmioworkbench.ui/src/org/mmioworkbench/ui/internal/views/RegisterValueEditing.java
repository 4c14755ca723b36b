package org.mmioworkbench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.mmioworkbench.core.svd.SvdEnumeratedValue;
import org.mmioworkbench.core.svd.SvdEnumeration;
import org.mmioworkbench.core.inspect.Radix;
import org.mmioworkbench.core.inspect.RegisterNode;
import org.mmioworkbench.core.inspect.RegisterValues;
import org.mmioworkbench.core.inspect.RegisterWriter;
import org.mmioworkbench.core.inspect.SideEffects;

/**
 * Edits the Register Editor's values: a checkbox for a one-bit field, a combo box for a field with named
 * values, text checked as it is typed otherwise. A write-1-to-clear (write-0-to-clear) field is not edited as a
 * value: activating its cell clears it ({@link RegisterWriter#clearField}), as does the view's context menu. What the user chose goes through {@link RegisterWriter},
 * and the {@link Feedback} hears what happened.
 */
final class RegisterValueEditing extends EditingSupport {
    /** Where the editor says what happened; the view shows it in the status line. */
    interface Feedback {
        /**
         * Says what an edit did (or that nothing was written).
         *
         * @param severity how it went
         * @param message one sentence
         */
        void report(RegisterWriter.Severity severity, String message);

        /**
         * Says whether the text typed so far is a valid value.
         *
         * @param error why it is not, or null when it is
         */
        void typing(String error);
    }

    private final RegisterCells cells;
    private final Feedback feedback;
    private final TextCellEditor textEditor;
    private final CheckboxCellEditor checkEditor;
    private final ComboBoxCellEditor comboEditor;
    private List<Long> comboValues = List.of();
    private String initialText = "";

    /**
     * Creates the editing support of the value column.
     *
     * @param viewer the Register Editor's tree
     * @param cells what the cells show: the values and the number format
     * @param feedback who hears what edits did
     */
    RegisterValueEditing(TreeViewer viewer, RegisterCells cells, Feedback feedback) {
        super(viewer);
        this.cells = cells;
        this.feedback = feedback;
        Tree tree = viewer.getTree();
        textEditor = new TextCellEditor(tree);
        checkEditor = new CheckboxCellEditor(tree);
        comboEditor = new ComboBoxCellEditor(tree, new String[0], SWT.READ_ONLY);
        textEditor.addListener(new ICellEditorListener() {
            @Override
            public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                feedback.typing(newValidState ? null : textEditor.getErrorMessage());
            }

            @Override
            public void cancelEditor() {
                feedback.typing(null);
                feedback.report(RegisterWriter.Severity.INFO, "Edit cancelled: nothing was written.");
            }

            @Override
            public void applyEditorValue() {
                if (!textEditor.isValueValid()) {
                    feedback.report(RegisterWriter.Severity.ERROR, "Not written: " + textEditor.getErrorMessage());
                }
            }
        });
    }

    @Override
    protected boolean canEdit(Object element) {
        return cells.values() != null && (element instanceof RegisterNode.Reg || element instanceof RegisterNode.Field);
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        Radix radix = cells.radixOf((RegisterNode) element);
        if (element instanceof RegisterNode.Field f && (f.isFlag() || SideEffects.clearingBit(f).isPresent())) {
            return checkEditor; // a write-1-to-clear field: activating it clears it
        }
        if (element instanceof RegisterNode.Field f && f.isEnumerated()) {
            List<Long> numbers = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            SvdEnumeration e = f.field().svd().writeEnumeration()
                    .orElseGet(() -> f.field().svd().enumerations().get(0));
            for (SvdEnumeratedValue v : e.values()) {
                if (!v.isDefault()) {
                    numbers.add(v.value());
                    labels.add(v.name() + " = " + radix.format(v.value(), f.bits()));
                }
            }
            comboValues = List.copyOf(numbers);
            comboEditor.setItems(labels.toArray(new String[0]));
            return comboEditor;
        }
        int bits = element instanceof RegisterNode.Field f ? f.bits() : ((RegisterNode.Reg) element).bits();
        textEditor.setValidator(value -> {
            try {
                radix.parse((String) value, bits);
                return null;
            } catch (NumberFormatException e) {
                // TextCellEditor passes the message through MessageFormat while typing
                return e.getMessage().replace("'", "''").replace("{", "'{'").replace("}", "'}'");
            }
        });
        return textEditor;
    }

    @Override
    protected Object getValue(Object element) {
        RegisterValues values = cells.values();
        Radix radix = cells.radixOf((RegisterNode) element);
        if (element instanceof RegisterNode.Field f) {
            long current = f.field().get(values.value(f.register()));
            if (f.isFlag() || SideEffects.clearingBit(f).isPresent()) {
                return current != 0;
            }
            if (f.isEnumerated()) {
                return comboValues.indexOf(current);
            }
            initialText = radix.format(current, f.bits());
            return initialText;
        }
        RegisterNode.Reg r = (RegisterNode.Reg) element;
        initialText = radix.format(values.value(r), r.bits());
        return initialText;
    }

    @Override
    protected void setValue(Object element, Object value) {
        RegisterValues values = cells.values();
        Radix radix = cells.radixOf((RegisterNode) element);
        if (values == null) {
            return;
        }
        RegisterWriter.Outcome outcome;
        if (element instanceof RegisterNode.Field f && SideEffects.clearingBit(f).isPresent()) {
            outcome = RegisterWriter.clearField(values, f, radix); // whatever the checkbox says: a clear
        } else if (element instanceof RegisterNode.Field f) {
            long fieldValue;
            if (f.isFlag()) {
                fieldValue = Boolean.TRUE.equals(value) ? 1 : 0;
            } else if (f.isEnumerated()) {
                int index = (Integer) value;
                if (index < 0 || index >= comboValues.size()) {
                    return;
                }
                fieldValue = comboValues.get(index);
            } else {
                if (value.equals(initialText)) {
                    return;
                }
                fieldValue = radix.parse((String) value, f.bits());
            }
            outcome = RegisterWriter.writeField(values, f, fieldValue, radix);
        } else {
            if (value.equals(initialText)) {
                return;
            }
            RegisterNode.Reg r = (RegisterNode.Reg) element;
            outcome = RegisterWriter.writeRegister(values, r, radix.parse((String) value, r.bits()), radix);
        }
        // the register's row and all its fields show the value a read returns now, not only the row edited
        RegisterNode.Reg reg = element instanceof RegisterNode.Field f ? (RegisterNode.Reg) f.parent()
                : (RegisterNode.Reg) element;
        values.written();
        getViewer().update(reg, null);
        for (RegisterNode field : reg.children()) {
            getViewer().update(field, null);
        }
        feedback.report(outcome.severity(), outcome.message());
    }
}
