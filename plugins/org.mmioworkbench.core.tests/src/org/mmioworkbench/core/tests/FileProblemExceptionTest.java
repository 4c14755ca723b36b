package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.FileProblemException;

/**
 * A problem in a user's file prints as one line {@code file:line:col: reason} a terminal shows as it is: text
 * quoted from the file keeps its letters, in any script, and loses only its control and format characters to
 * escapes; the file keeps the name the user gave it.
 */
class FileProblemExceptionTest {

    /** A problem of a file format of one's own. */
    private static final class ConfigProblem extends FileProblemException {
        private static final long serialVersionUID = 1L;

        ConfigProblem(String file, int line, int column, String reason) {
            super(file, line, column, reason);
        }
    }

    @Test
    void theMessageIsFileLineColumnAndReasonOnOneLine() {
        ConfigProblem p = new ConfigProblem("boards/my\nboard.toml", 3, 7, "unknown key 'a\u001B[2Jb'");
        assertEquals("boards/my\\nboard.toml:3:7: unknown key 'a\\x1B[2Jb'", p.getMessage());
        assertEquals("boards/my\nboard.toml", p.file(), "the file as the user named it");
        assertEquals(3, p.line());
        assertEquals(7, p.column());
        assertEquals("unknown key 'a\\x1B[2Jb'", p.reason());
    }

    @Test
    void lettersOfEveryScriptStayAsTheyAre() {
        String text = "Gr\u00fc\u00dfe \u00e9t\u00e9 \u0100 \u041f\u0440\u0438\u0432\u0435\u0442 \u65e5\u672c \u00a9";
        assertEquals(text, FileProblemException.printable(text));
    }

    @Test
    void controlAndFormatCharactersOfAShortTextBecomeEscapes() {
        assertEquals("a\\nb", FileProblemException.printable("a\nb"));
        assertEquals("\\r\\t\\x7F\\x85", FileProblemException.printable("\r\t\u007f\u0085"));
        assertEquals("x\\u202Ey\\u2028", FileProblemException.printable("x\u202Ey\u2028"));
        assertEquals("back\\slash", FileProblemException.printable("back\\slash"));
        assertEquals("null", FileProblemException.printable(null));
        assertEquals("", FileProblemException.printable(""));
    }
}
