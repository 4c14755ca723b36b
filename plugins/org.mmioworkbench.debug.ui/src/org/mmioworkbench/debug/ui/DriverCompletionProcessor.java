package org.mmioworkbench.debug.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.swt.graphics.Image;
import org.mmioworkbench.core.SourceIndex;
import org.mmioworkbench.core.SourceIndex.Symbol;
import org.mmioworkbench.debug.DriverSources;
import org.mmioworkbench.debug.DriverSources.BoardRegister;
import org.mmioworkbench.debug.core.DriverLaunchDelegate;

/**
 * Content assist (Ctrl+Space) in driver code: the names that start with what is typed before the caret — the file's
 * own first, then the headers' and the API's ({@code IoWriteMmReg32}, {@code VMM_FLAG_READ}, {@code rcOk}, ...) — and
 * the registers of the board the file names. A register proposed for the name of a {@code #define} completes the whole
 * definition ({@code UARTCR 0x30}); elsewhere its name.
 */
public final class DriverCompletionProcessor implements IContentAssistProcessor {
    /** The most proposals shown; more only scroll. */
    static final int MAX_PROPOSALS = 500;
    /** Registers by board (name or file): a board's registers are listed once per workbench. */
    private static final Map<String, List<BoardRegister>> REGISTERS = new ConcurrentHashMap<>();

    private final DriverEditor editor;
    private String error;

    /**
     * Makes the content assist of an editor.
     *
     * @param editor the editor
     */
    public DriverCompletionProcessor(DriverEditor editor) {
        this.editor = editor;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        error = null;
        IDocument d = viewer.getDocument();
        String prefix = prefix(d, offset);
        SourceIndex index = editor.index();
        if (index == null) {
            index = DriverReconcilingStrategy.index(editor.file(), d.get());
        }
        boolean defining = definingMacroName(d, offset - prefix.length());
        String lower = prefix.toLowerCase(Locale.ROOT);
        List<ICompletionProposal> own = new ArrayList<>();
        List<ICompletionProposal> other = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (!defining) {
            for (Symbol s : index.symbols()) {
                if (s.name().toLowerCase(Locale.ROOT).startsWith(lower) && !s.name().equals(prefix)
                        && seen.add(s.name())) {
                    (s.inFile() ? own : other).add(proposal(s, offset, prefix));
                }
            }
        }
        for (BoardRegister r : registers(index)) {
            if (r.name().toLowerCase(Locale.ROOT).startsWith(lower) && (defining || !seen.contains(r.name()))) {
                String replacement = defining ? r.name() + " 0x" + Long.toHexString(r.offset()).toUpperCase(Locale.ROOT)
                        : r.name();
                String shown = r.name() + " \u2014 " + r.device() + " +0x" + Long.toHexString(r.offset())
                        + (r.description().isBlank() ? "" : "  " + r.description());
                other.add(new CompletionProposal(replacement, offset - prefix.length(), prefix.length(),
                        replacement.length(), DriverOutlinePage.image(new Symbol(SourceIndex.Kind.VARIABLE, r.name(),
                                "", null, 0, false)), shown, null, r.device() + "." + r.name() + " at offset 0x"
                                        + Long.toHexString(r.offset()) + (r.description().isBlank() ? ""
                                                : "\n" + r.description())));
            }
        }
        own.addAll(other);
        return own.stream().limit(MAX_PROPOSALS).toArray(ICompletionProposal[]::new);
    }

    private static ICompletionProposal proposal(Symbol s, int offset, String prefix) {
        boolean call = s.kind() == SourceIndex.Kind.FUNCTION;
        String replacement = call ? s.name() + "()" : s.name();
        int cursor = call ? s.name().length() + 1 : s.name().length();
        String shown = s.name() + (s.detail().isEmpty() || s.detail().equals(s.name()) ? ""
                : " \u2014 " + s.detail());
        String where = s.file() == null ? "" : "\n" + s.file() + (s.line() > 0 ? ":" + s.line() : "");
        Image image = DriverOutlinePage.image(s);
        return new CompletionProposal(replacement, offset - prefix.length(), prefix.length(), cursor, image, shown,
                null, s.detail() + where);
    }

    /**
     * The registers of the board the file names (the default board when it names none); none when it cannot be
     * loaded (the reason becomes the content assist's message). A board file is read again when it changed.
     */
    private List<BoardRegister> registers(SourceIndex index) {
        Path file = editor.file() != null ? editor.file() : Path.of("untitled.c").toAbsolutePath();
        String named = index.board().orElse(null);
        String key = named == null ? "" : named;
        if (named != null) {
            try {
                Path boardFile = file.resolveSibling(named);
                if (java.nio.file.Files.isRegularFile(boardFile)) {
                    key = boardFile.toAbsolutePath() + "@" + java.nio.file.Files.getLastModifiedTime(boardFile);
                }
            } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
                // a built-in board's name
            }
        }
        List<BoardRegister> registers = REGISTERS.get(key);
        if (registers == null) {
            try {
                registers = DriverSources.registers(DriverLaunchDelegate.boardOf(named, file));
                REGISTERS.put(key, registers);
            } catch (CoreException | RuntimeException e) {
                error = "The board's registers are not offered: " + e.getMessage();
                return List.of();
            }
        }
        return registers;
    }

    /** The identifier characters right before the offset. */
    static String prefix(IDocument d, int offset) {
        try {
            int start = offset;
            while (start > 0 && isIdentifierPart(d.getChar(start - 1))) {
                start--;
            }
            return d.get(start, offset - start);
        } catch (BadLocationException e) {
            return "";
        }
    }

    static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Whether the offset is where a {@code #define}'s name is written. */
    private static boolean definingMacroName(IDocument d, int offset) {
        try {
            int line = d.getLineOfOffset(offset);
            String before = d.get(d.getLineOffset(line), offset - d.getLineOffset(line));
            return before.matches("\\s*#\\s*define\\s+");
        } catch (BadLocationException e) {
            return false;
        }
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return new IContextInformation[0];
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return null;
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return error;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
