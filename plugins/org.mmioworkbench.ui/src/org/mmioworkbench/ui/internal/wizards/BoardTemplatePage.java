package org.mmioworkbench.ui.internal.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.mmioworkbench.boardfile.BoardTemplate;
import org.mmioworkbench.ui.internal.HelpContexts;

/** Chooses the template the new board file starts from. */
public final class BoardTemplatePage extends WizardPage {
    private ListViewer list;
    private Label description;
    private BoardTemplate template = BoardTemplate.all().get(0);
    private Button fromSvd;

    /** Creates the page with the first template chosen. */
    public BoardTemplatePage() {
        super("template", "Board Template", null);
        setDescription("Start from a built-in board and edit its address map.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(composite);
        list = new ListViewer(composite, SWT.BORDER
                | SWT.SINGLE | SWT.V_SCROLL);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(LabelProvider.createTextProvider(
                o -> ((BoardTemplate) o).label()));
        list.setInput(BoardTemplate.all());
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 120)
                .applyTo(list.getControl());
        description = new Label(composite, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, 60).applyTo(description);
        list.addSelectionChangedListener(e -> {
            Object chosen = e.getStructuredSelection().getFirstElement();
            if (chosen != null) {
                choose((BoardTemplate) chosen);
            }
        });
        list.addDoubleClickListener(e -> getContainer().showPage(getNextPage()));
        list.setSelection(new StructuredSelection(template));
        fromSvd = new Button(composite, SWT.CHECK);
        fromSvd.setText("Or &from a CMSIS-SVD file: a vendor's description of a chip, its peripherals at their addresses");
        fromSvd.addListener(SWT.Selection, e -> {
            list.getControl().setEnabled(!fromSvd.getSelection());
            getContainer().updateButtons();
        });
        setControl(composite);
        HelpContexts.set(composite, HelpContexts.NEW_BOARD_WIZARD);
    }

    /**
     * Picks a template, as a click in the list does.
     *
     * @param chosen the template
     */
    public void choose(BoardTemplate chosen) {
        template = chosen;
        if (description != null) {
            description.setText(chosen.description());
        }
    }

    /**
     * Chooses between a template and an SVD file, as the check box does.
     *
     * @param svd true for an SVD file
     */
    public void chooseSvd(boolean svd) {
        fromSvd.setSelection(svd);
        list.getControl().setEnabled(!svd);
        getContainer().updateButtons();
    }

    /** @return whether the board is to be made from an SVD file */
    public boolean fromSvd() {
        return fromSvd != null && fromSvd.getSelection();
    }

    /** @return the chosen template */
    public BoardTemplate template() {
        return template;
    }
}
