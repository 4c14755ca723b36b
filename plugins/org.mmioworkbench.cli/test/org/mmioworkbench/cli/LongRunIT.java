package org.mmioworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long runs of the real {@code bin/mmio-sim} in a 256 MB heap: ten million register accesses with the whole
 * trace streamed to a file, ten million statements in the debugger and then going back a thousand times and
 * further, and what the command line says when the heap does run out.
 */
class LongRunIT {
    private static final Map<String, String> HEAP_256M = Map.of("MMIO_SIM_JAVA_OPTS", "-Xmx256m");
    private static final Pattern OUT_OF_MEMORY = Pattern.compile("mmio-sim: out of memory after (\\d+) (trace events"
            + "|statements \\(\\d+ trace events\\)) \\(heap limit (\\d+) MB\\); raise it with MMIO_SIM_JAVA_OPTS=-Xmx(\\d+)m\n");

    /** Maps the GPIO of qemu-virt at {@code base}; line 7 is the last line. */
    private static final String[] MAP_GPIO = {
        "#define GPIO_BASE 0x09030000",
        "IoMemHandles gpio;",
        "KnIoMemHandlesClear(&gpio);",
        "uint64_t base;",
        "Retcode rc = KnRegisterPhyMem(GPIO_BASE, 0x1000, 0, &gpio.rid);",
        "rc = KnIoMapMem(gpio.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &gpio.handle);",
        "uint64_t n = 0;",
    };

    /** Ten million reads of GPIODATA in one loop (line 9). */
    private static Path tenMillionReads(Path dir) throws IOException {
        return Sim.script(dir, "poll.mmio", Sim.lines(MAP_GPIO,
                "while (n < 10000000) {",
                "    n = n + 1 + (IoReadMmReg32(base + 0x3FC) & 0);",
                "}",
                "printf(\"done %d\\n\", n);"));
    }

    /** Ten million statements, five million reads: ten rounds of a loop of 500,000 (lines 8 to 12). */
    private static Path tenMillionStatements(Path dir) throws IOException {
        return Sim.script(dir, "nested.mmio", Sim.lines(MAP_GPIO,
                "for (uint64_t round = 0; round < 10; round++) {",
                "    for (uint64_t i = 0; i < 500000; i++) {",
                "        n += 1 + (IoReadMmReg32(base + 0x3FC) & 0);",
                "    }",
                "}",
                "printf(\"reads %d\\n\", n);"));
    }

    private static void noStackTrace(CommandLineRun run) {
        assertTrue(!run.err().contains("\tat ") && !run.err().contains("Exception") && !run.out().contains("\tat "),
                "no stack trace: " + run.err());
    }

