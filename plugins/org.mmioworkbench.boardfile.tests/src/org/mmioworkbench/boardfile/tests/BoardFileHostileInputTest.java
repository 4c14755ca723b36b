package org.mmioworkbench.boardfile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmioworkbench.boardfile.BoardFileException;
import org.mmioworkbench.boardfile.BoardFileReader;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.Simulator;

/**
 * Board files made to break the reader: too deep, too large, not files at all, numbers that would wrap past
 * 2^64, paths and names that are not what the format allows, registers that do not fit their window. Each is
 * one {@link BoardFileException} at a position, never another exception, a hang or a wrapped value.
 */
class BoardFileHostileInputTest {
    /** An SVD peripheral {@code P} with one register at {@code offset}, {@code bits} wide. */
    private static String svd(String offset, int bits) {
        return """
                <device><name>D</name><peripherals><peripheral><name>P</name><baseAddress>0</baseAddress>
                <registers><register><name>R</name><addressOffset>%s</addressOffset><size>%d</size></register>
                </registers></peripheral></peripherals></device>
                """.formatted(offset, bits);
    }

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private BoardFileException error(String text) throws IOException {
        Path file = write("bad.yaml", text);
        BoardFileException e = assertThrows(BoardFileException.class, () -> BoardFileReader.read(file));
        assertEquals(file + ":" + e.line() + ":" + e.column() + ": " + e.reason(), e.getMessage());
        return e;
    }

    private static String at(BoardFileException e) {
        return e.line() + ":" + e.column() + ": " + e.reason();
    }

    @Test
    void deeplyNestedFlowCollectionsAreRefusedBeforeTheyOverflowTheStack() throws Exception {
        BoardFileException e = error("board: b\ndevices: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        assertEquals("2:41: lists and mappings are nested more than 32 levels deep", at(e));
    }

    @Test
    void deeplyNestedBlockMappingsAreRefusedToo() throws Exception {
        StringBuilder text = new StringBuilder("board: b\ndevices:\n");
        for (int i = 0; i < 5_000; i++) {
            text.append(" ".repeat(i + 1)).append("k:\n");
        }
        assertEquals("34:33: lists and mappings are nested more than 32 levels deep", at(error(text.toString())));
    }

    @Test
    void nestingWithinTheLimitIsReadAsUsual() throws Exception {
        BoardFileException e = error("board: b\ndevices: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n");
        assertEquals("2:11: a device must be a mapping of keys to values", at(e));
    }

    /** Found by fuzzing: snakeyaml-engine's composer threw IllegalArgumentException on this tag. */
    @Test
    void aTagTheYamlLibraryCannotComposeIsAPositionedError() throws Exception {
        assertEquals("1:1: a board file has no use for YAML tags such as '!o\\x08'", at(error("!o%8")));
    }

    /** Found by fuzzing: snakeyaml-engine's scanner threw NumberFormatException on this escape. */
    @Test
    void anEscapeCutShortByTheEndOfTheFileIsAPositionedError() throws Exception {
        assertEquals("2:18: not valid YAML: the text here cannot be read", at(error("#\n  \"32 ac5gE,T a\\U")));
    }

    @Test
    void anyYamlTagIsRefusedAtItsPosition() throws Exception {
        assertEquals("1:8: a board file has no use for YAML tags such as 'tag:yaml.org,2002:str'",
                at(error("board: !!str b\n")));
    }

    @Test
    void aNamedPipeIsRefusedBeforeAnythingIsRead() throws Exception {
        Path pipe = dir.resolve("pipe.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is available");
        BoardFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(BoardFileException.class, () -> BoardFileReader.read(pipe)), "reading blocks");
        assertEquals("0:0: is not a regular file (a named pipe, device or socket), not a board file", at(e));
    }

