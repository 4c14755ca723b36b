package org.mmioworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/mmio-sim run}: exit statuses, standard output and error, and the trace file, through the real launcher. */
class RunCommandIT {

    private static final String NO_STACK = "Exception";

    private static void noStackTrace(CommandLineRun run) {
        assertFalse(run.err().contains(NO_STACK) || run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void aScriptThatEndsNormallyExitsWithZeroAndPrintsUartOutputAndPrintfInOrder(@TempDir Path dir)
            throws Exception {
        Path script = Sim.script(dir, "order.mmio", Sim.lines(Sim.MAP_UART,
                "IoWriteMmReg32(base + UARTDR, 'A')",
                "IoWriteMmReg32(base + UARTDR, '\\n')",
                "while (IoReadMmReg32(base + UARTFR) & BUSY) { }",
                "printf(\"after A: %d\\n\", 42)",
                "IoWriteMmReg32(base + UARTDR, 'B')",
                "IoWriteMmReg32(base + UARTDR, '\\n')",
                "while (IoReadMmReg32(base + UARTFR) & BUSY) { }",
                "printf(\"end\\n\")"));
        CommandLineRun run = CommandLineRun.run("run", script.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("A\nafter A: 42\nB\nend\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void uartCharactersStillInTheFifoAtTheEndAreSentBeforeTheRunnerExits(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "fifo.mmio", Sim.lines(Sim.MAP_UART,
                "for (c = 'a'; c <= 'e'; c++) IoWriteMmReg32(base + UARTDR, c)",
                "printf(\"queued\\n\")"));
        CommandLineRun run = CommandLineRun.run("run", script.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("queued\nabcde", run.out());
    }

    @Test
    void outputAppearsAsItHappensNotAtTheEnd(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "live.mmio", Sim.lines(Sim.MAP_UART,
                "IoWriteMmReg32(base + UARTDR, 'U')",
                "IoWriteMmReg32(base + UARTDR, '\\n')",
                "while (IoReadMmReg32(base + UARTFR) & BUSY) { }",
                "printf(\"printed\\n\")",
                "n = 0",
                "while (1) { n++ }"));
        Process p = new ProcessBuilder(CommandLineRun.mmioSim("run", "--max-loop", "4000000000", script.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("U", out.readLine());
            assertEquals("printed", out.readLine());
            assertTrue(p.isAlive(), "the script is still running when its output arrives");
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFailedAssertionExitsWithOne(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "assert.mmio", "x = 2", "printf(\"x=%d\\n\", x)", "assert(x == 3, \"x is three\")",
                "printf(\"not reached\\n\")");
        CommandLineRun run = CommandLineRun.run("run", script.toString());
        assertEquals(1, run.status());
        assertEquals("x=2\n", run.out());
        assertEquals(script + ":3:1: assertion failed: x is three\n", run.err());
    }

    @Test
    void aFaultExitsWithOneNamingLineProcessAddressesAndCause(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "fault.mmio", Sim.lines(new String[] {"process uart_driver"},
                Sim.lines(Sim.MAP_UART, "rc = KnHandleClose(hs.handle)", "v = IoReadMmReg32(base + UARTFR)")));
        CommandLineRun run = CommandLineRun.run("run", script.toString());
        assertEquals(1, run.status(), run.err());
        List<String> err = run.err().lines().toList();
        String last = err.get(err.size() - 1);
        assertTrue(last.startsWith(script + ":12:5: error: MMIO fault in process 'uart_driver': 32-bit read at virtual"
                + " address 0x0000004000000018 (physical 0x09000018): the mapping was freed"), last);
        assertTrue(err.stream().anyMatch(l -> l.startsWith("diagnostic: " + script + ":12: ") && l.contains("FAULT")),
                run.err());
        noStackTrace(run);
    }

    @Test
    void aLoopThatHitsItsBoundExitsWithOne(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "poll.mmio", Sim.lines(Sim.MAP_UART,
                "while (IoReadMmReg32(base + UARTFR) & (1 << 4)) { }"));
        CommandLineRun run = CommandLineRun.run("run", "--max-loop", "1000", script.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith(script + ":10:1: error: the loop at line 10 ran more than 1000 iterations"),
                run.err());
    }

    @Test
    void aLoopToTheDefaultBoundFitsInASmallHeap(@TempDir Path dir) throws Exception {
        // One million iterations with a register read each: the simulator keeps the trace window in memory and
        // the trace file gets every event, streamed to disk.
        Path script = Sim.script(dir, "forever.mmio", Sim.lines(Sim.MAP_UART,
                "while (IoReadMmReg32(base + UARTFR) & (1 << 4)) { }"));
        Path trace = dir.resolve("forever.jsonl");
        CommandLineRun run = Sim.run(Map.of("MMIO_SIM_JAVA_OPTS", "-Xmx128m"), "", "run", "--trace", trace.toString(),
                script.toString());
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("ran more than 1000000 iterations"), run.err());
        noStackTrace(run);
        try (var lines = Files.lines(trace)) {
            assertTrue(lines.count() > 1_000_000);
        }
    }

    @Test
    void aSyntaxErrorExitsWithTwoAtItsPosition(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "bad.mmio", "x = 1", "if (x == 1 {", "}");
        CommandLineRun run = CommandLineRun.run("run", script.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().matches("(?s)\\Q" + script + "\\E:2:\\d+: error: .+\n"), run.err());
        assertEquals("", run.out());
        noStackTrace(run);
    }

