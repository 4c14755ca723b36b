package org.mmioworkbench.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.mmioworkbench.core.FileProblemException;
import org.mmioworkbench.script.ScriptException;

/**
 * What every parser promises about its errors, checked on each exception a fuzz target catches: the
 * parser's own exception, naming the file given, one line {@code FILE:LINE:COL: REASON} with a reason in
 * words, no Java class name in it.
 */
final class Contract {

    private Contract() {
    }

    /**
     * Checks a file problem (SVD file, board file).
     *
     * @param e the exception
     * @param file the name the input was read under
     */
    static void positioned(FileProblemException e, String file) {
        assertEquals(file, e.file());
        assertTrue(e.line() >= 0 && e.column() >= 0, e.getMessage());
        assertEquals(file + ":" + e.line() + ":" + e.column() + ": " + e.reason(), e.getMessage());
        oneLineInWords(e.reason(), e.getMessage());
    }

    /**
     * Checks a script error.
     *
     * @param e the exception
     * @param file the name the script was parsed under
     */
    static void positioned(ScriptException e, String file) {
        assertEquals(file, e.fileName());
        assertTrue(e.position().line() >= 1 && e.position().column() >= 1, e.getMessage());
        assertEquals(file + ":" + e.position() + ": error: " + e.detail(), e.getMessage());
        oneLineInWords(e.detail(), e.getMessage());
    }

    /**
     * A Java class name as {@code Throwable.toString()} or a stack trace shows it: qualified by its package
     * ({@code java.lang.StackOverflowError}, {@code java.nio.file.InvalidPathException}). Simple names are not
     * looked for: a script's own identifiers may end in "Error" and appear in messages unquoted.
     */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(java|javax|jdk|sun|com\\.sun|org\\.snakeyaml|org\\.mmioworkbench)\\.([a-z_][a-z0-9_]*\\.)*[A-Z]\\w*");
    /** Text the message quotes from the input: it may hold anything. */
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");

    private static void oneLineInWords(String reason, String message) {
        assertFalse(reason.isBlank(), message);
        assertTrue(FileProblemException.printable(message).equals(message), "control characters in: " + message);
        String unquoted = QUOTED.matcher(reason).replaceAll("");
        assertFalse(CLASS_NAME.matcher(unquoted).find(), "a Java class name in: " + message);
    }
}
