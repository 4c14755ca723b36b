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
        subcommands = {SvdCommand.class, BoardsCommand.class, RunCommand.class, DebugCommand.class, RegsCommand.class,
                IncludeDirCommand.class,
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
        PrintWriter out = new PrintWriter(System.out, true);
        if (asksForVersion(args)) {
            // Returns instead of calling System.exit, which (since JDK 21) first looks up a System.Logger to
            // log the exit at debug level, opening every jar on the class path: some 17 ms of CPU.
            out.println(versionLine());
            return;
        }
        System.exit(execute(args, out, new PrintWriter(System.err, true)));
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
        if (asksForVersion(args)) {
            out.println(versionLine());
            out.flush();
            return OK;
        }
        CommandLine commandLine = new CommandLine(new MmioSim());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> USAGE);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getErr().println("mmio-sim: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USAGE;
        });
        // A bug of ours (an exception no command expects) is one line, not a stack trace, unless asked for.
        commandLine.setExecutionExceptionHandler((ex, cl, parsed) -> {
            String detail = ex.getMessage() == null ? "no details" : Terminal.printable(ex.getMessage());
            err.println("mmio-sim: internal error: " + detail + " (a bug in mmio-sim; run again with"
                    + " MMIO_SIM_STACK_TRACE=1 to see where it happened)");
            if (System.getenv("MMIO_SIM_STACK_TRACE") != null) {
                ex.printStackTrace(err);
            }
            err.flush();
            return FAILED;
        });
        // Without arguments, picocli reports the missing command through the handler above (once).
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(OutOfMemory.line());
            err.flush();
            return FAILED;
        }
    }

    /**
     * Tells whether the arguments are exactly {@code --version} (or {@code -V}). That question is answered
     * without picocli: building its model of the commands costs several times the CPU of the JVM's own start
     * (see {@code plugins/org.mmioworkbench.core.benchmarks/RESULTS.md}), and {@code --version} should be
     * instant.
     *
     * @param args the arguments
     * @return whether they ask for the version only
     */
    static boolean asksForVersion(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /**
     * Returns what {@code --version} prints: the version from the jar's manifest.
     *
     * @return the line
     */
    static String versionLine() {
        String version = MmioSim.class.getPackage().getImplementationVersion();
        // concat, not +: javac makes + an invokedynamic call, whose bootstrap costs some 8 ms of CPU
        return "mmio-sim ".concat(version == null ? "(development build)" : version);
    }

    /** Reports the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {versionLine()};
        }
    }
}
