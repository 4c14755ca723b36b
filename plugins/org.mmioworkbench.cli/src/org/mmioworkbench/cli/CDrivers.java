package org.mmioworkbench.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mmioworkbench.c.CCompileException;
import org.mmioworkbench.c.CMachine;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.c.internal.Mailbox;
import org.mmioworkbench.c.internal.Machine;
import org.mmioworkbench.c.internal.Pos;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.SourceLine;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.devices.Boards;
import org.mmioworkbench.debug.SerialConsoles;

/**
 * {@code mmio-sim run a.c [b.c ...]}: C translation units, each run as a process named after its file (or
 * {@code --process}), in the order given, each {@code main} to its end. The board: {@code --board}, else the first
 * {@code #pragma mmio board("...")} among the files (a built-in name, or a board file relative to the C file), else
 * the default. Exit status 0 when every {@code main} returned 0 (or called {@code exit(0)}); 1 when one returned
 * something else ({@code main returned N}), called {@code exit} with non-zero, failed an {@code assert}, called
 * {@code abort}, or stopped on a run-time error ({@code FILE:LINE:COL: error: ...} and a backtrace); 2 for compile,
 * usage and board errors.
 */
final class CDrivers {
    private CDrivers() {
    }

    /** Tells whether the command line names C files (every file ends in .c or .h). */
    static boolean isC(List<Path> files) {
        return files.stream().anyMatch(CDrivers::isCFile);
    }

    static boolean isCFile(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString();
        return n.endsWith(".c");
    }