    @Test
    void anErrorFoundWhileRunningIsAScriptErrorAndExitsWithTwo(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "undefined.mmio", "printf(\"start\\n\")", "y = x + 1");
        CommandLineRun run = CommandLineRun.run("run", script.toString());
        assertEquals(2, run.status());
        assertEquals("start\n", run.out());
        assertEquals(script + ":2:5: error: undefined variable 'x'\n", run.err());
    }

    @Test
    void anUnknownBoardOptionIsAUsageError(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "plain.mmio", "x = 1");
        CommandLineRun run = CommandLineRun.run("run", "--board", "pdp11", script.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("unknown board 'pdp11'"), run.err());
        assertTrue(run.err().contains("qemu-virt, rpi4b"), run.err());
        noStackTrace(run);
    }

    @Test
    void anUnknownBoardInTheScriptIsAnErrorAtItsPosition(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "board.mmio", "// comment", "board  pdp11", "x = 1");
        CommandLineRun run = CommandLineRun.run("run", script.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith(script + ":2:8: error: unknown board 'pdp11'"), run.err());
    }

    @Test
    void aMissingBoardFileIsAnErrorAtTheDirective(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "board.mmio", "board \"boards/none.yaml\"", "x = 1");
        CommandLineRun run = CommandLineRun.run("run", script.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith(script + ":1:7: error: board file 'boards/none.yaml' not found"), run.err());
    }

    @Test
    void aBoardFileWithAnErrorIsReportedAtItsPosition(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("boards"));
        Path board = Files.writeString(dir.resolve("boards/broken.yaml"), "name: broken\ndevices: [\n  {name: X\n");
        Path script = Sim.script(dir, "board.mmio", "board \"boards/broken.yaml\"", "x = 1");
        CommandLineRun run = CommandLineRun.run("run", script.toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().matches("(?s).*broken\\.yaml:\\d+:\\d+: error: .+"), run.err());
        noStackTrace(run);
        CommandLineRun option = CommandLineRun.run("run", "--board", board.toString(), Sim.script(dir, "plain.mmio", "x = 1")
                .toString());
        assertEquals(2, option.status(), option.err());
        assertTrue(option.err().matches("(?s).*broken\\.yaml:\\d+:\\d+: error: .+"), option.err());
    }

    /** Tells whether the command line has a board file reader (the core's, or the board file bundle's). */

    @Test
    void aBoardFileNamedByTheScriptIsFoundBesideItAndOneNamedByTheOptionToo(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("boards"));
        Files.writeString(dir.resolve("boards/mine.yaml"), String.join("\n",
                "board: my-board",
                "devices:",
                "  - name: SCRATCH",
                "    base: 0x0A000000",
                "    size: 0x1000",
                ""));
        String[] body = {"rc = KnRegisterPhyMem(0x0A000000, 0x1000, 0, &rid)",
            "rc = KnIoMapMem(rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &b, &m)",
            "IoWriteMmReg32(b + 4, 0x1234)", "printf(\"%x\\n\", IoReadMmReg32(b + 4))"};
        Path named = Sim.script(dir, "named.mmio", Sim.lines(new String[] {"board \"boards/mine.yaml\""}, body));
        CommandLineRun run = CommandLineRun.run("run", named.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("1234\n", run.out());
        Path plain = Sim.script(dir, "plain.mmio", body);
        CommandLineRun option = CommandLineRun.run("run", "--board", dir.resolve("boards/mine.yaml").toString(),
                plain.toString());
        assertEquals(0, option.status(), option.err());
        assertEquals("1234\n", option.out());
    }

    @Test
    void theBoardOptionAppliesToAScriptThatNamesNone(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "rpi.mmio", "IoMemHandles hs", "KnIoMemHandlesClear(&hs)",
                "rc = KnRegisterPhyMem(0xFE200000, 0x1000, 0, &hs.rid)",
                "rc = KnIoMapMem(hs.rid, VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE, &base, &hs.handle)",
                "printf(\"GPFSEL0=%x\\n\", IoReadMmReg32(base))");
        CommandLineRun rpi = CommandLineRun.run("run", "--board", "rpi4b", script.toString());
        assertEquals(0, rpi.status(), rpi.err());
        assertEquals("GPFSEL0=0\n", rpi.out());
        CommandLineRun qemu = CommandLineRun.run("run", script.toString());
        assertEquals(1, qemu.status(), "qemu-virt has no device at 0xFE200000: " + qemu.err());
        assertTrue(qemu.err().contains("bus error"), qemu.err());
    }

    @Test
    void theScriptsBoardWinsOverTheOptionWithAWarning(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "named.mmio", "board rpi4b", "IoMemHandles hs", "KnIoMemHandlesClear(&hs)",
                "rc = KnRegisterPhyMem(0xFE200000, 0x1000, 0, &hs.rid)", "assert(rc == rcOk)",
                "rc = KnIoMapMem(hs.rid, VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE, &base, &hs.handle)",
                "v = IoReadMmReg32(base)");
        CommandLineRun run = CommandLineRun.run("run", "--board", "qemu-virt", script.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("warning: " + script + " names its board (rpi4b), so --board qemu-virt is not used"),
                run.err());
    }

    @Test
    void kernelDiagnosticsGoToStandardErrorAsTheyHappen(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "diag.mmio", Sim.lines(Sim.MAP_UART,
                "v = IoReadMmReg32(base + UARTDR)",
                "printf(\"read %d\\n\", v)",
                "IoMemHandles other",
                "rc = KnRegisterPhyMem(UART0, 0x1000, 0, &other.rid)",
                "printf(\"rc=%d\\n\", rc)"));
        CommandLineRun run = CommandLineRun.run("run", script.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("read 0\nrc=-3\n", run.out());
        List<String> err = run.err().lines().toList();
        assertEquals(2, err.size(), run.err());
        assertTrue(err.get(0).startsWith("diagnostic: " + script + ":10: ") && err.get(0).contains("DEVICE_MISUSE")
                && err.get(0).contains("UART0.UARTDR"), err.get(0));
        assertTrue(err.get(1).startsWith("diagnostic: " + script + ":13: ") && err.get(1).contains("KERNEL_OWNS_REGION"),
                err.get(1));
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path dir) throws Exception {
        CommandLineRun noScript = CommandLineRun.run("run");
        assertEquals(2, noScript.status());
        assertTrue(noScript.err().contains("Missing required parameter: 'SCRIPT'"), noScript.err());
        CommandLineRun missing = CommandLineRun.run("run", dir.resolve("none.mmio").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no such script file"), missing.err());
        Path script = Sim.script(dir, "plain.mmio", "x = 1");
        CommandLineRun zero = CommandLineRun.run("run", "--max-loop", "0", script.toString());
        assertEquals(2, zero.status());
        assertTrue(zero.err().contains("--max-loop must be at least 1"), zero.err());
        CommandLineRun notNumber = CommandLineRun.run("run", "--max-loop", "many", script.toString());
        assertEquals(2, notNumber.status());
        CommandLineRun badTrace = CommandLineRun.run("run", "--trace", dir.resolve("no/such/dir/t.jsonl").toString(),
                script.toString());
        assertEquals(2, badTrace.status());
        assertTrue(badTrace.err().contains("cannot write the trace file"), badTrace.err());
        CommandLineRun help = CommandLineRun.run("run", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("--max-loop=N"), help.out());
    }

    @Test
    void aTraceFileThatIsAnInputIsRefusedAndTheInputKeptIntact(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("boards"));
        Files.writeString(dir.resolve("boards/chip.svd"), """
                <?xml version="1.0" encoding="utf-8"?>
                <device schemaVersion="1.3">
                  <name>CHIP</name><addressUnitBits>8</addressUnitBits><width>32</width>
                  <size>32</size><resetValue>0</resetValue><resetMask>0xFFFFFFFF</resetMask>
                  <peripherals><peripheral><name>TIMER</name><baseAddress>0x10000000</baseAddress>
                    <registers><register><name>CTRL</name><addressOffset>0</addressOffset></register></registers>
                  </peripheral></peripherals>
                </device>
                """);
        Path board = Files.writeString(dir.resolve("boards/mine.yaml"), String.join("\n", "board: mine",
                "devices:", "  - name: TIMER", "    base: 0x10000000", "    size: 0x1000", "    svd: chip.svd", ""));
        Path script = Sim.script(dir, "driver.mmio", "board \"boards/mine.yaml\"", "x = 1");
        Files.createLink(dir.resolve("hard-link-to-driver.mmio"), script);
        Files.createSymbolicLink(dir.resolve("link-to-board.yaml"), board);
        for (String input : List.of("driver.mmio", "hard-link-to-driver.mmio", "link-to-board.yaml", "boards/chip.svd",
                "boards/../boards/mine.yaml")) {
            Path trace = dir.resolve(input);
            byte[] before = Files.readAllBytes(trace);
            CommandLineRun run = CommandLineRun.run("run", "--trace", trace.toString(), script.toString());
            assertEquals(2, run.status(), input + ": " + run.err());
            assertTrue(run.err().startsWith("mmio-sim: the trace file " + trace + " is "), run.err());
            assertTrue(run.err().contains("which this run reads; it is not overwritten"), run.err());
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(trace)), input + " is unchanged");
        }
    }

    @Test
    void traceFileErrorsNameTheProblemWithoutJavaClassNames(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "plain.mmio", "x = 1");
        CommandLineRun folder = CommandLineRun.run("run", "--trace", dir.toString(), script.toString());
        assertEquals(2, folder.status());
        assertEquals("mmio-sim: cannot write the trace file " + dir + ": it is a folder\n", folder.err());
        CommandLineRun missing = CommandLineRun.run("run", "--trace", dir.resolve("no/t.jsonl").toString(),
                script.toString());
        assertEquals(2, missing.status());
        assertEquals("mmio-sim: cannot write the trace file " + dir.resolve("no/t.jsonl")
                + ": no such file or folder\n", missing.err());
        CommandLineRun full = CommandLineRun.run("run", "--trace", "/dev/full", script.toString());
        assertEquals(1, full.status(), "a write that fails while running is a run-time failure");
        assertEquals("mmio-sim: cannot write the trace file /dev/full: No space left on device\n", full.err());
    }

    @Test
    void aNulInABoardPathIsAnErrorNotACrash(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "nul.mmio", "board \"boards/a\0b.yaml\"", "x = 1");
        CommandLineRun run = CommandLineRun.run("run", script.toString());
        assertEquals(2, run.status(), run.err());
        assertEquals(script + ":1:7: error: board file 'boards/a\\x00b.yaml' is not a valid path: Nul character not"
                + " allowed\n", run.err());
        noStackTrace(run);
    }

    @Test
    void aScriptOrBoardThatIsNoRegularFileOrTooLargeIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        CommandLineRun folder = CommandLineRun.run("run", dir.toString());
        assertEquals(2, folder.status());
        assertEquals("mmio-sim: " + dir + ": not a regular file (a folder, a pipe or a device); give a script file\n",
                folder.err());
        Path pipe = dir.resolve("pipe.mmio");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        CommandLineRun fifo = CommandLineRun.run("run", pipe.toString());
        assertEquals(2, fifo.status(), "a named pipe is not read, so nothing blocks");
        assertTrue(fifo.err().contains("not a regular file"), fifo.err());
        Path huge = dir.resolve("huge.mmio");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(LoadedScript.MAX_SCRIPT_BYTES + 1); // sparse: no disk used
        }
        CommandLineRun big = CommandLineRun.run("run", huge.toString());
        assertEquals(2, big.status());
        assertEquals("mmio-sim: " + huge + ": the script has 16777217 bytes; scripts of more than 16777216 bytes"
                + " (16 MiB) are refused\n", big.err());
        Files.createDirectories(dir.resolve("boards.yaml"));
        Path script = Sim.script(dir, "b.mmio", "board \"boards.yaml\"", "x = 1");
        CommandLineRun board = CommandLineRun.run("run", script.toString());
        assertEquals(2, board.status());
        assertTrue(board.err().startsWith(script + ":1:7: error: board file 'boards.yaml' is not a regular file ("),
                board.err());
    }

    @Test
    void theTraceFileHasOneJsonObjectPerEventWithLinesRegistersAndChangedFields(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "trace.mmio", Sim.lines(Sim.MAP_UART,
                "IoWriteMmReg32(base + UARTCR, 0x300)",                    // 10: UARTEN 1 -> 0
                "IoWriteMmReg32(base + UARTCR, 0x301)",                    // 11: UARTEN 0 -> 1
                "UartInput(\"UART0\", \"q\\\"\\\\\\t\\x01\\xe9\")",          // 12: quote, backslash, tab, 0x01, e-acute
                "Delay(1000000)",                                          // 13
                "c = IoReadMmReg32(base + UARTDR)",                        // 14
                "rc = KnIoMemHandlesClose(&hs)"));                         // 15
        Path trace = dir.resolve("t.jsonl");
        CommandLineRun run = CommandLineRun.run("run", "--trace", trace.toString(), script.toString());
        assertEquals(0, run.status(), run.err());
        List<String> lines = Files.readAllLines(trace, StandardCharsets.UTF_8);
        List<Map<String, Object>> events = new ArrayList<>();
        for (String line : lines) {
            events.add(JsonReader.object(line));
        }
        long time = 0;
        for (int i = 0; i < events.size(); i++) {
            Map<String, Object> e = events.get(i);
            assertEquals((long) i, e.get("seq"), lines.get(i));
            assertTrue((Long) e.get("time_ns") >= time, "time never goes back: " + lines.get(i));
            time = (Long) e.get("time_ns");
            for (String key : List.of("process", "line", "operation", "arguments", "result", "rc", "fault", "physical",
                    "device", "register", "changed")) {
                assertTrue(e.containsKey(key), key + " in " + lines.get(i));
            }
        }
        Map<String, Object> boot = events.get(0);
        assertEquals("kernel", boot.get("process"));
        assertNull(boot.get("line"), "the kernel's boot claim comes from no script line");

        Map<String, Object> register = find(events, "KnRegisterPhyMem");
        assertEquals(8L, register.get("line"));
        assertEquals("main", register.get("process"));
        assertEquals("rcOk", register.get("rc"));
        assertEquals("0x09000000", register.get("physical"));

        List<Map<String, Object>> cr = events.stream().filter(e -> "UART0.UARTCR".equals(e.get("register"))).toList();
        assertEquals(2, cr.size());
        assertEquals(10L, cr.get(0).get("line"));
        assertEquals("IoWriteMmReg32", cr.get(0).get("operation"));
        assertEquals("0x09000030", cr.get(0).get("physical"));
        assertEquals("UART0", cr.get(0).get("device"));
        assertEquals(List.of(Map.of("field", "UARTEN", "old", 1L, "new", 0L, "name", "null")), fieldsOf(cr.get(0)));
        assertEquals(List.of(Map.of("field", "UARTEN", "old", 0L, "new", 1L, "name", "null")), fieldsOf(cr.get(1)));
        assertEquals(11L, cr.get(1).get("line"));
        assertTrue(cr.get(1).get("arguments").toString().endsWith("data=0x00000301"), cr.get(1).toString());

        Map<String, Object> input = find(events, "input");
        assertEquals(12L, input.get("line"));
        assertEquals("simulator", input.get("process"));
        assertTrue(input.get("arguments").toString().contains("text=\"q\\\"\\\\\\t\\x01\\xe9\""),
                "the quote, backslash, tab and control characters survive the JSON escaping: " + input.get("arguments"));

        Map<String, Object> read = events.stream().filter(e -> "UART0.UARTDR".equals(e.get("register"))).findFirst()
                .orElseThrow();
        assertEquals(14L, read.get("line"));
        assertEquals("0x00000071", read.get("result"));
        assertEquals(15L, find(events, "KnIoMemHandlesClose").get("line"));
    }

    private static Map<String, Object> find(List<Map<String, Object>> events, String operation) {
        return events.stream().filter(e -> operation.equals(e.get("operation"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + operation + " event"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fieldsOf(Map<String, Object> event) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Object o : (List<Object>) event.get("changed")) {
            Map<String, Object> m = new java.util.LinkedHashMap<>((Map<String, Object>) o);
            m.put("name", String.valueOf(m.get("name")));
            fields.add(m);
        }
        return fields;
    }
}
