package org.mmioworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdException;
import org.mmioworkbench.core.svd.SvdListing;
import org.mmioworkbench.core.svd.SvdReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mmio-sim svd FILE}: lists every register of a CMSIS-SVD file, then a summary line. */
@Command(name = "svd", mixinStandardHelpOptions = true,
        description = {"Lists every register of a CMSIS-SVD file after expanding derivedFrom and dim, one line "
                + "each, sorted by address, e.g.:",
                "  0x40020000 GPIOA.MODER reset=0xA8000000 access=read-write fields=16",
                "then a summary line: N peripherals, N registers, N fields."})
final class SvdCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the CMSIS-SVD file")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SvdDevice device;
        try {
            device = SvdReader.read(file);
        } catch (SvdException e) {
            spec.commandLine().getErr().println(e.file() + ":" + e.line() + ":" + e.column() + ": error: " + e.reason());
            return MmioSim.USAGE;
        }
        device.warnings().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().flush();
        SvdListing.lines(device).forEach(out::println);
        out.flush();
        return MmioSim.OK;
    }
}