    /**
     * The folder of the bundled headers in the built layout: {@code include} beside the folder of the command
     * line's jar ({@code plugins/org.mmioworkbench.cli/target/include}).
     *
     * @return the folder
     */
    static Path includeDir() {
        try {
            Path jar = Path.of(CDrivers.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = jar.getParent();
            if (Files.isRegularFile(jar) && dir != null && dir.getParent() != null) {
                Path inc = dir.getParent().resolve("include");
                if (Files.isDirectory(inc)) {
                    return inc;
                }
            }
            // run from classes (tests in an IDE): the bundle's own folder in the source tree
            Path here = jar;
            for (int i = 0; i < 6 && here != null; i++, here = here.getParent()) {
                Path inc = here.resolve("plugins/org.mmioworkbench.c/include");
                if (Files.isDirectory(inc)) {
                    return inc;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through
        }
        throw new CliException(MmioSim.USAGE, "mmio-sim: the bundled C headers are missing from this installation"
                + " (expected an include folder beside lib/)");
    }

    /** Options of a C run. */
    record Options(String board, String process, List<Path> includes, Path trace, int traceWindow,
            long maxStatements, Path regs) {
    }

    static int run(Terminal term, List<Path> files, Options o) {
        for (Path f : files) {
            if (!isCFile(f)) {
                throw new CliException(MmioSim.USAGE, "mmio-sim: " + f + ": give C files (*.c) or one script (*.mmio),"
                        + " not both");
            }
            if (!Files.isRegularFile(f)) {
                throw new CliException(MmioSim.USAGE, "mmio-sim: " + f + ": no such C file");
            }
        }
        if (o.process() != null && files.size() > 1) {
            throw new CliException(MmioSim.USAGE, "mmio-sim: --process names the process of one C file; with several"
                    + " files each process is named after its file");
        }
        Path include = includeDir();
        List<CProgram> programs = new ArrayList<>();
        for (Path f : files) {
            try {
                programs.add(CProgram.compile(f, o.includes(), include));
            } catch (CCompileException e) {
                term.error(Terminal.printable(e.getMessage()));
                return MmioSim.USAGE;
            }
        }
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            String stem = f.getFileName().toString();
            stem = stem.substring(0, stem.length() - 2);
            String name = o.process() != null ? o.process() : stem;
            if (!Simulator.isProcessName(name)) {
                throw new CliException(MmioSim.USAGE, "mmio-sim: '" + Terminal.printable(name)
                        + "' cannot name a process (use --process NAME)");
            }
            names.add(name);
        }
        List<Path> inputs = new ArrayList<>(files);
        Board board = board(files, programs, o.board(), inputs, term);
        Simulator sim = new Simulator(board, o.traceWindow());
        OutOfMemory.reached(() -> sim.traceLength() + " trace events");
        TraceFile traceFile = o.trace() == null ? null : TraceFile.create(o.trace(), inputs);
        SerialConsoles consoles = new SerialConsoles(sim);
        Mailbox mailbox = new Mailbox();
        long[] diagnosed = {sim.diagnosticCount()};
        try {
            if (traceFile != null) {
                for (TraceEvent e : sim.trace()) {
                    traceFile.write(e, 0);
                }
            }
            for (int i = 0; i < programs.size(); i++) {
                CProgram p = programs.get(i);
                Machine[] current = new Machine[1];
                CMachine m;
                try {
                    m = new CMachine(p, sim, names.get(i), mailbox, bytes -> {
                        poll(sim, consoles, term, diagnosed, current[0], true);
                        term.out().write(bytes, 0, bytes.length);
                        term.out().flush();
                    });
                } catch (CCompileException e) {
                    term.error(Terminal.printable(e.getMessage()));
                    return MmioSim.USAGE;
                }
                current[0] = m.machine();
                String name = names.get(i);
                sim.setSourceLocator(proc -> proc.equals(name) ? line(current[0].statementPos()) : null);
                m.setStatementLimit(o.maxStatements());
                org.mmioworkbench.core.SimulatorListener listener = null;
                if (traceFile != null) {
                    listener = e -> {
                        Pos at = current[0].statementPos();
                        traceFile.write(e, at == null ? 0 : at.line(), at == null ? null : at.file(),
                                current[0].statementFunction());
                    };
                    sim.addListener(listener);
                }
                long[] count = {0};
                CMachine.Outcome out = m.runUntil(mc -> {
                    if ((++count[0] & 1023) == 0) {
                        poll(sim, consoles, term, diagnosed, mc, false);
                    }
                    return false;
                });
                poll(sim, consoles, term, diagnosed, m.machine(), false);
                if (listener != null) {
                    sim.removeListener(listener);
                }
                if (i == programs.size() - 1 || out.error() || out.status() != 0) {
                    if (consoles.drain()) {
                        poll(sim, consoles, term, diagnosed, null, false);
                    }
                    term.consoleBytes(consoles.poll(true));
                }
                int status = report(out, term, p.file());
                if (status != MmioSim.OK) {
                    return status;
                }
            }
            return MmioSim.OK;
        } finally {
            if (traceFile != null) {
                traceFile.close();
            }
            if (o.regs() != null) {
                RegsCommand.write(org.mmioworkbench.core.state.RegisterState.capture(sim, List.of()), o.regs(),
                        org.mmioworkbench.core.state.RegisterState.Format.of(o.regs()), null,
                        inputs);
            }
        }
    }

    private static void poll(Simulator sim, SerialConsoles consoles, Terminal term, long[] diagnosed, Machine m,
            boolean force) {
        term.consoleBytes(consoles.poll(force));
        long count = sim.diagnosticCount();
        if (count > diagnosed[0]) {
            RunCommand.newDiagnostics(sim, diagnosed[0], m == null ? null : line(m.statementPos()))
                    .forEach(term::error);
            diagnosed[0] = count;
        }
    }

    /** A statement's position as a source line, or null before the first statement. */
    private static SourceLine line(Pos at) {
        return at == null || at.line() < 1 ? null : new SourceLine(at.file(), at.line());
    }

    private static int report(CMachine.Outcome out, Terminal term, String file) {
        if (out.error()) {
            term.error(Terminal.printable(out.message()));
            out.backtrace().forEach(l -> term.error(Terminal.printable(l)));
            return MmioSim.FAILED;
        }
        if (out.status() != 0) {
            term.error(file + ": main returned " + out.status());
            return MmioSim.FAILED;
        }
        return MmioSim.OK;
    }

    static Board board(List<Path> files, List<CProgram> programs, String option, List<Path> inputs,
            Terminal term) {
        String named = null;
        Path from = null;
        for (int i = 0; i < programs.size(); i++) {
            String b = programs.get(i).board();
            if (b != null) {
                if (named != null && !named.equals(b)) {
                    throw new CliException(MmioSim.USAGE, "mmio-sim: " + files.get(i) + " names board '" + b + "' but "
                            + from + " names '" + named + "'");
                }
                if (named == null) {
                    named = b;
                    from = files.get(i);
                }
            }
        }
        String choice = option != null ? option : named;
        if (option != null && named != null && !option.equals(named)) {
            term.error("mmio-sim: warning: " + from + " names its board (" + named + "); --board " + option
                    + " is used instead");
        }
        if (choice == null) {
            return Boards.builtIn(Boards.DEFAULT).orElseThrow();
        }
        Optional<Board> builtIn = Boards.builtIn(choice);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Path file;
        try {
            file = Path.of(choice);
            if (option == null && !file.isAbsolute()) {
                Path dir = from.toAbsolutePath().getParent();
                file = dir == null ? file : dir.resolve(file);
            }
        } catch (InvalidPathException e) {
            throw new CliException(MmioSim.USAGE, "mmio-sim: board '" + Terminal.printable(choice)
                    + "' is not a valid path");
        }
        if (!Files.isRegularFile(file)) {
            throw new CliException(MmioSim.USAGE, "mmio-sim: unknown board '" + Terminal.printable(choice)
                    + "': not a built-in board (" + String.join(", ", Boards.names()) + ") and no such board file"
                    + (option == null ? " (looked for " + file.normalize() + ")" : ""));
        }
        Board b = BoardFiles.read(file);
        b.warnings().forEach(term::error);
        inputs.add(file);
        inputs.addAll(b.descriptionFiles());
        return b;
    }
}
