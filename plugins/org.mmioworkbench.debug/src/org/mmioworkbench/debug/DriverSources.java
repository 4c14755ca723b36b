package org.mmioworkbench.debug;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.SourceIndex;
import org.mmioworkbench.script.Script;

/**
 * Driver files as an editor sees them, whatever their language: a {@code *.mmio} file is a script, any other
 * ({@code *.c}, {@code *.h}) C.
 */
public final class DriverSources {
    private DriverSources() {
    }

    /**
     * Whether a file is a script.
     *
     * @param file a driver file
     * @return true for {@code *.mmio}
     */
    public static boolean isScript(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().endsWith(".mmio");
    }

    /**
     * Indexes a driver file's text (unsaved or not): its first error and the names it declares and can use.
     *
     * @param file the file the text belongs to
     * @param text the text
     * @param includeDirs the C {@code -I} directories
     * @param bundledInclude the bundled C headers, or null
     * @return the index; never throws for bad input
     */
    public static SourceIndex index(Path file, String text, List<Path> includeDirs, Path bundledInclude) {
        return isScript(file) ? Script.index(text, file.toString())
                : CProgram.index(file, text, includeDirs, bundledInclude);
    }

    /**
     * A register of a board, as content assist offers it.
     *
     * @param name the register's name, e.g. {@code UARTCR}
     * @param device the device window, e.g. {@code UART0}
     * @param offset the register's offset in the window
     * @param description what the description says of it, or an empty string
     */
    public record BoardRegister(String name, String device, long offset, String description) {
    }

    /**
     * Lists the registers of every device of a board that has a register description, device by device.
     *
     * @param board the board
     * @return the registers by device, then offset
     */
    public static List<BoardRegister> registers(Board board) {
        org.mmioworkbench.core.Simulator sim = new org.mmioworkbench.core.Simulator(board);
        List<BoardRegister> out = new java.util.ArrayList<>();
        for (org.mmioworkbench.core.DeviceWindow w : board.devices()) {
            Optional<org.mmioworkbench.core.DeviceModel> model = sim.device(w.name());
            if (model.orElse(null) instanceof org.mmioworkbench.core.devices.RegisterFileDevice d) {
                d.registers().registers().forEach(r -> out.add(new BoardRegister(r.name(), w.name(), r.offset(),
                        r.svd().description())));
            }
        }
        return out;
    }
}
