package org.mmioworkbench.debug.ui;

import java.util.List;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/**
 * The driver editor's text services: checking as you type (the reconciler), content assist, hover, and C colouring
 * for driver code: keywords, types of the SDK ({@code Retcode}, {@code Handle}, {@code rtl_uint32_t},
 * ...), the MMIO API's functions, comments, strings and characters, preprocessor lines. The whole document is
 * coloured again after each change, so that a block comment opened or closed anywhere is always shown right; driver
 * files are small enough for that to take well under a millisecond a keystroke.
 */
final class DriverSourceViewerConfiguration extends TextSourceViewerConfiguration {
    /** How long after the last key the text is checked. */
    static final int CHECK_DELAY_MS = 500;
    static final List<String> KEYWORDS = List.of("auto", "break", "case", "const", "continue", "default", "do",
            "else", "enum", "extern", "for", "goto", "if", "inline", "register", "restrict", "return", "sizeof",
            "static", "struct", "switch", "typedef", "union", "volatile", "while", "_Alignof", "_Alignas", "_Bool",
            "_Static_assert", "_Noreturn", "offsetof", "board", "process", "assert");
    static final List<String> TYPES = List.of("void", "char", "short", "int", "long", "signed", "unsigned", "bool",
            "size_t", "uintptr_t", "intptr_t", "ptrdiff_t", "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t",
            "uint16_t", "uint32_t", "uint64_t", "Retcode", "Handle", "IoMemHandles", "rtl_uint8_t", "rtl_uint16_t",
            "rtl_uint32_t", "rtl_uint64_t", "rtl_int8_t", "rtl_int16_t", "rtl_int32_t", "rtl_int64_t", "rtl_size_t",
            "rtl_uintptr_t", "NULL", "true", "false");

    private final DriverEditor editor;

    DriverSourceViewerConfiguration(IPreferenceStore store, DriverEditor editor) {
        super(store);
        this.editor = editor;
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        MonoReconciler reconciler = new MonoReconciler(new DriverReconcilingStrategy(editor), false);
        reconciler.setDelay(CHECK_DELAY_MS);
        return reconciler;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setContentAssistProcessor(new DriverCompletionProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        assistant.enableAutoInsert(true);
        assistant.setStatusLineVisible(true);
        assistant.setStatusMessage("Driver names, the MMIO API and the board's registers");
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new DriverTextHover(editor);
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        WholeDocument dr = new WholeDocument(scanner());
        reconciler.setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
        return reconciler;
    }

    private static RuleBasedScanner scanner() {
        IToken keyword = token(new RGB(127, 0, 85), SWT.BOLD);
        IToken type = token(new RGB(0, 80, 160), SWT.BOLD);
        IToken comment = token(new RGB(63, 127, 95), SWT.NORMAL);
        IToken string = token(new RGB(42, 0, 255), SWT.NORMAL);
        IToken directive = token(new RGB(100, 70, 150), SWT.NORMAL);
        WordRule words = new WordRule(new org.eclipse.jface.text.rules.IWordDetector() {
            @Override
            public boolean isWordStart(char c) {
                return Character.isLetter(c) || c == '_';
            }

            @Override
            public boolean isWordPart(char c) {
                return Character.isLetterOrDigit(c) || c == '_';
            }
        }, Token.UNDEFINED);
        KEYWORDS.forEach(k -> words.addWord(k, keyword));
        TYPES.forEach(t -> words.addWord(t, type));
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setRules(new IRule[] {
            new EndOfLineRule("//", comment),
            new MultiLineRule("/*", "*/", comment, (char) 0, true),
            new SingleLineRule("\"", "\"", string, '\\'),
            new SingleLineRule("'", "'", string, '\\'),
            new EndOfLineRule("#", directive),
            new WhitespaceRule(Character::isWhitespace),
            words,
        });
        return scanner;
    }

    private static IToken token(RGB rgb, int style) {
        return new Token(new TextAttribute(new org.eclipse.swt.graphics.Color(rgb), null,
                style));
    }

    /** Colours the whole document after any change. */
    private static final class WholeDocument extends DefaultDamagerRepairer {
        WholeDocument(RuleBasedScanner scanner) {
            super(scanner);
        }

        @Override
        public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
            return new Region(0, event.getDocument().getLength());
        }
    }
}
