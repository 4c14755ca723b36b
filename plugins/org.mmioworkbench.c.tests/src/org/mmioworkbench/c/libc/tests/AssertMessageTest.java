package org.mmioworkbench.c.libc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mmioworkbench.c.libc.AssertMessage;

/** A failed {@code assert} reads as glibc's, with the C file's stem where glibc names the program. */
class AssertMessageTest {

    private static final String PROGRAM = """
            #include <assert.h>
            #include <stddef.h>
            #include <string.h>
            static int x = 1;
            static const char *name = "uart";
            void uart_init(void) {
              assert(x == 2 && "the device answered" && strcmp(name, "b\\\\c") != 0);
            }
            int main(int argc, char **argv) {
              if (argc > 1) __assert_fail("a < b", "other/file.c", 77, NULL);
              uart_init();
              return 0;
            }
            """;

    @Test
    void theMessageIsGlibcsWithTheFileStemAsTheProgramName(@TempDir Path dir) throws Exception {
        Path program = Gcc.compile(dir, "drivers/uart.c", PROGRAM);
        Gcc.Run run = Gcc.run(dir, program.toString());
        assertNotEquals(0, run.status(), "the program aborts");
        assertEquals(run.stderr().lines().findFirst().orElse(""), AssertMessage.format("drivers/uart.c", 7,
                "uart_init", "x == 2 && \"the device answered\" && strcmp(name, \"b\\\\c\") != 0"));
    }

    @Test
    void withoutAFunctionNameTheFunctionPartIsLeftOut(@TempDir Path dir) throws Exception {
        Path program = Gcc.compile(dir, "uart.c", PROGRAM);
        Gcc.Run run = Gcc.run(dir, program.toString(), "no-function");
        // The program is "uart" while the failing call names other/file.c: glibc's text after the program name.
        assertEquals(run.stderr().lines().findFirst().orElse(""),
                "uart: " + AssertMessage.format("other/file.c", 77, null, "a < b").substring("file: ".length()));
        assertEquals("file: other/file.c:77: Assertion `a < b' failed.",
                AssertMessage.format("other/file.c", 77, null, "a < b"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"uart.c, uart", "drivers/uart.c, uart", "a.b.c, a.b", ".hidden, .hidden", "noext, noext",
        "C:\\src\\drv.c, drv", "/abs/path/dev.h, dev"})
    void theProgramNameIsTheFileNameWithoutFoldersAndExtension(String file, String program) {
        assertEquals(program + ": " + file + ":1: f: Assertion `e' failed.", AssertMessage.format(file, 1, "f", "e"));
    }
}
