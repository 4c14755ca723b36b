package org.mmioworkbench.c.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.core.SourceIndex;
import org.mmioworkbench.core.SourceIndex.Kind;
import org.mmioworkbench.core.SourceIndex.Problem;
import org.mmioworkbench.core.SourceIndex.Symbol;

/**
 * What the driver editor shows while the user types: errors of the unsaved text at their exact place, and the
 * names (the file's own, the SDK headers' API functions and constants) for the outline and content assist.
 */
class SourceIndexTest {
    private static final String DRIVER = """
            #include <coresrv/io/mmio.h>
            #include <stdint.h>
            #include "regs.h"

            #define UARTDR 0x000

            static int sent;

            static void uart_putc(volatile uint32_t *base, char c) {
                base[UARTDR / 4] = (uint32_t) c;
                sent++;
            }

            int main(void) {
                return 0;
            }
            #pragma mmio board("rpi4b")
            """;

    private static Optional<Symbol> find(SourceIndex index, String name, Kind kind) {
        return index.symbols().stream().filter(s -> s.name().equals(name) && s.kind() == kind).findFirst();
    }

    @Test
    void theUnsavedTextIsCheckedNotTheFileOnDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("uart.c");
        Files.writeString(file, "int main(void) { return 0; }\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("regs.h"), "#define UARTFR 0x018\n", StandardCharsets.UTF_8);
        SourceIndex index = CProgram.index(file, DRIVER.replace("sent++;", "sent++\n"), List.of(), CRun.INCLUDE);
        Problem e = index.problem().orElseThrow();
        assertEquals(file.toString(), e.file());
        assertEquals(13, e.line(), e.toString()); // gcc's place: the '}' after the line that lost its ';'
        assertEquals("expected ';' before '}' token", e.reason());
        assertEquals("uart.c", Path.of(e.file()).getFileName().toString());
        assertTrue(CProgram.index(file, DRIVER, List.of(), CRun.INCLUDE).problem().isEmpty(),
                "the same text without the error compiles, with \"regs.h\" found beside the file");
    }

    @Test
    void theFileItsHeadersAndTheApiAreListedWithTheirLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("uart.c");
        Files.writeString(dir.resolve("regs.h"), "\n#define UARTFR 0x018\n", StandardCharsets.UTF_8);
        SourceIndex index = CProgram.index(file, DRIVER, List.of(), CRun.INCLUDE);
        Symbol putc = find(index, "uart_putc", Kind.FUNCTION).orElseThrow();
        assertEquals(9, putc.line());
        assertTrue(putc.inFile());
        assertEquals("void uart_putc(volatile uint32_t *, char)", putc.detail().replace("unsigned int", "uint32_t"));
        Symbol sent = find(index, "sent", Kind.VARIABLE).orElseThrow();
        assertEquals(7, sent.line());
        Symbol dr = find(index, "UARTDR", Kind.MACRO).orElseThrow();
        assertEquals(5, dr.line());
        assertEquals("0x000", dr.detail());
        Symbol fr = find(index, "UARTFR", Kind.MACRO).orElseThrow();
        assertEquals(2, fr.line());
        assertFalse(fr.inFile(), "a header's macro is not the file's own");
        Symbol write = find(index, "IoWriteMmReg32", Kind.FUNCTION).orElseThrow();
        assertFalse(write.inFile());
        assertTrue(write.file().endsWith("mmio.h"), write.file());
        assertTrue(find(index, "VMM_FLAG_READ", Kind.MACRO).isPresent());
        assertTrue(find(index, "rcOk", Kind.MACRO).or(() -> find(index, "rcOk", Kind.ENUMERATOR)).isPresent());
        assertTrue(find(index, "uint32_t", Kind.TYPE).isPresent());
        assertEquals("rpi4b", index.board().orElseThrow());
        assertTrue(find(index, "__STDC__", Kind.MACRO).isEmpty(), "predefined macros are not the file's names");
        assertEquals(List.of("UARTDR", "sent", "uart_putc", "main"),
                index.outline().stream().map(Symbol::name).toList(), "the outline: the file's own names by line");
    }

    @Test
    void namesBeforeAnErrorAreStillListed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("half.c");
        SourceIndex index = CProgram.index(file, """
                int first(void) { return 1; }
                int second(void) { return first() +; }
                int third(void) { return 3; }
                """, List.of(), CRun.INCLUDE);
        assertEquals(2, index.problem().orElseThrow().line());
        assertTrue(find(index, "first", Kind.FUNCTION).isPresent());
        assertTrue(find(index, "third", Kind.FUNCTION).isEmpty());
    }

    @Test
    void garbageIsAnErrorNeverAnException(@TempDir Path dir) {
        Path file = dir.resolve("junk.c");
        for (String text : List.of("\u0000\u0001#if", "#include \"", "int main(void) { /* ", "#define A(x) A(A(x)\nA(1)",
                "\"unterminated", "struct { int a : 99; } s;")) {
            SourceIndex index = CProgram.index(file, text, List.of(), CRun.INCLUDE);
            assertTrue(index.problem().isPresent(), text);
        }
    }
}
