package org.mmioworkbench.debug.console;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer that can be cut back to an earlier length: output held back by the debugger. */
final class HeldOutput {
    private byte[] bytes = new byte[256];
    private int length;

    /**
     * Appends console characters (one {@code char} per byte).
     *
     * @param latin1 the characters, each 0..255
     */
    void appendBytes(String latin1) {
        append(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Appends text as UTF-8.
     *
     * @param text the text
     */
    void appendText(String text) {
        append(text.getBytes(StandardCharsets.UTF_8));
    }

    private void append(byte[] b) {
        if (length + b.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + b.length));
        }
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
    }

    /** Starts a new line unless the buffer is empty or already at the start of one. */
    void newLine() {
        if (length > 0 && bytes[length - 1] != '\n') {
            append(new byte[] {'\n'});
        }
    }

    int length() {
        return length;
    }

    void setLength(int n) {
        length = Math.min(length, n);
    }

    /**
     * Writes the buffer, ending with a line break, and empties it.
     *
     * @param out where to write
     */
    void flushTo(PrintStream out) {
        if (length == 0) {
            return;
        }
        newLine();
        out.write(bytes, 0, length);
        out.flush();
        length = 0;
    }
}
