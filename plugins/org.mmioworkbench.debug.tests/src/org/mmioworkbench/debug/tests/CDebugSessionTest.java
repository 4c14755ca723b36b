package org.mmioworkbench.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.mmioworkbench.debug.CDebugSession;
import org.mmioworkbench.debug.DebugListener;
import org.mmioworkbench.debug.RunResult;
import org.mmioworkbench.debug.SuspendReason;
import org.mmioworkbench.debug.Watch;

/**
 * The headless debug engine without a workbench or a console: run control forward and back, breakpoints and watches
 * with typed suspend reasons, and the events a front end (the terminal console, an Eclipse debug model) relies on.
 */
class CDebugSessionTest {
    private static final Path INCLUDE = Path.of("..", "org.mmioworkbench.c", "include").toAbsolutePath().normalize();

    private static final String PROGRAM = """
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
