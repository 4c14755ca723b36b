package org.mmioworkbench.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.debug.CDebugSession;
import org.mmioworkbench.debug.console.DebugCommands;
import org.mmioworkbench.debug.console.Motion;
import org.mmioworkbench.debug.console.RunControl;
import org.mmioworkbench.debug.console.ScriptCommands;
import org.mmioworkbench.script.Script;

/**
 * The debugger's command interpreter in the engine, as the terminal and the Eclipse debugger console use it: lines in,
 * answers out, and every command that moves the program handed to the front end's run control.
 */
class DebugCommandsTest {
    private static final Path INCLUDE = Path.of("..", "org.mmioworkbench.c", "include").toAbsolutePath().normalize();

    private static final String SCRIPT = """
            #define UART0 0x09000000
            #define UARTCR 0x30
            IoMemHandles hs
            KnIoMemHandlesClear(&hs)
            rc = KnRegisterPhyMem(UART0, 0x1000, MMIO_K_SHARED, &hs.rid)
            rc = KnIoMapMem(hs.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &hs.handle)
            IoWriteMmReg32(base + UARTCR, 0x300)
            x = 5
            IoWriteMmReg32(base + UARTCR, 0x301)
            x = 6
            """;

    /** A C driver that writes UARTCR twice through a pointer, lines 10 and 12. */
    private static final String UART_DRIVER = """
            #include <coresrv/io/mmio.h>
            #include <stdint.h>
            int main(void) {
                IoMemHandles io;
                void *base = 0;
                KnIoMemHandlesClear(&io);
                KnRegisterPhyMem(0x09000000, 0x1000, MMIO_K_SHARED, &io.rid);
                KnIoMapMem(io.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &io.handle);
                volatile uint32_t *uart = base;
                uart[0x30 / 4] = 0x300;
                int x = 5;
                uart[0x30 / 4] = 0x301;
                return x - 5;
            }
            """;

    @TempDir
    Path dir;
    private final ByteArrayOutputStream answers = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(answers, true, StandardCharsets.UTF_8);
    private final List<Motion> motions = new ArrayList<>();

    /** Runs a line and returns what it answered. */
    private String run(DebugCommands commands, String line) {
        answers.reset();
        assertTrue(commands.execute(line), line + " does not quit");
        return answers.toString(StandardCharsets.UTF_8);
    }

    /** A C program's session as the Eclipse debugger makes it, with the interpreter attached through a run control. */
    private DebugCommands attachedC() throws Exception {
        Path file = dir.resolve("prog.c");
        Files.writeString(file, CDebugSessionTest.PROGRAM, StandardCharsets.UTF_8);
        CDebugSession session = new CDebugSession(CProgram.compile(file, List.of(), INCLUDE),
                new Simulator(Board.qemuVirt()), "prog", b -> { });
        RunControl direct = RunControl.direct(session);
        return DebugCommands.attach(session, "prog.c", out, motion -> {
            motions.add(motion);
            return direct.run(motion);
        });
    }

    /** The UART driver's session with the interpreter attached, as the Eclipse debugger makes it. */
    private DebugCommands attachedUartDriver() throws Exception {
        Path file = dir.resolve("uart.c");
        Files.writeString(file, UART_DRIVER, StandardCharsets.UTF_8);
        CDebugSession session = new CDebugSession(CProgram.compile(file, List.of(), INCLUDE),
                new Simulator(Board.qemuVirt()), "prog", b -> { });
        return DebugCommands.attach(session, "uart.c", out, RunControl.direct(session));
    }

    private static long eventNumber(String infoTrace, String operation) {
        Matcher m = Pattern.compile("#(\\d+) [^\\n]*" + Pattern.quote(operation)).matcher(infoTrace);
        assertTrue(m.find(), operation + " in:\n" + infoTrace);
        return Long.parseLong(m.group(1));
    }

    @Test
    void commandsThatMoveTheProgramGoThroughTheFrontEndsRunControlAndLookingAnswersInText() throws Exception {
        DebugCommands c = attachedC();
        answers.reset();
        c.start();
        assertEquals("C driver paused before its first statement; 'help' lists the commands.\n"
                + "main () at " + dir.resolve("prog.c") + ":9\n9\tint r = 0;\n",
                answers.toString(StandardCharsets.UTF_8), "the greeting and where it is paused");
        assertTrue(run(c, "break bump").startsWith("Breakpoint 1 at "));
        assertEquals("Breakpoint 1, bump (by=1) at " + dir.resolve("prog.c") + ":4\n4\tint twice = by * 2;\n",
                run(c, "continue"));
        assertEquals("$ = 1\n", run(c, "print by"));
        assertEquals("5\tlevel += twice;\n", run(c, "next"));
        assertEquals("6\treturn level;\n", run(c, ""), "an empty line repeats next");
        assertEquals("$ = 2\n", run(c, "print twice"));
        assertTrue(run(c, "finish").contains("main () at "), "finish returns to main");
        assertEquals("6\treturn level;\n", run(c, "reverse-step").lines().reduce((a, b) -> b).orElseThrow() + "\n");
        assertEquals(List.of(new Motion.Resume(), new Motion.StepOver(), new Motion.StepOver(), new Motion.StepOut(),
                new Motion.ReverseStep(1)), motions, "each in its own type, as the Debug view's buttons make them");
        motions.clear();
        assertEquals("No symbol \"nosuch\" in current context.\n", run(c, "print nosuch"), "an error is one line");
        assertEquals("Undefined command: \"frob\".  Try \"help\".\n", run(c, "frob"));
        assertEquals(List.of(), motions, "looking does not move the program");
        assertFalse(c.execute("quit"));
    }

