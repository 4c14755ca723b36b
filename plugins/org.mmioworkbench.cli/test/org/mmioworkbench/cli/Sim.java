package org.mmioworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Helpers for the {@code run} and {@code debug} tests: scripts in a folder, and runs with an environment. */
final class Sim {
    private Sim() {
    }

    /**
     * Writes a script.
     *
     * @param dir the folder
     * @param name the file name
     * @param lines the script's lines
     * @return the file
     * @throws IOException if it cannot be written
     */
    static Path script(Path dir, String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Runs {@code bin/mmio-sim} with extra environment variables.
     *
     * @param env the variables
     * @param stdin standard input
     * @param args the arguments
     * @return what happened
     * @throws IOException if it cannot start
     * @throws InterruptedException if interrupted
     */
    static CommandLineRun run(Map<String, String> env, String stdin, String... args)
            throws IOException, InterruptedException {
        return CommandLineRun.exec(CommandLineRun.mmioSim(args), env, stdin, 180);
    }

    /**
     * The lines a UART driver needs to map UART0 of qemu-virt at {@code base} (the kernel left it enabled
     * at 115200 baud, 8N1, FIFOs on), as process {@code main}.
     */
    static final String[] MAP_UART = {
        "#define UART0 0x09000000",
        "#define UARTDR 0x00",
        "#define UARTFR 0x18",
        "#define UARTCR 0x30",
        "#define BUSY (1 << 3)",
        "IoMemHandles hs",
        "KnIoMemHandlesClear(&hs)",
        "rc = KnRegisterPhyMem(UART0, 0x1000, MMIO_K_SHARED, &hs.rid)",
        "rc = KnIoMapMem(hs.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &hs.handle)",
    };

    /**
     * Joins script parts.
     *
     * @param first the first lines
     * @param more further lines
     * @return all lines
     */
    static String[] lines(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
