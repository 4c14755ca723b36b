package org.mmioworkbench.c.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every program in {@code programs/diff} prints the same standard output in the interpreter as when gcc compiles
 * it against the bundled headers and it runs natively. Programs that do not pass yet wait in
 * {@code programs/diff-pending} (see the README there).
 */
class DifferentialProgramsTest {
    private static final Path DIR = Path.of("programs", "diff").toAbsolutePath();

    @TempDir
    Path tmp;

    static Stream<String> programs() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".c")).sorted().toList();
            assertTrue(names.size() >= 150, "at least 150 differential programs, found " + names.size());
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void printsWhatTheGccBuildPrints(String name) throws Exception {
        String expected = nativeOutput(name);
        CRun.Result r = CRun.file(DIR.resolve(name), new org.mmioworkbench.core.Simulator(
                org.mmioworkbench.core.Board.qemuVirt()), "test");
        assertTrue(r.ok(), () -> name + " failed in the interpreter:\n" + r.errors());
        assertEquals(expected, r.stdout(), name);
    }

    private String nativeOutput(String name) throws IOException, InterruptedException {
        Path exe = tmp.resolve(name.replace(".c", ""));
        run(List.of(gcc(), "-std=c11", "-w", "-I", CRun.INCLUDE.toString(), "-o", exe.toString(),
                DIR.resolve(name).toString()), true);
        return run(List.of(exe.toString()), false);
    }

    private String run(List<String> command, boolean mustSucceed) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Process p = new ProcessBuilder(command).directory(DIR.toFile()).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + command);
        }
        if (mustSucceed) {
            assertEquals(0, p.exitValue(), "gcc failed: " + command);
        }
        return Files.readString(out, StandardCharsets.ISO_8859_1);
    }

    private static String gcc() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path g = Path.of(dir.isEmpty() ? "." : dir, "gcc");
            if (Files.isExecutable(g)) {
                return g.toString();
            }
        }
        return fail("gcc is needed on the PATH to compare the interpreter with native runs (CI installs it)");
    }
}
