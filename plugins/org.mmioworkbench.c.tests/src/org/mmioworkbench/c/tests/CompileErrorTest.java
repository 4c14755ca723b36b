package org.mmioworkbench.c.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.core.FileProblemException;

/**
 * A C compile error is a problem in a file like a board file's or an SVD file's: a front end that marks problems at
 * their file, line and column (an editor, the Problems view) takes all three the same way, and the message stays
 * gcc's.
 */
class CompileErrorTest {
    @Test
    void aCompileErrorNamesItsFileLineColumnAndReasonLikeOtherFileProblems(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.c");
        Files.writeString(file, "int main(void) {\n    return nope;\n}\n", StandardCharsets.UTF_8);
        FileProblemException e = assertThrows(FileProblemException.class,
                () -> CProgram.compile(file, List.of(), CRun.INCLUDE));
        assertEquals(file.toString(), e.file());
        assertEquals(2, e.line());
        assertEquals(12, e.column());
        assertEquals("'nope' undeclared", e.reason());
        assertEquals(file + ":2:12: error: 'nope' undeclared", e.getMessage());
    }

    @Test
    void anErrorOfTheWholeFileHasNoPosition(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nomain.c");
        Files.writeString(file, "int helper(void) { return 1; }\n", StandardCharsets.UTF_8);
        FileProblemException e = assertThrows(FileProblemException.class,
                () -> CProgram.compile(file, List.of(), CRun.INCLUDE));
        assertEquals(0, e.line());
        assertEquals(0, e.column());
        assertEquals(file + ": error: " + e.reason(), e.getMessage());
    }
}
