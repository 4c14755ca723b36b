package org.mmioworkbench.core.tests.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.error;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdException;
import org.mmioworkbench.core.svd.SvdReader;

/** Where the reader gets its text from: files, byte-order marks, declared encodings, line endings. */
class SvdReaderSourceTest {

    private static final String DOC = "<device><name>T</name><description>caf\u00E9</description></device>";

    @Test
    void readsAFileFromDisk(@TempDir Path dir) throws IOException, SvdException {
        Path file = Files.writeString(dir.resolve("t.svd"), DOC);
        assertEquals("caf\u00E9", SvdReader.read(file).description());
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() throws SvdException {
        byte[] text = DOC.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(text);
        assertEquals("caf\u00E9", SvdTestSupport.read(bytes.toByteArray()).description());
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() throws SvdException {
        SvdDevice d = SvdTestSupport.read(("\uFEFF" + DOC).getBytes(StandardCharsets.UTF_16LE));
        assertEquals("caf\u00E9", d.description());
    }

    @Test
    void declaredLatin1EncodingIsHonoured() throws SvdException {
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + DOC).getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("caf\u00E9", SvdTestSupport.read(bytes).description());
    }

    @Test
    void unsupportedDeclaredEncodingIsAnError() {
        assertEquals("test.svd:1:31: unsupported encoding 'no-such-charset'",
                error("<?xml version=\"1.0\" encoding=\"no-such-charset\"?>\n" + DOC).getMessage());
    }

    @Test
    void positionsCountWindowsLineEndingsAsOneLineBreak() {
        assertEquals("test.svd:3:3: peripheral 'P' has no <baseAddress>", error(
                "<device><name>T</name>\r\n<peripherals>\r\n  <peripheral><name>P</name></peripheral>\r\n"
                        + "</peripherals></device>\r\n").getMessage());
    }
}
