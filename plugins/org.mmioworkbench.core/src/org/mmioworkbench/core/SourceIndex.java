package org.mmioworkbench.core;

import java.util.List;
import java.util.Optional;

/**
 * What an editor knows of a driver file (C or script) as it is being typed: its first error, if any, and the names
 * it can use with where they are declared — its own functions, variables, macros and processes, and those of the
 * headers and API it sees ({@code IoWriteMmReg32}, {@code VMM_FLAG_READ}, {@code rcOk}, ...). Each language's front
 * end makes one from unsaved text; the names found before an error are still listed, so an outline and content
 * assist keep working while the user types.
 *
 * @param symbols the names, sorted by name
 * @param problem the first error, or empty when the text compiles
 * @param board the board the file names ({@code #pragma mmio board("...")}, a script's {@code board} line): a
 *        built-in board's name or a board file relative to the file; empty when it names none
 */
public record SourceIndex(List<Symbol> symbols, Optional<Problem> problem, Optional<String> board) {
    /** What a name is. */
    public enum Kind {
        /** A function (C) or an API call (C and scripts). */
        FUNCTION,
        /** A variable. */
        VARIABLE,
        /** A macro or a named constant ({@code #define}, the API's predefined constants). */
        MACRO,
        /** A typedef name. */
        TYPE,
        /** An enumeration constant. */
        ENUMERATOR,
        /** A script's {@code process} section. */
        PROCESS
    }

    /**
     * A name the file can use.
     *
     * @param kind what it is
     * @param name its name
     * @param detail its declaration ({@code int uart_putc(int)}), a macro's body or a constant's value
     * @param file the file that declares it, as the user named it, or null when none (a predefined name)
     * @param line the line that declares it, or 0 when unknown
     * @param inFile whether the file itself declares it (not a header, not the API)
     */
    public record Symbol(Kind kind, String name, String detail, String file, int line, boolean inFile) {
    }

    /**
     * An error in the text.
     *
     * @param file the file it is in (the file itself or a header it includes)
     * @param line its line, 1-based, or 0 for the whole file
     * @param column its column, 1-based, or 0 when unknown
     * @param reason the cause, as the compiler says it
     */
    public record Problem(String file, int line, int column, String reason) {
    }

    /**
     * Makes an index.
     *
     * @param symbols the names, in any order
     * @param problem the first error, or empty
     * @param board the board the file names, or empty
     */
    public SourceIndex {
        symbols = symbols.stream().sorted(java.util.Comparator.comparing(Symbol::name).thenComparing(Symbol::kind))
                .toList();
    }

    /**
     * Returns the file's own names (not the headers' or the API's), in the order of their lines: an outline.
     *
     * @return the symbols declared in the file, by line
     */
    public List<Symbol> outline() {
        return symbols.stream().filter(Symbol::inFile).sorted(java.util.Comparator.comparingInt(Symbol::line)).toList();
    }
}
