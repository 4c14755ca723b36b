package org.mmioworkbench.c;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.mmioworkbench.c.internal.CError;
import org.mmioworkbench.c.internal.Cpp;
import org.mmioworkbench.c.internal.Node;
import org.mmioworkbench.c.internal.Parser;
import org.mmioworkbench.c.internal.St;

/**
 * A C translation unit, preprocessed, parsed and checked: ready to run as a process with {@link CMachine}.
 * Immutable once compiled; several machines may run it (one at a time).
 */
public final class CProgram {
    private final String file;
    private final Parser.Unit unit;
    private final Map<Node, St> pendingDecls;
    private final String board;

    private CProgram(String file, Parser.Unit unit, Map<Node, St> pendingDecls, String board) {
        this.file = file;
        this.unit = unit;
        this.pendingDecls = pendingDecls;
        this.board = board;
    }

    /**
     * Preprocesses, parses and checks a C file.
     *
     * @param file the file, as the user named it (positions in errors name it so)
     * @param includeDirs the {@code -I} directories, searched in order for {@code "..."} (after the file's own
     *        folder) and {@code <...>} (before the bundled headers)
     * @param bundledInclude the folder of the bundled headers, or null
     * @return the program
     * @throws CCompileException with {@code FILE:LINE:COL: error: CAUSE}
     */
    public static CProgram compile(Path file, List<Path> includeDirs, Path bundledInclude) throws CCompileException {
        return translate(file, includeDirs, bundledInclude, true);
    }

    /**
     * Preprocesses, parses and checks a C file that need not be a whole program (a driver's other file, a header):
     * what an editor reports as its errors.
     *
     * @param file the file, as the user named it
     * @param includeDirs the {@code -I} directories
     * @param bundledInclude the folder of the bundled headers, or null
     * @throws CCompileException with {@code FILE:LINE:COL: error: CAUSE} for the first error
     */
    public static void check(Path file, List<Path> includeDirs, Path bundledInclude) throws CCompileException {
        translate(file, includeDirs, bundledInclude, false);
    }

    /**
     * Makes what an editor shows of a C file's text while the user types (unsaved or not): its first error and
     * the names it can use, with where they are declared. Never throws for bad input.
     *
     * @param file the file the text belongs to, as the user named it
     * @param text the text
     * @param includeDirs the {@code -I} directories
     * @param bundledInclude the folder of the bundled headers, or null
     * @return the index
     */
    public static org.mmioworkbench.core.SourceIndex index(Path file, String text, List<Path> includeDirs,
            Path bundledInclude) {
        return CSourceIndex.of(file, text, includeDirs, bundledInclude);
    }

    private static CProgram translate(Path file, List<Path> includeDirs, Path bundledInclude, boolean needsMain)
            throws CCompileException {
        try {
            Cpp.Result pp = Cpp.run(file, includeDirs, bundledInclude);
            Parser parser = new Parser(pp.tokens());
            Parser.Unit unit = parser.parseUnit();
            if (needsMain && (unit.functions.get("main") == null || unit.functions.get("main").func == null)) {
                throw new CError(new org.mmioworkbench.c.internal.Pos(file.toString(), 0, 0), "no function 'main'");
            }
            return new CProgram(file.toString(), unit, parser.pendingDecls, pp.board());
        } catch (CError e) {
            org.mmioworkbench.c.internal.Pos p = e.pos == null ? new org.mmioworkbench.c.internal.Pos(file.toString(), 1, 1)
                    : e.pos;
            throw new CCompileException(p.file(), p.line(), p.col(), e.cause);
        } catch (StackOverflowError e) {
            throw new CCompileException(file.toString(), 1, 1, "the program is nested too deeply to compile");
        }
    }

    /**
     * Returns the file the program was compiled from.
     *
     * @return the file name as given
     */
    public String file() {
        return file;
    }

    /**
     * Returns the board the file names in {@code #pragma mmio board("...")}.
     *
     * @return the board name or board file, or null when the file names none
     */
    public String board() {
        return board;
    }

    Parser.Unit unit() {
        return unit;
    }

    Map<Node, St> pendingDecls() {
        return pendingDecls;
    }
}
