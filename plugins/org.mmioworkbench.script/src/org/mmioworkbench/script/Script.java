package org.mmioworkbench.script;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.mmioworkbench.script.internal.Lowering;
import org.mmioworkbench.script.internal.ParsedScript;
import org.mmioworkbench.script.internal.Parser;
import org.mmioworkbench.script.internal.Program;
import org.mmioworkbench.script.internal.SourceText;

/**
 * A driver script ({@code *.mmio}), parsed and compiled, ready to run on any number of
 * {@link ScriptMachine}s. Immutable. See the package documentation for the language.
 */
public final class Script {
    private final SourceText source;
    private final ParsedScript parsed;
    private final Program program;
    private final BoardDirective board;
    private final List<String> warnings;

    private Script(SourceText source, ParsedScript parsed, Program program, BoardDirective board,
            List<String> warnings) {
        this.source = source;
        this.parsed = parsed;
        this.program = program;
        this.board = board;
        this.warnings = warnings;
    }

    /**
     * Decodes a script file's bytes, then parses and compiles it. A script is UTF-8 text: a byte-order mark
     * at its start is skipped (as editors on some systems write one), and a byte that is not UTF-8 is an
     * error at its line and column rather than a replacement character.
     *
     * @param bytes the file's content
     * @param fileName its name in messages, e.g. {@code uart.mmio}
     * @return the script
     * @throws ScriptException at the first error, with message {@code FILE:LINE:COL: error: ...}; nothing
     *         else is thrown, whatever the bytes
     */
    public static Script parse(byte[] bytes, String fileName) {
        return parse(SourceText.decode(Objects.requireNonNull(bytes, "bytes"), Objects.requireNonNull(fileName,
                "fileName")), fileName);
    }

    /**
     * Parses and compiles a script.
     *
     * @param text the script's text (a leading byte-order mark, U+FEFF, is skipped)
     * @param fileName its name in messages, e.g. {@code uart.mmio}
     * @return the script
     * @throws ScriptException at the first error, with message {@code FILE:LINE:COL: error: ...}; nothing
     *         else is thrown, whatever the text
     */
    public static Script parse(String text, String fileName) {
        Objects.requireNonNull(text, "text");
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        SourceText src = new SourceText(withoutMark, Objects.requireNonNull(fileName, "fileName"));
        ParsedScript parsed = Parser.parse(src);
        Program program = Lowering.lower(parsed, fileName, null);
        return new Script(src, parsed, program, parsed.board(), parsed.warnings());
    }

    /**
     * Makes what an editor shows of a script's text while the user types: its first error and the names it
     * declares and can use (processes, variables, {@code #define}s, the API's calls and constants). Never throws
     * for bad input.
     *
     * @param text the text (unsaved or not)
     * @param fileName its name in messages
     * @return the index
     */
    public static org.mmioworkbench.core.SourceIndex index(String text, String fileName) {
        Objects.requireNonNull(text, "text");
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return Parser.index(new SourceText(withoutMark, Objects.requireNonNull(fileName, "fileName")));
    }

    /**
     * Returns the file name.
     *
     * @return the name given to {@link #parse(String, String)}
     */
    public String fileName() {
        return source.fileName();
    }

    /**
     * Returns the source text.
     *
     * @return the text given to {@link #parse(String, String)}, without a leading byte-order mark
     */
    public String text() {
        return source.text();
    }

    /**
     * Returns one line of the source, for showing where a debugger stands.
     *
     * @param line the line, from 1
     * @return its text without the line break, or an empty string past the end
     */
    public String line(int line) {
        return source.line(line);
    }

    /**
     * Returns the number of source lines, as an editor counts them: the line break that ends the last line
     * starts no line of its own.
     *
     * @return at least 1
     */
    public int lineCount() {
        int n = source.lineCount();
        return n > 1 && source.line(n).isEmpty() ? n - 1 : n;
    }

    /**
     * Returns the board named in the first line.
     *
     * @return the directive, or empty if the script names none
     */
    public Optional<BoardDirective> board() {
        return Optional.ofNullable(board);
    }

    /**
     * Returns the statements, where a debugger can stop.
     *
     * @return the statements by id, in source order
     */
    public List<StatementInfo> statements() {
        return program.statements();
    }

    /**
     * Returns the warnings found while reading the script (e.g. a shift by 64 bits or more in a
     * {@code #define}).
     *
     * @return warnings, each {@code FILE:LINE:COL: warning: ...}
     */
    public List<String> warnings() {
        return warnings;
    }

    /** The syntax tree, which each machine lowers with its own runtime. */
    ParsedScript parsed() {
        return parsed;
    }
}
