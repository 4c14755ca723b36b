package org.mmioworkbench.script;

import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where a running script's text goes: what {@code printf} prints, and warnings such as a shift by 64
 * bits or more (each {@code FILE:LINE:COL: warning: ...}, once per place in the script).
 */
public interface ScriptOutput {

    /**
     * Receives the text of one {@code printf} call.
     *
     * @param text the formatted text, line breaks included as printed
     */
    void print(String text);

    /**
     * Receives a warning.
     *
     * @param message {@code FILE:LINE:COL: warning: ...}, without a line break
     */
    void warning(String message);

    /**
     * Sends printed text and warnings to two consumers.
     *
     * @param printed receives {@code printf} text
     * @param warnings receives warnings
     * @return the output
     */
    static ScriptOutput of(Consumer<String> printed, Consumer<String> warnings) {
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(warnings, "warnings");
        return new ScriptOutput() {
            @Override
            public void print(String text) {
                printed.accept(text);
            }

            @Override
            public void warning(String message) {
                warnings.accept(message);
            }
        };
    }

    /**
     * Prints to one stream and writes warnings, each on a line of its own, to another.
     *
     * @param out receives {@code printf} text, e.g. {@code System.out}
     * @param err receives warnings, e.g. {@code System.err}
     * @return the output
     */
    static ScriptOutput of(PrintStream out, PrintStream err) {
        return of(out::print, err::println);
    }

    /**
     * Drops everything (for tests and headless checks).
     *
     * @return the output
     */
    static ScriptOutput discard() {
        return of(text -> { }, message -> { });
    }
}
