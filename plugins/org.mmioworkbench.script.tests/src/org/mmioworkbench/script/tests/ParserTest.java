package org.mmioworkbench.script.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.script.BoardDirective;
import org.mmioworkbench.script.Script;
import org.mmioworkbench.script.SourcePosition;
import org.mmioworkbench.script.StatementInfo;

/** Every construct of the language parses, and the parser records what a runner and a debugger need. */
class ParserTest {

    private static List<Integer> statementLines(String source) {
        return Script.parse(source, "t.mmio").statements().stream().map(StatementInfo::line).toList();
    }

    @Test
    void boardByNameIsRecordedWithItsPosition() {
        Script s = Script.parse("// demo\n\nboard qemu-virt\nx = 1\n", "t.mmio");
        assertEquals(new BoardDirective("qemu-virt", false, new SourcePosition(3, 7)), s.board().orElseThrow());
    }

    @Test
    void boardByPathIsRecorded() {
        Script s = Script.parse("board \"boards/my board.yaml\"   // custom\n", "t.mmio");
        assertEquals(new BoardDirective("boards/my board.yaml", true, new SourcePosition(1, 7)), s.board().orElseThrow());
    }

    @Test
    void boardNamesWithDigitsAndDashes() {
        assertEquals("rpi4b", Script.parse("board rpi4b", "t.mmio").board().orElseThrow().value());
        assertEquals("imx8mp-evk.v2", Script.parse("board imx8mp-evk.v2;", "t.mmio").board().orElseThrow().value());
    }

    @Test
    void noBoardIsEmpty() {
        assertTrue(Script.parse("x = 1", "t.mmio").board().isEmpty());
    }

    @Test
    void statementsEndAtNewlinesOrSemicolons() {
        assertEquals(List.of(1, 1, 2, 4), statementLines("a = 1; b = 2\nc = 3;;\n\nd = 4"));
    }

    @Test
    void commentsAndPreprocessorLinesAreSkipped() {
        String src = """
                #include <coresrv/io/mmio.h>
                  # pragma once
                a = 1 // line comment
                /* block
                   comment */ b = 2
                #ifdef X
                c = 3 /* inline */ + 4
                """;
        assertEquals(List.of(3, 5, 7), statementLines(src));
        assertEquals(7, ScriptRun.finished(src).var("c"));
    }

    @Test
    void lineBreaksInsideParenthesesAndAfterOperatorsContinueTheStatement() {
        String src = """
                rc = KnRegisterPhyMem(0x09030000,
                                      0x1000,
                                      0, &rid)
                x = 1 +
                    2 |
                    4
                """;
        assertEquals(List.of(1, 4), statementLines(src));
        ScriptRun run = ScriptRun.finished(src);
        assertEquals(7, run.var("x"));
    }

    @Test
    void backslashJoinsLines() {
        ScriptRun run = ScriptRun.finished("#define BIG (1 + \\\n  2)\nx = BIG");
        assertEquals(3, run.var("x"));
    }

    @Test
    void declarationsOfEveryAcceptedType() {
        String src = """
                uint8_t a = 1; uint16_t b = 2; uint32_t c = 3; uint64_t d = 4
                rtl_uint8_t e = 5; rtl_uint16_t f = 6; rtl_uint32_t g = 7; rtl_uint64_t h = 8
                Handle i = 9; Retcode j = 10; int k = 11; unsigned l = 12
                void *m = 13; volatile uint32_t *n = 14; const unsigned long long o = 15
                int8_t p = 16, q = 17; size_t r = 18; unsigned char s = 19; short t = 20
                IoMemHandles hs
                """;
        ScriptRun run = ScriptRun.finished(src);
        assertEquals(20, run.machine.variables().size());
        assertEquals(20, run.var("t"));
    }

    @Test
    void controlFlowConstructs() {
        String src = """
                n = 0
                if (n == 0) n = 1; else n = 2
                if (n == 5)
                    n = 100
                else if (n == 1) {
                    n = 10
                }
                else
                {
                    n = 1000
                }
                while (n < 15) n++
                for (i = 0, j = 10; i < 3; i++, j--) { n += i }
                for (;;) { break }
                do { n-- } while (n > 17)
                do
                    n += 2
                while (n < 20)
                k = 0
                while (1) {
                    k++
                    if (k < 3) continue
                    break
                }
                """;
        ScriptRun run = ScriptRun.finished(src);
        assertEquals(21, run.var("n"));
        assertEquals(3, run.var("k"));
        assertEquals(7, run.var("j"));
    }

