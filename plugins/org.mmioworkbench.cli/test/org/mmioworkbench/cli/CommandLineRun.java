package org.mmioworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of the real {@code bin/mmio-sim} in a child process: its exit status, standard output and
 * standard error.
 *
 * @param status the exit status
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record CommandLineRun(int status, String out, String err) {

    /** The repository root (the build passes it as {@code mmio.repo}). */
    static Path repo() {
        return Path.of(System.getProperty("mmio.repo", "../.."));
    }

    /** The shared CMSIS-SVD folder beside the repository. */
    static Path sharedSvd() {
        return Path.of(System.getProperty("mmio.shared.svd", "../shared/svd"));
    }

    /**
     * Runs {@code bin/mmio-sim} with arguments, feeding it standard input.
     *
     * @param stdin what to type into it
     * @param args its arguments
     * @return what happened
     * @throws IOException if it cannot be started
     * @throws InterruptedException if interrupted while waiting
     */
    static CommandLineRun runWithInput(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(repo().resolve("bin/mmio-sim").toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("mmio-sim", ".out");
        Path err = Files.createTempFile("mmio-sim", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
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
     * Runs {@code bin/mmio-sim} with no standard input.
     *
     * @param args its arguments
     * @return what happened
     * @throws IOException if it cannot be started
     * @throws InterruptedException if interrupted while waiting
     */
    static CommandLineRun run(String... args) throws IOException, InterruptedException {
        return runWithInput("", args);
    }

    /** @return standard output split into lines */
    List<String> outLines() {
        return out.lines().toList();
    }
}
