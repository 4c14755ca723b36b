package org.mmioworkbench.c.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;

/**
 * Every malformed or hostile program in {@code programs/bad} ends as its first line says: {@code exit=2} for a
 * program refused before it runs, {@code exit=1} for one that fails while running, and standard error holding the
 * stated text (as {@code mmio-sim run} prints it: the message, then the backtrace). Never a Java exception or a
 * hang.
 */
class BadProgramsTest {
    private static final Path DIR = Path.of("programs", "bad").toAbsolutePath();

    static Stream<String> programs() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".c")).sorted().toList();
            assertTrue(names.size() >= 40, "at least 40 bad programs, found " + names.size());
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void endsWithTheStatedStatusAndMessage(String name) throws Exception {
        String first = Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8).get(0);
        String spec = first.substring(first.indexOf("expect:") + "expect:".length()).trim();
        int status = Integer.parseInt(spec.substring("exit=".length(), spec.indexOf(' ')));
        String text = spec.substring(spec.indexOf("stderr~") + "stderr~".length());
        CRun.Result r = CRun.file(Path.of("programs", "bad", name), new Simulator(Board.qemuVirt()),
                name.substring(0, name.length() - 2), List.of(Path.of("programs", "bad", "include")));
        String stderr;
        int actual;
        if (r.compileError() != null) {
            actual = 2;
            stderr = r.compileError();
        } else if (r.outcome().error()) {
            actual = 1;
            stderr = r.errors();
        } else if (r.outcome().status() != 0) {
            actual = 1;
            stderr = "main returned " + r.outcome().status();
        } else {
            actual = 0;
            stderr = "";
        }
        assertEquals(status, actual, name + ": " + stderr);
        assertTrue(stderr.contains(text), name + ": expected '" + text + "' in:\n" + stderr);
        assertTrue(!stderr.contains("Exception") && !stderr.contains("\tat "), stderr);
    }
}
