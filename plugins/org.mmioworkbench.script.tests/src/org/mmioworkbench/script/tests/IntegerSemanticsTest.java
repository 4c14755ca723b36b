package org.mmioworkbench.script.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mmioworkbench.script.tests.ScriptRun.eval;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mmioworkbench.script.Outcome;

/** Expressions compute as C does on unsigned 64-bit integers. */
class IntegerSemanticsTest {

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
            0 - 1                         => 0xFFFFFFFFFFFFFFFF
            0xFFFFFFFFFFFFFFFF + 2        => 1
            0x8000000000000000 * 2        => 0
            -1                            => 0xFFFFFFFFFFFFFFFF
            -(-5)                         => 5
            +7                            => 7
            ~0                            => 0xFFFFFFFFFFFFFFFF
            ~0x0F & 0xFF                  => 0xF0
            !0                            => 1
            !42                           => 0
            !!42                          => 1
            7 / 2                         => 3
            -1 / 2                        => 0x7FFFFFFFFFFFFFFF
            7 % 3                         => 1
            -1 % 10                       => 5
            1 << 63                       => 0x8000000000000000
            0x8000000000000000 >> 63      => 1
            -1 >> 60                      => 15
            1 << 64                       => 0
            1 << 100                      => 0
            -1 >> 64                      => 0
            1 + 2 << 3                    => 24
            1 << 2 + 3                    => 32
            2 + 3 * 4                     => 14
            (2 + 3) * 4                   => 20
            10 - 3 - 2                    => 5
            64 / 4 / 2                    => 8
            6 & 3 == 3                    => 0
            (6 & 3) == 2                  => 1
            1 | 2 ^ 3 & 4                 => 3
            5 & 4 | 1                     => 5
            1 < 2 == 1                    => 1
            3 > 2 > 1                     => 0
            1 || 0 && 0                   => 1
            (1 || 0) && 0                 => 0
            2 && 3                        => 1
            0 || 7                        => 1
            -1 > 0                        => 1
            -1 < 0                        => 0
            5 >= 5                        => 1
            5 <= 4                        => 0
            5 != 4                        => 1
            5 == 5                        => 1
            0xFFFFFFFF > 0x7FFFFFFF       => 1
            1'000'000                     => 1000000
            0x0900_0000                   => 0x09000000
            0b1010_1010                   => 0xAA
            0B11                          => 3
            017                           => 15
            0'17                          => 15
            0                             => 0
            18446744073709551615          => 0xFFFFFFFFFFFFFFFF
            0x10UL + 1u + 2ll + 3ULL      => 22
            'H'                           => 72
            '\\n'                         => 10
            '\\x1b'                       => 27
            '\\0'                         => 0
            '\\''                         => 39
            '\\\\'                        => 92
            '\\177'                       => 127
            '\\e'                         => 27
            'A' + 1                       => 66
            '\\xff'                       => 255
            rcAlreadyExists               => 0xFFFFFFFFFFFFFFFD
            rcOk                          => 0
            INVALID_HANDLE                => 0xFFFFFFFF
            """)
    void evaluatesLikeC(String expression, String expected) {
        assertEquals(number(expected), eval(expression), expression);
    }

    @ParameterizedTest(name = "{0} x = {1} gives {2}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
            uint8_t       => 0x1FF               => 0xFF
            uint8_t       => 256                 => 0
            rtl_uint8_t   => -1                  => 0xFF
            uint16_t      => 0x12345             => 0x2345
            rtl_uint16_t  => 65536 + 7           => 7
            uint32_t      => 0x123456789         => 0x23456789
            rtl_uint32_t  => -1                  => 0xFFFFFFFF
            uint64_t      => -1                  => 0xFFFFFFFFFFFFFFFF
            rtl_uint64_t  => 0x123456789         => 0x123456789
            Handle        => 0x100000005         => 5
            unsigned      => -2                  => 0xFFFFFFFE
            int           => -2                  => 0xFFFFFFFFFFFFFFFE
            int           => 0x80000000          => 0xFFFFFFFF80000000
            int           => 0x17FFFFFFF         => 0x7FFFFFFF
            Retcode       => rcResourceNotFound  => 0xFFFFFFFFFFFFFFFC
            int8_t        => 0x80                => 0xFFFFFFFFFFFFFF80
            char          => 0x1C8               => 0xC8
            signed char   => 0xC8                => 0xFFFFFFFFFFFFFFC8
            short         => 0x8000              => 0xFFFFFFFFFFFF8000
            void *        => -1                  => 0xFFFFFFFFFFFFFFFF
            uint32_t *    => 0x123456789         => 0x123456789
            """)
    void declarationsTruncateToTheirType(String type, String value, String expected) {
        assertEquals(number(expected), ScriptRun.finished(type + " x = " + value).var("x"));
    }

    private static long number(String text) {
        return text.startsWith("0x") ? Long.parseUnsignedLong(text.substring(2), 16) : Long.parseUnsignedLong(text);
    }

    @Test
    void declaredTypeKeepsTruncatingLaterAssignments() {
        ScriptRun run = ScriptRun.finished("uint8_t x = 250\nx += 10\nuint16_t y\ny = 0x12345\ny <<= 4\n");
        assertEquals(4, run.var("x"));
        assertEquals(0x3450, run.var("y"));
    }

    @Test
    void retcodeVariablesCompareEqualToTheConstants() {
        ScriptRun run = ScriptRun.finished("""
                Retcode rc = KnRegisterPhyMem(0x09000000, 0x1000, 0, &rid)
                same = rc == rcAlreadyExists
                different = rc != rcOk
                int i = rc
                also = i == rcAlreadyExists
                """);
        assertEquals(1, run.var("same"));
        assertEquals(1, run.var("different"));
        assertEquals(1, run.var("also"));
    }

    @Test
    void definesWithExpressions() {
        ScriptRun run = ScriptRun.finished("""
                #define PAGE 0x1000
                #define TWO_PAGES (2 * PAGE)
                #define MASK (~(PAGE - 1) & 0xFFFFFFFF)
                #define SAFE (0 && (1 / 0))
                #define FLAGS (MMIO_U_SHARED | MMIO_K_SHARED)
                #define NEG (-rcAlreadyExists)
                a = TWO_PAGES; b = MASK; c = SAFE; d = FLAGS; e = NEG
                """);
        assertEquals(0x2000, run.var("a"));
        assertEquals(0xFFFFF000L, run.var("b"));
        assertEquals(0, run.var("c"));
        assertEquals(3, run.var("d"));
        assertEquals(3, run.var("e"));
    }

    @Test
    void divisionByZeroStopsTheScriptNamingTheLine() {
        ScriptRun run = ScriptRun.of("a = 1\nb = 0\nc = a / b\n");
        Outcome o = run.machine.run();
        assertEquals(Outcome.Kind.RUNTIME_ERROR, o.kind());
        assertEquals("t.mmio:3:7: error: division by zero", o.message());
        ScriptRun mod = ScriptRun.of("a = 1\n\nc = a % (a - 1)\n");
        assertEquals("t.mmio:3:7: error: remainder by zero", mod.machine.run().message());
    }

    @Test
    void oversizedShiftsWarnOncePerPlace() {
        ScriptRun run = ScriptRun.finished("""
                n = 64
                for (i = 0; i < 3; i++) {
                    x = 1 << n
                }
                y = 8 >> (n + 1)
                """);
        assertEquals(0, run.var("x"));
        assertEquals(0, run.var("y"));
        assertEquals(List.of("t.mmio:3:11: warning: shift by 64 bits (64 or more, undefined in C): the result is 0",
                "t.mmio:5:7: warning: shift by 65 bits (64 or more, undefined in C): the result is 0"), run.warnings);
    }

    @Test
    void readingAnUndefinedVariableNamesItAndItsPosition() {
        ScriptRun run = ScriptRun.of("x = 1\ny = x + zz\n");
        Outcome o = run.machine.run();
        assertEquals(Outcome.Kind.RUNTIME_ERROR, o.kind());
        assertEquals("t.mmio:2:9: error: undefined variable 'zz'", o.message());
    }

    @Test
    void aDeclaredButUnassignedVariableIsUndefined() {
        assertEquals("t.mmio:2:5: error: undefined variable 'v'",
                ScriptRun.of("uint32_t v\nx = v\n").machine.run().message());
        assertEquals("t.mmio:2:5: error: undefined variable 'hs.rid' (assign it, or call KnIoMemHandlesClear(&hs) first)",
                ScriptRun.of("IoMemHandles hs\nx = hs.rid\n").machine.run().message());
    }

    @Test
    void compoundAssignmentToAnUndefinedVariableIsAnError() {
        assertEquals("t.mmio:1:1: error: undefined variable 'count'", ScriptRun.of("count += 1").machine.run().message());
    }
}
