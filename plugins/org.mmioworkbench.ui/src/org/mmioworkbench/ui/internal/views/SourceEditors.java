package org.mmioworkbench.ui.internal.views;

import java.io.File;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.mmioworkbench.core.SourceLine;

/**
 * Opens a line of driver source in its editor, for the views that name lines (Diagnostics, Access Trace): the
 * workspace's file if the workspace has it, else the file on disk (a bundled SDK header), in the editor the workbench
 * chooses for the file (the driver-code editor, or a C editor the user prefers), with the line selected.
 */
final class SourceEditors {
    private SourceEditors() {
    }

    /**
     * Opens a line.
     *
     * @param page the page to open the editor in
     * @param at the line
     * @return null when it opened, else why not, in one line
     */
    static String open(IWorkbenchPage page, SourceLine at) {
        File file = new File(at.file());
        try {
            IEditorPart editor = null;
            for (IFile f : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toURI())) {
                if (f.exists()) {
                    editor = IDE.openEditor(page, f);
                    break;
                }
            }
            if (editor == null && file.isFile()) {
                editor = IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().fromLocalFile(file));
            }
            if (editor == null) {
                return "Cannot open " + at + ": the file does not exist.";
            }
            if (editor instanceof ITextEditor text) {
                IDocument doc = text.getDocumentProvider().getDocument(text.getEditorInput());
                int line = Math.min(at.line(), doc.getNumberOfLines()) - 1;
                text.selectAndReveal(doc.getLineOffset(line), doc.getLineLength(line));
            }
            return null;
        } catch (PartInitException | BadLocationException e) {
            return "Cannot open " + at + ": " + e.getMessage();
        }
    }
}
