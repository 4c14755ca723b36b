package org.mmioworkbench.debug.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.mmioworkbench.core.SourceIndex;

/**
 * The editor of driver code ({@code *.c}, {@code *.h}, {@code *.mmio}): C colouring; errors marked as you type (half
 * a second after the last key, from the same compiler a launch uses); an outline of the file's functions, variables,
 * macros and processes; content assist (Ctrl+Space) for the file's names, the MMIO API's calls and constants and the
 * board's registers; a hover that shows a name's declaration, and while the driver is suspended an expression's value
 * and the register an address falls on; line breakpoints toggled by a double-click in the ruler or with Run &gt;
 * Toggle Breakpoint (Ctrl+Shift+B). It is not the default editor of C files, so it never takes them away from a C
 * editor the user already has; driver breakpoints and the launch shortcut work in any editor of a C file.
 */
public final class DriverEditor extends TextEditor {
    /** The editor's identifier. */
    public static final String ID = "org.mmioworkbench.debug.ui.driverEditor";
    /** The annotation type of an error found as the user types (shown like any error: squiggle, ruler, overview). */
    static final String ERROR_ANNOTATION = "org.eclipse.ui.workbench.texteditor.error";

    private volatile SourceIndex index;
    private final List<Annotation> errors = new ArrayList<>();
    private DriverOutlinePage outline;

    /** Sets up colouring, checking, outline, content assist and hover. */
    public DriverEditor() {
        setSourceViewerConfiguration(new DriverSourceViewerConfiguration(getPreferenceStore(), this));
    }

    @Override
    protected void createActions() {
        super.createActions();
        IAction assist = new ContentAssistAction(new java.util.ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"ContentAssistProposal.label", "Content Assist"},
                    {"ContentAssistProposal.tooltip", "Content Assist"},
                    {"ContentAssistProposal.description", "Content Assist"}};
            }
        }, "ContentAssistProposal.", this);
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction("ContentAssistProposal", assist);
        markAsStateDependentAction("ContentAssistProposal", true);
    }

    @Override
    public <T> T getAdapter(Class<T> required) {
        if (IContentOutlinePage.class.equals(required)) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new DriverOutlinePage(this);
            }
            return required.cast(outline);
        }
        return super.getAdapter(required);
    }

    /**
     * The file on disk this editor shows, or null when it shows no file (a stream, a file in an archive).
     *
     * @return the file's absolute path
     */
    Path file() {
        IEditorInput input = getEditorInput();
        if (input == null) {
            return null;
        }
        IFile f = input.getAdapter(IFile.class);
        if (f != null) {
            return f.getLocation() == null ? null : f.getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput u && "file".equals(u.getURI().getScheme())) {
            return Path.of(u.getURI());
        }
        return null;
    }

    /**
     * What the last check of the text found, or null before the first.
     *
     * @return the index
     */
    SourceIndex index() {
        return index;
    }

    /**
     * Takes what a check of the text found: marks its error (unless a problem marker of the saved file already says
     * it) and refreshes the outline. Called on the reconciler's thread.
     *
     * @param checked the index
     * @param document the document it was made from
     */
    void indexed(SourceIndex checked, IDocument document) {
        index = checked;
        IAnnotationModel model = getDocumentProvider() == null ? null
                : getDocumentProvider().getAnnotationModel(getEditorInput());
        if (model != null) {
            Map<Annotation, Position> added = new HashMap<>();
            Path file = file();
            checked.problem().ifPresent(p -> {
                boolean here = file != null && Path.of(p.file()).toAbsolutePath().normalize().equals(file.normalize());
                int line = here ? Math.max(1, p.line()) : 1;
                String text = here ? p.reason() : p.file() + ":" + p.line() + ": " + p.reason();
                if (!markedAlready(line, p.reason())) {
                    added.put(new Annotation(ERROR_ANNOTATION, false, text), position(document, line,
                            here ? p.column() : 0));
                }
            });
            synchronized (errors) {
                if (model instanceof IAnnotationModelExtension x) {
                    x.replaceAnnotations(errors.toArray(new Annotation[0]), added);
                } else {
                    errors.forEach(model::removeAnnotation);
                    added.forEach(model::addAnnotation);
                }
                errors.clear();
                errors.addAll(added.keySet());
            }
        }
        Display display = getSite() == null ? null : getSite().getShell().getDisplay();
        if (display != null && !display.isDisposed()) {
            display.asyncExec(() -> {
                if (outline != null) {
                    outline.update(checked);
                }
            });
        }
    }

    /** Whether a problem marker of the saved file (from a save or a launch) already shows this error. */
    private boolean markedAlready(int line, String reason) {
        IFile f = getEditorInput() == null ? null : getEditorInput().getAdapter(IFile.class);
        if (f == null || !f.exists() || isDirty()) {
            return false;
        }
        try {
            for (IMarker m : f.findMarkers(IMarker.PROBLEM, true, 0)) {
                if (m.getAttribute(IMarker.LINE_NUMBER, -1) == line
                        && m.getAttribute(IMarker.MESSAGE, "").contains(reason)) {
                    return true;
                }
            }
        } catch (CoreException e) {
            return false;
        }
        return false;
    }

    /** The place of an error: from its column to the end of the word there, or the whole line. */
    private static Position position(IDocument document, int line, int column) {
        try {
            int start = document.getLineOffset(line - 1);
            int length = document.getLineLength(line - 1);
            String text = document.get(start, length);
            int trimmed = text.stripTrailing().length();
            if (column < 1 || column > trimmed) {
                int lead = trimmed - text.strip().length();
                return new Position(start + Math.max(0, lead), Math.max(1, trimmed - Math.max(0, lead)));
            }
            int end = column - 1;
            while (end < trimmed && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
            return new Position(start + column - 1, Math.max(1, end - (column - 1)));
        } catch (BadLocationException e) {
            return new Position(0, 0);
        }
    }

    /**
     * Moves the caret to a line and shows it.
     *
     * @param line a 1-based line
     */
    void reveal(int line) {
        IDocument d = getDocumentProvider().getDocument(getEditorInput());
        if (d == null || line < 1 || line > d.getNumberOfLines()) {
            return;
        }
        try {
            selectAndReveal(d.getLineOffset(line - 1), 0);
        } catch (BadLocationException e) {
            // the line went away while the outline was open
        }
    }
}
