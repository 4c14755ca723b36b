package org.mmioworkbench.boardfile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.boardfile.BoardFileReader;
import org.mmioworkbench.boardfile.BoardTemplate;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdPeripheral;
import org.mmioworkbench.core.svd.SvdReader;

/** The board files the New Board wizard writes from a vendor SVD file load as the peripherals the user chose. */
class SvdBoardTemplateTest {
    private static final Path SVD = Path.of(System.getProperty("mmio.repo", "../.."), "examples", "svd",
            "STM32F407.svd").toAbsolutePath().normalize();

    @Test
    void someChosenPeripheralsBecomeDevicesAtTheirAddressesAndAllOfThemOneLine(@TempDir Path dir) throws Exception {
        SvdDevice svd = SvdReader.read(SVD);
        List<SvdPeripheral> all = svd.peripherals();
        Path some = dir.resolve("some.yaml");
        Files.writeString(some, BoardTemplate.fromSvd("f407", SVD.toString(), all, Set.of("USART2", "USART3", "GPIOD")),
                StandardCharsets.UTF_8);
        Board board = BoardFileReader.read(some);
        assertEquals(List.of("USART2", "USART3", "GPIOD"), board.devices().stream().map(DeviceWindow::name).toList());
        assertEquals(0x4000_4400L, board.devices().get(0).base());
        assertEquals(0x400, board.devices().get(0).size());

        Path whole = dir.resolve("whole.yaml");
        String text = BoardTemplate.fromSvd("f407", SVD.toString(), all,
                all.stream().map(SvdPeripheral::name).collect(Collectors.toSet()));
        assertTrue(text.contains("  - svd: '" + SVD + "'\n"), text);
        Files.writeString(whole, text, StandardCharsets.UTF_8);
        assertEquals(all.size(), BoardFileReader.read(whole).devices().size());
    }
}
