package org.mmioworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.debug.Json;

/** The trace file's JSON writer escapes every string so that a strict parser reads it back unchanged. */
class JsonIT {

    @Test
    void everyCharacterSurvivesARoundTrip() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x300; c++) {
            all.append(c);
        }
        all.append("\u2028\u2029\"\\/ \uD83D\uDE00 end");
        String json = new Json().put("text", all.toString()).put("n", -5).putNumber("none", null).end();
        Map<String, Object> back = JsonReader.object(json);
        assertEquals(all.toString(), back.get("text"));
        assertEquals(-5L, back.get("n"));
        assertTrue(back.containsKey("none") && back.get("none") == null);
        for (char c : json.toCharArray()) {
            assertTrue(c >= 0x20, "no raw control character in " + json);
        }
    }

    @Test
    void unpairedSurrogatesAreEscapedSoTheOutputIsValidUtf8() {
        String json = new Json().put("s", "a\uD800b\uDC00c").end();
        assertEquals("{\"s\":\"a\\ud800b\\udc00c\"}", json);
        assertEquals(json, new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertEquals("a\uD800b\uDC00c", JsonReader.object(json).get("s"));
    }
}
