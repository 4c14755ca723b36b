package org.mmioworkbench.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Where the debugger reads its commands: JLine (line editing, history, Ctrl-C) when standard input is a
 * terminal, else plain lines from standard input, so scripts and tests can drive it.
 */
interface LineInput extends Closeable {

    /**
     * Reads a line.
     *
     * @param prompt the prompt
     * @return the line without its break, or null at the end of input
     * @throws IOException if reading fails
     */
    String readLine(String prompt) throws IOException;

    /**
     * Lets Ctrl-C while a command runs call an action (a running {@code continue} pauses).
     *
     * @param action what to do on Ctrl-C
     */
    default void onInterrupt(Runnable action) {
    }

    @Override
    default void close() throws IOException {
    }

    /**
     * Picks the input for the process's standard input.
     *
     * @param out standard output, where the plain input prints its prompt
     * @return JLine on a terminal, else plain lines
     * @throws IOException if the terminal cannot be opened
     */
    static LineInput standard(PrintStream out) throws IOException {
        if (isTerminal()) {
            return new Editing();
        }
        return new Plain(out);
    }

    /** Tells whether standard input and output are a terminal. */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try { // Java 22 and later: a console exists even when redirected; isTerminal() tells
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Plain lines from standard input; the prompt is printed to standard output. */
    final class Plain implements LineInput {
        private final BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        private final PrintStream out;

        Plain(PrintStream out) {
            this.out = out;
        }

        @Override
        public String readLine(String prompt) throws IOException {
            out.print(prompt);
            out.flush();
            return in.readLine();
        }
    }

    /** JLine 3: editing, history (kept in ~/.mmio_sim_history), Ctrl-C. */
    final class Editing implements LineInput {
        private final Terminal terminal;
        private final LineReader reader;

        Editing() throws IOException {
            // the exec provider (stty) needs no native code, so Java 22+ asks for no native access
            terminal = TerminalBuilder.builder().system(true).name("mmio-sim").jni(false).ffm(false).jansi(false)
                    .jna(false).exec(true).build();
            reader = LineReaderBuilder.builder().terminal(terminal).appName("mmio-sim")
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".mmio_sim_history"))
                    .build();
        }

        @Override
        public String readLine(String prompt) {
            while (true) {
                try {
                    return reader.readLine(prompt);
                } catch (UserInterruptException e) {
                    // Ctrl-C at the prompt drops the line, as in gdb
                } catch (EndOfFileException e) {
                    return null;
                }
            }
        }

        @Override
        public void onInterrupt(Runnable action) {
            terminal.handle(Terminal.Signal.INT, signal -> action.run());
        }

        @Override
        public void close() throws IOException {
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                // history is a convenience
            }
            terminal.close();
        }
    }
}
