package org.mmioworkbench.script.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into tokens. Drops whitespace, comments ({@code //}, {@code /* *}{@code /}) and
 * preprocessor lines other than {@code #define}; joins lines ending in a backslash; emits a
 * {@link Token.Kind#NEWLINE} token at a line end only where it can end a statement (outside parentheses
 * and brackets, and always at the end of a {@code #define} line). After {@code board} as the very first
 * token it reads an unquoted board name such as {@code qemu-virt} as one token.
 */
public final class Lexer {
    private static final String[] OPERATORS = {
        "<<=", ">>=", "&&", "||", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
        "^=", "++", "--", "->", "(", ")", "{", "}", "[", "]", ";", ",", ".", "&", "|", "^", "~", "!", "=", "<",
        ">", "+", "-", "*", "/", "%", "?", ":",
    };

    private final SourceText src;
    private final String s;
    private final LiteralReader literals;
    private final List<Token> tokens = new ArrayList<>();
    private int at;
    private int depth;
    private int depthOutsideDefine;
    private boolean inDefine;
    private boolean lineHasToken;

    private Lexer(SourceText src) {
        this.src = src;
        this.s = src.text();
        this.literals = new LiteralReader(src);
    }

    /**
     * Tokenizes a script.
     *
     * @param src the script
     * @return its tokens, ending with {@link Token.Kind#EOF}
     * @throws org.mmioworkbench.script.ScriptException at the first character that starts no token
     */
    public static List<Token> tokenize(SourceText src) {
        Lexer lexer = new Lexer(src);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (at < s.length()) {
            char c = s.charAt(at);
            if (c == '\n') {
                lineEnd(at);
                at++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B) {
                at++;
            } else if (c == '\\' && lineBreakLength(at + 1) > 0) {
                at += 1 + lineBreakLength(at + 1);
            } else if (s.startsWith("//", at)) {
                skipToLineEnd();
            } else if (s.startsWith("/*", at)) {
                blockComment();
            } else if (c == '#') {
                directive();
            } else if (isIdentStart(c)) {
                identifier();
            } else if (c >= '0' && c <= '9') {
                add(literals.number(at));
            } else if (c == '\'') {
                add(literals.character(at));
            } else if (c == '"') {
                add(literals.string(at));
            } else {
                operator(c);
            }
        }
        tokens.add(new Token(Token.Kind.EOF, "", src.position(s.length()), s.length(), s.length(), 0, null));
    }

    private void add(Token t) {
        tokens.add(t);
        at = t.end();
        lineHasToken = true;
    }

    private void lineEnd(int offset) {
        if (inDefine) {
            newline(offset);
            inDefine = false;
            depth = depthOutsideDefine;
        } else if (depth == 0) {
            newline(offset);
        }
        lineHasToken = false;
    }

    private void newline(int offset) {
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == Token.Kind.NEWLINE) {
            return;
        }
        tokens.add(new Token(Token.Kind.NEWLINE, "\n", src.position(offset), offset, offset + 1, 0, null));
    }

    private int lineBreakLength(int i) {
        if (s.startsWith("\r\n", i)) {
            return 2;
        }
        return i < s.length() && s.charAt(i) == '\n' ? 1 : 0;
    }

    private void skipToLineEnd() {
        while (at < s.length() && s.charAt(at) != '\n') {
            at++;
        }
    }

    private void blockComment() {
        int close = s.indexOf("*/", at + 2);
        if (close < 0) {
            throw src.error(at, "unterminated comment: '/*' has no matching '*/'");
        }
        int newline = s.indexOf('\n', at);
        if (newline >= 0 && newline < close) {
            lineEnd(newline);
        }
        at = close + 2;
    }

    /** A '#' line: {@code #define} becomes a token; any other directive is a comment. */
    private void directive() {
        if (lineHasToken) {
            throw src.error(at, "unexpected character '#': only a line starting with '#' is a directive");
        }
        int start = at;
        int word = at + 1;
        while (word < s.length() && (s.charAt(word) == ' ' || s.charAt(word) == '\t')) {
            word++;
        }
        int wordEnd = word;
        while (wordEnd < s.length() && isIdentPart(s.charAt(wordEnd))) {
            wordEnd++;
        }
        if (!s.substring(word, wordEnd).equals("define")) {
            while (at < s.length() && s.charAt(at) != '\n') {
                at += s.charAt(at) == '\\' && lineBreakLength(at + 1) > 0 ? 1 + lineBreakLength(at + 1) : 1;
            }
            return;
        }
        tokens.add(new Token(Token.Kind.DEFINE, "#define", src.position(start), start, wordEnd, 0, null));
        lineHasToken = true;
        inDefine = true;
        depthOutsideDefine = depth;
        depth = 0;
        at = wordEnd;
    }

    private void identifier() {
        int start = at;
        while (at < s.length() && isIdentPart(s.charAt(at))) {
            at++;
        }
        String word = s.substring(start, at);
        boolean first = tokens.isEmpty() || (tokens.size() == 1 && tokens.get(0).kind() == Token.Kind.NEWLINE);
        tokens.add(new Token(Token.Kind.IDENT, word, src.position(start), start, at, 0, null));
        lineHasToken = true;
        if (word.equals("board") && first) {
            boardName();
        }
    }

    /** After a leading {@code board}: an unquoted name becomes one token; a quoted path is lexed as a string. */
    private void boardName() {
        while (at < s.length() && (s.charAt(at) == ' ' || s.charAt(at) == '\t')) {
            at++;
        }
        if (at < s.length() && s.charAt(at) == '"') {
            return;
        }
        int start = at;
        while (at < s.length() && (isIdentPart(s.charAt(at)) || "-.+".indexOf(s.charAt(at)) >= 0)) {
            at++;
        }
        if (at == start) {
            throw src.error(start, "expected a board name (such as qemu-virt) or a quoted board file path after 'board'");
        }
        tokens.add(new Token(Token.Kind.BOARD_NAME, s.substring(start, at), src.position(start), start, at, 0, null));
    }

    private void operator(char c) {
        for (String op : OPERATORS) {
            if (s.startsWith(op, at)) {
                if (op.equals("(") || op.equals("[")) {
                    depth++;
                } else if ((op.equals(")") || op.equals("]")) && depth > 0) {
                    depth--;
                }
                add(new Token(Token.Kind.OP, op, src.position(at), at, at + op.length(), 0, null));
                return;
            }
        }
        throw src.error(at, "unexpected character " + describe(c));
    }

    private static String describe(char c) {
        if (c >= 0x20 && c < 0x7F) {
            return "'" + c + "'";
        }
        return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }
}
