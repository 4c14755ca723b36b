package org.mmioworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/mmio-sim svd} and the command line's general behaviour, through the real launcher. */
class SvdCommandIT {

    @Test
    void svdListsEveryRegisterSortedByAddressThenASummary() throws Exception {
        CommandLineRun run = CommandLineRun.run("svd", CommandLineRun.vendorSvd().resolve("STM32F407.svd").toString());
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.outLines();
        assertTrue(lines.contains("0x40020000 GPIOA.MODER reset=0xA8000000 access=read-write fields=16"));
        assertEquals("76 peripherals, 1414 registers, 11920 fields", lines.get(lines.size() - 1));
        assertEquals(1414 + 1, lines.size());
        List<Long> addresses = lines.subList(0, lines.size() - 1).stream()
                .map(l -> Long.parseLong(l.substring(2, l.indexOf(' ')), 16)).toList();
        assertEquals(addresses.stream().sorted().toList(), addresses);
    }

    @Test
    void arrayElementsAreNamedAsTheFileAsks() throws Exception {
        CommandLineRun run = CommandLineRun.run("svd", CommandLineRun.vendorSvd().resolve("nrf52840.svd").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.outLines().stream().anyMatch(l -> l.contains(" GPIOTE.CONFIG[3] ")), "GPIOTE.CONFIG[3]");
    }

    @Test
    void aBrokenSvdFileIsAUsageErrorWithItsPosition(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.svd"), "<device>\n  <name>X</name>\n  <peripherals>\n");
        CommandLineRun run = CommandLineRun.run("svd", broken.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith(broken + ":"), run.err());
        assertTrue(run.err().contains(": error: "), run.err());
        assertEquals("", run.out());
        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void whatOtherSvdToolsAcceptIsListedWithAWarningLineForEachPlace(@TempDir Path dir) throws Exception {
        Path gd32 = Files.writeString(dir.resolve("gd32.svd"), """
                <device><name>GD</name><peripherals>
                  <peripheral><name>FMC</name><baseAddress>0x40022000</baseAddress><registers>
                    <register><name>KEY</name><addressOffset>4</addressOffset><access>write</access></register>
                  </registers></peripheral>
                </peripherals></device>
                """);
        CommandLineRun run = CommandLineRun.run("svd", gd32.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(gd32 + ":3:63: warning: <access> 'write' is not an SVD access value; read as 'write-only'\n",
                run.err());
        assertTrue(run.outLines().get(0).contains("FMC.KEY") && run.outLines().get(0).contains("access=write-only"),
                run.out());
    }

    @Test
    void noArgumentsSaysOnceThatACommandIsMissingAndPrintsTheUsageOnce() throws Exception {
        CommandLineRun run = CommandLineRun.run();
        assertEquals(2, run.status());
        assertEquals("", run.out());
        List<String> err = run.err().lines().toList();
        assertEquals("mmio-sim: Missing required subcommand", err.get(0), run.err());
        assertEquals(1, err.stream().filter(l -> l.startsWith("mmio-sim:")).count(), run.err());
        assertEquals(1, err.stream().filter(l -> l.startsWith("Usage: mmio-sim")).count(), run.err());
        assertEquals(1, err.stream().filter(l -> l.startsWith("Commands:")).count(), run.err());
    }

    @Test
    void versionPrintsOneLineAndExitsWithZero() throws Exception {
        for (String option : List.of("--version", "-V")) {
            CommandLineRun run = CommandLineRun.run(option);
            assertEquals(0, run.status(), run.err());
            assertEquals("", run.err());
            assertTrue(run.out().matches("mmio-sim \\S.*\n"), option + ": " + run.out());
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() throws Exception {
        CommandLineRun run = CommandLineRun.run("svd", "--frobnicate", "x.svd");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("Unknown option: '--frobnicate'"), run.err());
    }

    @Test
    void helpListsTheCommands() throws Exception {
        CommandLineRun run = CommandLineRun.run("--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("svd"), run.out());
    }
}
