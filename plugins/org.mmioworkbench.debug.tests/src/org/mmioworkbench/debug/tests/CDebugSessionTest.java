package org.mmioworkbench.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.c.CMachine;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.c.internal.Evaluator.EvalException;
import org.mmioworkbench.c.internal.Machine;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.debug.Breakpoint;
import org.mmioworkbench.debug.CallFrame;
import org.mmioworkbench.debug.CDebugSession;
import org.mmioworkbench.debug.DebugListener;
import org.mmioworkbench.debug.RegisterWatch;
import org.mmioworkbench.debug.RunResult;
import org.mmioworkbench.debug.SuspendReason;
import org.mmioworkbench.debug.Variable;
import org.mmioworkbench.debug.Watch;

/**
 * The headless debug engine without a workbench or a console: run control forward and back, breakpoints and watches
 * with typed suspend reasons, and the events a front end (the terminal console, an Eclipse debug model) relies on.
 */
class CDebugSessionTest {
    private static final Path INCLUDE = Path.of("..", "org.mmioworkbench.c", "include").toAbsolutePath().normalize();

    /** Three calls of a function that adds to a static: stepping into, over and out of calls. */
    static final String PROGRAM = """
            #include <stdio.h>
            static int level;
            static int bump(int by) {
                int twice = by * 2;
                level += twice;
                return level;
            }
            int main(void) {
                int r = 0;
                for (int i = 0; i < 3; i++)
                    r = bump(i + 1);
                printf("level=%d\\n", level);
                return r - 12;
            }
            """;

    @TempDir
    Path dir;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private CDebugSession session(String source) throws Exception {
        Path file = dir.resolve("prog.c");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        CProgram p = CProgram.compile(file, List.of(), INCLUDE);
        return new CDebugSession(p, new Simulator(Board.qemuVirt()), "prog", output::writeBytes);
    }

    private static SuspendReason reason(RunResult r) {
        return assertInstanceOf(RunResult.Suspended.class, r, r.toString()).reason();
    }

    private static int line(CDebugSession s) {
        return s.frames().get(0).pos().line();
    }

    private static String function(CDebugSession s) {
        return s.frames().get(0).function();
    }

    @Test
    void stepIntoEntersACallStepOverDoesNotAndStepOutReturnsToTheCaller() throws Exception {
        CDebugSession s = session(PROGRAM);
        assertEquals(9, line(s));
        assertInstanceOf(SuspendReason.StepEnd.class, reason(s.stepOver()));
        assertEquals(10, line(s));
        for (int i = 0; i < 5 && line(s) != 11; i++) {
            assertInstanceOf(SuspendReason.StepEnd.class, reason(s.stepOver()));
        }
        assertEquals(11, line(s));
        s.stepInto();
        assertEquals("bump", function(s));
        assertEquals(List.of("main", "bump"), s.frames().reversed().stream().map(Machine.FrameView::function)
                .toList());
        s.stepOut();
        assertEquals("main", function(s));
        s.stepOver(); // the loop's i++ and test
        s.stepOver();
        assertEquals("main", function(s), "next stays in main across the second call");
        assertThrows(IllegalStateException.class, s::stepOut, "main has no caller to return to");
    }

    @Test
    void resumeStopsAtEachBreakpointWithItsNumberAndEndsWithTheProgramsOutcome() throws Exception {
        CDebugSession s = session(PROGRAM);
        Breakpoint atBump = s.breakAtFunction("bump");
        Breakpoint atPrintf = s.breakAtLine("prog.c", 12);
        assertEquals(1, atBump.number());
        assertEquals(2, atPrintf.number());
        for (int call = 1; call <= 3; call++) {
            SuspendReason.BreakpointHit hit = assertInstanceOf(SuspendReason.BreakpointHit.class, reason(s.resume()));
            assertEquals(atBump, hit.breakpoint());
            assertEquals(Integer.toString(call), s.frames().get(0).args().get(0).shown());
        }
        assertEquals(atPrintf, assertInstanceOf(SuspendReason.BreakpointHit.class, reason(s.resume())).breakpoint());
        RunResult end = s.resume();
        CMachine.Outcome o = assertInstanceOf(RunResult.Terminated.class, end).outcome();
        assertEquals(0, o.status());
        assertEquals("level=12\n", output.toString(StandardCharsets.UTF_8));
        assertInstanceOf(RunResult.NotRunning.class, s.stepInto(), "nothing runs after the end");
        assertEquals(o, s.outcome());
    }

