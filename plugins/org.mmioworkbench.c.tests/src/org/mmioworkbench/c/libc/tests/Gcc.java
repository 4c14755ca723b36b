package org.mmioworkbench.c.libc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Compiles and runs C programs with the machine's gcc and glibc, the reference the C library is compared with. */
final class Gcc {

    /** What a program printed and its exit status. */
    record Run(String stdout, String stderr, int status) {
    }

    private Gcc() {
    }

    /** @return gcc from the PATH; fails the test (not skips it) when there is none */
    static Path find() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path gcc = Path.of(dir.isEmpty() ? "." : dir, "gcc");
                if (Files.isExecutable(gcc)) {
                    return gcc;
                }
            }
        }
        return fail("gcc is needed on the PATH: these tests compare the C library with glibc by compiling and "
                + "running C programs (install gcc, e.g. 'apt-get install gcc'; CI installs it)");
    }

    /**
     * Compiles {@code source} as {@code dir/name.c} into {@code dir/name} (no optimisation, no built-in
     * functions, so every call reaches glibc) and runs it.
     */
    static Run compileAndRun(Path dir, String name, String source) throws IOException, InterruptedException {
        return run(dir, compile(dir, name + ".c", source).toString());
    }

    /**
     * Compiles {@code source}, written to {@code dir/sourcePath} and named so on gcc's command line (so that
     * {@code __FILE__} is {@code sourcePath}), into a program in {@code dir} named after the file's stem.
     *
     * @return the program
     */
    static Path compile(Path dir, String sourcePath, String source) throws IOException, InterruptedException {
        Path c = dir.resolve(sourcePath);
        Files.createDirectories(c.getParent());
        Files.writeString(c, source, StandardCharsets.UTF_8);
        String file = c.getFileName().toString();
        Path exe = dir.resolve(file.substring(0, file.lastIndexOf('.')));
        Run compiled = run(dir, find().toString(), "-std=gnu11", "-O0", "-fno-builtin", "-U_FORTIFY_SOURCE", "-w",
                "-o", exe.toString(), sourcePath);
        assertEquals(0, compiled.status(), () -> "gcc failed:\n" + compiled.stdout() + compiled.stderr());
        return exe;
    }

    /** Runs {@code command} in {@code dir}; @return what it printed and its exit status */
    static Run run(Path dir, String... command) throws IOException, InterruptedException {
        return runIn(dir, command);
    }

    private static Run runIn(Path dir, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("timed out: " + String.join(" ", command));
        }
        return new Run(Files.readString(out, StandardCharsets.ISO_8859_1),
                Files.readString(err, StandardCharsets.ISO_8859_1), process.exitValue());
    }
}
