package org.mmioworkbench.script.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.mmioworkbench.core.SourceIndex;
import org.mmioworkbench.core.SourceIndex.Kind;
import org.mmioworkbench.core.SourceIndex.Problem;
import org.mmioworkbench.core.SourceIndex.Symbol;

/**
 * The {@link SourceIndex} of a script: its {@code process} sections, variables and {@code #define}s (with their
 * lines), and what every script can use: the API's calls with their parameters and its predefined constants.
 */
final class ScriptIndex {
    private ScriptIndex() {
    }

    static SourceIndex of(String file, List<Stmt> statements, Constants constants, Optional<Problem> problem,
            Optional<String> board) {
        List<Symbol> out = new ArrayList<>();
        for (Builtin b : Builtin.values()) {
            String params = b.params().stream().map(Builtin.Param::written).collect(Collectors.joining(", "));
            out.add(new Symbol(Kind.FUNCTION, b.cName(), (b.returnsValue() ? "" : "void ") + b.cName() + "(" + params
                    + ")", null, 0, false));
        }
        for (Map.Entry<String, Constants.Entry> e : constants.all().entrySet()) {
            Constants.Entry c = e.getValue();
            String value = c.hasValue() ? "0x" + Long.toHexString(c.value()) : "";
            out.add(c.definedAt() == null ? new Symbol(Kind.MACRO, e.getKey(), value, null, 0, false)
                    : new Symbol(Kind.MACRO, e.getKey(), value, file, c.definedAt().line(), true));
        }
        walk(statements, file, out);
        return new SourceIndex(out, problem, board);
    }

    private static void walk(List<Stmt> statements, String file, List<Symbol> out) {
        for (Stmt s : statements) {
            walk(s, file, out);
        }
    }

    private static void walk(Stmt s, String file, List<Symbol> out) {
        switch (s) {
            case Stmt.Process p -> out.add(new Symbol(Kind.PROCESS, p.name(), "process " + p.name(), file,
                    p.position().line(), true));
            case Stmt.Declare d -> d.declarators().forEach(v -> out.add(new Symbol(Kind.VARIABLE, v.name(),
                    v.type().name() + " " + v.name(), file, v.position().line(), true)));
            case Stmt.Block b -> walk(b.statements(), file, out);
            case Stmt.If i -> {
                walk(i.then(), file, out);
                if (i.otherwise() != null) {
                    walk(i.otherwise(), file, out);
                }
            }
            case Stmt.While w -> walk(w.body(), file, out);
            case Stmt.DoWhile w -> walk(w.body(), file, out);
            case Stmt.For f -> {
                walk(f.init(), file, out);
                walk(f.body(), file, out);
            }
            default -> {
                // statements that declare nothing
            }
        }
    }
}
