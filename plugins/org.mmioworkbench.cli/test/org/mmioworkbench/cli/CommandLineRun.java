package org.mmioworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** The vendor CMSIS-SVD files the repository ships. */
    static Path vendorSvd() {
        return repo().resolve("examples/svd");
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
        return exec(mmioSim(args), Map.of(), stdin, 120);
    }

    /**
     * Returns the command line of {@code bin/mmio-sim} with arguments.
     *
     * @param args its arguments
     * @return the command
     */
    static List<String> mmioSim(String... args) {
        List<String> command = new ArrayList<>();
        command.add(repo().resolve("bin/mmio-sim").toString());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs a command in a child process, feeding it standard input, and waits for it.
     *
     * @param command the program and its arguments
     * @param env environment variables to add
     * @param stdin what to type into it
     * @param timeoutSeconds how long it may take before the test fails
     * @return what happened
     * @throws IOException if it cannot be started
     * @throws InterruptedException if interrupted while waiting
     */
    static CommandLineRun exec(List<String> command, Map<String, String> env, String stdin, int timeoutSeconds)
            throws IOException, InterruptedException {
        return exec(command, null, env, stdin, timeoutSeconds);
    }

    /**
     * Runs a command in a child process in a working folder, feeding it standard input, and waits for it.
     *
     * @param command the program and its arguments
     * @param dir its working folder, or null for the test's
     * @param env environment variables to add
     * @param stdin what to type into it
     * @param timeoutSeconds how long it may take before the test fails
     * @return what happened
     * @throws IOException if it cannot be started
     * @throws InterruptedException if interrupted while waiting
     */
    static CommandLineRun exec(List<String> command, Path dir, Map<String, String> env, String stdin,
            int timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("mmio-sim", ".out");
        Path err = Files.createTempFile("mmio-sim", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).directory(dir == null ? null : dir.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("did not finish in " + timeoutSeconds + " s: " + command);
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
