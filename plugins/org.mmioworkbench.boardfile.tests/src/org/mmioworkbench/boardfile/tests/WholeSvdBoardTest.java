package org.mmioworkbench.boardfile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.boardfile.BoardFileReader;
import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.svd.SvdReader;

/**
 * A board made from a whole vendor SVD file ({@code - svd: FILE}, nothing else): every peripheral at its own address
 * under its own name, several in one page, and a driver that registers and maps the page reaches each of them.
 */
class WholeSvdBoardTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("mmio.repo", "../.."), "examples");

    @Test
    void everyPeripheralOfTheStm32h753IsPlacedSeveralInOnePage() throws Exception {
        Board board = BoardFileReader.read(EXAMPLES.resolve("boards/stm32h753-all.yaml"));
        int peripherals = SvdReader.read(EXAMPLES.resolve("svd/STM32H753.svd")).peripherals().size();
        assertEquals(124, peripherals);
        assertEquals(peripherals, board.devices().size(), board.warnings().toString());
        assertTrue(board.warnings().stream().noneMatch(w -> w.contains("not placed")), board.warnings().toString());
        assertEquals(4096, board.pageSize());
        List<String> page = board.devicesIn(new AddressRange(0x4000_4000L, 0x1000)).stream().map(DeviceWindow::name)
                .toList();
        assertEquals(List.of("SPDIFRX", "USART2", "USART3", "UART4"), page, "four peripherals in one 4 KiB page");

        Simulator sim = new Simulator(board);
        MmioApi api = sim.process("usart").api();
        int rid = api.knRegisterPhyMem(0x4000_4000L, 0x1000, 0).rid();
        MapResult map = api.knIoMapMem(rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
        assertEquals(Retcode.rcOk, map.rc());
        api.ioWriteMmReg32(map.address() + 0x800 + 0x0C, 0x2B6); // USART3.BRR, 1 KiB into the page after USART2
        assertEquals(0x2B6, sim.peek(0x4000_480CL, 32).getAsInt());
        assertEquals("USART3", sim.trace().get(sim.trace().size() - 1).device());
        assertTrue(sim.regions().get(0).devices().containsAll(List.of("USART2", "USART3")),
                sim.regions().get(0).devices().toString());
    }

    @Test
    void peripheralsThatOverlapOthersAreLeftOutWithAWarningAtTheEntry(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nrf.yaml");
        Files.writeString(file, "board: nrf-all\ndevices:\n  - svd: " + EXAMPLES.resolve("svd/nrf52840.svd")
                .toAbsolutePath() + "\n", StandardCharsets.UTF_8);
        Board board = BoardFileReader.read(file);
        assertTrue(board.devices().stream().anyMatch(d -> d.name().equals("UART0")));
        assertTrue(board.devices().stream().noneMatch(d -> d.name().equals("UARTE0")), "two views of one block");
        String warning = board.warnings().stream().filter(w -> w.contains("not placed")).findFirst().orElseThrow();
        assertTrue(warning.startsWith(file + ":3:10: warning: "), warning);
        assertTrue(warning.contains("UARTE0 (0x40002000..0x40002FFF overlaps device 'UART0')"), warning);
    }
}
