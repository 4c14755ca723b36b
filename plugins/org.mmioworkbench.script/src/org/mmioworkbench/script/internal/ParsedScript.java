package org.mmioworkbench.script.internal;

import java.util.List;

import org.mmioworkbench.script.BoardDirective;

/**
 * The parser's result.
 *
 * @param statements the top-level statements
 * @param board the board directive of the first line, or null
 * @param warnings warnings found while evaluating {@code #define} values, each {@code FILE:LINE:COL: warning: ...}
 * @param constants the predefined constants and every {@code #define} of the script, for a debugger's expressions
 */
public record ParsedScript(List<Stmt> statements, BoardDirective board, List<String> warnings, Constants constants) {
}