    @Test
    void assignmentsAndIncrements() {
        ScriptRun run = ScriptRun.finished("""
                x = 10
                x += 5; x -= 3; x *= 4; x /= 6; x %= 5; x <<= 4; x >>= 1; x |= 1; x &= 0x19; x ^= 0xFF
                y = 1; y++; ++y; y--; --y; y++
                IoMemHandles hs
                hs.rid = 7; hs.rid += 1; hs.handle = hs.rid * 2
                """);
        assertEquals(0xE6, run.var("x"));
        assertEquals(2, run.var("y"));
        assertEquals(8, run.var("hs.rid"));
        assertEquals(16, run.var("hs.handle"));
    }

    @Test
    void castsConvertLikeAssignments() {
        assertEquals(0x34, ScriptRun.eval("(uint8_t)0x1234"));
        assertEquals(-1L, ScriptRun.eval("(int)0xFFFFFFFF"));
        assertEquals(0xFFFFFFFFL, ScriptRun.eval("(rtl_uint32_t)-1"));
        assertEquals(5, ScriptRun.eval("(void *)5"));
    }

    @Test
    void definesTakeIntegerExpressionsAndIntegerSuffixes() {
        ScriptRun run = ScriptRun.finished("""
                #define UART_BASE   0x09000000UL
                #define UARTCR      0x30u
                #define CR_UARTEN   (1U << 0)
                #define CR_TXE      (1 << 8)
                #define CR_ALL      (CR_UARTEN | CR_TXE | (1ull << 9))
                #define UART_H_INCLUDED
                #define UART_BASE   0x09000000
                #define MASK ((uint16_t)~0)
                x = UART_BASE + UARTCR
                y = CR_ALL
                z = MASK
                """);
        assertEquals(0x09000030L, run.var("x"));
        assertEquals(0x301, run.var("y"));
        assertEquals(0xFFFF, run.var("z"));
    }

    @Test
    void definesApplyFromTheirLineOn() {
        ScriptRun run = ScriptRun.of("A = 5\nx = A\n#define A 7\ny = A\n");
        run.machine.run();
        assertEquals(5, run.var("x"));
        assertEquals(7, run.var("y"));
    }

    @Test
    void predefinedConstants() {
        ScriptRun run = ScriptRun.finished("""
                a = rcOk; b = rcAlreadyExists; c = INVALID_HANDLE; d = MMIO_U_SHARED | MMIO_K_SHARED
                e = VMM_FLAG_READ | VMM_FLAG_WRITE; f = VMM_FLAG_CACHE_DISABLE; g = NULL; h = true + false
                """);
        assertEquals(0, run.var("a"));
        assertEquals(-3L, run.var("b"));
        assertEquals(0xFFFFFFFFL, run.var("c"));
        assertEquals(3, run.var("d"));
        assertEquals(3, run.var("e"));
        assertEquals(0x800, run.var("f"));
        assertEquals(1, run.var("h"));
    }

    @Test
    void statementsOfLoopsAndConditionsAreTheirKeywords() {
        Script s = Script.parse("x = 0\nwhile (x < 2)\n  x++\nif (x) {\n}\n", "t.mmio");
        List<SourcePosition> positions = s.statements().stream().map(StatementInfo::position).toList();
        assertEquals(List.of(new SourcePosition(1, 1), new SourcePosition(2, 1), new SourcePosition(3, 3),
                new SourcePosition(4, 1)), positions);
    }

    @Test
    void crlfLineEndsAndTabs() {
        Script s = Script.parse("x = 1\r\n\ty = 2\r\n", "t.mmio");
        assertEquals(List.of(new SourcePosition(1, 1), new SourcePosition(2, 2)),
                s.statements().stream().map(StatementInfo::position).toList());
        assertEquals("\ty = 2", s.line(2));
    }

    @Test
    void warningsForOversizedShiftsInDefines() {
        Script s = Script.parse("#define X (1 << 64)\n", "t.mmio");
        assertEquals(List.of("t.mmio:1:14: warning: shift by 64 bits (64 or more, undefined in C): the result is 0"),
                s.warnings());
    }

    @Test
    void emptyScriptFinishesAtOnce() {
        ScriptRun run = ScriptRun.finished("// nothing\n");
        assertFalse(run.machine.currentStatement().isPresent());
    }
}
