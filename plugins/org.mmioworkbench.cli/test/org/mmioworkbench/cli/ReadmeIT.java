package org.mmioworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README, word for word: every {@code ```console} block of {@code README.md} is a transcript of commands
 * (lines starting with {@code $ }) and what they print, standard output and standard error together, as a
 * terminal shows them. Each command runs in bash from the repository root and must print exactly its
 * transcript. A {@code mmio-sim debug} session without a pipe is typed from its {@code (mmio) COMMAND}
 * lines, as a user would type them. A line {@code ...} in a transcript stands for any number of lines.
 */
class ReadmeIT {
    private static final String PROMPT = "(mmio) ";
    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.|…");

    /**
     * One command of a transcript.
     *
     * @param line the README line it is on
     * @param command what follows {@code $ }
     * @param transcript the lines printed, as the README shows them
     */
    record Command(int line, String command, List<String> transcript) {
        @Override
        public String toString() {
            return "README.md:" + line + ": " + command;
        }

        /** What a user types: the commands after the debugger's prompts, unless the command pipes its input. */
        String typed() {
            if (command.contains("|")) {
                return "";
            }
            StringBuilder b = new StringBuilder();
            transcript.stream().filter(l -> l.startsWith(PROMPT)).forEach(l -> b.append(l.substring(PROMPT.length()))
                    .append('\n'));
            return b.toString();
        }

        /** The transcript as the program writes it when the typed lines come from a pipe (no echo). */
        List<String> printed() {
            if (typed().isEmpty()) {
                return transcript;
            }
            List<String> lines = new ArrayList<>();
            StringBuilder pending = new StringBuilder();
            for (String l : transcript) {
                if (l.startsWith(PROMPT)) {
                    pending.append(PROMPT); // the typed command and its newline are the user's, not the program's
                } else {
                    lines.add(pending + l);
                    pending.setLength(0);
                }
            }
            if (pending.length() > 0) {
                lines.add(pending.toString());
            }
            return lines;
        }
    }

    static Path readme() {
        return CommandLineRun.repo().resolve("README.md");
    }

    /** Every command of every console block, in README order. */
    static List<Command> commands() throws IOException {
        List<String> lines = Files.readAllLines(readme());
        List<Command> commands = new ArrayList<>();
        boolean inConsole = false;
        String indent = ""; // a block in a list item is indented: its lines lose the fence's indentation
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String trimmed = raw.strip();
            String l = raw.startsWith(indent) ? raw.substring(indent.length()) : raw;
            if (!inConsole && trimmed.equals("```console")) {
                inConsole = true;
                indent = raw.substring(0, raw.indexOf('`'));
            } else if (inConsole && trimmed.equals("```")) {
                inConsole = false;
                indent = "";
            } else if (inConsole && l.startsWith("$ ")) {
                commands.add(new Command(i + 1, l.substring(2), new ArrayList<>()));
            } else if (inConsole) {
                assertFalse(commands.isEmpty(), "README.md:" + (i + 1) + ": output before the block's first command");
                commands.get(commands.size() - 1).transcript().add(l);
            }
        }
        assertFalse(inConsole, "README.md: a console block is not closed");
        return commands;
    }

    @Test
    void theReadmeHasTranscriptsOfEveryCommandItTeaches() throws IOException {
        List<String> all = commands().stream().map(Command::command).toList();
        for (String taught : List.of("bin/mmio-sim run examples/pl011_hello.mmio", "bin/mmio-sim boards",
                "bin/mmio-sim svd examples/svd/STM32F407.svd", "bin/mmio-java examples/HeadlessDriver.java",
                "bin/mmio-sim debug examples/pl011_hello.mmio")) {
            assertTrue(all.stream().anyMatch(c -> c.contains(taught)), "no transcript of " + taught + " in " + all);
        }
        assertTrue(all.stream().anyMatch(c -> c.contains("| bin/mmio-sim debug")), "a scripted debug session");
        assertTrue(all.stream().anyMatch(c -> c.contains("--trace")), "a trace file");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void commandPrintsItsTranscriptWordForWord(Command c) throws Exception {
        CommandLineRun run = CommandLineRun.exec(List.of("bash", "-c", c.command() + " 2>&1"),
                CommandLineRun.repo(), Map.of(), c.typed(), 300);
        assertMatches(c.printed(), run.out().lines().toList(), c.toString());
    }

    /** Compares line by line; an ellipsis line in the expected lines matches any number of actual lines. */
    static void assertMatches(List<String> expected, List<String> actual, String what) {
        if (!matches(expected, 0, actual, 0)) {
            assertEquals(String.join("\n", expected), String.join("\n", actual), what);
            throw new AssertionError(what + ": the lines around '...' differ");
        }
    }

    private static boolean matches(List<String> expected, int e, List<String> actual, int a) {
        if (e == expected.size()) {
            return a == actual.size();
        }
        if (ELLIPSIS.matcher(expected.get(e).strip()).matches()) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (matches(expected, e + 1, actual, skip)) {
                    return true;
                }
            }
            return false;
        }
        return a < actual.size() && expected.get(e).equals(actual.get(a)) && matches(expected, e + 1, actual, a + 1);
    }

    /** The board-file example of the README is a board file the simulator accepts. */
    @Test
    void theReadmesBoardFileExampleIsAccepted(@TempDir Path dir) throws Exception {
        String readme = Files.readString(readme());
        int start = readme.indexOf("```yaml\n");
        assertTrue(start >= 0, "no yaml block in the README");
        String yaml = readme.substring(start + 8, readme.indexOf("```", start + 8));
        Files.writeString(dir.resolve("board.yaml"), yaml);
        Files.createDirectories(dir.resolve("svd"));
        Files.writeString(dir.resolve("svd/mychip.svd"), """
                <?xml version="1.0" encoding="utf-8"?>
                <device schemaVersion="1.3">
                  <name>MYCHIP</name>
                  <addressUnitBits>8</addressUnitBits>
                  <width>32</width>
                  <size>32</size>
                  <resetValue>0</resetValue>
                  <resetMask>0xFFFFFFFF</resetMask>
                  <peripherals>
                    <peripheral>
                      <name>TIMER0</name>
                      <baseAddress>0x10000000</baseAddress>
                      <addressBlock><offset>0</offset><size>0x1000</size><usage>registers</usage></addressBlock>
                      <registers>
                        <register><name>CTRL</name><addressOffset>0x0</addressOffset></register>
                      </registers>
                    </peripheral>
                  </peripherals>
                </device>
                """);
        Files.writeString(dir.resolve("check.mmio"), "board \"board.yaml\"\nprintf(\"ok\\n\")\n");
        CommandLineRun run = CommandLineRun.run("run", dir.resolve("check.mmio").toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("ok\n", run.out());
    }
}