    @Test
    void tenMillionAccessesWithTheTraceStreamedToAFileRunInA256MbHeap(@TempDir Path dir) throws Exception {
        Path script = tenMillionReads(dir);
        Path trace = dir.resolve("poll.jsonl");
        CommandLineRun run = Sim.run(HEAP_256M, "", "run", "--max-loop", "20000000", "--trace", trace.toString(),
                script.toString());
        noStackTrace(run);
        assertEquals(0, run.status(), run.err());
        assertEquals("done 10000000\n", run.out());
        assertEquals("", run.err());

        // every event is in the file, numbered without a gap: the boot claim, the 6 set-up calls and process
        // start, and ten million reads
        long lines = 0;
        String last = "";
        byte[] line = new byte[4096];
        int length = 0;
        byte[] block = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(trace)) {
            for (int n = in.read(block); n > 0; n = in.read(block)) {
                for (int i = 0; i < n; i++) {
                    byte b = block[i];
                    if (b != '\n') {
                        if (length < line.length) {
                            line[length++] = b;
                        }
                        continue;
                    }
                    String start = "{\"seq\":" + lines + ",";
                    if (length < start.length() || !new String(line, 0, start.length(), StandardCharsets.UTF_8)
                            .equals(start)) {
                        throw new AssertionError("line " + (lines + 1) + ": " + new String(line, 0, length,
                                StandardCharsets.UTF_8));
                    }
                    lines++;
                    if (lines == 10_000_005) {
                        last = new String(line, 0, length, StandardCharsets.UTF_8);
                    }
                    length = 0;
                }
            }
        }
        assertEquals(10_000_005, lines);
        assertTrue(last.contains("\"line\":9,\"operation\":\"IoReadMmReg32\""), last);
    }

    @Test
    void tenMillionStatementsInTheDebuggerThenAThousandStepsBackAndFurtherInA256MbHeap(@TempDir Path dir)
            throws Exception {
        Path script = tenMillionStatements(dir);
        StringBuilder commands = new StringBuilder("break 7\ncontinue\ncontinue\ninfo program\n");
        for (int i = 0; i < 1000; i++) {
            commands.append("reverse-step\n");
        }
        commands.append("info program\nprint n\nprint round\nprint i\n");
        commands.append("reverse-step 3000000\nprint n\nprint round\nprint i\n");
        commands.append("reverse-continue\ninfo program\n");
        commands.append("reverse-step 100000000\ninfo program\n");
        CommandLineRun run = Sim.run(HEAP_256M, commands.toString(), "debug", script.toString());
        noStackTrace(run);
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        String out = run.out();
        assertTrue(out.contains("reads 5000000\n[script finished normally]\n"), out);
        assertTrue(out.contains("\n10000027 statements run; simulated time 500002000 ns; 5000005 trace events.\n"), out);
        // from the printf that ended it, a thousand steps back stand before line 10 in the last round
        assertTrue(out.contains("\n9999028 statements run; simulated time 499952100 ns; 4999506 trace events.\n"), out);
        assertTrue(out.contains("$1 = 4999501 (0x4c494d)\n(mmio) $2 = 9 (0x9)\n(mmio) $3 = 499501 (0x79f2d)\n"), out);
        assertTrue(out.contains("$4 = 3499504 (0x3565f0)\n(mmio) $5 = 6 (0x6)\n(mmio) $6 = 499504 (0x79f30)\n"), out);
        // reverse-continue re-executes seven million statements to find the breakpoint at the start
        assertTrue(out.contains("Breakpoint 1, " + script + ":7\n"), out);
        assertTrue(out.contains("\n5 statements run; simulated time 2000 ns; 5 trace events.\n"), out);
        assertTrue(out.contains("No more reverse-execution history: went back 5 of 100000000 statements, to the start"
                + " of the script.\n"), out);
        assertTrue(out.contains("\n0 statements run; simulated time 0 ns; 1 trace events.\n"), out);
    }

    @Test
    void aCDriverSteppedBackAThousandTimesAfterTenMillionIterationsFitsIn200MbAndIsExactEachTime(@TempDir Path dir)
            throws Exception {
        // each iteration is four statements (the condition, two in the body, the increment): 40 million in all
        Path c = dir.resolve("long.c");
        Files.writeString(c, """
                #include <stdio.h>
                static volatile int sink;
                int main(void) {
                    int n = 0;
                    for (int i = 0; i < 10000000; i++) {
                        sink = i;
                        n++;
                    }
                    printf("%d\\n", n);
                    return 0;
                }
                """);
        String input = "break 9\ncontinue\n" + "reverse-step\n".repeat(1000) + "info locals\n";
        CommandLineRun run = Sim.run(Map.of("MMIO_SIM_JAVA_OPTS", "-Xmx200m"), input, "debug", c.toString());
        assertEquals(0, run.status(), run.err());
        // 1,000 statements back from line 9 is 250 iterations back, at the start of the body
        assertTrue(run.out().endsWith("(mmio) n = 9999750\ni = 9999750\n(mmio) quit\n"), run.out());
    }

    @Test
    void runningOutOfMemoryInARunPrintsOneLineWithTheEventsReachedAndHowToRaiseTheHeap(@TempDir Path dir)
            throws Exception {
        Path script = tenMillionReads(dir);
        CommandLineRun run = Sim.run(Map.of("MMIO_SIM_JAVA_OPTS", "-Xmx64m"), "", "run", "--max-loop", "20000000",
                "--trace-window", "all", script.toString());
        assertEquals(1, run.status(), run.err());
        Matcher m = OUT_OF_MEMORY.matcher(run.err());
        assertTrue(m.matches(), "one line: " + run.err());
        assertTrue(Long.parseLong(m.group(1)) > 100_000, run.err());
        assertTrue(m.group(2).equals("trace events"), run.err());
        assertTrue(Long.parseLong(m.group(4)) > Long.parseLong(m.group(3)), run.err());
    }

    @Test
    void runningOutOfMemoryInTheDebuggerPrintsOneLineWithTheStatementsReached(@TempDir Path dir) throws Exception {
        Path script = tenMillionStatements(dir);
        CommandLineRun run = Sim.run(Map.of("MMIO_SIM_JAVA_OPTS", "-Xmx64m"), "continue\ninfo program\n", "debug",
                "--trace-window", "all", script.toString());
        assertEquals(1, run.status(), run.err());
        Matcher m = OUT_OF_MEMORY.matcher(run.err());
        assertTrue(m.matches(), "one line: " + run.err());
        assertTrue(m.group(2).startsWith("statements ("), run.err());
        assertTrue(!run.out().contains("Exception") && !run.out().contains("\tat "), run.out());
    }

    @Test
    void aStatementMakingMoreDiagnosticsThanAreKeptSaysHowManyAreLeftOut(@TempDir Path dir) throws Exception {
        // 2,000 characters arrive while nobody reads the UART: all but the 16 the FIFO holds are lost, a
        // diagnostic each, during the one Delay statement
        Path script = Sim.script(dir, "overrun.mmio", "UartInput(\"UART0\", \"" + "x".repeat(2000) + "\")",
                "Delay(1000000000)");
        CommandLineRun run = CommandLineRun.run("run", script.toString());
        assertEquals(0, run.status(), run.err());
        String[] lines = run.err().split("\n");
        assertEquals(1 + 1024, lines.length, run.err());
        assertEquals("diagnostic: " + script + ":2: 960 more diagnostics are left out: the simulator keeps the last"
                + " 1024 (--trace-window all keeps every one)", lines[0]);
        assertTrue(lines[1024].startsWith("diagnostic: " + script + ":2: ["), lines[1024]);
        assertTrue(lines[1024].contains("receive FIFO overrun"), lines[1024]);

        CommandLineRun all = CommandLineRun.run("run", "--trace-window", "all", script.toString());
        assertEquals(1984, all.err().split("\n").length, "every diagnostic is kept with the whole trace");
    }

    @Test
    void aTraceWindowBelowOneEventIsAUsageError(@TempDir Path dir) throws Exception {
        Path script = tenMillionReads(dir);
        CommandLineRun run = CommandLineRun.run("run", "--trace-window", "0", script.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("mmio-sim: Invalid value for option '--trace-window': give a number of events"
                + " from 1 to 2147483647, or 'all', not '0'\n"), run.err());
    }
}
