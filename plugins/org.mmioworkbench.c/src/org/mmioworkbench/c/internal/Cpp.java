package org.mmioworkbench.c.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.anarres.cpp.DefaultPreprocessorListener;
import org.anarres.cpp.Feature;
import org.anarres.cpp.LexerException;
import org.anarres.cpp.Preprocessor;
import org.anarres.cpp.Source;
import org.anarres.cpp.Token;

/**
 * The preprocessor: jcpp, with positions mapped back to the original files, include depth and output size
 * capped, and {@code #pragma mmio board("...")} collected. See the package documentation for what jcpp
 * does not do.
 */
public final class Cpp {
    /** The deepest include nesting; deeper is taken for an include cycle. */
    static final int MAX_INCLUDE_DEPTH = 200;
    /** The most tokens a translation unit may expand to. */
    static final int MAX_TOKENS = 4_000_000;

    /** What preprocessing produced. */
    public record Result(List<Tok> tokens, String board, Pos boardPos) {
    }

    private Cpp() {
    }

    /**
     * Preprocesses a file.
     *
     * @param file the file, as the user named it
     * @param includeDirs the -I directories, in order
     * @param bundled the bundled include directory, or null
     * @return the tokens, with adjacent string literals still separate
     * @throws CError for any preprocessing error
     */
    public static Result run(Path file, List<Path> includeDirs, Path bundled) {
        String shown = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new CError(new Pos(shown, 1, 1), "cannot read '" + shown + "': no such file");
        }
        Pp pp = new Pp(shown, file.toAbsolutePath().normalize());
        pp.addFeature(Feature.LINEMARKERS);
        pp.addFeature(Feature.PRAGMA_ONCE);
        pp.addFeature(Feature.DIGRAPHS);
        pp.setListener(new DefaultPreprocessorListener() {
            @Override
            public void handleError(Source source, int line, int column, String msg) {
                String m = msg;
                if (m.startsWith("File not found: ")) {
                    String name = m.substring("File not found: ".length());
                    int in = name.indexOf(" in ");
                    m = "cannot find include file '" + (in > 0 ? name.substring(0, in) : name) + "'";
                } else if (m.startsWith("#error")) {
                    m = m.trim();
                }
                throw new CError(pp.pos(source, line, column), m);
            }

            @Override
            public void handleWarning(Source source, int line, int column, String msg) {
                // warnings (redefinitions and the like) are not errors, as with gcc
            }
        });
        List<String> quote = new ArrayList<>();
        List<String> sys = new ArrayList<>();
        for (Path d : includeDirs) {
            quote.add(d.toString());
            sys.add(d.toString());
        }
        if (bundled != null) {
            sys.add(bundled.toString());
        }
        pp.setQuoteIncludePath(quote);
        pp.setSystemIncludePath(sys);
        pp.addMacroQuiet("__STDC__", "1");
        pp.addMacroQuiet("__MMIO_SIM__", "1");
        pp.addMacroQuiet("__STDC_VERSION__", "201112L");
        pp.addMacroQuiet("__STDC_HOSTED__", "1");
        pp.addMacroQuiet("__LP64__", "1");
        pp.addMacroQuiet("_LP64", "1");
        pp.addMacroQuiet("__CHAR_BIT__", "8");
        pp.addMacroQuiet("__SIZEOF_INT__", "4");
        pp.addMacroQuiet("__SIZEOF_LONG__", "8");
        pp.addMacroQuiet("__SIZEOF_POINTER__", "8");
        pp.addMacroQuiet("__MMIO_WORKBENCH__", "1");
        pp.addMacroQuiet("__STDC_NO_ATOMICS__", "1");
        pp.addMacroQuiet("__STDC_NO_COMPLEX__", "1");
        pp.addMacroQuiet("__STDC_NO_THREADS__", "1");
        pp.addMacroQuiet("__STDC_NO_VLA__", "1");
        try {
            pp.addInput(new File(file.toString()));
        } catch (IOException e) {
            throw new CError(new Pos(shown, 1, 1), "cannot read '" + shown + "'");
        }
        List<Tok> out = new ArrayList<>();
        try {
            for (;;) {
                Token t = pp.token();
                int type = t.getType();
                if (type == Token.EOF) {
                    break;
                }
                if (type == Token.WHITESPACE || type == Token.NL || type == Token.CCOMMENT
                        || type == Token.CPPCOMMENT || type == Token.P_LINE) {
                    continue;
                }
                Pos pos = pp.tokenPos(t);
                if (out.size() >= MAX_TOKENS) {
                    throw new CError(pos, "the translation unit expands to more than " + MAX_TOKENS
                            + " tokens (runaway macro expansion?)");
                }
                out.add(Lex.convert(t, pos));
            }
        } catch (IOException e) {
            throw new CError(pp.currentPos(), "cannot read an included file: " + e.getMessage());
        } catch (LexerException e) {
            throw new CError(pp.currentPos(), e.getMessage());
        } catch (StackOverflowError e) {
            throw new CError(pp.currentPos(), "macro expansion nested too deeply");
        }
        Pos end = out.isEmpty() ? new Pos(shown, 1, 1) : out.get(out.size() - 1).pos;
        out.add(new Tok(Tok.K.EOF, "", end));
        return new Result(out, pp.board, pp.boardPos);
    }

    /** jcpp with a stack of the file sources, to map macro tokens to where the macro was used. */
    private static final class Pp extends Preprocessor {
        private final String mainShown;
        private final String mainAbs;
        private final Deque<Source> files = new ArrayDeque<>();
        private int useLine;
        private int useCol;
        private String useFile;
        String board;
        Pos boardPos;

        Pp(String mainShown, Path mainAbs) {
            this.mainShown = mainShown;
            this.mainAbs = mainAbs.toString();
        }

        void addMacroQuiet(String name, String value) {
            try {
                addMacro(name, value);
            } catch (LexerException e) {
                throw new IllegalStateException(e);
            }
        }

        String shown(Source s) {
            String p = s == null ? null : s.getPath();
            if (p == null) {
                return mainShown;
            }
            if (p.equals(mainShown) || p.equals(mainAbs)) {
                return mainShown;
            }
            try {
                Path abs = Path.of(p).toAbsolutePath().normalize();
                Path cwd = Path.of("").toAbsolutePath();
                if (abs.startsWith(cwd)) {
                    return cwd.relativize(abs).toString();
                }
                return abs.toString();
            } catch (RuntimeException e) {
                return p;
            }
        }

        Pos pos(Source source, int line, int column) {
            if (source == null || source.getPath() == null) {
                Source f = files.peek();
                if (f != null) {
                    return new Pos(shown(f), Math.max(1, f.getLine()), Math.max(1, f.getColumn()));
                }
                return new Pos(mainShown, Math.max(1, line), Math.max(1, column + 1));
            }
            return new Pos(shown(source), Math.max(1, line), Math.max(1, column + 1));
        }

        Pos currentPos() {
            Source f = files.peek();
            return f == null ? new Pos(mainShown, 1, 1) : new Pos(shown(f), Math.max(1, f.getLine()), 1);
        }

        Pos tokenPos(Token t) {
            Source s = getSource();
            if (s != null && s.getPath() != null) {
                return new Pos(shown(s), Math.max(1, t.getLine()), t.getColumn() + 1);
            }
            if (useFile != null) {
                return new Pos(useFile, useLine, useCol);
            }
            return currentPos();
        }

        @Override
        protected void push_source(Source source, boolean autopop) {
            if (source.getPath() != null) {
                if (files.size() >= MAX_INCLUDE_DEPTH) {
                    throw new CError(currentPos(), "#include nested more than " + MAX_INCLUDE_DEPTH
                            + " levels deep (an include cycle?): '" + shown(source) + "'");
                }
                files.push(source);
            } else {
                Source now = getSource();
                if (now != null && now.getPath() != null) {
                    useFile = shown(now);
                    useLine = Math.max(1, now.getLine());
                    useCol = Math.max(1, now.getColumn());
                }
            }
            super.push_source(source, autopop);
        }

        @Override
        protected Token pop_source(boolean linemarker) throws IOException {
            Source s = getSource();
            if (s != null && s.getPath() != null && !files.isEmpty()) {
                files.pop();
            }
            return super.pop_source(linemarker);
        }

        @Override
        protected void pragma(Token name, List<Token> value) throws IOException, LexerException {
            if (!"mmio".equals(name.getText())) {
                return; // other pragmas are ignored, as gcc ignores unknown ones
            }
            Pos at = pos(getSource(), name.getLine(), name.getColumn());
            List<Token> v = new ArrayList<>();
            for (Token t : value) {
                if (t.getType() != Token.WHITESPACE) {
                    v.add(t);
                }
            }
            if (v.size() == 4 && "board".equals(v.get(0).getText()) && "(".equals(v.get(1).getText())
                    && v.get(2).getType() == Token.STRING && ")".equals(v.get(3).getText())) {
                String text = v.get(2).getText();
                board = new String(Lex.stringBytes(text.substring(1, text.length() - 1), at),
                        StandardCharsets.UTF_8);
                boardPos = at;
                return;
            }
            throw new CError(at, "#pragma mmio expects board(\"NAME\") or board(\"FILE.yaml\")");
        }
    }
}
