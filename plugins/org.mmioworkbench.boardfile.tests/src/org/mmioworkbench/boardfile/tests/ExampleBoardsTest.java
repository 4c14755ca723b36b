package org.mmioworkbench.boardfile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mmioworkbench.boardfile.BoardFileReader;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.Simulator;

/**
 * The board files of {@code examples/boards}, one per vendor SVD file the repository ships: each loads, places
 * the devices it names, and the simulator reads the reset values the vendor's SVD gives their registers.
 */
class ExampleBoardsTest {
    /** The repository's examples folder (the build passes the repository as {@code mmio.repo}). */
    private static final Path BOARDS = Path.of(System.getProperty("mmio.repo", "../.."), "examples", "boards");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            stm32f407 | TIM2 USART2 GPIOA GPIOD RCC   | 0x40020000 | 0xA8000000
            stm32f103 | GPIOA GPIOC USART1 RCC        | 0x40010800 | 0x44444444
            stm32h753 | USART3 GPIOA GPIOB RCC        | 0x58020000 | 0xABFFFFFF
            nrf52840  | CLOCK UARTE0 TIMER0 P0        | 0x50000700 | 0x00000002
            rp2040    | RESETS IO_BANK0 UART0 TIMER SIO | 0x40034018 | 0x00000090
            """)
    void exampleBoardLoadsWithItsVendorSvdRegisters(String name, String devices, String address, String reset)
            throws Exception {
        Board board = BoardFileReader.read(BOARDS.resolve(name + ".yaml"));
        assertEquals(name, board.name());
        assertEquals(List.of(devices.trim().split(" +")), board.devices().stream().map(DeviceWindow::name).toList());
        Simulator sim = new Simulator(board);
        assertEquals(OptionalInt.of(Integer.parseUnsignedInt(reset.substring(2), 16)),
                sim.peek(Long.decode(address), 32), "reset value from the vendor SVD");
    }

    @Test
    void everyVendorSvdFileHasAnExampleBoard() throws IOException {
        try (Stream<Path> svds = Files.list(BOARDS.resolveSibling("svd"))) {
            List<String> chips = svds.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".svd"))
                    .map(f -> f.substring(0, f.length() - 4).toLowerCase(java.util.Locale.ROOT)).sorted().toList();
            for (String chip : chips) {
                assertTrue(Files.isRegularFile(BOARDS.resolve(chip + ".yaml")), "no board file for " + chip);
            }
            assertEquals(5, chips.size(), chips.toString());
        }
    }
}
