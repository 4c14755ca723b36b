package org.mmioworkbench.boardfile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.boardfile.BoardFileException;
import org.mmioworkbench.boardfile.BoardFileReader;
import org.mmioworkbench.boardfile.BoardTemplate;
import org.mmioworkbench.core.devices.Boards;

/** Board files: what a valid one describes, and the exact position of every kind of mistake. */
class BoardFileReaderTest {
    private static final String SVD = """
            <?xml version="1.0" encoding="utf-8"?>
            <device schemaVersion="1.3">
              <name>MYCHIP</name>
              <addressUnitBits>8</addressUnitBits>
              <width>32</width>
              <size>32</size>
              <access>read-write</access>
              <resetValue>0</resetValue>
              <resetMask>0xFFFFFFFF</resetMask>
              <peripherals>
                <peripheral>
                  <name>TIMER0</name>
                  <baseAddress>0x10000000</baseAddress>
                  <addressBlock><offset>0</offset><size>0x1000</size><usage>registers</usage></addressBlock>
                  <registers>
                    <register>
                      <name>CTRL</name>
                      <addressOffset>0x0</addressOffset>
                      <resetValue>0x5</resetValue>
                      <fields>
                        <field><name>EN</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>
                      </fields>
                    </register>
                  </registers>
                </peripheral>
              </peripherals>
            </device>
            """;

    @TempDir
    Path dir;

    @Test
    void aBoardFileDescribesRamDevicesModelsSvdPeripheralsAndKernelUse() throws Exception {
        Files.createDirectories(dir.resolve("svd"));
        Files.writeString(dir.resolve("svd/mychip.svd"), SVD);
        Path file = write("my.yaml", """
                # a user's board
                board: my-board
                page-size: 0x1000
                ram:
                  - base: 0x4000_0000
                    size: 256M
                devices:
                  - name: UART0
                    base: 0x09000000
                    size: 4K
                    model: pl011
                    kernel: true
                  - name: TIMER
                    base: 0x10000000
                    size: 0x1000
                    svd: svd/mychip.svd
                    peripheral: TIMER0
                  - name: SRAM
                    base: 0x20000000
                    size: 0x2000
                """);
        Board board = BoardFileReader.read(file);
        assertEquals("my-board", board.name());
        assertEquals(0x1000, board.pageSize());
        assertEquals(0x4000_0000L, board.ram().get(0).base());
        assertEquals(256L << 20, board.ram().get(0).size());
        List<DeviceWindow> devices = board.devices();
        assertEquals(List.of("UART0", "TIMER", "SRAM"), devices.stream().map(DeviceWindow::name).toList());
        assertTrue(devices.get(0).kernelUsed());
        assertFalse(devices.get(1).kernelUsed());

        Simulator sim = new Simulator(board);
        assertEquals(List.of(0x0900_0000L), sim.kernelClaims().stream().map(c -> c.range().base()).toList());
        assertEquals(0x5, sim.peek(0x1000_0000L, 32).orElseThrow(), "TIMER.CTRL resets to the SVD's value");
        assertEquals(0x0, sim.peek(0x2000_0000L, 32).orElseThrow(), "SRAM is plain memory");
        assertEquals(0x11, sim.peek(0x0900_0FE0L, 32).orElseThrow(), "UART0 is a PL011 (peripheral ID 0)");
    }

    @Test
    void anSvdWithOnePeripheralNeedsNoPeripheralKey() throws Exception {
        Files.writeString(dir.resolve("mychip.svd"), SVD);
        Board board = BoardFileReader.read(write("b.yaml", """
                board: b
                devices:
                  - {name: T, base: 0x10000000, size: 0x1000, svd: mychip.svd}
                """));
        assertEquals(0x5, new Simulator(board).peek(0x1000_0000L, 32).orElseThrow());
    }

