package org.mmioworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Boards;
import org.mmioworkbench.core.state.RegisterState;
import org.mmioworkbench.core.state.RegisterStateException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mmio-sim regs}: a board's register state as data. Without {@code --diff}: the reset state of a board's
 * readable registers (all devices, or those named with {@code --device}), as CSV or JSON on standard output or in a
 * file. With {@code --diff A B}: the registers that differ between two state files (each CSV or JSON), with their
 * changed fields decoded from the board's descriptions; exit status 1 when they differ, as {@code diff}'s.
 */
@Command(name = "regs", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the reset state of a board's readable registers as CSV (one register a line: "
                + "device,register,address,bits,value) or JSON (--format json, or an output file named *.json), "
                + "or compares two such files, of either form (--diff A B).",
            "'mmio-sim run --regs FILE' writes the state at the end of a driver's run, so two runs compare with "
                    + "'mmio-sim regs --diff'.",
            "Exit status: 0 written, or the states are the same; 1 they differ; 2 usage or file error "
                    + "(FILE:LINE:COL: error: MESSAGE)."})
final class RegsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--board", paramLabel = "BOARD", description = "a built-in board (default: "
            + Boards.DEFAULT + ") or a board file; with --diff, the board that decodes the fields (default: the one"
            + " the first file names)")
    private String board;

    @Option(names = "--device", paramLabel = "NAME", description = "only this device (repeat for several)")
    private List<String> devices = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to this file, not to standard"
            + " output (JSON if its name ends in .json)")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or json (default: json for an output file"
            + " named *.json, else csv)")
    private String format;

    @Option(names = "--diff", description = "compare the two state files given")
    private boolean diff;

    @Parameters(paramLabel = "FILE", arity = "0..2", description = "with --diff: the two state files")
    private List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            int status = diff ? diff(out) : dump(out);
            out.flush();
            return status;
        } catch (CliException e) {
            out.flush();
            err.println(e.getMessage());
            err.flush();
            return e.status();
        }
    }

    private int dump(PrintWriter out) {
        if (!files.isEmpty()) {
            throw new CliException(MmioSim.USAGE, "error: state files are given only with --diff");
        }
        Simulator sim = new Simulator(BoardFiles.named(board == null ? Boards.DEFAULT : board));
        RegisterState state;
        try {
            state = RegisterState.capture(sim, devices);
        } catch (IllegalArgumentException e) {
            throw new CliException(MmioSim.USAGE, "error: " + e.getMessage());
        }
        write(state, output, format(), out, List.of());
        return MmioSim.OK;
    }

    private RegisterState.Format format() {
        if (format == null) {
            return output == null ? RegisterState.Format.CSV : RegisterState.Format.of(output);
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> RegisterState.Format.CSV;
            case "json" -> RegisterState.Format.JSON;
            default -> throw new CliException(MmioSim.USAGE, "error: --format is csv or json, not '" + format + "'");
        };
    }

    /**
     * Writes a state to a file, or to standard output when the file is null; never over an input file.
     *
     * @param state the state
     * @param file the file, or null
     * @param form CSV or JSON
     * @param out standard output
     * @param inputs the files the command read
     */
    static void write(RegisterState state, Path file, RegisterState.Format form, PrintWriter out,
            List<Path> inputs) {
        try {
            if (file == null) {
                StringWriter text = new StringWriter();
                state.write(text, form);
                out.print(text);
                return;
            }
            Path input = FileProblems.sameAsInput(file, inputs);
            if (input != null) {
                throw new CliException(MmioSim.USAGE, "error: " + file + " is the input " + input
                        + "; give the register state another file");
            }
            state.write(file, form);
        } catch (IOException e) {
            throw new CliException(MmioSim.USAGE, "error: cannot write " + file + ": " + FileProblems.describe(e));
        }
    }

    private int diff(PrintWriter out) {
        if (files.size() != 2) {
            throw new CliException(MmioSim.USAGE, "error: --diff needs two state files");
        }
        if (output != null || !devices.isEmpty() || format != null) {
            throw new CliException(MmioSim.USAGE, "error: --diff takes no --output, --device or --format");
        }
        RegisterState a = read(files.get(0));
        RegisterState b = read(files.get(1));
        String decodeWith = board != null ? board : a.board().isEmpty() ? null : a.board();
        Simulator sim = decodeWith == null ? null : new Simulator(BoardFiles.named(decodeWith));
        List<RegisterState.Difference> differences = a.diff(b, sim);
        for (RegisterState.Difference d : differences) {
            out.println(line(d));
        }
        if (differences.isEmpty()) {
            return MmioSim.OK;
        }
        out.println(differences.size() + (differences.size() == 1 ? " register differs" : " registers differ"));
        return MmioSim.FAILED;
    }

    /** One difference as a line: {@code UART0.UARTCR: 0x301 -> 0x381 (LBE: 0 -> 1)}. */
    static String line(RegisterState.Difference d) {
        if (d.before().isEmpty()) {
            return d.register() + ": only in the second, " + hex(d.after());
        }
        if (d.after().isEmpty()) {
            return d.register() + ": only in the first, " + hex(d.before());
        }
        String fields = d.fields().stream().map(RegsCommand::field).collect(Collectors.joining(", "));
        return d.register() + ": " + hex(d.before()) + " -> " + hex(d.after()) + (fields.isEmpty() ? ""
                : " (" + fields + ")");
    }

    private static String field(FieldChange c) {
        return c.field() + ": " + c.oldValue() + " -> " + c.newValue()
                + (c.valueName() == null || c.valueName().isEmpty() ? "" : " " + c.valueName());
    }

    private static String hex(Optional<Long> v) {
        return "0x" + Long.toHexString(v.orElse(0L)).toUpperCase(Locale.ROOT);
    }

    private static RegisterState read(Path file) {
        try {
            return RegisterState.read(file);
        } catch (RegisterStateException e) {
            throw new CliException(MmioSim.USAGE, e.file() + (e.line() > 0 ? ":" + e.line() + ":" + e.column() : "")
                    + ": error: " + e.reason());
        }
    }

}