    @Test
    void theCallStackHasTypedVariablesWithMembersElementsAndPointedAtStructures() throws Exception {
        CDebugSession s = session("""
                #include <stdint.h>
                struct regs { uint32_t cr; uint8_t flags : 3; uint8_t mode : 5; };
                static int sum(struct regs *r, const char *name) {
                    int k = 7;
                    return (int) r->cr + k;
                }
                int main(void) {
                    struct regs block = { 40, 5, 17 };
                    int counts[3] = { 1, 2, 3 };
                    return sum(&block, "uart") - 47 + counts[0] - 1;
                }
                """);
        s.breakAtFunction("sum");
        assertInstanceOf(SuspendReason.BreakpointHit.class, reason(s.resume()));
        List<CallFrame> stack = s.callStack();
        assertEquals(List.of("sum", "main"), stack.stream().map(CallFrame::function).toList());
        CallFrame sum = stack.get(0);
        assertEquals(4, sum.line());
        assertTrue(sum.file().endsWith("prog.c"), sum.file());
        assertEquals(List.of("r", "name"), sum.arguments().stream().map(Variable::name).toList());
        assertEquals("const char *", sum.arguments().get(1).type());
        assertTrue(sum.arguments().get(1).value(false).endsWith(" \"uart\""), sum.arguments().get(1).value(false));
        Variable r = sum.arguments().get(0);
        assertEquals("struct regs *", r.type());
        assertTrue(r.hasChildren(), "a pointer to a structure expands to the structure");
        Variable block = r.children().get(0);
        assertEquals("*r", block.name());
        assertEquals("{cr = 40, flags = 5, mode = 17}", block.value(false));
        assertEquals(List.of("cr = 40", "flags = 5", "mode = 17"),
                block.children().stream().map(Variable::toString).toList());
        assertEquals("0x28", block.children().get(0).value(true));
        assertFalse(block.children().get(0).hasChildren());
        assertEquals(List.of("k"), sum.locals().stream().map(Variable::name).toList());
        Variable counts = stack.get(1).locals().stream().filter(v -> v.name().equals("counts")).findFirst()
                .orElseThrow();
        assertEquals("int [3]", counts.type());
        assertEquals(List.of("[0] = 1", "[1] = 2", "[2] = 3"), counts.children().stream().map(Variable::toString)
                .toList());
        assertEquals("sum (r=" + r.value(false) + ", name=" + sum.arguments().get(1).value(false) + ") at "
                + sum.file() + ":4", sum.toString());
    }

