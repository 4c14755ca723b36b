package org.mmioworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input through the real {@code bin/mmio-sim}: one file per class of defect the parsers had. Each
 * ends with exactly one line on standard error, {@code FILE:LINE:COL: error: ...}, and exit status 2, never a
 * Java class name or a stack trace; none hangs.
 */
class HostileInputIT {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Runs the command line in the test's folder, so messages name files as given. */
    private CommandLineRun sim(String... args) throws IOException, InterruptedException {
        return CommandLineRun.exec(CommandLineRun.mmioSim(args), dir, Map.of(), "", 60);
    }

    /** A script whose first line names a board file. */
    private String runOn(String boardFile) throws IOException, InterruptedException {
        write("s.mmio", "board \"" + boardFile + "\"\nx = 1\n");
        CommandLineRun run = sim("run", "s.mmio");
        return oneErrorLine(run);
    }

    /** Checks the run failed with status 2 and one positioned error line, and returns that line. */
    private static String oneErrorLine(CommandLineRun run) {
        assertEquals(2, run.status(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), "one line: " + run.err());
        String line = lines.get(0);
        assertTrue(line.matches("[^:]+:\\d+:\\d+: error: .+"), line);
        assertTrue(!line.contains("Exception") && !line.contains("java.") && !line.contains("Error:"), line);
        assertEquals("", run.out());
        return line;
    }

    @Test
    void aDeeplyNestedBoardFileIsAPositionedErrorNotAStackOverflow() throws Exception {
        write("deep.yaml", "board: b\ndevices: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n");
        assertEquals("deep.yaml:2:41: error: lists and mappings are nested more than 32 levels deep", runOn("deep.yaml"));
    }

    @Test
    void anSvdRegisterWidthTheSimulatorCannotHoldIsListedButRefusedForARun() throws Exception {
        write("chip.svd", "<device><name>D</name><peripherals><peripheral><name>P</name><baseAddress>0"
                + "</baseAddress><registers><register><name>R</name><addressOffset>0</addressOffset><size>12</size>"
                + "</register></registers></peripheral></peripherals></device>\n");
        CommandLineRun svd = sim("svd", "chip.svd");
        assertEquals(0, svd.status(), svd.err());
        write("b.yaml", "board: b\ndevices:\n  - {name: P, base: 0x10000, size: 0x1000, svd: chip.svd}\n");
        assertEquals("b.yaml:3:49: error: device 'P' cannot hold its registers (SVD peripheral P): register R is 12"
                + " bits wide; the simulator supports registers of 8, 16, 24, 32, 40, 48, 56 or 64 bits", runOn("b.yaml"));
    }

    @Test
    void aNulCharacterInABoardFilesSvdPathIsAPositionedError() throws Exception {
        write("nul.yaml", "board: b\ndevices:\n  - {name: P, base: 0x10000, size: 0x1000, svd: \"a\\0b.svd\"}\n");
        assertEquals("nul.yaml:3:49: error: 'a\\x00b.svd' is not a valid path for an SVD file: Nul character not"
                + " allowed", runOn("nul.yaml"));
    }

    @Test
    void aNamedPipeGivenAsAnSvdFileIsRefusedAtOnce() throws Exception {
        assumeTrue(new ProcessBuilder("mkfifo", dir.resolve("pipe.svd").toString()).start().waitFor() == 0);
        assertEquals("pipe.svd:0:0: error: is not a regular file (a named pipe, device or socket), not an SVD file",
                oneErrorLine(sim("svd", "pipe.svd")));
        write("b.yaml", "board: b\ndevices:\n  - {name: P, base: 0x10000, size: 0x1000, svd: pipe.svd}\n");
        assertTrue(runOn("b.yaml").startsWith("b.yaml:3:49: error: cannot use SVD file 'pipe.svd': "));
    }

    @Test
    void svdNamesThatWouldForgeListingLinesAreRefused() throws Exception {
        write("forge.svd", "<device><name>D</name><peripherals><peripheral><name>P</name><baseAddress>0"
                + "</baseAddress><registers><register><name>R&#10;0x00000000 P.FORGED reset=0x00000000</name>"
                + "<addressOffset>0</addressOffset></register></registers></peripheral></peripherals></device>\n");
        assertEquals("forge.svd:1:111: error: invalid <name> 'R\\n0x00000000 P.FORGED reset=0x00000000': a name is"
                + " letters, digits and '_', not starting with a digit, with at most one %s, or [%s] at its end",
                oneErrorLine(sim("svd", "forge.svd")));
    }

