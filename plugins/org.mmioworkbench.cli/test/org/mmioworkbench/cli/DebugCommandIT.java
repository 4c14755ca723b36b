package org.mmioworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/mmio-sim debug}, driven through standard input as a user would type: each command's output is
 * what stands between its prompt and the next.
 */
class DebugCommandIT {

    /** A debugging session: the output of each command, in order (index 0: before the first prompt). */
    private record Session(CommandLineRun run, List<String> replies) {
        String reply(int command) {
            return replies.get(command);
        }
    }

    private static Session debug(Path script, String... commands) throws Exception {
        CommandLineRun run = CommandLineRun.runWithInput(String.join("\n", commands) + "\n", "debug", script.toString());
        List<String> replies = Arrays.asList(run.out().split("\\(mmio\\) ", -1));
        return new Session(run, replies);
    }

    private static void contains(String text, String expected) {
        assertTrue(text.contains(expected), "expected «" + expected + "» in:\n" + text);
    }

    @Test
    void stepsShowTheSourceLineAndTheDecodedAccesses(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "steps.mmio", Sim.lines(Sim.MAP_UART,
                "IoWriteMmReg32(base + UARTCR, 0x300)",         // 10
                "x = 5",                                        // 11
                "IoWriteMmReg32(base + UARTCR, 0x301)"));       // 12
        Session s = debug(script, "next 4", "step", "", "s", "quit");
        contains(s.reply(0), "MMIO Workbench debugger: " + script + " on board qemu-virt");
        contains(s.reply(0), "6\tIoMemHandles hs\n");
        assertTrue(s.reply(1).endsWith("10\tIoWriteMmReg32(base + UARTCR, 0x300)\n"), s.reply(1));
        assertEquals("  IoWriteMmReg32 UART0.UARTCR <- 0x300 (UARTEN=0)\n11\tx = 5\n", s.reply(2));
        assertEquals("12\tIoWriteMmReg32(base + UARTCR, 0x301)\n", s.reply(3), "an empty line repeats the step");
        assertEquals("  IoWriteMmReg32 UART0.UARTCR <- 0x301 (UARTEN=1)\n[script finished normally]\n", s.reply(4));
        assertEquals(0, s.run().status());
    }

    @Test
    void reverseSteppingRestoresRegistersVariablesHandlesAndTheConsole(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "reverse.mmio", Sim.lines(Sim.MAP_UART,
                "count = 0",                                            // 10
                "IoWriteMmReg32(base + UARTCR, 0x300)",                 // 11
                "IoWriteMmReg32(base + UARTCR, 0x301)",                 // 12
                "IoWriteMmReg32(base + UARTDR, 'o')",                   // 13
                "IoWriteMmReg32(base + UARTDR, 'k')",                   // 14
                "while (IoReadMmReg32(base + UARTFR) & BUSY) { count++ }", // 15
                "rc = KnIoMemHandlesClose(&hs)",                        // 16
                "printf(\"done %d\\n\", count)"));                      // 17
        Session s = debug(script,
                "break 13",                           // 1
                "run",                                // 2
                "info registers UART0.UARTCR",        // 3
                "info handles",                       // 4
                "continue",                           // 5
                "info console",                       // 6
                "info handles",                       // 7
                "print count",                        // 8
                "reverse-step",                       // 9
                "reverse-continue",                   // 10
                "info console",                       // 11
                "info handles",                       // 12
                "print count",                        // 13
                "reverse-step",                       // 14
                "info registers UART0.UARTCR",        // 15
                "rs",                                 // 16
                "info registers UART0.UARTCR",        // 17
                "continue",                           // 18
                "continue",                           // 19
                "info console",                       // 20
                "print count",                        // 21
                "quit");
        contains(s.reply(2), "Breakpoint 1, " + script + ":13\n");
        contains(s.reply(2), "13\tIoWriteMmReg32(base + UARTDR, 'o')\n");
        contains(s.reply(3), "UART0.UARTCR");
        contains(s.reply(3), "0x00000301 UARTEN=1");
        contains(s.reply(4), "Process main: 2 handles");
        String end = s.reply(5);
        contains(end, "okdone ");
        contains(end, "[script finished normally]");
        String count = end.substring(end.indexOf("done ") + 5, end.indexOf('\n', end.indexOf("done ")));
        assertTrue(Integer.parseInt(count) > 100, "the loop polled while the characters went out: " + count);
        assertEquals("UART0: \"ok\"\n", s.reply(6));
        assertEquals("Process main: no handles\n", s.reply(7));
        assertEquals("$1 = " + count + " (0x" + Integer.toHexString(Integer.parseInt(count)) + ")\n", s.reply(8));
        assertEquals("17\tprintf(\"done %d\\n\", count)\n", s.reply(9));
        assertEquals("Breakpoint 1, " + script + ":13\n13\tIoWriteMmReg32(base + UARTDR, 'o')\n", s.reply(10));
        assertEquals("UART0: \"\"\n", s.reply(11), "the console is back to before the characters were sent");
        contains(s.reply(12), "Process main: 2 handles");
        contains(s.reply(12), "REGION");
        contains(s.reply(12), "MAPPING");
        assertEquals("$2 = 0 (0x0)\n", s.reply(13));
        assertEquals("12\tIoWriteMmReg32(base + UARTCR, 0x301)\n", s.reply(14));
        contains(s.reply(15), "0x00000300 UARTEN=0");
        assertEquals("11\tIoWriteMmReg32(base + UARTCR, 0x300)\n", s.reply(16));
        contains(s.reply(17), "0x00000301 UARTEN=1");
        contains(s.reply(18), "Breakpoint 1, " + script + ":13");
        contains(s.reply(19), "okdone " + count + "\n");
        assertEquals("UART0: \"ok\"\n", s.reply(20));
        assertEquals("$3 = " + count + " (0x" + Integer.toHexString(Integer.parseInt(count)) + ")\n", s.reply(21),
                "going forwards again does exactly what it did the first time");
        assertEquals(0, s.run().status());
    }

    @Test
    void aWatchpointOnAFieldStopsOnlyWhenTheFieldChanges(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "watch.mmio", Sim.lines(Sim.MAP_UART,
                "IoWriteMmReg32(base + UARTCR, 0x301)",    // 10: no change (the kernel left it so)
                "IoWriteMmReg32(base + UARTCR, 0x300)",    // 11: UARTEN 1 -> 0
                "IoWriteMmReg32(base + UARTCR, 0x300)",    // 12: no change
                "IoWriteMmReg32(base + UARTCR, 0x200)",    // 13: TXE only
                "IoWriteMmReg32(base + UARTCR, 0x201)",    // 14: UARTEN 0 -> 1
                "IoWriteMmReg32(base + UARTCR, 0x301)",    // 15: TXE only
                "x = 1"));                                 // 16
        Session s = debug(script, "watch UART0.UARTCR.UARTEN", "continue", "continue", "info breakpoints",
                "reverse-continue", "reverse-continue", "continue", "continue", "continue", "quit");
        assertEquals("Hardware watchpoint 1: UART0.UARTCR.UARTEN\n", s.reply(1));
        assertEquals("\nHardware watchpoint 1: UART0.UARTCR.UARTEN\n\nOld value = 1\nNew value = 0\n"
                + "  IoWriteMmReg32 UART0.UARTCR <- 0x300 (UARTEN=0)\n12\tIoWriteMmReg32(base + UARTCR, 0x300)\n",
                s.reply(2));
        assertEquals("\nHardware watchpoint 1: UART0.UARTCR.UARTEN\n\nOld value = 0\nNew value = 1\n"
                + "  IoWriteMmReg32 UART0.UARTCR <- 0x201 (UARTEN=1)\n15\tIoWriteMmReg32(base + UARTCR, 0x301)\n",
                s.reply(3));
        contains(s.reply(4), "hw watchpoint");
        contains(s.reply(4), "UART0.UARTCR.UARTEN");
        // backwards: stops before the write that changed it
        contains(s.reply(5), "Value before = 0\nValue after = 1\n");
        assertTrue(s.reply(5).endsWith("14\tIoWriteMmReg32(base + UARTCR, 0x201)\n"), s.reply(5));
        contains(s.reply(6), "Value before = 1\nValue after = 0\n");
        assertTrue(s.reply(6).endsWith("11\tIoWriteMmReg32(base + UARTCR, 0x300)\n"), s.reply(6));
        assertTrue(s.reply(7).endsWith("12\tIoWriteMmReg32(base + UARTCR, 0x300)\n"), s.reply(7));
        assertTrue(s.reply(8).endsWith("15\tIoWriteMmReg32(base + UARTCR, 0x301)\n"), s.reply(8));
        assertEquals("[script finished normally]\n", s.reply(9));
    }

    @Test
    void registerWatchpointsStopOnWritesReadsOrBoth(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "rw.mmio", Sim.lines(Sim.MAP_UART,
                "IoWriteMmReg32(base + UARTCR, 0x301)",    // 10: a write that changes nothing
                "v = IoReadMmReg32(base + UARTCR)",        // 11: a read
                "v = IoReadMmReg32(base + UARTFR)",        // 12: another register
                "x = 1"));                                 // 13
        Session write = debug(script, "watch UART0.UARTCR", "c", "c", "q");
        contains(write.reply(2), "Hardware watchpoint 1: UART0.UARTCR\n\nValue written = 0x00000301\n");
        assertTrue(write.reply(2).endsWith("11\tv = IoReadMmReg32(base + UARTCR)\n"), write.reply(2));
        assertEquals("[script finished normally]\n", write.reply(3));
        Session read = debug(script, "rwatch UART0.UARTCR", "c", "c", "q");
        assertEquals("Hardware read watchpoint 1: UART0.UARTCR\n", read.reply(1));
        contains(read.reply(2), "Hardware read watchpoint 1: UART0.UARTCR\n\nValue = 0x00000301\n");
        assertTrue(read.reply(2).endsWith("12\tv = IoReadMmReg32(base + UARTFR)\n"), read.reply(2));
        Session any = debug(script, "awatch UART0.UARTCR", "c", "c", "c", "q");
        assertTrue(any.reply(2).endsWith("11\tv = IoReadMmReg32(base + UARTCR)\n"), any.reply(2));
        assertTrue(any.reply(3).endsWith("12\tv = IoReadMmReg32(base + UARTFR)\n"), any.reply(3));
        assertEquals("[script finished normally]\n", any.reply(4));
        Session bad = debug(script, "watch UART0.NOPE", "watch UART9.UARTCR", "watch UART0.UARTCR.NOPE", "watch x",
                "info watchpoints", "q");
        contains(bad.reply(1), "Device UART0 has no register 'NOPE'");
        contains(bad.reply(2), "No device 'UART9' on board qemu-virt (devices: UART0, RTC, GPIO)");
        contains(bad.reply(3), "Register UART0.UARTCR has no field 'NOPE' (fields: UARTEN");
        contains(bad.reply(4), "DEV.REG or DEV.REG.FIELD");
        assertEquals("No watchpoints.\n", bad.reply(5));
    }

    @Test
    void stepiStopsBetweenTheAccessesOfOneStatement(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "stepi.mmio", Sim.lines(Sim.MAP_UART,
                "y = 0",                                                          // 10
                "IoWriteMmReg32(base + UARTCR, IoReadMmReg32(base + UARTCR) & ~1)", // 11
                "y = 2"));                                                        // 12
        Session s = debug(script, "break 10", "run", "stepi", "info program", "reverse-step", "info program", "stepi",
                "stepi", "info registers UART0.UARTCR", "reverse-step", "info registers UART0.UARTCR", "quit");
        String line11 = "11\tIoWriteMmReg32(base + UARTCR, IoReadMmReg32(base + UARTCR) & ~1)\n";
        assertEquals("  IoReadMmReg32 UART0.UARTCR -> 0x301\n" + line11, s.reply(3));
        contains(s.reply(4), "paused in the middle of line 11");
        assertEquals(line11, s.reply(5), "reverse-step from inside a statement goes back to its start");
        contains(s.reply(6), "paused before line 11");
        assertEquals("  IoReadMmReg32 UART0.UARTCR -> 0x301\n" + line11, s.reply(7));
        assertEquals("  IoWriteMmReg32 UART0.UARTCR <- 0x300 (UARTEN=0)\n12\ty = 2\n", s.reply(8),
                "after the statement's last access, the next statement is due");
        contains(s.reply(9), "0x00000300 UARTEN=0");
        assertEquals(line11, s.reply(10));
        contains(s.reply(11), "0x00000301 UARTEN=1");
    }

    @Test
    void infoRegistersShowsWriteOnlyBitsAsWriteOnlyAsTheRegisterEditorDoes(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "icr.mmio", Sim.lines(Sim.MAP_UART,
                "IoWriteMmReg32(base + 0x44, 0x7FF)",  // 10: UARTICR, write-only
                "y = 1"));                              // 11
        Session s = debug(script, "break 11", "run", "info registers UART0.UARTICR", "quit");
        String icr = s.reply(3);
        assertTrue(icr.startsWith("UART0.UARTICR              write-only RIMIC=write-only"), icr);
        assertFalse(icr.contains("0x000007ff") || icr.contains("=1"), "the value written is not shown as read: " + icr);
    }

    @Test
    void printAndExamineHaveNoSideEffects(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "print.mmio", Sim.lines(Sim.MAP_UART,
                "UartInput(\"UART0\", \"Z\")",                    // 10
                "Delay(1000000)",                                  // 11
                "int16_t small = -2",                              // 12
                "v = IoReadMmReg32(base + UARTDR)",                // 13
                "printf(\"got %c\\n\", v)"));                      // 14
        Session s = debug(script, "break 13", "run", "info program", "x/1xw base", "x/2xw base", "info program",
                "x/4xb base + UARTFR", "x", "print/x base + UARTDR", "p UARTFR * 2 + 1", "p small",
                "p (uint8_t)small", "p hs.rid == 1 && rc == rcOk", "p nosuch + 1", "p IoReadMmReg32(base)",
                "x/1xw 0x1234", "step", "p/c v", "continue", "quit");
        String before = s.reply(3).substring(s.reply(3).indexOf('\n') + 1);
        contains(s.reply(4), "0x4000000000:\t0x0000005a\n");
        assertEquals("0x4000000000:\t0x0000005a\t0x00000000\n", s.reply(5), "x read UARTDR without popping the FIFO");
        assertEquals(before, s.reply(6).substring(s.reply(6).indexOf('\n') + 1), "x made no trace events");
        assertEquals("0x4000000018:\t0x80\t0x00\t0x00\t0x00\n", s.reply(7));
        assertEquals("0x400000001c:\t0x00\n", s.reply(8), "x without an address goes on");
        assertEquals("$1 = 0x4000000000\n", s.reply(9));
        assertEquals("$2 = 49 (0x31)\n", s.reply(10));
        assertEquals("$3 = -2 (0xfffffffffffffffe)\n", s.reply(11));
        assertEquals("$4 = 254 (0xfe)\n", s.reply(12));
        assertEquals("$5 = 1 (0x1)\n", s.reply(13));
        assertEquals("undefined variable 'nosuch'\n", s.reply(14));
        contains(s.reply(15), "cannot call functions");
        contains(s.reply(16), "Cannot access memory at address 0x1234");
        assertEquals("$6 = 90 'Z'\n", s.reply(18));
        contains(s.reply(19), "got Z\n");
    }

    @Test
    void breakpointsListDeleteAndRestart(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "bp.mmio",
                "// a comment",               // 1
                "i = 0",                      // 2
                "",                           // 3
                "while (i < 3) {",            // 4
                "    i++",                    // 5
                "}",                          // 6
                "printf(\"i=%d\\n\", i)");    // 7
        Session s = debug(script, "break 3", "break 5", "info breakpoints", "c", "c", "p i", "c", "delete 2",
                "c", "c", "delete 9", "frobnicate", "list 1,3", "run", "p i", "start", "p i", "break 99", "list -5,3",
                "list 0", "list 5,2", "list ,0", "quit");
        assertEquals("Breakpoint 1 at " + script + ":4 (the first statement after line 3)\n", s.reply(1));
        assertEquals("Breakpoint 2 at " + script + ":5\n", s.reply(2));
        contains(s.reply(3), "1       breakpoint       " + script + ":4");
        contains(s.reply(3), "2       breakpoint       " + script + ":5");
        contains(s.reply(4), "Breakpoint 1, " + script + ":4\n4\twhile (i < 3) {\n");
        contains(s.reply(5), "Breakpoint 2, " + script + ":5\n");
        assertEquals("$1 = 0 (0x0)\n", s.reply(6));
        contains(s.reply(7), "Breakpoint 1, " + script + ":4\n");
        contains(s.reply(9), "Breakpoint 1, " + script + ":4\n");
        contains(s.reply(10), "Breakpoint 1, " + script + ":4\n");
        assertEquals("No breakpoint number 9.\n", s.reply(11));
        assertEquals("Undefined command: \"frobnicate\".  Try \"help\".\n", s.reply(12));
        assertEquals("1\t// a comment\n2\ti = 0\n3\t\n", s.reply(13));
        contains(s.reply(14), "Starting " + script + " from the beginning.\nBreakpoint 1, " + script + ":4\n");
        assertEquals("$2 = 0 (0x0)\n", s.reply(15));
        assertEquals("Starting " + script + " from the beginning.\n2\ti = 0\n", s.reply(16));
        assertEquals("undefined variable 'i'\n", s.reply(17));
        contains(s.reply(18), "Line 99 is out of range");
        assertEquals("Line number -5 out of range; \"" + script + "\" has lines 1 to 7.\n", s.reply(19));
        assertEquals("Line number 0 out of range; \"" + script + "\" has lines 1 to 7.\n", s.reply(20));
        assertEquals("The range 5,2 goes backwards; give the first line first.\n", s.reply(21));
        assertEquals("Line number 0 out of range; \"" + script + "\" has lines 1 to 7.\n", s.reply(22));
    }

    @Test
    void infoShowsRegionsHandlesAndProcesses(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "info.mmio",
                "process platform",
                "rc = KnRegisterPhyMem(0x09010000, 0x1000, 0, &rid)",
                "rc = IpcTransferHandle(rid, \"rtc_driver\", \"map-read\", &theirs)",
                "process rtc_driver",
                "rc = KnIoMapMem(theirs, VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE, &base, &mapping)",
                "x = 1");
        Session s = debug(script, "break 6", "run", "info regions", "info handles", "info processes", "info variables",
                "info diagnostics", "info nonsense", "quit");
        contains(s.reply(3), "0x09010000..0x09010fff RTC");
        contains(s.reply(3), "mapped by rtc_driver at 0x0000004000000000..0x0000004000000fff VMM_FLAG_READ"
                + " VMM_FLAG_CACHE_DISABLE");
        contains(s.reply(4), "Process platform: 1 handle");
        contains(s.reply(4), "Process rtc_driver: 2 handles");
        contains(s.reply(4), "RECEIVED   VALID from platform");
        contains(s.reply(4), "rights transfer|map-read|map-write"); // the registering process holds every right
        String received = s.reply(4).lines().filter(l -> l.contains("RECEIVED")).findFirst().orElseThrow();
        assertTrue(received.endsWith(" rights map-read"), "the receiver got only what was handed on: " + received);
        contains(s.reply(5), "  platform: 1 handle, 0 mappings");
        contains(s.reply(5), "* rtc_driver: 2 handles, 1 mapping");
        contains(s.reply(6), "rc = 0 (0x0)\n");
        contains(s.reply(6), "base = 274877906944 (0x4000000000)\n");
        assertEquals("No diagnostics.\n", s.reply(7));
        contains(s.reply(8), "Undefined info command: \"nonsense\"");
    }

    @Test
    void theExitStatusTellsHowTheScriptEnded(@TempDir Path dir) throws Exception {
        Path fault = Sim.script(dir, "fault.mmio", Sim.lines(Sim.MAP_UART, "rc = KnHandleClose(hs.handle)",
                "v = IoReadMmReg32(base)", "x = 1"));
        Session s = debug(fault, "continue", "step", "info program", "quit");
        contains(s.reply(1), fault + ":11:5: error: MMIO fault in process 'main': 32-bit read at virtual address"
                + " 0x0000004000000000 (physical 0x09000000): the mapping was freed");
        contains(s.reply(1), "diagnostic: " + fault + ":11: ");
        contains(s.reply(1), "[script stopped: MMIO fault]");
        contains(s.reply(2), "The script is not running");
        assertEquals(1, s.run().status(), "quit after a fault");
        assertEquals(0, debug(fault, "continue", "reverse-step", "quit").run().status(),
                "after going back before the fault, the script has not failed");
        assertEquals(0, debug(fault, "step").run().status(), "the end of input quits, the script paused");
        Path error = Sim.script(dir, "error.mmio", "y = nope");
        assertEquals(2, debug(error, "c", "q").run().status(), "quit after a runtime error");
        Path broken = Sim.script(dir, "broken.mmio", "x = (1");
        CommandLineRun run = CommandLineRun.runWithInput("quit\n", "debug", broken.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().matches("\\Q" + broken + "\\E:\\d+:\\d+: error: .*\n"), run.err());
        assertFalse(run.out().contains("(mmio)"), "no console for a broken script");
        CommandLineRun board = CommandLineRun.runWithInput("quit\n", "debug", "--board", "nope", broken.toString());
        assertEquals(2, board.status());
    }

    @Test
    void helpListsTheCommands(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "help.mmio", "x = 1");
        Session s = debug(script, "help", "q");
        for (String command : List.of("step", "next", "stepi", "continue", "reverse-step", "reverse-continue", "break",
                "watch", "rwatch", "awatch", "delete", "info breakpoints", "info registers", "print", "x/NFU", "list",
                "run", "quit")) {
            contains(s.reply(1), command);
        }
    }

    @Test
    void reverseToEventGoesBackToTheAccessThatMadeAnEventOfInfoTrace(@TempDir Path dir) throws Exception {
        Path script = Sim.script(dir, "travel.mmio", Sim.lines(Sim.MAP_UART,
                "IoWriteMmReg32(base + UARTCR, 0x300)",         // 10
                "x = 5",                                        // 11
                "IoWriteMmReg32(base + UARTCR, 0x301)",         // 12
                "x = 6"));                                      // 13
        Session look = debug(script, "break 13", "run", "info trace 2", "quit");
        String trace = look.reply(3);
        assertEquals(2, trace.lines().count(), trace);
        assertTrue(trace.lines().allMatch(l -> l.matches("#\\d+ t=\\d+ns .*")), "numbered events: " + trace);
        String write = trace.lines().filter(l -> l.contains("UART0.UARTCR <- 0x301")).findFirst().orElseThrow();
        long seq = Long.parseLong(write.substring(1, write.indexOf(' ')));
        long first = seq - 1; // the write of line 10 came just before: line 11 made no event
        assertTrue(trace.contains("#" + first + " "), trace);
        // the simulation is deterministic: a second session numbers the events the same
        Session s = debug(script, "break 13", "run", "reverse-to-event " + first, "info registers UART0.UARTCR",
                "print x", "reverse-to-event " + (seq + 100), "reverse-to-event", "continue", "quit");
        assertEquals("  #" + first + " IoWriteMmReg32 UART0.UARTCR <- 0x300 (UARTEN=0)\n11\tx = 5\n", s.reply(3));
        contains(s.reply(4), "0x00000300 UARTEN=0");
        assertEquals("undefined variable 'x'\n", s.reply(5), "x has no value before line 11");
        assertEquals("Event #" + (seq + 100) + " has not happened yet (the trace has " + (first + 1) + " events).\n",
                s.reply(6));
        assertEquals("Give an event number: \"reverse-to-event 12\" (\"info trace\" lists them).\n", s.reply(7));
        contains(s.reply(8), "Breakpoint 1, " + script + ":13\n");
        assertEquals(0, s.run().status());
        contains(debug(script, "help", "q").reply(1), "reverse-to-event N");
    }
}
