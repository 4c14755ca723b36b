package org.mmioworkbench.core.svd;

import java.util.List;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one SVD file: decoded from its bytes (byte-order mark, XML declaration, else UTF-8),
 * checked to look like XML, and able to turn parser positions into {@code file:line:col} errors.
 */
final class SvdSource {
    private static final Pattern ENCODING =
            Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private final String file;
    private final java.util.Set<SvdWarning> warnings = new java.util.LinkedHashSet<>();
    private final char[] chars;
    private int[] lineStarts;

    private SvdSource(String file, char[] chars) {
        this.file = file;
        this.chars = chars;
    }

    /**
     * Decodes a file's bytes.
     *
     * @param file the file name for messages
     * @param bytes the file's content
     * @return the source
     * @throws SvdException if the bytes are not text in the detected encoding, or do not start like XML
     */
    static SvdSource decode(String file, byte[] bytes) throws SvdException {
        int skip = 0;
        Charset charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
            charset = StandardCharsets.UTF_8;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            skip = 2;
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            skip = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(bytes, 0x00, 0x3C, 0x00, 0x3F)) {
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(bytes, 0x3C, 0x00, 0x3F, 0x00)) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = declaredCharset(file, bytes);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) (bytes.length - skip) * (long) Math.ceil(decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        char[] text = Arrays.copyOf(out.array(), out.position());
        SvdSource source = new SvdSource(file, text);
        boolean hasContent = source.checkStartsLikeXml();
        if (result.isError()) {
            int bad = bytes[in.position()] & 0xFF;
            throw source.errorAtIndex(text.length, String.format(Locale.ROOT,
                    "invalid %s byte 0x%02X (the file is not text in that encoding)", charset.name(), bad));
        }
        if (result.isOverflow()) {
            throw new SvdException(file, 0, 0, "file too large");
        }
        if (!hasContent) {
            throw new SvdException(file, 1, 1, "empty file: a CMSIS-SVD <device> was expected");
        }
        return source;
    }

    /**
     * Returns the decoded text.
     *
     * @return the characters, to be parsed; not copied
     */
    char[] chars() {
        return chars;
    }

    /**
     * Returns the file name for messages.
     *
     * @return the name
     */
    String file() {
        return file;
    }

    /**
     * Notes a warning for an element: something real SVD tools accept and the reader reads their way.
     *
     * @param at where the parser saw the element's start tag
     * @param reason what was read and how
     */
    void warn(SvdPosition at, String reason) {
        SvdException at0 = error(at, reason);
        warnings.add(new SvdWarning(file, at0.line(), at0.column(), at0.reason()));
    }

    /** The warnings noted so far, in order, each once. */
    List<SvdWarning> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Creates the error for an element.
     *
     * @param at where the parser saw the element's start tag
     * @param reason what is wrong
     * @return the exception, at the {@code <} of the start tag
     */
    SvdException error(SvdPosition at, String reason) {
        if (at == null || at.line() <= 0) {
            return new SvdException(file, 0, 0, reason);
        }
        int[] starts = lineStarts();
        // The XML parser counts columns its own way (a carriage return inside a processing instruction can
        // make one negative): a column that is no place on the line is reported as unknown (0).
        int column = at.column() < 1 ? 0 : at.column();
        if (at.line() > starts.length) {
            return new SvdException(file, at.line(), column, reason);
        }
        int index = Math.min(chars.length, starts[at.line() - 1] + Math.max(0, column - 1));
        int tag = tagStart(index);
        return tag < 0 ? new SvdException(file, at.line(), column, reason) : errorAtIndex(tag, reason);
    }

    /**
     * Creates an error at an exact line and column (as the XML parser reports its own errors).
     *
     * @param line the 1-based line, or 0
     * @param column the 1-based column, or 0
     * @param reason what is wrong
     * @return the exception
     */
    SvdException errorAt(int line, int column, String reason) {
        return new SvdException(file, Math.max(0, line), Math.max(0, column), reason);
    }

    /** Checks that the first character that is not white space is {@code <}; tells whether there is one. */
    private boolean checkStartsLikeXml() throws SvdException {
        int i = 0;
        while (i < chars.length && (isXmlSpace(chars[i]) || chars[i] == '\uFEFF')) {
            i++;
        }
        if (i == chars.length) {
            return false;
        }
        if (chars[i] != '<') {
            char ch = chars[i];
            String shown = ch >= 0x21 && ch < 0x7F ? "'" + ch + "'" : String.format(Locale.ROOT, "U+%04X", (int) ch);
            throw errorAtIndex(i, "not an XML file: it starts with " + shown + " where '<' was expected");
        }
        return true;
    }

    /** Finds the {@code <} of a start tag near where the parser reported it, or -1. */
    private int tagStart(int index) {
        if (index < chars.length && chars[index] == '<') {
            return index;
        }
        if (index > 0 && chars[index - 1] == '<') {
            return index - 1;
        }
        int i = index;
        while (i < chars.length && isXmlSpace(chars[i])) {
            i++;
        }
        return i < chars.length && chars[i] == '<' ? i : -1;
    }

    private SvdException errorAtIndex(int index, String reason) {
        int[] starts = lineStarts();
        int line = Arrays.binarySearch(starts, index);
        if (line < 0) {
            line = -line - 2;
        }
        return new SvdException(file, line + 1, index - starts[line] + 1, reason);
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int[] starts = new int[64];
            int n = 1;
            for (int i = 0; i < chars.length; i++) {
                char ch = chars[i];
                if (ch == '\n' || ch == '\r') {
                    if (ch == '\r' && i + 1 < chars.length && chars[i + 1] == '\n') {
                        i++;
                    }
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i + 1;
                }
            }
            lineStarts = Arrays.copyOf(starts, n);
        }
        return lineStarts;
    }

    private static Charset declaredCharset(String file, byte[] bytes) throws SvdException {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
        Matcher m = ENCODING.matcher(head);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = m.group(1);
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("UTF-16") || upper.startsWith("UTF-32")) {
            return StandardCharsets.UTF_8; // the bytes are evidently 8-bit: the declaration is wrong
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new SvdException(file, 1, m.start(1) + 1, "unsupported encoding '" + name + "'");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isXmlSpace(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
    }
}
