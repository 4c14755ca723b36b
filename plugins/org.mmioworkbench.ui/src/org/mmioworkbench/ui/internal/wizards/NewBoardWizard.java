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
 * template, or from a vendor's CMSIS-SVD file (its chosen peripherals at their own addresses), and opens it in an
 * editor.
 */
public class NewBoardWizard extends Wizard implements INewWizard {
    private IWorkbench workbench;
    private IStructuredSelection selection;
    private BoardTemplatePage templatePage;
    private SvdBoardPage svdPage;
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
        svdPage = new SvdBoardPage();
        addPage(svdPage);
        filePage = new WizardNewFileCreationPage("file", selection) {
            @Override
            protected java.io.InputStream getInitialContents() {
                return new ByteArrayInputStream(text(getContainerFullPath(), getFileName())
                        .getBytes(StandardCharsets.UTF_8));
            }
        };
        filePage.setTitle("Board File");
        filePage.setDescription("Choose the project folder and the name of the board file.");
        filePage.setFileExtension("yaml");
        filePage.setFileName("my-board.yaml");
        addPage(filePage);
    }

    @Override
    public org.eclipse.jface.wizard.IWizardPage getNextPage(org.eclipse.jface.wizard.IWizardPage page) {
        if (page == templatePage) {
            return templatePage.fromSvd() ? svdPage : filePage;
        }
        return page == svdPage ? filePage : null;
    }

    @Override
    public boolean canFinish() {
        return filePage.isPageComplete() && (!templatePage.fromSvd() || svdPage.isPageComplete());
    }

    /**
     * The new file's text: the chosen template's, or a board of the chosen peripherals of the SVD file, which it
     * names relative to the board file's folder when it can (else by its absolute path).
     */
    String text(org.eclipse.core.runtime.IPath folder, String fileName) {
        if (!templatePage.fromSvd() || svdPage.svd() == null) {
            return templatePage.template().text();
        }
        java.nio.file.Path svd = svdPage.svdFile().toAbsolutePath().normalize();
        String named = svd.toString();
        org.eclipse.core.resources.IResource container = folder == null ? null
                : org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().findMember(folder);
        if (container != null && container.getLocation() != null) {
            java.nio.file.Path dir = container.getLocation().toFile().toPath().toAbsolutePath().normalize();
            if (svd.getRoot() != null && svd.getRoot().equals(dir.getRoot())) {
                named = dir.relativize(svd).toString().replace('\\', '/');
            }
        }
        String stem = fileName == null ? "my-board" : fileName.replaceFirst("\\.yaml$", "");
        String board = stem.replaceAll("[^A-Za-z0-9_.+-]", "-");
        return org.mmioworkbench.boardfile.BoardTemplate.fromSvd(board.isEmpty() ? "my-board" : board, named,
                svdPage.svd().peripherals(), svdPage.chosen());
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

    /** @return the SVD page, for tests */
    public SvdBoardPage svdPage() {
        return svdPage;
    }

    /** @return the file page, for tests */
    public WizardNewFileCreationPage filePage() {
        return filePage;
    }
}
