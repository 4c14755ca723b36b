package org.mmioworkbench.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/**
 * {@code mmio-sim include-dir}: prints the folder of the bundled C headers (the KasperskyOS SDK headers the
 * simulator implements, its own {@code mmio_sim/sim.h}, and the standard headers a driver uses), so that
 * {@code gcc -std=c11 -fsyntax-only -I "$(mmio-sim include-dir)" driver.c} checks a driver against them.
 */
@Command(name = "include-dir", mixinStandardHelpOptions = true,
        description = {"Prints the folder of the bundled C headers, for gcc -I \"$(mmio-sim include-dir)\"."})
final class IncludeDirCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        Terminal term = Terminal.standard();
        try {
            term.print(CDrivers.includeDir().toAbsolutePath().normalize() + System.lineSeparator());
            return MmioSim.OK;
        } catch (CliException e) {
            term.error(e.getMessage());
            return e.status();
        } finally {
            term.flush();
        }
    }
}
