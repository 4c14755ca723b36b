package org.mmioworkbench.ui.internal.views;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.state.RegisterState;

/**
 * The registers that differ between two register states (two files, or a file and the live session), with the
 * fields that changed decoded: what a user compares between two builds of a driver, or before and after a run.
 */
public final class RegisterStateDialog extends TitleAreaDialog {
    private final String title;
    private final String message;
    private final List<RegisterState.Difference> differences;
    private final String first;
    private final String second;
    private TableViewer table;

    /**
     * Creates the dialog.
     *
     * @param shell the parent shell
     * @param first what the first state is (a file name)
     * @param second what the second state is (a file name, or "the session")
     * @param differences the registers that differ
     */
    public RegisterStateDialog(Shell shell, String first, String second, List<RegisterState.Difference> differences) {
        super(shell);
        this.first = first;
        this.second = second;
        this.differences = List.copyOf(differences);
        this.title = "Compare Register States";
        this.message = differences.isEmpty() ? "The states are the same." : differences.size()
                + (differences.size() == 1 ? " register differs" : " registers differ") + " between " + first
                + " and " + second + ".";
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column("Register", 170, d -> d.register());
        column(first, 110, d -> hex(d.before()));
        column(second, 110, d -> hex(d.after()));
        column("Fields that changed", 300, d -> fields(d.fields()));
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(differences);
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 320).applyTo(table.getControl());
        getShell().setText(title);
        return area;
    }

    private void column(String heading, int width, java.util.function.Function<RegisterState.Difference, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
        c.getColumn().setText(heading);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RegisterState.Difference) element);
            }
        });
    }

    private static String hex(Optional<Long> v) {
        return v.map(x -> "0x" + Long.toHexString(x).toUpperCase(Locale.ROOT)).orElse("(not there)");
    }

    static String fields(List<FieldChange> changes) {
        return changes.stream().map(c -> c.field() + ": " + c.oldValue() + " \u2192 " + c.newValue()
                + (c.valueName() == null || c.valueName().isEmpty() ? "" : " " + c.valueName()))
                .collect(Collectors.joining(", "));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** @return the table of differences, for tests */
    public TableViewer table() {
        return table;
    }
}
