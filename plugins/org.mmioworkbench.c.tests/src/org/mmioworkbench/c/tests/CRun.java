package org.mmioworkbench.c.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.mmioworkbench.c.CCompileException;
import org.mmioworkbench.c.CMachine;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.c.internal.Mailbox;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;

/** Compiles and runs C source in the interpreter, as {@code mmio-sim run} does, for tests. */
final class CRun {
    /** The bundled headers, in the source tree of the bundle. */
    static final Path INCLUDE = Path.of("..", "org.mmioworkbench.c", "include").toAbsolutePath().normalize();

    /** A finished run: standard output, the outcome (null when it did not compile) and the compile error. */
    record Result(String stdout, CMachine.Outcome outcome, String compileError, Simulator sim) {
        boolean ok() {
            return outcome != null && !outcome.error() && outcome.status() == 0;
        }

        /** The error message and backtrace, one line each, or the compile error. */
        String errors() {
            if (compileError != null) {
                return compileError;
            }
            StringBuilder sb = new StringBuilder();
            if (outcome.message() != null) {
                sb.append(outcome.message()).append('\n');
            }
            outcome.backtrace().forEach(l -> sb.append(l).append('\n'));
            return sb.toString();
        }
    }

    private CRun() {
    }

    /** Writes source to dir/name and runs it on a qemu-virt simulator as process "test". */
    static Result source(Path dir, String name, String source) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, source, StandardCharsets.UTF_8);
        return file(file, new Simulator(Board.qemuVirt()), "test");
    }

    static Result file(Path file, Simulator sim, String process) {
        return file(file, sim, process, List.of());
    }

    static Result file(Path file, Simulator sim, String process, List<Path> includes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CProgram p = CProgram.compile(file, includes, INCLUDE);
            CMachine m = new CMachine(p, sim, process, new Mailbox(), b -> out.write(b, 0, b.length));
            m.setStatementLimit(200_000_000L);
            CMachine.Outcome o = m.run();
            return new Result(out.toString(StandardCharsets.ISO_8859_1), o, null, sim);
        } catch (CCompileException e) {
            return new Result(out.toString(StandardCharsets.ISO_8859_1), null, e.getMessage(), sim);
        }
    }
}