    @Test
    void numbersThatWouldWrapPastTwoToTheSixtyFourAreRefused() throws Exception {
        write("k.yaml", "board: b\nram:\n  - base: 0\n    size: 18446744073709551615K\n");
        assertEquals("k.yaml:4:11: error: size 18446744073709551615K is larger than 2^64-1", runOn("k.yaml"));
        write("top.svd", "<device><name>D</name><peripherals><peripheral><name>P</name><baseAddress>"
                + "0xFFFFFFFFFFFFFFF0</baseAddress><registers><register><name>R</name><addressOffset>0x20"
                + "</addressOffset></register></registers></peripheral></peripherals></device>\n");
        assertEquals("top.svd:1:36: error: register 'P.R' at 0xFFFFFFFFFFFFFFF0 + 0x20 lies past the end of the"
                + " 64-bit address space", oneErrorLine(sim("svd", "top.svd")));
    }

    @Test
    void registersOutsideTheirWindowAndModelsInTooSmallAWindowAreRefused() throws Exception {
        write("far.svd", "<device><name>D</name><peripherals><peripheral><name>P</name><baseAddress>0"
                + "</baseAddress><registers><register><name>R</name><addressOffset>0x2000</addressOffset>"
                + "</register></registers></peripheral></peripherals></device>\n");
        write("far.yaml", "board: b\ndevices:\n  - {name: P, base: 0x10000, size: 0x1000, svd: far.svd}\n");
        assertEquals("far.yaml:3:36: error: device 'P' cannot hold its registers (SVD peripheral P): register R at"
                + " offset 0x2000 (4 bytes) does not fit in a window of 0x1000 bytes", runOn("far.yaml"));
        write("small.yaml", "board: b\npage-size: 0x400\ndevices:\n  - {name: U, base: 0x10000, size: 0x400, model:"
                + " pl011}\n");
        assertEquals("small.yaml:4:36: error: device 'U' cannot hold its registers (model pl011): register"
                + " UARTPeriphID0 at offset 0xFE0 (4 bytes) does not fit in a window of 0x400 bytes",
                runOn("small.yaml"));
    }

    @Test
    void invalidUtf8InAScriptIsAPositionedErrorAndAByteOrderMarkIsFine() throws Exception {
        Files.write(dir.resolve("latin1.mmio"), "x = 1\nprintf(\"caf\u00E9\\n\")\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("latin1.mmio:2:12: error: invalid UTF-8 byte 0xE9: a script is UTF-8 text",
                oneErrorLine(sim("run", "latin1.mmio")));
        Files.write(dir.resolve("bom.mmio"), "\uFEFFprintf(\"ok\\n\")\n".getBytes(StandardCharsets.UTF_8));
        CommandLineRun bom = sim("run", "bom.mmio");
        assertEquals(0, bom.status(), bom.err());
        assertEquals("ok\n", bom.out());
    }

    @Test
    void aPrintfWidthAboveTheLimitIsRefusedNotCut() throws Exception {
        write("wide.mmio", "printf(\"%9999d|\\n\", 1)\n");
        assertEquals("wide.mmio:1:8: error: printf width 9999 is larger than 4096", oneErrorLine(sim("run", "wide.mmio")));
    }

    @Test
    void aLongDerivedFromChainIsAPositionedErrorNotAStackOverflow() throws Exception {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            fields.append("<field derivedFrom=\"F").append(i + 1).append("\"><name>F").append(i).append("</name></field>\n");
        }
        write("chain.svd", "<device><name>D</name><peripherals><peripheral><name>P</name><baseAddress>0"
                + "</baseAddress><registers><register><name>R</name><addressOffset>0</addressOffset><fields>\n"
                + fields + "<field><name>F50000</name><bitOffset>0</bitOffset></field></fields></register>"
                + "</registers></peripheral></peripherals></device>\n");
        assertEquals("chain.svd:66:1: error: field 'F64' derivedFrom 'F65': the chain of derivedFrom is longer than 64"
                + " steps", oneErrorLine(sim("svd", "chain.svd")));
    }
}
