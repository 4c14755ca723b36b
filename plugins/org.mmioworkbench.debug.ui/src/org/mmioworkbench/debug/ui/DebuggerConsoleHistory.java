package org.mmioworkbench.debug.ui;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.custom.VerifyKeyListener;
import org.eclipse.swt.events.VerifyEvent;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsolePageParticipant;
import org.eclipse.ui.console.TextConsolePage;
import org.eclipse.ui.part.IPageBookViewPage;
import org.mmioworkbench.debug.console.DebugCommands;

/**
 * Up and Down in the debugger console, as in gdb's terminal: they replace what is typed after the prompt with the
 * command lines typed before, older with Up, newer with Down, and back to an empty line past the newest.
 */
public final class DebuggerConsoleHistory implements IConsolePageParticipant, VerifyKeyListener {
    private DebuggerConsole console;
    private StyledText text;
    /** The line recalled, as an index into the history; its size when none is. */
    private int recalled = -1;
    private int size = -1;

    @Override
    public void init(IPageBookViewPage page, IConsole c) {
        if (c instanceof DebuggerConsole d && page instanceof TextConsolePage p) {
            console = d;
            p.getViewer().prependVerifyKeyListener(this);
            text = p.getViewer().getTextWidget();
        }
    }

    @Override
    public void verifyKey(VerifyEvent e) {
        if (console == null || (e.keyCode != SWT.ARROW_UP && e.keyCode != SWT.ARROW_DOWN) || e.stateMask != 0) {
            return;
        }
        IDocument doc = console.getDocument();
        try {
            int last = doc.getLineOffset(doc.getNumberOfLines() - 1);
            String line = doc.get(last, doc.getLength() - last);
            int start = last + (line.startsWith(DebugCommands.PROMPT) ? DebugCommands.PROMPT.length() : 0);
            if (text.getCaretOffset() < start) {
                return; // moving about the output: the keys keep their meaning
            }
            List<String> history = console.history();
            if (history.size() != size) { // a line was entered: recall from the newest again
                size = history.size();
                recalled = size;
            }
            recalled = e.keyCode == SWT.ARROW_UP ? Math.max(0, recalled - 1) : Math.min(size, recalled + 1);
            String shown = recalled < size ? history.get(recalled) : "";
            doc.replace(start, doc.getLength() - start, shown);
            text.setCaretOffset(doc.getLength());
            text.showSelection();
            e.doit = false;
        } catch (BadLocationException changedMeanwhile) {
            // output arrived between reading and replacing: the key does nothing
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public void activated() {
        // nothing to do
    }

    @Override
    public void deactivated() {
        // nothing to do
    }

    @Override
    public void dispose() {
        console = null;
    }
}
