package org.mmioworkbench.script.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code printf} formats as C does, every value with its 64 bits. */
class PrintfTest {

    private static String printed(String call) {
        return ScriptRun.finished("x = 0x2a\nrc = rcAlreadyExists\n" + call).printed.toString();
    }

    @ParameterizedTest(name = "{0} prints [{1}]")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            printf("%d", 42)                         => 42
            printf("%d", rc)                         => -3
            printf("%i", -1)                         => -1
            printf("%u", 42)                         => 42
            printf("%u", -1)                         => 18446744073709551615
            printf("%x", x)                          => 2a
            printf("%X", 0xBEEF)                     => BEEF
            printf("%x", -1)                         => ffffffffffffffff
            printf("%08x", x)                        => 0000002a
            printf("%#x", x)                         => 0x2a
            printf("%#x", 0)                         => 0
            printf("%o", 8)                          => 10
            printf("%#o", 8)                         => 010
            printf("%p", 0x4000000000)               => 0x4000000000
            printf("%c%c", 'O', 75)                  => OK
            printf("%s!", "hi")                      => hi!
            printf("%%")                             => %
            printf("%5d|", 42)                       => `   42|`
            printf("%-5d|", 42)                      => `42   |`
            printf("%05d", -42)                      => -0042
            printf("%+d", 5)                         => +5
            printf("% d", 5)                         => ` 5`
            printf("%.3d", 7)                        => 007
            printf("%.0d", 0)                        => ``
            printf("%6s|", "ab")                     => `    ab|`
            printf("%-6s|", "ab")                    => `ab    |`
            printf("%.2s", "abcdef")                 => ab
            printf("%3c|", 'z')                      => `  z|`
            printf("%ld %lu %llx %lld", 1, 2, 255, 3) => 1 2 ff 3
            printf("%hhu %hx %zu %jd", 1, 2, 3, 4)   => 1 2 3 4
            printf("%d + %d = %d", 1, 2, 1 + 2)      => 1 + 2 = 3
            printf("a" "b" "%d", 3)                  => ab3
            printf("\\x41\\101\\x7e")                => AA~
            printf("tab\\there")                     => `tab	here`
            printf("quote\\"back\\\\slash")          => quote"back\\slash
            printf("grüße %s", "ü")                  => grüße ü
            """)
    void formatsLikeC(String call, String expected) {
        assertEquals(expected == null ? "" : expected, printed(call));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            printf("line\\n")                => `line
            `
            """)
    void newlinesArePrinted(String call, String expected) {
        assertEquals(expected, printed(call));
    }
}
