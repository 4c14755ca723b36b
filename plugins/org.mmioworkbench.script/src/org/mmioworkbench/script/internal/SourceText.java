package org.mmioworkbench.script.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.mmioworkbench.script.ScriptException;
import org.mmioworkbench.script.SourcePosition;

/** A script's text and file name, turning character offsets into line and column positions. */
public final class SourceText {
    private final String fileName;
    private final String text;
    private final int[] lineStarts;

    /**
     * Indexes the lines of a text.
     *
     * @param text the script
     * @param fileName its name in messages
     */
    public SourceText(String text, String fileName) {
        this.text = Objects.requireNonNull(text, "text");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /**
     * Decodes a script file: UTF-8, strictly; a byte-order mark at the start is skipped.
     *
     * @param bytes the file's content
     * @param fileName its name in messages
     * @return the text
     * @throws ScriptException at the line and column of the first byte that is not UTF-8
     */
    public static String decode(byte[] bytes, String fileName) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length - skip);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String text = out.toString();
        if (result.isError()) {
            throw new SourceText(text, fileName).error(text.length(), String.format(Locale.ROOT,
                    "invalid UTF-8 byte 0x%02X: a script is UTF-8 text", bytes[in.position()] & 0xFF));
        }
        return text;
    }

    /**
     * Returns the file name.
     *
     * @return the name used in messages
     */
    public String fileName() {
        return fileName;
    }

    /**
     * Returns the whole text.
     *
     * @return the script
     */
    public String text() {
        return text;
    }

    /**
     * Returns the number of lines.
     *
     * @return at least 1
     */
    public int lineCount() {
        return lineStarts.length;
    }

    /**
     * Turns an offset into a position.
     *
     * @param offset a character offset, 0 to the text length
     * @return its line and column
     */
    public SourcePosition position(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new SourcePosition(line + 1, offset - lineStarts[line] + 1);
    }

    /**
     * Returns one line without its line break.
     *
     * @param line the line, from 1
     * @return its text, or an empty string for a line that does not exist
     */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * Creates an error at an offset.
     *
     * @param offset where the error is
     * @param detail what is wrong
     * @return the exception to throw
     */
    public ScriptException error(int offset, String detail) {
        return new ScriptException(fileName, position(offset), detail);
    }
}