    @Test
    void goingBackToBeforeTheProcessStartedAndForwardAgainReplaysItsMmioCalls() throws Exception {
        CDebugSession s = session("""
                #include <coresrv/io/mmio.h>
                #include <stdio.h>
                static void touch(IoMemHandles *io) {
                    KnIoMemHandlesClear(io);
                }
                int main(void) {
                    IoMemHandles io;
                    touch(&io);
                    Retcode rc = KnRegisterPhyMem(0x09000000, 0x1000, MMIO_K_SHARED, &io.rid);
                    printf("rc=%d\\n", rc);
                    return rc;
                }
                """);
        Breakpoint b = s.breakAtLine("prog.c", 10);
        assertInstanceOf(SuspendReason.BreakpointHit.class, reason(s.resume()));
        s.delete(b);
        s.reverseStepOver(); // back over the registration
        s.reverseStepInto(); // into touch, whose call is the process's first
        assertEquals("touch", function(s));
        s.reverseStepInto();
        s.reverseStepInto();
        assertInstanceOf(SuspendReason.AtStart.class, reason(s.reverseStepInto()), "before the process started");
        assertInstanceOf(RunResult.Terminated.class, s.resume());
        assertEquals(0, s.outcome().status(), String.valueOf(s.outcome()));
        assertEquals("rc=0\n", output.toString(StandardCharsets.UTF_8), "printed once, going forward the first time");
    }

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
                uint32_t cr = uart[0x30 / 4];
                uart[0x30 / 4] = 0;
                IoWriteMmReg32((uint8_t *) base + 0x30, cr | 0x80);
                cr = uart[0x30 / 4] + 1;
                return 0;
            }
            """;

    @Test
    void aRegisterWatchpointSuspendsAtTheAccessInTheMiddleOfItsStatement() throws Exception {
        CDebugSession s = session(UART_DRIVER);
        RegisterWatch w = s.watchRegister("UART0", "UARTCR", null, RegisterWatch.Access.WRITE, null);
        assertEquals("UART0.UARTCR", w.spec());
        SuspendReason.RegisterWatchTriggered first = assertInstanceOf(SuspendReason.RegisterWatchTriggered.class,
                reason(s.resume()), "the read of line 10 is not a write");
        assertEquals(w, first.watch());
        assertEquals(11, line(s), "the store through the pointer");
        assertTrue(first.access().isWrite());
        assertEquals(0L, first.access().accessValue().orElseThrow());
        SuspendReason.RegisterWatchTriggered second = assertInstanceOf(SuspendReason.RegisterWatchTriggered.class,
                reason(s.resume()));
        assertEquals(12, line(s), "the API call");
        assertEquals(0x381L, second.access().accessValue().orElseThrow());
        assertEquals(0x381, s.evaluator().evaluate("uart[0x30 / 4]", 0).value(), "paused after the write");
        assertInstanceOf(RunResult.Terminated.class, s.resume(), "the last access is a read");

        CDebugSession r = session(UART_DRIVER);
        RegisterWatch read = r.watchRegister("UART0", "UARTCR", "LBE", RegisterWatch.Access.READ, 1L);
        assertEquals("UART0.UARTCR.LBE == 0x1", read.spec());
        SuspendReason.RegisterWatchTriggered lbe = assertInstanceOf(SuspendReason.RegisterWatchTriggered.class,
                reason(r.resume()), "the kernel left LBE clear: the read of line 10 does not count");
        assertEquals(13, line(r));
        assertEquals(0x381L, lbe.access().accessValue().orElseThrow());
        assertEquals(0x382, r.evaluator().evaluate("cr", 0).value(),
                "paused after the instruction that read: this statement is one instruction, the read and the add");
        r.stepOver();
        assertEquals(14, line(r));
        r.reverseStepInto();
        assertEquals(13, line(r), "going back to the access's statement");
        assertEquals(0x301, r.evaluator().evaluate("cr", 0).value(), "before it");

        assertThrows(IllegalArgumentException.class,
                () -> r.watchRegister("UART0", "UARTXX", null, RegisterWatch.Access.ACCESS, null));
        assertThrows(IllegalArgumentException.class,
                () -> r.watchRegister("UART0", "UARTCR", "LBE", RegisterWatch.Access.ACCESS, 2L), "LBE is one bit");
    }

    @Test
    void everyRegisterWatchpointAnAccessMatchesIsReportedAndCountedGoingForwardAndBack() throws Exception {
        CDebugSession s = session(UART_DRIVER);
        RegisterWatch writes = s.watchRegister("UART0", "UARTCR", null, RegisterWatch.Access.WRITE, null);
        RegisterWatch lbe = s.watchRegister("UART0", "UARTCR", "LBE", RegisterWatch.Access.WRITE, null);
        RegisterWatch any = s.watchRegister("UART0", "UARTCR", null, RegisterWatch.Access.ACCESS, null);
        SuspendReason.RegisterWatchTriggered read = assertInstanceOf(SuspendReason.RegisterWatchTriggered.class,
                reason(s.resume()));
        assertEquals(10, line(s));
        assertEquals(List.of(any), read.watches(), "a read matches only the access watchpoint");
        SuspendReason.RegisterWatchTriggered clear = assertInstanceOf(SuspendReason.RegisterWatchTriggered.class,
                reason(s.resume()));
        assertEquals(11, line(s));
        assertEquals(List.of(writes, any), clear.watches(), "LBE was clear already: the write does not change it");
        assertEquals(writes, clear.watch());
        SuspendReason.RegisterWatchTriggered set = assertInstanceOf(SuspendReason.RegisterWatchTriggered.class,
                reason(s.resume()));
        assertEquals(12, line(s));
        assertEquals(List.of(writes, lbe, any), set.watches(), "0x381 sets LBE: all three, in the order they were set");
        assertEquals(List.of(2, 1, 3), List.of(s.hitCount(writes), s.hitCount(lbe), s.hitCount(any)));

        s.delete(writes);
        SuspendReason.RegisterWatchTriggered back = assertInstanceOf(SuspendReason.RegisterWatchTriggered.class,
                reason(s.reverseResume()));
        assertEquals(12, line(s), "going back from the middle of line 12 undoes its write first, as gdb does");
        assertEquals(List.of(lbe, any), back.watches());
        assertEquals(0, s.evaluator().evaluate("uart[0x30 / 4]", 0).value(), "before the write");
        assertEquals(List.of(2, 4), List.of(s.hitCount(lbe), s.hitCount(any)));
        back = assertInstanceOf(SuspendReason.RegisterWatchTriggered.class, reason(s.reverseResume()));
        assertEquals(11, line(s), "then the store through the pointer of line 11: no statement is skipped");
        assertEquals(List.of(any), back.watches());
        assertEquals(0x301, s.evaluator().evaluate("uart[0x30 / 4]", 0).value());
        back = assertInstanceOf(SuspendReason.RegisterWatchTriggered.class, reason(s.reverseResume()));
        assertEquals(10, line(s), "then the read of line 10");
        assertFalse(back.access().isWrite());
        assertInstanceOf(SuspendReason.AtStart.class, reason(s.reverseResume()));
    }

    @Test
    void aConditionalBreakpointStopsWhereItsConditionHoldsAndIgnoredCrossingsAreCounted() throws Exception {
        CDebugSession s = session(PROGRAM);
        Breakpoint b = s.breakAtFunction("bump");
        s.setCondition(b, "by >= 2");
        assertEquals("by >= 2", s.condition(b));
        s.setIgnoreCount(b, 1);
        SuspendReason.BreakpointHit hit = assertInstanceOf(SuspendReason.BreakpointHit.class, reason(s.resume()));
        assertEquals(b, hit.breakpoint());
        assertEquals(null, hit.conditionError());
        assertEquals("3", s.frames().get(0).args().get(0).shown(), "by = 1 fails the condition, by = 2 is ignored");
        assertEquals(2, s.hitCount(b), "the ignored crossing is a hit too");
        assertEquals(0, s.ignoreCount(b));
        assertInstanceOf(SuspendReason.BreakpointHit.class, reason(s.reverseResume()), "going back, by = 2 stops");
        assertEquals("2", s.frames().get(0).args().get(0).shown());
        assertEquals(2, s.hitCount(b), "going back counts nothing");

        s.setCondition(b, "no_such_name > 0");
        SuspendReason.BreakpointHit error = assertInstanceOf(SuspendReason.BreakpointHit.class, reason(s.resume()));
        assertTrue(error.conditionError().startsWith("Error in testing condition for breakpoint 1: "),
                error.conditionError());
        s.setCondition(b, " ");
        assertEquals(null, s.condition(b), "blank: unconditional");
    }

    @Test
    void aStepToTheNextAccessSuspendsRightAfterEachCallOrMmioAccess() throws Exception {
        CDebugSession s = session(UART_DRIVER);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            SuspendReason.AccessMade a = assertInstanceOf(SuspendReason.AccessMade.class, reason(s.stepToAccess()));
            seen.add(line(s) + " " + a.access().operation());
        }
        assertEquals(List.of("6 KnIoMemHandlesClear", "7 KnRegisterPhyMem", "8 KnIoMapMem", "10 IoReadMmReg32",
                "11 IoWriteMmReg32"), seen, "a load and a store through the pointer are accesses too");
        s.stepOver();
        assertEquals(12, line(s), "a statement step finishes the statement of the access");
    }

    @Test
    void aDeletedBreakpointNoLongerSuspends() throws Exception {
        CDebugSession s = session(PROGRAM);
        Breakpoint atBump = s.breakAtFunction("bump");
        Breakpoint atPrintf = s.breakAtLine("prog.c", 12);
        assertEquals(atBump, assertInstanceOf(SuspendReason.BreakpointHit.class, reason(s.resume())).breakpoint());
        assertTrue(s.delete(atBump));
        assertFalse(s.delete(atBump), "deleted once");
        assertEquals(atPrintf, assertInstanceOf(SuspendReason.BreakpointHit.class, reason(s.resume())).breakpoint());
        assertEquals(List.of(atPrintf), s.breakpoints());
    }

    @Test
    void aWatchSuspendsAfterEachChangeForwardAndBeforeItGoingBackWithBothValues() throws Exception {
        CDebugSession s = session(PROGRAM);
        Watch w = s.watch("level", 0);
        SuspendReason.WatchTriggered first = assertInstanceOf(SuspendReason.WatchTriggered.class, reason(s.resume()));
        assertEquals(w, first.watch());
        assertEquals(0L, first.oldValue());
        assertEquals(2L, first.newValue());
        assertEquals("bump", function(s));
        SuspendReason.WatchTriggered second = assertInstanceOf(SuspendReason.WatchTriggered.class,
                reason(s.resume()));
        assertEquals(6L, second.newValue());
        SuspendReason.WatchTriggered back = assertInstanceOf(SuspendReason.WatchTriggered.class,
                reason(s.reverseResume()));
        assertEquals(6L, back.oldValue(), "going back, old is the later value");
        assertEquals(2L, back.newValue());
        assertEquals(5, line(s), "before the statement that changed it");
        assertEquals(2, s.evaluator().evaluate("level", 0).value());
    }

    @Test
    void aWatchOnALocalIsDeletedWhenItsFrameReturns() throws Exception {
        CDebugSession s = session(PROGRAM);
        s.breakAtFunction("bump");
        s.resume();
        Watch w = s.watch("twice", 0);
        assertEquals(2, w.number());
        assertEquals(2L, assertInstanceOf(SuspendReason.WatchTriggered.class, reason(s.resume())).newValue());
        SuspendReason.WatchOutOfScope gone = assertInstanceOf(SuspendReason.WatchOutOfScope.class, reason(s.resume()));
        assertEquals(w, gone.watch());
        assertEquals("main", function(s));
        assertEquals(List.of(), s.watches());
        assertThrows(EvalException.class, () -> s.watch("no_such_name", 0));
        assertThrows(EvalException.class, () -> s.watch("twice", 0), "twice is bump's, not main's");
    }

    @Test
    void goingBackRestoresTheStateOfThenAndDoesNotRepeatOutput() throws Exception {
        CDebugSession s = session(PROGRAM);
        List<String> events = new ArrayList<>();
        s.addListener(new DebugListener() {
            @Override
            public void restored() {
                events.add("restored");
            }

            @Override
            public void terminated(CMachine.Outcome outcome) {
                events.add("terminated " + outcome.status());
            }
        });
        s.breakAtLine("", 13);
        s.resume();
        assertEquals("level=12\n", output.toString(StandardCharsets.UTF_8));
        long at = s.statements();
        s.reverseStepInto();
        assertEquals(at - 1, s.statements());
        assertEquals(12, line(s));
        for (int i = 0; i < 5 && line(s) != 11; i++) {
            assertInstanceOf(SuspendReason.StepEnd.class, reason(s.reverseStepOver()));
            assertEquals("main", function(s), "reverse-next does not stop inside bump");
        }
        assertEquals(11, line(s), "back over the loop's last call");
        assertEquals(6, s.evaluator().evaluate("level", 0).value(), "level before the third call");
        assertTrue(events.contains("restored"));
        assertEquals(new SuspendReason.AtStart(true), reason(s.reverseResume()),
                "no breakpoint before the one at line 13: back to the start");
        assertEquals(0, s.statements());
        assertEquals(new SuspendReason.AtStart(false), reason(s.reverseStepInto()), "already at the start");
        assertEquals("level=12\n", output.toString(StandardCharsets.UTF_8), "the replays printed nothing again");
        assertInstanceOf(SuspendReason.BreakpointHit.class, reason(s.resume()), "forward again to line 13");
        assertEquals(12, s.evaluator().evaluate("level", 0).value());
        assertInstanceOf(RunResult.Terminated.class, s.resume());
        assertTrue(events.contains("terminated 0"), events.toString());
    }

    @Test
    void restartStartsAgainAndStopsAtTheStartOrAtTheFirstBreakpoint() throws Exception {
        CDebugSession s = session(PROGRAM);
        assertInstanceOf(RunResult.Terminated.class, s.resume());
        assertInstanceOf(SuspendReason.StepEnd.class, reason(s.restart(true)));
        assertEquals(0, s.statements());
        Breakpoint b = s.breakAtFunction("bump");
        assertEquals(b, assertInstanceOf(SuspendReason.BreakpointHit.class, reason(s.restart(false))).breakpoint());
        assertEquals("1", s.frames().get(0).args().get(0).shown());
    }

    @Test
    void anotherThreadCanSuspendARunThatWouldNeverEnd() throws Exception {
        CDebugSession s = session("""
                int main(void) {
                    volatile unsigned n = 0;
                    for (;;)
                        n++;
                }
                """);
        CompletableFuture<RunResult> run = CompletableFuture.supplyAsync(s::resume);
        while (!run.isDone()) {
            s.requestSuspend();
            Thread.onSpinWait();
        }
        assertInstanceOf(SuspendReason.ClientRequest.class, reason(run.get(1, TimeUnit.MINUTES)));
        // the request may land before the loop's first statement: the run is paused in the loop, however far it got
        assertTrue(line(s) == 3 || line(s) == 4, "paused in the loop, at line " + line(s));
        long n = s.evaluator().evaluate("n", 0).value();
        assertInstanceOf(SuspendReason.StepEnd.class, reason(s.stepInto()), "and goes on from there");
        assertInstanceOf(SuspendReason.StepEnd.class, reason(s.stepInto()));
        assertEquals(n + 1, s.evaluator().evaluate("n", 0).value(), "two statements on, n++ has run once more");
    }

    @Test
    void anotherThreadCanEndALongSearchBackWhereItBegan() throws Exception {
        CDebugSession s = session("""
                int main(void) {
                    volatile unsigned n = 0;
                    for (unsigned i = 0; i < 10000000u; i++)
                        n++;
                    return n == 10000000u ? 0 : 1;
                }
                """);
        s.breakAtLine("", 5);
        assertInstanceOf(SuspendReason.BreakpointHit.class, reason(s.resume()));
        long at = s.statements();
        CompletableFuture<RunResult> back = CompletableFuture.supplyAsync(s::reverseResume);
        while (!back.isDone()) {
            s.requestSuspend();
            Thread.onSpinWait();
        }
        assertInstanceOf(SuspendReason.ClientRequest.class, reason(back.get(1, TimeUnit.MINUTES)),
                "a search back over 30 million statements with no breakpoint before: the request ends it");
        assertEquals(at, s.statements(), "where it began");
        assertEquals(5, line(s));
        assertEquals(10000000L, s.evaluator().evaluate("n", 0).value());
        assertInstanceOf(RunResult.Terminated.class, s.resume());
        assertEquals(0, s.outcome().status());
    }
}
