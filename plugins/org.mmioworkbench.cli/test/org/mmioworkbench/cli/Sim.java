package org.mmioworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
        List<String> command = new ArrayList<>();
        command.add(CommandLineRun.repo().resolve("bin/mmio-sim").toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("mmio-sim", ".out");
        Path err = Files.createTempFile("mmio-sim", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            Process process = pb.start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("mmio-sim did not finish: " + command);
            }
            return new CommandLineRun(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
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
