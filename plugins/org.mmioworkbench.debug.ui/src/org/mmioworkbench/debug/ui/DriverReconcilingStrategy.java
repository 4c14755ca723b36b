package org.mmioworkbench.debug.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.mmioworkbench.core.SourceIndex;
import org.mmioworkbench.debug.DriverSources;
import org.mmioworkbench.debug.core.DriverLaunchDelegate;

/**
 * Checks the editor's text on the reconciler's thread (never the UI thread), half a second after the last change and
 * when the file opens, with the compiler a launch uses; the editor marks the error and updates the outline.
 */
final class DriverReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
    private final DriverEditor editor;
    private IDocument document;

    DriverReconcilingStrategy(DriverEditor editor) {
        this.editor = editor;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        // a check takes milliseconds: nothing to cancel
    }

    @Override
    public void initialReconcile() {
        reconcile((IRegion) null);
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        reconcile(subRegion);
    }

    @Override
    public void reconcile(IRegion partition) {
        IDocument d = document;
        if (d == null) {
            return;
        }
        editor.indexed(index(editor.file(), d.get()), d);
    }

    /**
     * Checks a driver file's text.
     *
     * @param file the file (null for an editor input that is no file: named as a C file in the temporary folder)
     * @param text the text
     * @return what the check found
     */
    static SourceIndex index(Path file, String text) {
        Path f = file != null ? file : Path.of(System.getProperty("java.io.tmpdir"), "untitled.c");
        Path include;
        try {
            include = DriverLaunchDelegate.includeDir();
        } catch (CoreException e) {
            include = null;
        }
        return DriverSources.index(f, text, List.of(), include);
    }
}
