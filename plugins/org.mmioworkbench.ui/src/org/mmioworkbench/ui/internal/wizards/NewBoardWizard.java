package org.mmioworkbench.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/**
 * File › New › Other › MMIO Workbench › Board File: creates a board file in a project from a built-in
 * template and opens it in an editor.
 */
public class NewBoardWizard extends Wizard implements INewWizard {
    private IWorkbench workbench;
    private IStructuredSelection selection;
    private BoardTemplatePage templatePage;
    private WizardNewFileCreationPage filePage;

    /** Creates the wizard. */
    public NewBoardWizard() {
        setWindowTitle("New Board File");
        setNeedsProgressMonitor(true);
        setHelpAvailable(true);
    }

    @Override
    public void init(IWorkbench wb, IStructuredSelection currentSelection) {
        this.workbench = wb;
        this.selection = currentSelection;
    }

    @Override
    public void addPages() {
        templatePage = new BoardTemplatePage();
        addPage(templatePage);
        filePage = new WizardNewFileCreationPage("file", selection) {
            @Override
            protected java.io.InputStream getInitialContents() {
                return new ByteArrayInputStream(templatePage.template().text().getBytes(StandardCharsets.UTF_8));
            }
        };
        filePage.setTitle("Board File");
        filePage.setDescription("Choose the project folder and the name of the board file.");
        filePage.setFileExtension("yaml");
        filePage.setFileName("my-board.yaml");
        addPage(filePage);
    }

    @Override
    public boolean performFinish() {
        IFile created = filePage.createNewFile();
        if (created == null) {
            return false;
        }
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created);
        } catch (PartInitException e) {
            filePage.setErrorMessage("The board file was created but cannot be opened: " + e.getMessage());
        }
        return true;
    }

    /** @return the template page, for tests */
    public BoardTemplatePage templatePage() {
        return templatePage;
    }

    /** @return the file page, for tests */
    public WizardNewFileCreationPage filePage() {
        return filePage;
    }
}
