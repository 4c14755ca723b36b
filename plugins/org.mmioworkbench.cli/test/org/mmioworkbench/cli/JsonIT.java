package org.mmioworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.debug.TraceJson;

/** The trace file's JSON writer escapes every string so that a strict parser reads it back unchanged. */
class JsonIT {

    private static String trace(String arguments, String result) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TraceJson out = new TraceJson(bytes)) {
            out.write(new TraceEvent(3, 40, "driver", "KnIoMapMem", arguments, result, null, null,
                    OptionalLong.empty(), ""), 7, null, null);
        }
        byte[] b = bytes.toByteArray();
        String text = new String(b, StandardCharsets.UTF_8);
        assertEquals(text, new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                "valid UTF-8");
        assertTrue(text.endsWith("}\n") && text.indexOf('\n') == text.length() - 1, "one line: " + text);
        return text.substring(0, text.length() - 1);
    }

    @Test
    void everyCharacterSurvivesARoundTrip() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x300; c++) {
            all.append(c);
        }
        all.append("\u2028\u2029\"\\/ \uD83D\uDE00 end");
        String json = trace(all.toString(), "");
        Map<String, Object> back = JsonReader.object(json);
        assertEquals(all.toString(), back.get("arguments"));
        assertEquals(7L, back.get("line"));
        assertTrue(back.containsKey("rc") && back.get("rc") == null);
        for (char c : json.toCharArray()) {
            assertTrue(c >= 0x20 && c != 0x7F && c != '\u2028' && c != '\u2029', "no raw control character in "
                    + json);
        }
    }

    @Test
    void unpairedSurrogatesAreEscapedSoTheOutputIsValidUtf8() throws IOException {
        String json = trace("a\uD800b\uDC00c", "\uD83D");
        assertTrue(json.contains("\"arguments\":\"a\\ud800b\\udc00c\",\"result\":\"\\ud83d\""), json);
        assertEquals("a\uD800b\uDC00c", JsonReader.object(json).get("arguments"));
    }

    @Test
    void pairedSurrogatesAreOneUtf8CharacterWhereverTheyFallInALongString() throws IOException {
        for (int pad : List.of(0, 1, 2, 3, 1999, 4000, 7999, 8000, 8001, 16001)) {
            String s = "x".repeat(pad) + "\uD83D\uDE00\uD800" + "y".repeat(pad % 7);
            String json = trace(s, "");
            assertTrue(json.contains("x\uD83D\uDE00\\ud800") || pad == 0, "pad " + pad);
            assertEquals(s, JsonReader.object(json).get("arguments"), "pad " + pad);
        }
    }

    @Test
    void anEventIsTheDocumentedLineWithItsMembersInOrder() throws IOException {
        assertEquals("{\"seq\":3,\"time_ns\":40,\"process\":\"driver\",\"line\":7,\"operation\":\"KnIoMapMem\","
                + "\"arguments\":\"a\\tb\\u007f\",\"result\":\"rcOk\",\"rc\":null,\"fault\":null,\"physical\":null,"
                + "\"device\":null,\"register\":null,\"changed\":[]}", trace("a\tb\u007f", "rcOk"));
    }
}
