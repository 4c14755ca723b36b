package org.mmioworkbench.script.internal;

import java.util.List;

import org.mmioworkbench.script.BoardDirective;

/**
 * The parser's result.
 *
 * @param statements the top-level statements
 * @param board the board directive of the first line, or null
 * @param warnings warnings found while evaluating {@code #define} values, each {@code FILE:LINE:COL: warning: ...}
 */
public record ParsedScript(List<Stmt> statements, BoardDirective board, List<String> warnings) {
}
