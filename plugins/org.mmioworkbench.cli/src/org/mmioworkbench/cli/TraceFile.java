package org.mmioworkbench.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.TraceEvent;

/**
 * Writes the simulator's trace as JSON Lines: one object per event, in order, with the members
 * <ul>
 * <li>{@code seq} (number), {@code time_ns} (simulated nanoseconds since boot), {@code process} (the
 * process, {@code kernel}, {@code simulator}, or for an interrupt the device), {@code line} (the script line
 * of the statement that caused it, or {@code null} for the kernel's boot claims and the runner's own clock
 * advances), {@code operation}, {@code arguments} and {@code result} (as C would show them);</li>
 * <li>{@code rc} (the return code's name, e.g. {@code rcOk}, or {@code null}), {@code fault} (the fault
 * cause, e.g. {@code UNMAPPED}, or {@code null});</li>
 * <li>{@code physical} (the physical address as a {@code 0x} hexadecimal string, or {@code null}),
 * {@code device} (the device name or {@code null}), {@code register} (e.g. {@code UART0.UARTCR}, several
 * separated by {@code ", "} for an access wider than a register, or {@code null});</li>
 * <li>{@code changed}: the fields the access changed, each {@code {"field":"UARTEN","old":0,"new":1,
 * "name":null}} where {@code name} is the new value's enumerated name if the description gives one.</li>
 * </ul>
 */
final class TraceFile implements Closeable {
    private final Writer out;
    private final Path path;

    private TraceFile(Path path, Writer out) {
        this.path = path;
        this.out = out;
    }

    /**
     * Creates (or truncates) a trace file, unless it is one of the files the run reads.
     *
     * @param path the file
     * @param inputs the files the run reads (the script, its board file, the board's SVD files)
     * @return the writer
     * @throws CliException with {@link MmioSim#USAGE} if the file is an input or cannot be created
     */
    static TraceFile create(Path path, List<Path> inputs) {
        Path input = FileProblems.sameAsInput(path, inputs);
        if (input != null) {
            throw new CliException(MmioSim.USAGE, "mmio-sim: the trace file " + path + " is " + input
                    + ", which this run reads; it is not overwritten: choose another trace file");
        }
        if (Files.isDirectory(path)) {
            throw new CliException(MmioSim.USAGE, "mmio-sim: cannot write the trace file " + path + ": it is a folder");
        }
        try {
            return new TraceFile(path, new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path),
                    StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            throw new CliException(MmioSim.USAGE, "mmio-sim: cannot write the trace file " + path + ": "
                    + FileProblems.describe(e));
        }
    }

    /**
     * Writes one event.
     *
     * @param e the event
     * @param line the script line that caused it, or 0 if none
     */
    void write(TraceEvent e, int line) {
        try {
            out.write(json(e, line));
            out.write('\n');
        } catch (IOException ex) {
            throw failed(ex);
        }
    }

    /** A write that failed after the file was created (a full disk, say): a run-time failure. */
    private CliException failed(IOException ex) {
        return new CliException(MmioSim.FAILED, "mmio-sim: cannot write the trace file " + path + ": "
                + FileProblems.describe(ex));
    }

    /**
     * Renders one event as a JSON object (without a line break).
     *
     * @param e the event
     * @param line the script line, or 0 if none
     * @return the JSON text
     */
    /**
     * Writes one event of a C program: the file, line and function of the statement that caused it.
     *
     * @param e the event
     * @param line the line, or 0
     * @param file the source file, or null
     * @param function the function, or null
     */
    void write(TraceEvent e, int line, String file, String function) {
        if (file == null) {
            write(e, line);
            return;
        }
        String j = json(e, line);
        String extra = new Json().put("file", file).put("function", function).end();
        try {
            out.write(j, 0, j.length() - 1);
            out.write(',');
            out.write(extra, 1, extra.length() - 1);
            out.write('\n');
        } catch (IOException ex) {
            throw failed(ex);
        }
    }

    static String json(TraceEvent e, int line) {
        OptionalLong physical = e.physicalAddress();
        Json j = new Json().put("seq", e.seq()).put("time_ns", e.timeNanos()).put("process", e.actor())
                .putNumber("line", line > 0 ? Long.valueOf(line) : null).put("operation", e.operation())
                .put("arguments", e.arguments()).put("result", e.result())
                .put("rc", e.rc() == null ? null : e.rc().name())
                .put("fault", e.fault() == null ? null : e.fault().name())
                .put("physical", physical.isPresent() ? hex(physical.getAsLong()) : null)
                .put("device", e.device().isEmpty() ? null : e.device())
                .put("register", e.register().isEmpty() ? null : e.register());
        StringBuilder changed = new StringBuilder("[");
        for (FieldChange c : e.changedFields()) {
            if (changed.length() > 1) {
                changed.append(',');
            }
            changed.append(new Json().put("field", c.field()).put("old", c.oldValue()).put("new", c.newValue())
                    .put("name", c.valueName().isEmpty() ? null : c.valueName()).end());
        }
        return j.putRaw("changed", changed.append(']').toString()).end();
    }

    private static String hex(long address) {
        return String.format(Locale.ROOT, "0x%08x", address);
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ex) {
            throw failed(ex);
        }
    }
}