    @Test
    void reverseToEventGoesBackToRightAfterTheAccessThatMadeIt() throws Exception {
        Script script = Script.parse(SCRIPT.getBytes(StandardCharsets.UTF_8), "uart.mmio");
        ScriptCommands c = ScriptCommands.load(script, "uart.mmio", Board.qemuVirt(), List.of(),
                Simulator.DEFAULT_TRACE_WINDOW, out);
        c.start();
        assertEquals("Breakpoint 1 at uart.mmio:10\n", run(c, "break 10"));
        assertEquals("Breakpoint 1, uart.mmio:10\n  IoWriteMmReg32 UART0.UARTCR <- 0x301 (UARTEN=1)\n10\tx = 6\n",
                run(c, "continue"));
        String trace = run(c, "info trace 4");
        assertEquals(4, trace.lines().count(), trace);
        long first = eventNumber(trace, "UART0.UARTCR <- 0x300");
        assertTrue(eventNumber(trace, "UART0.UARTCR <- 0x301") > first);
        assertEquals("  #" + first + " IoWriteMmReg32 UART0.UARTCR <- 0x300 (UARTEN=0)\n8\tx = 5\n",
                run(c, "reverse-to-event " + first));
        assertTrue(run(c, "info registers UART0.UARTCR").contains("0x00000300 UARTEN=0"),
                "the register as that write left it");
        assertEquals("undefined variable 'x'\n", run(c, "print x"), "x has no value before line 8");
        assertEquals("Event #" + (first + 1000) + " has not happened yet (the trace has " + (first + 1)
                + " events).\n", run(c, "reverse-to-event " + (first + 1000)));
        assertEquals("Invalid event number \"x\" (\"info trace\" lists them).\n", run(c, "reverse-to-event x"));
        assertTrue(run(c, "continue").contains("Breakpoint 1, uart.mmio:10\n"), "forward again to the same stop");
        assertTrue(run(c, "info registers UART0.UARTCR").contains("0x00000301 UARTEN=1"));
    }

    @Test
    void reverseToEventInCShowsTheEventAndTheFrame() throws Exception {
        DebugCommands c = attachedUartDriver();
        assertTrue(run(c, "break 13").startsWith("Breakpoint 1 at "));
        run(c, "continue");
        long seq = eventNumber(run(c, "info trace"), "UART0.UARTCR <- 0x300");
        String back = run(c, "reverse-to-event #" + seq);
        assertTrue(back.startsWith("  #" + seq + " IoWriteMmReg32 UART0.UARTCR <- 0x300"), back);
        assertTrue(back.endsWith("10\tuart[0x30 / 4] = 0x300;\n"), back);
        assertEquals("$ = 0x300\n", run(c, "print/x uart[0x30 / 4]"));
    }

    @Test
    void everyWatchpointAnAccessHitsIsReportedAndABreakpointWhereTheStatementEndsToo() throws Exception {
        Script script = Script.parse(SCRIPT.getBytes(StandardCharsets.UTF_8), "uart.mmio");
        ScriptCommands c = ScriptCommands.load(script, "uart.mmio", Board.qemuVirt(), List.of(),
                Simulator.DEFAULT_TRACE_WINDOW, out);
        c.start();
        run(c, "watch UART0.UARTCR");
        run(c, "awatch UART0.UARTCR.UARTEN");
        run(c, "break 8");
        assertEquals("""

                Hardware watchpoint 1: UART0.UARTCR

                Value written = 0x00000300

                Hardware access (read/write) watchpoint 2: UART0.UARTCR.UARTEN

                Old value = 1
                New value = 0
                Breakpoint 3, uart.mmio:8
                  IoWriteMmReg32 UART0.UARTCR <- 0x300 (UARTEN=0)
                8	x = 5
                """, run(c, "continue"), "both watchpoints, then the breakpoint the rest of the statement reached");
        run(c, "delete 1");
        run(c, "delete 2");
        run(c, "break 9");
        assertEquals("Breakpoint 4, uart.mmio:9\n9\tIoWriteMmReg32(base + UARTCR, 0x301)\n", run(c, "step"),
                "a step onto a breakpoint reports it, as gdb does");
        String info = run(c, "info breakpoints");
        assertTrue(info.lines().anyMatch(l -> l.matches("3\\s+breakpoint\\s+uart.mmio:8\\s+1")), info);
        assertTrue(info.lines().anyMatch(l -> l.matches("4\\s+breakpoint\\s+uart.mmio:9\\s+1")), info);
    }

    @Test
    void aCDriverStoppedByTwoRegisterWatchpointsNamesBothAndCountsTheirHits() throws Exception {
        DebugCommands c = attachedUartDriver();
        run(c, "watch UART0.UARTCR");
        run(c, "awatch UART0.UARTCR");
        String hit = run(c, "continue");
        assertTrue(hit.startsWith("""

                Hardware watchpoint 1: UART0.UARTCR

                Hardware access (read/write) watchpoint 2: UART0.UARTCR

                Value = 0x300
                """), hit);
        run(c, "break 11");
        String next = run(c, "next");
        assertTrue(next.startsWith("Breakpoint 3, main () at "), "next onto a breakpoint reports it: " + next);
        assertEquals("""
                1  hw watchpoint  UART0.UARTCR
                	breakpoint already hit 1 time
                2  acc watchpoint  UART0.UARTCR
                	breakpoint already hit 1 time
                3  breakpoint  11
                	breakpoint already hit 1 time
                """, run(c, "info breakpoints"), "in number order, with the hits of each");
    }
}
