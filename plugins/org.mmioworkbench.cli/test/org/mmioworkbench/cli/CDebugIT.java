package org.mmioworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/mmio-sim debug driver.c} driven through standard input: stepping into and out of functions,
 * backtraces, locals and members, and reverse stepping across a call. */
class CDebugIT {
    private static final String PROGRAM = """
            #include <stdio.h>
            struct point { int x, y; };
            static int area(struct point *p, int scale) {
                int w = p->x * scale;
                int h = p->y;
                return w * h;
            }
            int main(void) {
                struct point pt = {3, 4};
                int r = area(&pt, 2);
                printf("r=%d\\n", r);
                return r - 24;
            }
            """;

    private static Path write(Path dir) throws Exception {
        Path f = dir.resolve("dbg.c");
        Files.writeString(f, PROGRAM, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void stepEntersAFunctionAndBacktraceListsItsCaller(@TempDir Path dir) throws Exception {
        Path c = write(dir);
        CommandLineRun run = CommandLineRun.runWithInput("next\nstep\nbt\ninfo args\np *p\nquit\n", "debug",
                c.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("area (p=0x"), run.out());
        assertTrue(run.out().contains("4\tint w = p->x * scale;"), run.out());
        assertTrue(run.out().contains("#1  main () at " + c + ":10"), run.out());
        assertTrue(run.out().contains("scale = 2"), run.out());
        assertTrue(run.out().contains("$ = {x = 3, y = 4}"), run.out());
    }

    @Test
    void nextStepsOverACallAndFinishReturnsToTheCaller(@TempDir Path dir) throws Exception {
        Path c = write(dir);
        CommandLineRun over = CommandLineRun.runWithInput("next\nnext\nquit\n", "debug", c.toString());
        assertTrue(over.out().contains("11\tprintf(\"r=%d\\n\", r);"), over.out());
        assertTrue(!over.out().contains("4\tint w"), over.out());
        CommandLineRun fin = CommandLineRun.runWithInput("break area\ncontinue\nfinish\np r\nquit\n", "debug",
                c.toString());
        assertTrue(fin.out().contains("main () at " + c + ":11"), fin.out());
        assertTrue(fin.out().contains("$ = 24"), fin.out());
    }

    @Test
    void printShowsGlobalsAndStaticLocalsUnlessALocalOfTheSameNameHidesThem(@TempDir Path dir) throws Exception {
        Path c = dir.resolve("globals.c");
        Files.writeString(c, """
                #include <stdio.h>
                static const char *lines[] = {"one", "two"};
                struct regs { unsigned CR; unsigned DR; };
                static struct regs r = {0x301, 7};
                int counter;
                static int hidden = 1;
                static int tick(void) {
                    static int calls;
                    return ++calls;
                }
                int main(void) {
                    int hidden = 2;
                    counter = 5;
                    tick();
                    printf("%s %u %d\\n", lines[1], r.CR, hidden);
                    return 0;
                }
                """, StandardCharsets.UTF_8);
        CommandLineRun run = CommandLineRun.runWithInput(
                "next\nnext\nnext\np lines[1]\np counter\np/x r.CR\np r\np hidden\np calls\np nothing\nquit\n",
                "debug", c.toString());
        String out = run.out();
        assertTrue(out.contains("$ = 0x") && out.contains("\"two\""), out);
        assertTrue(out.contains("(mmio) $ = 5\n"), out);
        assertTrue(out.contains("(mmio) $ = 0x301\n"), out);
        assertTrue(out.contains("$ = {CR = 769, DR = 7}"), out);
        assertTrue(out.contains("(mmio) $ = 2\n"), "the local hides the global: " + out);
        assertTrue(out.contains("(mmio) $ = 1\n"), "the static local of tick: " + out);
        assertTrue(out.contains("No symbol \"nothing\" in current context."), out);
    }

    @Test
    void aWatchStopsAfterEachChangeGoingForwardAndBeforeItGoingBackAcrossCalls(@TempDir Path dir) throws Exception {
        Path c = dir.resolve("watch.c");
        Files.writeString(c, """
                #include <stdio.h>
                static int level;
                static void bump(int by) {
                    int twice = by * 2;
                    level += twice;
                }
                int main(void) {
                    int i;
                    for (i = 0; i < 3; i++)
                        bump(i + 1);
                    printf("%d\\n", level);
                    return 0;
                }
                """, StandardCharsets.UTF_8);
        CommandLineRun run = CommandLineRun.runWithInput("watch level\ncontinue\ncontinue\nbt\nreverse-continue\n"
                + "bt\np level\ninfo breakpoints\nwatch i\nup\nwatch i\nquit\n", "debug", c.toString());
        String out = run.out();
        assertTrue(out.contains("Hardware watchpoint 1: level"), out);
        int first = out.indexOf("Old value = 0\nNew value = 2\n");
        assertTrue(first > 0, out);
        int second = out.indexOf("Old value = 2\nNew value = 6\n", first);
        assertTrue(second > 0, "the second change, by the second call: " + out);
        assertTrue(out.indexOf("bump (by=2) at " + c + ":6\n6\t}", second) > 0,
                "a stop that is not a step names its frame, also in a new call of the same function: " + out);
        assertTrue(out.indexOf("#1  main () at " + c + ":10", second) > 0, "stopped inside bump: " + out);
        int back = out.indexOf("Old value = 6\nNew value = 2\n", second);
        assertTrue(back > 0, "going back, before the change: " + out);
        assertTrue(out.indexOf("5\tlevel += twice;", back) > 0, "at the statement that changes it: " + out);
        assertTrue(out.indexOf("(mmio) $ = 2\n", back) > 0, out);
        assertTrue(out.contains("1  watchpoint  level"), out);
        assertTrue(out.contains("No symbol \"i\" in current context."), "i is main's, and bump is selected: " + out);
        assertTrue(out.contains("Hardware watchpoint 2: i"), "a local of main, once main is selected: " + out);
    }

    @Test
    void aWatchOnALocalStopsAtItsChangesAndEndsWhenItsFunctionReturns(@TempDir Path dir) throws Exception {
        Path c = dir.resolve("local.c");
        Files.writeString(c, """
                static int sum(int n) {
                    int acc = 0;
                    for (int i = 1; i <= n; i++)
                        acc += i;
                    return acc;
                }
                int main(void) {
                    int r = sum(3);
                    return r - 6;
                }
                """, StandardCharsets.UTF_8);
        CommandLineRun run = CommandLineRun.runWithInput("break sum\ncontinue\nwatch acc * 10\ncontinue\ncontinue\n"
                + "continue\ncontinue\ncontinue\ninfo breakpoints\ncontinue\nquit\n", "debug", c.toString());
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        assertTrue(out.contains("Hardware watchpoint 2: acc * 10"), out);
        int one = out.indexOf("Old value = 0\nNew value = 10\n");
        int three = out.indexOf("Old value = 10\nNew value = 30\n", one);
        int six = out.indexOf("Old value = 30\nNew value = 60\n", three);
        assertTrue(one > 0 && three > 0 && six > 0, out);
        int gone = out.indexOf("Watchpoint 2 deleted because the program has left the block in\n"
                + "which its expression is valid.", six);
        assertTrue(gone > 0, out);
        assertTrue(out.indexOf("main () at " + c + ":9\n9\treturn r - 6;", gone) > 0,
                "stopped in main at the statement after the call: " + out);
        assertTrue(out.indexOf("1  breakpoint  sum", gone) > 0 && out.indexOf("watchpoint", gone) < 0, out);
        assertTrue(out.contains("[program exited with code 0]"), out);
    }

    @Test
    void printTakesCExpressionsAndRefusesSideEffects(@TempDir Path dir) throws Exception {
        Path c = write(dir);
        CommandLineRun run = CommandLineRun.runWithInput("break 6\ncontinue\np w * h + 1\np/x (unsigned char)-1\n"
                + "p p->x == 3 && sizeof(struct point) == 8\np w = 0\np w +\nup\np pt\nx/2 &pt\np w\nquit\n",
                "debug", c.toString());
        String out = run.out();
        assertTrue(out.contains("(mmio) $ = 25\n"), out);
        assertTrue(out.contains("(mmio) $ = 0xff\n"), out);
        assertTrue(out.contains("(mmio) $ = 1\n"), out);
        assertTrue(out.contains("The debugger evaluates without side effects"), out);
        assertTrue(out.contains("A syntax error in expression, near `'"), out);
        assertTrue(out.contains("$ = {x = 3, y = 4}"), "main's pt after up: " + out);
        assertTrue(out.matches("(?s).*0x[0-9a-f]+:\t0x00000003\t0x00000004\n.*"), out);
        assertTrue(out.contains("No symbol \"w\" in current context."), "w is area's, not main's: " + out);
    }

    @Test
    void runStartsTheProgramAgainAndStopsAtTheFirstBreakpointAfterItHasExited(@TempDir Path dir) throws Exception {
        Path c = write(dir);
        CommandLineRun run = CommandLineRun.runWithInput("continue\nbreak area\nrun\nbt\nstart\nquit\n", "debug",
                c.toString());
        String out = run.out();
        int exited = out.indexOf("[program exited with code 0]");
        assertTrue(exited > 0, out);
        int again = out.indexOf("Starting " + c + " from the beginning.", exited);
        assertTrue(again > 0, out);
        assertTrue(out.indexOf("Breakpoint 1, area (p=0x", again) > 0, "stopped in area on the second run: " + out);
        assertTrue(out.indexOf("#1  main () at " + c + ":10", again) > 0, out);
        int restarted = out.indexOf("Starting " + c + " from the beginning.", again + 1);
        assertTrue(out.indexOf("main () at " + c + ":9", restarted) > 0, "start stops at main's first statement: " + out);
    }

    @Test
    void reverseStepGoesBackAcrossAReturnWithTheStateOfThen(@TempDir Path dir) throws Exception {
        Path c = write(dir);
        CommandLineRun run = CommandLineRun.runWithInput(
                "break 6\ncontinue\ninfo locals\nnext\nreverse-step\ninfo locals\ncontinue\nquit\n", "debug", c.toString());
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        int first = out.indexOf("h = 4");
        assertTrue(first > 0, out);
        assertTrue(out.indexOf("6\treturn w * h;", first) > 0, "back at line 6 after the return: " + out);
        assertTrue(out.contains("r=24"), out);
        assertTrue(out.contains("[program exited with code 0]"), out);
    }

    @Test
    void examineShowsProgramMemoryThroughAPointer(@TempDir Path dir) throws Exception {
        Path c = write(dir);
        CommandLineRun run = CommandLineRun.runWithInput("break area\ncontinue\nx/2 p\nx 0\nquit\n", "debug",
                c.toString());
        assertTrue(run.out().matches("(?s).*0x[0-9a-f]+:\t0x00000003\t0x00000004\n.*"), run.out());
        assertTrue(run.out().contains("Cannot access memory at address 0x0"), run.out());
    }

    @Test
    void reverseNextStepsBackOverACallWithoutRepeatingOutput(@TempDir Path dir) throws Exception {
        Path c = write(dir);
        CommandLineRun run = CommandLineRun.runWithInput("next\nnext\nnext\nreverse-next\nreverse-next\n"
                + "reverse-continue\nquit\n", "debug", c.toString());
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        assertEquals(1, out.split("r=24", -1).length - 1, "printed once, not again when going back: " + out);
        assertTrue(!out.contains("4\tint w"), "reverse-next does not stop inside area: " + out);
        int printf = out.indexOf("12\treturn r - 24;");
        assertTrue(printf > 0 && out.indexOf("11\tprintf", printf) > 0 && out.indexOf("10\tint r", printf) > 0, out);
        assertTrue(out.contains("No earlier statement matches; back at the start of the program."), out);
    }

    @Test
    void aRegisterWatchpointStopsAtTheStatementThatMadeTheAccess(@TempDir Path dir) throws Exception {
        Path c = dir.resolve("uartcr.c");
        Files.writeString(c, """
                #include <coresrv/io/mmio.h>
                #include <stdint.h>
                int main(void) {
                    IoMemHandles io;
                    void *base = 0;
                    KnIoMemHandlesClear(&io);
                    KnRegisterPhyMem(0x09000000, 0x1000, MMIO_K_SHARED, &io.rid);
                    KnIoMapMem(io.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &io.handle);
                    volatile uint32_t *uart = base;
                    uint32_t cr = uart[0x30 / 4];
                    uart[0x30 / 4] = cr | 0x80;
                    cr = uart[0x30 / 4];
                    return 0;
                }
                """, StandardCharsets.UTF_8);
        CommandLineRun run = CommandLineRun.runWithInput(
                "watch UART0.UARTCR.LBE\ncontinue\nrwatch UART0.UARTXX\nawatch UART0.UARTCR\ncontinue\nquit\n",
                "debug", c.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Hardware watchpoint 1: UART0.UARTCR.LBE"), run.out());
        assertTrue(run.out().contains("""
                Hardware watchpoint 1: UART0.UARTCR.LBE

                Value = 0x381
                  IoWriteMmReg32 UART0.UARTCR <- 0x381
                main () at %s:11
                11\tuart[0x30 / 4] = cr | 0x80;""".formatted(c)), run.out());
        assertTrue(run.out().contains("UART0 has no register 'UARTXX'."), run.out());
        assertTrue(run.out().contains("Hardware access (read/write) watchpoint 2: UART0.UARTCR"), run.out());
        assertTrue(run.out().contains("  IoReadMmReg32 UART0.UARTCR -> 0x381"), run.out());
        assertTrue(run.out().contains("12\tcr = uart[0x30 / 4];"), run.out());
    }

    @Test
    void aConditionalBreakpointAndIgnoreCountsAsInGdb(@TempDir Path dir) throws Exception {
        Path c = dir.resolve("loop.c");
        Files.writeString(c, """
                int main(void) {
                    int sum = 0;
                    for (int i = 0; i < 10; i++)
                        sum += i;
                    return sum - 45;
                }
                """, StandardCharsets.UTF_8);
        CommandLineRun run = CommandLineRun.runWithInput("break 4 if i == 3\ncontinue\np i\nignore 1 2\n"
                + "condition 1 i % 2 == 1\ncontinue\np i\ninfo breakpoints\ncondition 1\ncondition 9\nquit\n",
                "debug", c.toString());
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        assertTrue(out.contains("Breakpoint 1 at 4"), out);
        assertTrue(out.contains("$ = 3\n"), out);
        assertTrue(out.contains("Will ignore next 2 crossings of breakpoint 1."), out);
        assertTrue(out.contains("$ = 9\n"), "5 and 7 ignored: " + out);
        assertTrue(out.contains("1  breakpoint  4\n\tstop only if i % 2 == 1\n\tbreakpoint already hit 4 times"), out);
        assertTrue(out.contains("Breakpoint 1 now unconditional."), out);
        assertTrue(out.contains("No breakpoint number 9."), out);
    }

    @Test
    void stepiRunsToJustAfterTheNextCallOrAccess() throws Exception {
        CommandLineRun run = CommandLineRun.runWithInput("stepi\nstepi\nsi\n", "debug",
                CommandLineRun.repo().resolve("examples/c/pl011_console.c").toString());
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        assertTrue(out.contains("  KnIoMemHandlesClear "), out);
        assertTrue(out.contains("  KnRegisterPhyMem "), out);
        assertTrue(out.contains("  KnIoMapMem "), out);
        assertTrue(out.indexOf("KnRegisterPhyMem") < out.indexOf("KnIoMapMem"), out);
    }
}
