package org.mmioworkbench.script.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmioworkbench.script.Script;
import org.mmioworkbench.script.ScriptException;

/**
 * Script files as they arrive from disk, and what a script may put on the terminal: its text is UTF-8 (a
 * byte-order mark is no error, a byte that is not UTF-8 is one, at its line and column); {@code printf}
 * widths are honoured or refused, never cut; process names cannot hold line breaks or escape sequences.
 */
class HostileScriptTest {

    private static ScriptException error(byte[] bytes) {
        return assertThrows(ScriptException.class, () -> Script.parse(bytes, "s.mmio"));
    }

    private static ScriptException error(String text) {
        return assertThrows(ScriptException.class, () -> Script.parse(text, "s.mmio"));
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        byte[] bytes = "\uFEFFx = 1\ny = x + 1\n".getBytes(StandardCharsets.UTF_8);
        Script script = Script.parse(bytes, "s.mmio");
        assertEquals("x = 1", script.line(1));
        assertEquals(2, script.statements().size());
    }

    @Test
    void aByteOrderMarkAtTheStartOfTextIsAcceptedAndColumnsStayAsTheEditorShowsThem() {
        ScriptException e = error("\uFEFFx = )\n");
        assertEquals("s.mmio:1:5: error: expected an expression, found ')'", e.getMessage());
    }

    @Test
    void invalidUtf8IsAnErrorAtItsLineAndColumnNotAReplacementCharacter() {
        byte[] bytes = "x = 1\nprintf(\"caf\u00E9\")\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("s.mmio:2:12: error: invalid UTF-8 byte 0xE9: a script is UTF-8 text", error(bytes).getMessage());
    }

    @Test
    void anInvalidByteInACommentIsStillAnError() {
        byte[] bytes = {'x', ' ', '=', ' ', '1', ' ', '/', '/', ' ', (byte) 0xFF, '\n'};
        assertEquals("s.mmio:1:10: error: invalid UTF-8 byte 0xFF: a script is UTF-8 text", error(bytes).getMessage());
    }

    @Test
    void anOverlongEncodingIsNotUtf8() {
        byte[] bytes = {'x', ' ', '=', ' ', '\'', (byte) 0xC0, (byte) 0xAF, '\'', '\n'};
        assertEquals("s.mmio:1:6: error: invalid UTF-8 byte 0xC0: a script is UTF-8 text", error(bytes).getMessage());
    }

    @Test
    void aSequenceCutShortAtTheEndOfTheFileIsNotUtf8() {
        byte[] bytes = {'x', ' ', '=', ' ', '1', '\n', '/', '/', (byte) 0xE2, (byte) 0x82};
        assertEquals("s.mmio:2:3: error: invalid UTF-8 byte 0xE2: a script is UTF-8 text", error(bytes).getMessage());
    }

    @Test
    void validUtf8InStringsIsKept() {
        Script.parse("printf(\"caf\u00E9 \u2713\\n\")\n".getBytes(StandardCharsets.UTF_8), "s.mmio");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%4097d", "%99999999999999999999d", "%.4097d", "%5000s", "%-10000x"})
    void aPrintfWidthOrPrecisionAboveTheLimitIsRefusedNotCut(String conversion) {
        String argument = conversion.endsWith("s") ? "\"a\"" : "1";
        ScriptException e = error("printf(\"" + conversion + "\", " + argument + ")\n");
        assertEquals(8, e.position().column(), e.getMessage());
        String number = conversion.replaceAll("[^0-9.]", "");
        String expected = number.startsWith(".") ? "printf precision " + number.substring(1) : "printf width " + number;
        assertEquals(expected + " is larger than 4096", e.detail());
    }

    @Test
    void aPrintfWidthAtTheLimitIsPrintedInFull() {
        String printed = ScriptRun.finished("printf(\"%4096d|\", 7)\n").printed.toString();
        assertEquals(4097, printed.length());
        assertEquals(" ".repeat(4095) + "7|", printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"process \"driver\\nkernel IoWriteMmReg32\"", "process \"drv\\x1b[2J\"",
        "process \"drv\\r\""})
    void aProcessNameCannotHoldControlCharacters(String statement) {
        ScriptException e = error(statement + "\n");
        assertEquals("s.mmio:1:9: error: a process name cannot hold control characters (line breaks, escape"
                + " sequences)", e.getMessage());
    }

    @Test
    void aMessageQuotingTheScriptStaysOnOneLine() {
        ScriptException e = error("IpcTransferHandle(1, \"p\", \"map-read\\nrcOk\", &h)\n");
        assertEquals(-1, e.getMessage().indexOf('\n'), e.getMessage());
    }
}
