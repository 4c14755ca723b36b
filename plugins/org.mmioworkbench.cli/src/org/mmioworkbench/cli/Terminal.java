package org.mmioworkbench.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error as the simulator's output needs them: UTF-8 whatever the locale, console bytes
 * written as bytes, flushed when told (so output appears as it happens, and in order with standard error).
 */
final class Terminal {
    private final PrintStream out;
    private final PrintStream err;

    private Terminal(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Makes text from a user's input safe to quote in a message: control characters (a NUL, a line break, an
     * escape sequence's ESC) become {@code \xNN}, so they cannot forge message lines or reach the terminal.
     *
     * @param text any text
     * @return the text with every control character escaped
     */
    static String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format("\\x%02X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /**
     * Wraps the process's standard output and error.
     *
     * @return the terminal
     */
    static Terminal standard() {
        System.out.flush();
        System.err.flush();
        return new Terminal(new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }

    /**
     * Writes console characters (one {@code char} per byte, as a UART sends them) to standard output.
     *
     * @param bytes the characters, each 0..255
     */
    void consoleBytes(String bytes) {
        if (bytes.isEmpty()) {
            return;
        }
        out.write(bytes.getBytes(StandardCharsets.ISO_8859_1), 0, bytes.length());
        out.flush();
    }

    /**
     * Writes text to standard output, encoded as UTF-8, and flushes.
     *
     * @param text the text
     */
    void print(String text) {
        out.print(text);
        out.flush();
    }

    /**
     * Writes a line to standard error.
     *
     * @param line the line, without its break
     */
    void error(String line) {
        out.flush();
        err.println(line);
        err.flush();
    }

    /**
     * Returns standard output.
     *
     * @return the stream (UTF-8)
     */
    PrintStream out() {
        return out;
    }

    /** Flushes both streams. */
    void flush() {
        out.flush();
        err.flush();
    }
}
