package org.mmioworkbench.debug.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.SourceIndex;
import org.mmioworkbench.core.SourceIndex.Symbol;
import org.mmioworkbench.debug.MappedRegister;
import org.mmioworkbench.debug.Variable;
import org.mmioworkbench.debug.core.DriverStackFrame;

/**
 * The driver editor's hover. While a driver launched from this file is suspended (its frame selected in the Debug
 * view), it shows the value of the expression under the mouse (or of the selection) in that frame, read without side
 * effects, and when the value is an address in one of the driver's MMIO mappings, the register there with its value
 * and the fields that are set ({@code UART0.UARTCR = 0x301: UARTEN=1 TXE=1 RXE=1}). Otherwise it shows the
 * declaration of the name under the mouse (a macro's value, a function's prototype, with where it is declared).
 */
public final class DriverTextHover implements ITextHover {
    private final DriverEditor editor;

    /**
     * Makes the hover of an editor.
     *
     * @param editor the editor
     */
    public DriverTextHover(DriverEditor editor) {
        this.editor = editor;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        if (viewer.getSelectionProvider().getSelection() instanceof ITextSelection s && s.getLength() > 0
                && offset >= s.getOffset() && offset <= s.getOffset() + s.getLength()) {
            return new Region(s.getOffset(), s.getLength());
        }
        return expressionAt(viewer.getDocument(), offset);
    }

    /** The name under the offset with the members it is reached through ({@code regs->CR}, {@code io.rid}). */
    static IRegion expressionAt(IDocument d, int offset) {
        try {
            int end = offset;
            while (end < d.getLength() && DriverCompletionProcessor.isIdentifierPart(d.getChar(end))) {
                end++;
            }
            int start = offset;
            for (;;) {
                while (start > 0 && DriverCompletionProcessor.isIdentifierPart(d.getChar(start - 1))) {
                    start--;
                }
                if (start > 1 && d.get(start - 2, 2).equals("->")) {
                    start -= 2;
                } else if (start > 0 && d.getChar(start - 1) == '.') {
                    start -= 1;
                } else {
                    break;
                }
            }
            return end > start ? new Region(start, end - start) : null;
        } catch (BadLocationException e) {
            return null;
        }
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        if (region == null) {
            return null;
        }
        String text;
        try {
            text = viewer.getDocument().get(region.getOffset(), region.getLength()).strip();
        } catch (BadLocationException e) {
            return null;
        }
        if (text.isEmpty()) {
            return null;
        }
        Optional<String> value = suspendedFrame().flatMap(f -> f.inspect(text).map(v -> describe(f, text, v)));
        if (value.isPresent()) {
            return value.get();
        }
        SourceIndex index = editor.index();
        if (index == null) {
            return null;
        }
        return index.symbols().stream().filter(s -> s.name().equals(text)).findFirst().map(DriverTextHover::declaration)
                .orElse(null);
    }

    /** The frame selected in the Debug view, when it is suspended in this editor's file. */
    private Optional<DriverStackFrame> suspendedFrame() {
        IAdaptable context = DebugUITools.getDebugContext();
        DriverStackFrame frame = context instanceof DriverStackFrame f ? f
                : context == null ? null : context.getAdapter(DriverStackFrame.class);
        Path file = editor.file();
        if (frame == null || file == null || !frame.isSuspended()) {
            return Optional.empty();
        }
        try {
            return Path.of(frame.file()).toAbsolutePath().normalize().equals(file.normalize()) ? Optional.of(frame)
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String describe(DriverStackFrame frame, String text, Variable v) {
        String hex = v.value(true);
        String dec = v.value(false);
        StringBuilder out = new StringBuilder(text).append(" = ").append(dec);
        if (!hex.equals(dec)) {
            out.append(" (").append(hex).append(')');
        }
        out.append("\n").append(v.type());
        java.util.OptionalLong scalar = v.scalar();
        if (scalar.isPresent()) {
            frame.registerAt(scalar.getAsLong()).ifPresent(r -> out.append("\n").append(register(r)));
        }
        return out.toString();
    }

    static String register(MappedRegister r) {
        String fields = r.fields().stream().map(DriverTextHover::field).collect(Collectors.joining(" "));
        return "\u2192 " + r.register() + " = 0x" + Long.toHexString(r.value()) + (fields.isEmpty() ? "" : ": " + fields)
                + " (at 0x" + Long.toHexString(r.physicalAddress()) + ", read without side effects)";
    }

    private static String field(FieldChange f) {
        return f.field() + "=" + (f.valueName() != null ? f.valueName() : Long.toString(f.newValue()));
    }

    private static String declaration(Symbol s) {
        String where = s.file() == null ? "" : "\n" + Path.of(s.file()).getFileName() + (s.line() > 0 ? ":" + s.line()
                : "");
        return switch (s.kind()) {
            case MACRO -> "#define " + s.name() + (s.detail().isEmpty() ? "" : " " + s.detail()) + where;
            default -> s.detail() + where;
        };
    }
}
