package org.mmioworkbench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.mmioworkbench.core.HandleInfo;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.inspect.HandleNodes;

/**
 * Asks where to transfer a region handle over IPC and with which rights: the receiver (an existing
 * process or a new one) and the permissions mask of its new handle, at most the sender's rights.
 */
final class TransferHandleDialog extends Dialog {
    private static final String PROCESS_NAME = "[A-Za-z_][A-Za-z0-9_.-]*";
    private static final HandleRights[] RIGHTS = {HandleRights.TRANSFER, HandleRights.MAP_READ, HandleRights.MAP_WRITE};

    private final HandleInfo handle;
    private final List<String> receivers;
    private final List<Button> rightButtons = new ArrayList<>();
    private Combo receiverCombo;
    private Label problem;
    private String receiver = "";
    private HandleRights rights = HandleRights.NONE;

    /**
     * Creates the dialog.
     *
     * @param shell the parent shell
     * @param handle the handle to transfer
     * @param receivers the processes to offer, the first one preselected
     */
    TransferHandleDialog(Shell shell, HandleInfo handle, List<String> receivers) {
        super(shell);
        this.handle = handle;
        this.receivers = receivers;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Transfer Handle");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(area);
        new Label(area, SWT.WRAP).setText("Transfer handle " + HandleNodes.handleText(handle.value()) + " of "
                + handle.process() + " to &process (created if new):");
        receiverCombo = new Combo(area, SWT.DROP_DOWN);
        receiverCombo.setItems(receivers.toArray(String[]::new));
        receiverCombo.setText(receivers.isEmpty() ? "" : receivers.get(0));
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(receiverCombo);
        receiverCombo.addModifyListener(e -> validate());

        Group group = new Group(area, SWT.NONE);
        group.setText("&Rights of the receiver's handle");
        GridLayoutFactory.swtDefaults().applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        for (HandleRights right : RIGHTS) {
            Button button = new Button(group, SWT.CHECK);
            button.setText(right.toString());
            boolean held = handle.rights().contains(right);
            button.setSelection(held);
            button.setEnabled(held);
            button.setToolTipText(held ? "Hand on this right, or withhold it"
                    : "Handle " + HandleNodes.handleText(handle.value()) + " lacks it: rights cannot be elevated");
            button.setData(right);
            rightButtons.add(button);
        }
        if (!handle.rights().contains(HandleRights.TRANSFER)) {
            Label warning = new Label(area, SWT.WRAP);
            warning.setText("This handle lacks the transfer right: the kernel will refuse (rcNoCapability).");
            GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(warning);
        }
        problem = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        String text = receiverCombo.getText().trim();
        String message;
        if (!text.matches(PROCESS_NAME)) {
            message = "A process name: letters, digits, '_', '.', '-'";
        } else if (!Simulator.isProcessName(text)) {
            message = "'" + text + "' names the kernel or the simulator, not a process";
        } else {
            message = "";
        }
        problem.setText(message);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(message.isEmpty());
        }
    }

    @Override
    protected void okPressed() {
        receiver = receiverCombo.getText().trim();
        HandleRights chosen = HandleRights.NONE;
        for (Button button : rightButtons) {
            if (button.getSelection()) {
                chosen = chosen.union((HandleRights) button.getData());
            }
        }
        rights = chosen;
        super.okPressed();
    }

    /** @return the receiving process chosen */
    String receiver() {
        return receiver;
    }

    /** @return the rights chosen for the receiver's handle */
    HandleRights rights() {
        return rights;
    }
}
