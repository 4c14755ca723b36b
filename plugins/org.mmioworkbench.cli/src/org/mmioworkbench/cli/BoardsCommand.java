package org.mmioworkbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.devices.Boards;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mmio-sim boards}: lists the built-in boards and their devices. */
@Command(name = "boards", mixinStandardHelpOptions = true,
        description = "Lists the built-in boards with their page size, RAM and device windows (name, physical range, "
                + "whether the kernel uses it). Use a name with --board, or as 'board NAME' in a script.")
final class BoardsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String name : Boards.names()) {
            Board board = Boards.builtIn(name).orElseThrow();
            out.printf("%s%s, page size 0x%X%n", name, name.equals(Boards.DEFAULT) ? " (default)" : "",
                    board.pageSize());
            for (DeviceWindow device : board.devices()) {
                out.println(line(device.range(), device.name(), device.kernelUsed() ? "used by the kernel" : ""));
            }
            for (AddressRange ram : board.ram()) {
                out.println(line(ram, "RAM", ""));
            }
        }
        out.flush();
        return MmioSim.OK;
    }

    private static String line(AddressRange range, String name, String note) {
        return String.format("  0x%08X-0x%08X  %-10s  %s", range.base(), range.last(), name, note).stripTrailing();
    }
}
