package org.mmioworkbench.c;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mmioworkbench.c.internal.CError;
import org.mmioworkbench.c.internal.Cpp;
import org.mmioworkbench.c.internal.Parser;
import org.mmioworkbench.c.internal.Pos;
import org.mmioworkbench.c.internal.Var;
import org.mmioworkbench.core.SourceIndex;
import org.mmioworkbench.core.SourceIndex.Kind;
import org.mmioworkbench.core.SourceIndex.Problem;
import org.mmioworkbench.core.SourceIndex.Symbol;

/**
 * Makes the {@link SourceIndex} of a C file's text, unsaved or not: positions and {@code "..."} includes are those
 * of the file it belongs to. The names are the file's own functions, globals and macros, and those of the headers
 * it includes (the MMIO API's functions, {@code VMM_FLAG_READ}, {@code rcOk}, ...), typedefs and enumeration
 * constants.
 */
final class CSourceIndex {
    private CSourceIndex() {
    }

    static SourceIndex of(Path file, String text, List<Path> includeDirs, Path bundledInclude) {
        String shown = file.toString();
        List<Symbol> out = new ArrayList<>();
        Problem problem = null;
        Parser parser = null;
        String board = null;
        try {
            Cpp.Result pp = Cpp.run(file, text, includeDirs, bundledInclude);
            for (Cpp.Macro m : pp.macros().values()) {
                out.add(new Symbol(Kind.MACRO, m.name(), m.body(), m.file(), m.line(), shown.equals(m.file())));
            }
            board = pp.board();
            parser = new Parser(pp.tokens());
            parser.parseUnit();
        } catch (CError e) {
            Pos p = e.pos == null ? new Pos(shown, 1, 1) : e.pos;
            problem = new Problem(p.file(), p.line(), p.col(), e.cause);
        } catch (StackOverflowError e) {
            problem = new Problem(shown, 1, 1, "the program is nested too deeply to compile");
        }
        if (parser != null) {
            Parser.Unit unit = parser.unitSoFar();
            for (Var f : unit.functions.values()) {
                Pos p = f.func != null ? f.func.pos : f.pos;
                out.add(symbol(Kind.FUNCTION, f.name, f.type.render(f.name), p, shown));
            }
            for (Var g : unit.globals) {
                if (!g.isFunction && g.name.equals(g.display)) {
                    out.add(symbol(Kind.VARIABLE, g.name, g.type.render(g.name), g.pos, shown));
                }
            }
            for (Parser.ScopeName n : parser.fileScopeNames()) {
                out.add(new Symbol(n.typedef() ? Kind.TYPE : Kind.ENUMERATOR, n.name(), n.detail(), null, 0, false));
            }
        }
        return new SourceIndex(out, Optional.ofNullable(problem), Optional.ofNullable(board));
    }

    private static Symbol symbol(Kind kind, String name, String detail, Pos p, String shown) {
        return p == null ? new Symbol(kind, name, detail, null, 0, false)
                : new Symbol(kind, name, detail, p.file(), p.line(), shown.equals(p.file()));
    }
}