    @Test
    void aNamedPipeGivenAsTheSvdFileIsRefusedAtItsPosition() throws Exception {
        Path pipe = dir.resolve("pipe.svd");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is available");
        BoardFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> error(
                "board: b\ndevices:\n  - {name: P, base: 0x10000, size: 0x1000, svd: pipe.svd}\n"));
        assertEquals("3:49: cannot use SVD file 'pipe.svd': " + pipe + ":0:0: is not a regular file (a named pipe,"
                + " device or socket), not an SVD file", at(e));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithoutReadingIt() throws Exception {
        Path huge = dir.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(BoardFileReader.MAX_FILE_BYTES + 1);
        }
        BoardFileException e = assertThrows(BoardFileException.class, () -> BoardFileReader.read(huge));
        assertEquals("0:0: file too large: a board file may have at most 64 MiB", at(e));
    }

    @Test
    void aNulCharacterInTheSvdPathIsAPositionedError() throws Exception {
        BoardFileException e = error("board: b\ndevices:\n  - name: P\n    base: 0x10000\n    size: 0x1000\n"
                + "    svd: \"a\\0b.svd\"\n");
        assertEquals("6:10: 'a\\x00b.svd' is not a valid path for an SVD file: Nul character not allowed", at(e));
    }

    @ParameterizedTest
    @ValueSource(strings = {"18446744073709551615K", "18014398509481984K", "17592186044416M", "17179869184G"})
    void aSizeSuffixThatWouldWrapPastTwoToTheSixtyFourIsAnError(String size) throws IOException {
        BoardFileException e = error("board: b\nram:\n  - base: 0\n    size: " + size + "\n");
        assertEquals("4:11: size " + size + " is larger than 2^64-1", at(e));
    }

    @Test
    void theLargestMultipleThatFitsIsAccepted() throws Exception {
        Board board = BoardFileReader.read(write("ok.yaml", "board: b\nram:\n  - base: 0\n    size: 17179869183G\n"));
        assertEquals(17179869183L << 30, board.ram().get(0).size());
    }

    @Test
    void theDecimalTwoToTheSixtyFourIsNotANumber() throws Exception {
        BoardFileException e = error("board: b\nram:\n  - base: 0\n    size: 18446744073709551616\n");
        assertEquals("4:11: size must be a number such as 4096, 0x1000 or 4K, not '18446744073709551616'", at(e));
    }

    @Test
    void anSvdRegisterOutsideTheDeviceWindowIsRefused() throws Exception {
        write("chip.svd", svd("0x2000", 32));
        BoardFileException e = error("board: b\ndevices:\n  - name: P\n    base: 0x10000\n    size: 0x1000\n"
                + "    svd: chip.svd\n");
        assertEquals("5:11: device 'P' cannot hold its registers (SVD peripheral P): register R at offset 0x2000"
                + " (4 bytes) does not fit in a window of 0x1000 bytes", at(e));
    }

    @Test
    void aRegisterStraddlingTheEndOfTheWindowIsRefused() throws Exception {
        write("chip.svd", svd("0xFFE", 32));
        assertEquals("device 'P' cannot hold its registers (SVD peripheral P): register R at offset 0xFFE (4 bytes)"
                + " does not fit in a window of 0x1000 bytes", error("board: b\ndevices:\n  - {name: P, base: 0x10000,"
                        + " size: 0x1000, svd: chip.svd}\n").reason());
    }

    @Test
    void anSvdRegisterWidthTheSimulatorCannotHoldIsRefusedBeforeTheRunStarts() throws Exception {
        write("chip.svd", svd("0", 12));
        BoardFileException e = error("board: b\ndevices:\n  - {name: P, base: 0x10000, size: 0x1000, svd: chip.svd}\n");
        assertEquals("3:49: device 'P' cannot hold its registers (SVD peripheral P): register R is 12 bits wide; the"
                + " simulator supports registers of 8, 16, 24, 32, 40, 48, 56 or 64 bits", at(e));
    }

    @Test
    void aDeviceModelInAWindowTooSmallForItsRegistersIsRefused() throws Exception {
        BoardFileException e = error("board: b\npage-size: 0x400\ndevices:\n  - name: UART0\n    base: 0x10000\n"
                + "    size: 0x400\n    model: pl011\n");
        assertEquals("6:11: device 'UART0' cannot hold its registers (model pl011): register UARTPeriphID0 at offset"
                + " 0xFE0 (4 bytes) does not fit in a window of 0x400 bytes", at(e));
    }

    @Test
    void aDeviceWhoseRegistersFitIsSimulated() throws Exception {
        write("chip.svd", svd("0xFFC", 32));
        Board board = BoardFileReader.read(write("ok.yaml",
                "board: b\ndevices:\n  - {name: P, base: 0x10000, size: 0x1000, svd: chip.svd}\n"));
        assertEquals(0, new Simulator(board).peek(0x10FFCL, 32).orElseThrow());
    }

    @Test
    void invalidUtf8IsAnErrorAtItsLineAndColumn() throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "board: b\ndevices:\n  - {name: \u00C4, base: 0x10000, size: 0x1000}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        BoardFileException e = assertThrows(BoardFileException.class, () -> BoardFileReader.read(file));
        assertEquals("3:12: invalid UTF-8 byte 0xC4: a board file is UTF-8 text", at(e));
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        Path file = dir.resolve("bom.yaml");
        Files.write(file, "\uFEFFboard: b\ndevices:\n  - {name: A, base: 0x10000, size: 0x1000}\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("b", BoardFileReader.read(file).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"UART0\\n0x0 FORGED\"", "\"UART\\e[31m\"", "0UART", "UART.0", "\"UART 0\""})
    void aDeviceNameIsAnIdentifier(String name) throws IOException {
        BoardFileException e = error("board: b\ndevices:\n  - name: " + name + "\n    base: 0x10000\n    size: 0x1000\n");
        assertEquals(3, e.line());
        assertEquals(11, e.column());
        assertEquals(-1, e.getMessage().indexOf('\n'), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\u001B'), e.getMessage());
    }

    @Test
    void aBoardNameWithALineBreakIsRefusedAndShownEscaped() throws Exception {
        assertEquals("1:8: invalid board name 'b\\nforged': a board name is letters, digits and _ - . +",
                at(error("board: \"b\\nforged\"\n")));
    }

    @Test
    void anOverlapIsFoundWhereverTheDevicesStandInTheFile() throws Exception {
        BoardFileException e = error("""
                board: b
                devices:
                  - {name: A, base: 0x30000, size: 0x1000}
                  - {name: B, base: 0x10000, size: 0x1000}
                  - {name: C, base: 0x0, size: 0x20000}
                """);
        assertEquals("5:21: device 'C' at 0x0..0x1FFFF overlaps device 'B' at 0x10000..0x10FFF", at(e));
        e = error("""
                board: b
                devices:
                  - {name: A, base: 0x30000, size: 0x1000}
                  - {name: B, base: 0x10000, size: 0x1000}
                  - {name: C, base: 0x20000, size: 0x20000}
                """);
        assertEquals("5:21: device 'C' at 0x20000..0x3FFFF overlaps device 'A' at 0x30000..0x30FFF", at(e));
    }

    @Test
    void manyDevicesMayNameOneSvdFile() throws Exception {
        write("chip.svd", svd("0", 32));
        StringBuilder text = new StringBuilder("board: b\ndevices:\n");
        for (int i = 0; i < 2_000; i++) {
            text.append("  - {name: D").append(i).append(", base: ").append(0x1000_0000L + 0x1000L * i)
                    .append(", size: 0x1000, svd: chip.svd, peripheral: P}\n");
        }
        Board board = BoardFileReader.read(write("many.yaml", text.toString()));
        List<DeviceWindow> devices = board.devices();
        assertEquals(2_000, devices.size());
        assertEquals("D1999", devices.get(1999).name());
    }

    @Test
    void whatTheSvdReaderWarnedAboutStaysWithTheBoard() throws Exception {
        Path svd = write("chip.svd", """
                <device><name>D</name><peripherals><peripheral><name>P</name><baseAddress>0</baseAddress>
                <registers><register><name>R</name><addressOffset>0</addressOffset><size>32</size>
                <access>write</access></register>
                </registers></peripheral></peripherals></device>
                """);
        Board b = BoardFileReader.read(write("ok.yaml",
                "board: b\ndevices:\n  - {name: P, base: 0x10000, size: 0x1000, svd: chip.svd}\n"));
        assertEquals(1, b.warnings().size(), b.warnings().toString());
        assertTrue(b.warnings().get(0).startsWith(svd + ":3:1: warning: "), b.warnings().get(0));
        assertEquals(List.of(), BoardFileReader.read(write("plain.yaml",
                "board: b\nram:\n  - {base: 0, size: 0x1000}\n")).warnings());
    }
}
