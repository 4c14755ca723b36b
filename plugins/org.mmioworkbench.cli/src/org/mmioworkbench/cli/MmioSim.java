package org.mmioworkbench.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code mmio-sim}: the headless command line of MMIO Workbench. Exit status 0 on success, 1 when a
 * simulated program fails (assertion, fault, loop bound) or the Java heap runs out (one line says how far it
 * got and how to raise the heap, {@link OutOfMemory}), 2 for usage errors and unreadable input files.
 */
@Command(name = "mmio-sim", mixinStandardHelpOptions = true, versionProvider = MmioSim.Version.class,
        description = "Simulates the KasperskyOS MMIO API headless: reads CMSIS-SVD files, lists boards, "
                + "runs and debugs driver scripts.",
        subcommands = {SvdCommand.class, BoardsCommand.class, RunCommand.class, DebugCommand.class,
                CommandLine.HelpCommand.class})
public final class MmioSim {
    /** Exit status for success. */
    public static final int OK = 0;
    /** Exit status when the simulated driver failed (assertion, fault, loop bound). */
    public static final int FAILED = 1;
    /** Exit status for usage errors and input files that cannot be used. */
    public static final int USAGE = 2;

    private MmioSim() {
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line with the given output streams.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new MmioSim());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> USAGE);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getErr().println("mmio-sim: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USAGE;
        });
        int status;
        try {
            status = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(OutOfMemory.line());
            err.flush();
            return FAILED;
        }
        if (args.length == 0) {
            commandLine.usage(err);
            return USAGE;
        }
        return status;
    }

    /** Reports the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MmioSim.class.getPackage().getImplementationVersion();
            return new String[] {"mmio-sim " + (version == null ? "(development build)" : version)};
        }
    }
}
