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
import java.util.Map;

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
    public record Result(List<Tok> tokens, String board, Pos boardPos, Map<String, Macro> macros) {
    }

    /** A macro the translation unit defined (in the file or a header), as an editor lists it. */
    public record Macro(String name, String body, String file, int line, boolean functionLike) {
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
        return run(file, null, includeDirs, bundled);
    }

    /**
     * Preprocesses a file whose text may differ from what is on disk (an editor's unsaved text): positions,
     * {@code __FILE__} and {@code "..."} includes are those of the file.
     *
     * @param file the file, as the user named it
     * @param text the file's text, or null to read it from disk
     * @param includeDirs the -I directories, in order
     * @param bundled the bundled include directory, or null
     * @return the tokens, with adjacent string literals still separate
     * @throws CError for any preprocessing error
     */
    public static Result run(Path file, String text, List<Path> includeDirs, Path bundled) {
        String shown = file.toString();
        if (text == null && !Files.isRegularFile(file)) {
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
                Pos at = pp.pos(source, line, column);
                if (m.startsWith("File not found: ")) {
                    String name = m.substring("File not found: ".length());
                    int in = name.indexOf(" in ");
                    name = in > 0 ? name.substring(0, in) : name;
                    m = name + ": No such file or directory";
                    int col = pp.columnOf(source, at.line(), "\"" + name, "<" + name);
                    at = new Pos(at.file(), at.line(), col > 0 ? col : at.col());
                } else if (m.startsWith("#error")) {
                    m = m.trim();
                } else if (m.equals("#endif without #if") || m.startsWith("#else without") || m.startsWith("#elif without")) {
                    String word = m.substring(1, m.indexOf(' '));
                    at = pp.directiveBefore(source, word, at);
                } else if (m.startsWith("Expected string or header")) {
                    m = "#include expects \"FILENAME\" or <FILENAME>";
                } else if (m.startsWith("Unknown preprocessor directive ")) {
                    m = "invalid preprocessing directive #" + m.substring("Unknown preprocessor directive ".length());
                } else {
                    java.util.regex.Matcher x = java.util.regex.Pattern
                            .compile("macro (\\S+) has (\\d+) parameters? but given (\\d+) args?").matcher(m);
                    if (x.matches()) {
                        int want = Integer.parseInt(x.group(2));
                        int got = Integer.parseInt(x.group(3));
                        m = got < want ? "macro \"" + x.group(1) + "\" requires " + want + " arguments, but only " + got
                                + " given" : "macro \"" + x.group(1) + "\" passed " + got + " arguments, but takes just "
                                + want;
                    }
                }
                throw new CError(at, m);
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
            if (text == null) {
                pp.addInput(new File(file.toString()));
            } else {
                pp.lines.put(file.toString(), text.lines().toList());
                pp.addInput(new TextSource(text, file.toString()));
            }
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
                    throw new CError(pp.usePos(pos), "macro expansion too large: the translation unit expands to more"
                            + " than " + MAX_TOKENS + " tokens");
                }
                Tok tok = Lex.convert(pp.fixLine(t), pos);
                tok.defPos = pp.definitionPos(t);
                out.add(tok);
            }
        } catch (IOException e) {
            throw new CError(pp.currentPos(), "cannot read an included file: " + e.getMessage());
        } catch (LexerException e) {
            throw new CError(pp.currentPos(), e.getMessage());
        } catch (StackOverflowError e) {
            throw new CError(pp.currentPos(), "macro expansion nested too deeply");
        } catch (CError e) {
            throw e;
        } catch (RuntimeException e) {
            // jcpp's own failures on malformed input (e.g. "Bad token" for bytes that are no C)
            throw new CError(pp.currentPos(), "invalid input the preprocessor cannot read (" + e.getMessage() + ")");
        }
        Pos end = out.isEmpty() ? new Pos(shown, 1, 1) : out.get(out.size() - 1).pos;
        out.add(new Tok(Tok.K.EOF, "", end));
        return new Result(out, pp.board, pp.boardPos, pp.definedMacros());
    }

    /** A file's text held in memory: to jcpp and to the positions, the file itself. */
    private static final class TextSource extends org.anarres.cpp.InputLexerSource {
        private final String path;

        TextSource(String text, String path) {
            super(new java.io.StringReader(text), true);
            this.path = path;
        }

        @Override
        public String getPath() {
            return path;
        }

        @Override
        public String getName() {
            return path;
        }
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
            if (source == null || !isFile(source) && source.getPath() == null) {
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

        /** The last position taken from a file token, per file: tokens never go backwards in one file. */
        private final java.util.Map<String, int[]> lastReal = new java.util.HashMap<>();
        final java.util.Map<String, List<String>> lines = new java.util.HashMap<>();

        /** A file being read (jcpp's other sources, macro expansions, answer getPath() with their file's). */
        static boolean isFile(Source s) {
            return s instanceof org.anarres.cpp.FileLexerSource || s instanceof TextSource;
        }

        /** The line of a file that defines a macro (the last such line), or 0. */
        int defineLine(Source s, String name) {
            List<String> ls = linesOf(s);
            java.util.regex.Pattern define = java.util.regex.Pattern
                    .compile("^\\s*#\\s*define\\s+" + java.util.regex.Pattern.quote(name) + "\\b");
            for (int l = ls.size(); l >= 1; l--) {
                if (define.matcher(ls.get(l - 1)).find()) {
                    return l;
                }
            }
            return 0;
        }

        /** The macros with a source file (not the predefined ones), by name. */
        Map<String, Macro> definedMacros() {
            Map<String, Macro> out = new java.util.TreeMap<>();
            for (org.anarres.cpp.Macro m : getMacros().values()) {
                Source src = m.getSource();
                if (src == null || src.getPath() == null) {
                    continue;
                }
                String body = m.getText().trim();
                out.put(m.getName(), new Macro(m.getName(), body, shown(src), defineLine(src, m.getName()),
                        m.isFunctionLike()));
            }
            return out;
        }

        /** Where the current macro expansion began, or p when none. */
        Pos usePos(Pos p) {
            Source s = getSource();
            return s != null && !isFile(s) && useFile != null ? new Pos(useFile, useLine, useCol) : p;
        }

        /**
         * jcpp gives {@code __LINE__} in a macro body the line of the definition; C wants the line where the
         * expansion is: the token jcpp makes for it (a number equal to its own line, from a fixed source) is
         * replaced.
         */
        Token fixLine(Token t) {
            Source s = getSource();
            if (t.getType() == Token.NUMBER && s != null && !isFile(s) && useFile != null
                    && s.getClass().getSimpleName().equals("FixedTokenSource")
                    && t.getText().equals(Integer.toString(t.getLine())) && !s.toString().contains("Argument")) {
                return new Token(Token.NUMBER, t.getLine(), t.getColumn(), Integer.toString(useLine),
                        new org.anarres.cpp.NumericValue(10, Integer.toString(useLine)));
            }
            return t;
        }

        /** For a token of a macro body: where the macro's definition spells it (gcc's spelling location). */
        Pos definitionPos(Token t) {
            Source s = getSource();
            if (s == null || isFile(s) || !s.getClass().getSimpleName().equals("MacroTokenSource")) {
                return null;
            }
            try {
                java.lang.reflect.Field f = s.getClass().getDeclaredField("macro");
                f.setAccessible(true);
                org.anarres.cpp.Macro m = (org.anarres.cpp.Macro) f.get(s);
                Source def = m.getSource();
                if (def == null || def.getPath() == null || t.getLine() < 1) {
                    return null;
                }
                return new Pos(shown(def), t.getLine(), t.getColumn() + 1);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null; // a jcpp without that field: the use position serves
            }
        }

        Pos tokenPos(Token t) {
            Source s = getSource();
            if (s != null && isFile(s)) {
                String file = shown(s);
                int[] last = lastReal.computeIfAbsent(s.getPath(), k -> new int[] {0, 0});
                int line = t.getLine();
                if (line <= s.getLine() && (line > last[0] || line == last[0] && t.getColumn() >= last[1])) {
                    last[0] = line;
                    last[1] = t.getColumn();
                    return new Pos(file, Math.max(1, line), t.getColumn() + 1);
                }
            }
            if (useFile != null) {
                return new Pos(useFile, useLine, useCol);
            }
            return currentPos();
        }

        List<String> linesOf(Source s) {
            if (s == null || !isFile(s)) {
                return List.of();
            }
            return lines.computeIfAbsent(s.getPath(), p -> {
                try {
                    return Files.readAllLines(Path.of(p), StandardCharsets.ISO_8859_1);
                } catch (IOException | RuntimeException e) {
                    return List.of();
                }
            });
        }

        /** The 1-based column of the first of some texts on a line, or 0. */
        int columnOf(Source s, int line, String... texts) {
            List<String> ls = linesOf(s);
            if (line < 1 || line > ls.size()) {
                return 0;
            }
            for (String x : texts) {
                int i = ls.get(line - 1).indexOf(x);
                if (i >= 0) {
                    return i + 1;
                }
            }
            return 0;
        }

        /** The position of the directive word (e.g. endif) on the last line at or before the lexer's line. */
        Pos directiveBefore(Source s, String word, Pos fallback) {
            Source f = s != null && isFile(s) ? s : files.peek();
            List<String> ls = linesOf(f);
            int from = Math.min(ls.size(), f == null ? 0 : Math.max(1, f.getLine()));
            for (int l = from; l >= 1; l--) {
                String text = ls.get(l - 1);
                java.util.regex.Matcher x = java.util.regex.Pattern.compile("^\\s*#\\s*(" + word + ")\\b").matcher(text);
                if (x.find()) {
                    return new Pos(shown(f), l, x.start(1) + 1);
                }
            }
            return fallback;
        }

        /** The first unmatched #if/#ifdef/#ifndef of a file, or null. */
        Pos unterminatedIf(Source s) {
            List<String> ls = linesOf(s);
            java.util.ArrayDeque<Pos> open = new java.util.ArrayDeque<>();
            java.util.regex.Pattern d = java.util.regex.Pattern.compile("^\\s*#\\s*(if|ifdef|ifndef|endif)\\b");
            for (int l = 1; l <= ls.size(); l++) {
                java.util.regex.Matcher x = d.matcher(ls.get(l - 1));
                if (x.find()) {
                    if (x.group(1).equals("endif")) {
                        open.poll();
                    } else {
                        open.push(new Pos(shown(s), l, x.start(1) + 1));
                    }
                }
            }
            return open.isEmpty() ? null : open.getLast();
        }

        @Override
        protected void push_source(Source source, boolean autopop) {
            if (isFile(source)) {
                if (files.size() >= MAX_INCLUDE_DEPTH) {
                    Source f = files.peek();
                    Pos at = directiveBefore(f, "include", currentPos());
                    List<String> ls = linesOf(f);
                    if (at.line() >= 1 && at.line() <= ls.size()) {
                        at = new Pos(at.file(), at.line(), ls.get(at.line() - 1).length() + 1);
                    }
                    throw new CError(at, "#include nested depth " + MAX_INCLUDE_DEPTH + " exceeds maximum of "
                            + MAX_INCLUDE_DEPTH + " (an include cycle?): '" + shown(source) + "'");
                }
                files.push(source);
            } else {
                Source now = getSource();
                if (now != null && isFile(now)) {
                    useFile = shown(now);
                    useLine = Math.max(1, now.getLine());
                    useCol = Math.max(1, now.getColumn() + 1);
                    String what = source.toString();
                    if (what.startsWith("expansion of ")) {
                        String name = what.substring("expansion of ".length());
                        List<String> ls = linesOf(now);
                        for (int l = useLine; l >= 1 && l > useLine - 50 && l <= ls.size(); l--) {
                            String text = ls.get(l - 1);
                            int end = l == useLine ? Math.min(text.length(), Math.max(0, now.getColumn())) : text.length();
                            int i = text.lastIndexOf(name, Math.max(0, end - name.length()));
                            if (i >= 0) {
                                useLine = l;
                                useCol = i + 1;
                                break;
                            }
                        }
                    }
                }
            }
            super.push_source(source, autopop);
        }

        @Override
        protected Token pop_source(boolean linemarker) throws IOException {
            Source s = getSource();
            if (s != null && isFile(s) && !files.isEmpty()) {
                Pos open = unterminatedIf(s);
                if (open != null) {
                    throw new CError(open, "unterminated #" + (linesOf(s).get(open.line() - 1).substring(open.col() - 1)
                            .startsWith("ifndef") ? "ifndef" : linesOf(s).get(open.line() - 1).substring(open.col() - 1)
                            .startsWith("ifdef") ? "ifdef" : "if"));
                }
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