    static List<Arguments> mistakes() {
        return List.of(
                Arguments.of("", "1:1: the board file is empty"),
                Arguments.of("board: [x\n", "2:1: not valid YAML"),
                Arguments.of("- a\n- b\n", "1:1: the board file must be a mapping of keys to values"),
                Arguments.of("ram: []\n", "1:1: missing 'board: NAME'"),
                Arguments.of("board: b\nbaord: c\n", "2:1: unknown key 'baord' in the board file"),
                Arguments.of("board: b\nboard: c\n", "2:1: duplicate key 'board' in the board file"),
                Arguments.of("board: b\npage-size: 3000\n", "2:12: page-size must be a power of two"),
                Arguments.of("board: b\nram: 5\n", "2:6: ram must be a list"),
                Arguments.of("board: b\nram:\n  - base: 0x1000\n", "3:5: RAM needs both 'base' and 'size'"),
                Arguments.of("board: b\nram:\n  - {base: 12x, size: 0x1000}\n", "3:12: base must be a number"),
                Arguments.of("board: b\ndevices:\n  - {base: 0, size: 0x1000}\n", "3:5: a device needs 'name'"),
                Arguments.of("board: b\ndevices:\n  - {name: A, base: 0x12, size: 0x1000}\n",
                        "3:21: base 0x12 of device 'A' is not aligned to 4 bytes"),
                Arguments.of("board: b\ndevices:\n  - {name: A, base: 0x1000, size: 0x11}\n",
                        "3:35: size 0x11 of device 'A' is not a multiple of 4 bytes"),
                Arguments.of("board: b\ndevices:\n  - {name: A, base: 0x1000, size: 0}\n",
                        "3:35: size of device 'A' must not be 0"),
                Arguments.of("board: b\ndevices:\n  - {name: A, base: 0x1000, size: 0x2000}\n"
                        + "  - {name: B, base: 0x2000, size: 0x1000}\n",
                        "4:21: device 'B' at 0x2000..0x2FFF overlaps device 'A' at 0x1000..0x2FFF"),
                Arguments.of("board: b\ndevices:\n  - {name: A, base: 0x1000, size: 0x1000}\n"
                        + "  - {name: A, base: 0x2000, size: 0x1000}\n",
                        "4:12: a device named 'A' is already defined"),
                Arguments.of("board: b\ndevices:\n  - {name: A, base: 0x1000, size: 0x1000, model: pl999}\n",
                        "3:50: unknown device model 'pl999'"),
                Arguments.of("board: b\ndevices:\n  - {name: A, base: 0x1000, size: 0x1000, model: pl011, svd: x.svd}\n",
                        "3:62: device 'A' gives both 'model' and 'svd'"),
                Arguments.of("board: b\ndevices:\n  - {name: A, base: 0x1000, size: 0x1000, svd: missing.svd}\n",
                        "3:48: cannot use SVD file 'missing.svd'"),
                Arguments.of("board: b\ndevices:\n  - {name: A, base: 0x1000, size: 0x1000, kernel: maybe}\n",
                        "3:51: kernel must be true or false"),
                Arguments.of("board: b\ndevices:\n  - {name: A, base: 0x1000, size: 0x1000, peripheral: P}\n",
                        "3:55: 'peripheral' selects a peripheral of an 'svd' file"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void everyMistakeIsReportedWithFileLineAndColumn(String text, String expected) throws IOException {
        Path file = write("bad.yaml", text);
        BoardFileException e = assertThrows(BoardFileException.class, () -> BoardFileReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ":" + expected), e.getMessage());
    }

    @Test
    void aMissingSvdPeripheralListsTheOnesThereAre() throws Exception {
        Files.writeString(dir.resolve("mychip.svd"), SVD);
        Path file = write("p.yaml", "board: b\ndevices:\n  - {name: A, base: 0x1000, size: 0x1000, svd: mychip.svd,"
                + " peripheral: UART}\n");
        BoardFileException e = assertThrows(BoardFileException.class, () -> BoardFileReader.read(file));
        assertEquals("SVD file 'mychip.svd' has no peripheral 'UART' (it has: TIMER0)", e.reason());
        assertEquals(3, e.line());
    }

    @Test
    void aMissingBoardFileIsAClearError() {
        BoardFileException e = assertThrows(BoardFileException.class,
                () -> BoardFileReader.read(dir.resolve("nowhere.yaml")));
        assertEquals("no such board file", e.reason());
    }

    @Test
    void garbageNeverEscapesAsAnythingButABoardFileException() throws IOException {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            String text = i % 2 == 0 ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                    : "board: b\ndevices:\n  - " + new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            Path file = write("garbage.yaml", text);
            try {
                BoardFileReader.read(file);
            } catch (BoardFileException expected) {
                assertTrue(expected.getMessage().startsWith(file.toString() + ":"), expected.getMessage());
            }
        }
    }

    @Test
    void theBuiltInBoardTemplatesDescribeTheBuiltInBoards() throws Exception {
        for (String id : List.of("qemu-virt", "rpi4b")) {
            BoardTemplate template = BoardTemplate.all().stream().filter(t -> t.id().equals(id)).findFirst()
                    .orElseThrow();
            Board fromFile = BoardFileReader.read(template.text(), id + ".yaml", dir);
            Board builtIn = Boards.builtIn(id).orElseThrow();
            assertEquals(builtIn.pageSize(), fromFile.pageSize());
            assertEquals(builtIn.ram(), fromFile.ram());
            assertEquals(windows(builtIn), windows(fromFile), id);
            Simulator a = new Simulator(builtIn);
            Simulator b = new Simulator(fromFile);
            for (DeviceWindow window : builtIn.devices()) {
                for (long offset = 0; offset < 0x40; offset += 4) {
                    assertEquals(a.peek(window.base() + offset, 32), b.peek(window.base() + offset, 32),
                            id + " " + window.name() + "+" + offset);
                }
            }
        }
    }

    @Test
    void everyTemplateIsAValidBoardFile() throws Exception {
        for (BoardTemplate template : BoardTemplate.all()) {
            Board board = BoardFileReader.read(template.text(), template.id() + ".yaml", dir);
            assertFalse(board.devices().isEmpty(), template.id());
        }
    }

    private static List<String> windows(Board board) {
        return board.devices().stream().map(w -> w.name() + "@" + Long.toHexString(w.base()) + "+"
                + Long.toHexString(w.size()) + (w.kernelUsed() ? " kernel" : "")).toList();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
