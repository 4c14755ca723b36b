package org.mmioworkbench.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.debug.TraceJson;

/**
 * Writes the simulator's trace as JSON Lines, one object per event in order ({@link TraceJson} names the members), to
 * a file that is none of the run's inputs; a failure to write is one line of error, never a stack trace.
 */
final class TraceFile implements Closeable {
    private final TraceJson out;
    private final Path path;

    private TraceFile(Path path, TraceJson out) {
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
            return new TraceFile(path, new TraceJson(Files.newOutputStream(path)));
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
        write(e, line, null, null);
    }

    /** A write that failed after the file was created (a full disk, say): a run-time failure. */
    private CliException failed(IOException ex) {
        return new CliException(MmioSim.FAILED, "mmio-sim: cannot write the trace file " + path + ": "
                + FileProblems.describe(ex));
    }

    /**
     * Writes one event of a C program: the file, line and function of the statement that caused it.
     *
     * @param e the event
     * @param line the line, or 0
     * @param file the source file, or null
     * @param function the function, or null
     */
    void write(TraceEvent e, int line, String file, String function) {
        try {
            out.write(e, line, file, function);
        } catch (IOException ex) {
            throw failed(ex);
        }
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
