package org.mmioworkbench.script.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.script.ExecutedStatement;
import org.mmioworkbench.script.Outcome;
import org.mmioworkbench.script.Script;
import org.mmioworkbench.script.ScriptMachine;
import org.mmioworkbench.script.ScriptOptions;
import org.mmioworkbench.script.ScriptOutput;
import org.mmioworkbench.script.StatementInfo;
import org.mmioworkbench.script.StopCondition;

/** The machine steps by instruction, statement and access, tells what each statement did, and goes back in time. */
class SteppingTest {
    private static final String DRIVER = """
            board qemu-virt
            #define BASE 0x09030000
            IoMemHandles hs
            KnIoMemHandlesClear(&hs)
            rc = KnRegisterPhyMem(BASE, 0x1000, 0, &hs.rid)
            rc = KnIoMapMem(hs.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &hs.handle)
            for (i = 0; i < 3; i++) {
                IoWriteMmReg32(base + 4 * i, i * 0x11)
                printf("wrote %d\\n", i)
            }
            sum = IoReadMmReg32(base) + IoReadMmReg32(base + 4) + IoReadMmReg32(base + 8)
            Delay(500)
            process other
            rc2 = KnRegisterPhyMem(BASE, 0x1000, 0, &rid2)
            process main
            rc = KnIoMemHandlesClose(&hs)
            printf("sum=%d rc2=%d\\n", sum, rc2)
            """;

    private static List<Integer> lineByLine(ScriptMachine m) {
        List<Integer> lines = new ArrayList<>();
        while (!m.isTerminated()) {
            m.currentStatement().ifPresent(s -> lines.add(s.line()));
            m.step();
        }
        return lines;
    }

    @Test
    void stepVisitsEachStatementAndEachLoopCondition() {
        ScriptRun run = ScriptRun.of(DRIVER);
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 7, 8, 9, 7, 8, 9, 7, 11, 12, 13, 14, 15, 16, 17), lineByLine(run.machine));
        assertEquals(Outcome.Kind.FINISHED, run.machine.outcome().kind());
        assertEquals("sum=51 rc2=-3\n", run.printed.substring(run.printed.indexOf("sum")));
    }

    @Test
    void whileAndDoWhileConditionsAreVisitedEveryIteration() {
        ScriptRun run = ScriptRun.of("""
                n = 0
                while (n < 2)
                    n++
                do {
                    n--
                } while (n > 0)
                if (n == 0) {
                    n = 5
                } else {
                    n = 6
                }
                """);
        assertEquals(List.of(1, 2, 3, 2, 3, 2, 4, 5, 6, 5, 6, 7, 8), lineByLine(run.machine));
    }

    @Test
    void eachStatementTellsWhichTraceEventsItProduced() {
        ScriptRun run = ScriptRun.of(DRIVER);
        ScriptMachine m = run.machine;
        m.runUntil(StopCondition.atLine(11));
        assertEquals(11, m.currentStatement().orElseThrow().line());
        ExecutedStatement loop = m.lastStatement().orElseThrow();
        assertEquals(7, loop.statement().line());
        assertEquals(0, loop.eventCount());
        m.step();
        ExecutedStatement sum = m.lastStatement().orElseThrow();
        assertEquals(11, sum.statement().line());
        assertEquals("main", sum.process());
        assertEquals(3, sum.eventCount());
        assertEquals(List.of("IoReadMmReg32", "IoReadMmReg32", "IoReadMmReg32"),
                m.lastStatementEvents().stream().map(TraceEvent::operation).toList());
        for (long seq = sum.firstEvent(); seq < sum.endEvent(); seq++) {
            assertEquals(11, m.statementOfEvent(seq).orElseThrow().line());
        }
        m.runUntil(StopCondition.atLine(14));
        assertEquals(List.of("ProcessStart"), m.lastStatementEvents().stream().map(TraceEvent::operation).toList());
        assertEquals(13, m.lastStatement().orElseThrow().statement().line());
        m.step();
        assertEquals(List.of("KnRegisterPhyMem"), m.lastStatementEvents().stream().map(TraceEvent::operation).toList());
        assertEquals("other", m.lastStatement().orElseThrow().process());
        assertTrue(m.statementOfEvent(0).isEmpty(), "the kernel's boot claim came from no statement");
    }

    @Test
    void anAccessAnotherActorMakesBetweenAStatementsAccessesComesFromNoStatement() {
        ScriptRun run = ScriptRun.of("""
                IoMemHandles hs
                KnIoMemHandlesClear(&hs)
                rc = KnRegisterPhyMem(0x09030000, 0x1000, 0, &hs.rid)
                rc = KnIoMapMem(hs.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &hs.handle)
                for (i = 0; i < 4; i++) {
                    IoWriteMmReg32(base + 0x400, i)
                }
                """);
        ScriptMachine m = run.machine;
        MmioApi view = run.sim.process("view").api();
        long viewRid = view.knRegisterPhyMem(0x0901_0000L, 0x1000, 0).rid();
        long viewRegister = view.knIoMapMem((int) viewRid, MmioConstants.VMM_FLAG_READ, 0).address();
        m.runUntil(StopCondition.atLine(6));
        List<Long> others = new ArrayList<>();
        while (m.stepAccess().kind() == Outcome.Kind.PAUSED) {
            others.add(run.sim.traceLength());
            view.ioReadMmReg32(viewRegister);
        }
        List<TraceEvent> writes = run.events("IoWriteMmReg32");
        assertEquals(4, writes.size());
        for (TraceEvent write : writes) {
            assertEquals(6, m.statementOfEvent(write.seq()).orElseThrow().line());
        }
        assertEquals(4, others.size());
        for (long seq : others) {
            assertEquals("view", run.sim.traceSince(seq).get(0).actor());
            assertTrue(m.statementOfEvent(seq).isEmpty(), "the view's read came from no statement");
        }
    }

    @Test
    void aLongRunNamesTheStatementsOfTheTraceWindowAndForgetsOlderEvents() {
        Simulator sim = new Simulator(ScriptRun.TEST_BOARD, 100);
        ScriptMachine m = new ScriptMachine(Script.parse("""
                IoMemHandles hs
                KnIoMemHandlesClear(&hs)
                rc = KnRegisterPhyMem(0x09030000, 0x1000, 0, &hs.rid)
                rc = KnIoMapMem(hs.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &hs.handle)
                for (i = 0; i < 3000; i++) {
                    IoWriteMmReg32(base, i)
                    IoWriteMmReg32(base + 4, i)
                }
                x = IoReadMmReg32(base + 4)
                """, "t.mmio"), sim, ScriptOutput.discard(), ScriptOptions.defaults());
        assertEquals(Outcome.Kind.FINISHED, m.run().kind());
        long end = sim.traceLength();
        assertEquals(9, m.statementOfEvent(end - 1).orElseThrow().line());
        for (long seq = end - 2; seq >= end - 99; seq--) {
            TraceEvent e = sim.traceSince(seq).get(0);
            assertEquals(e.physicalAddress().getAsLong() % 8 == 0 ? 6 : 7, m.statementOfEvent(seq).orElseThrow().line(), e.toString());
        }
        assertTrue(m.statementOfEvent(end - 101).isEmpty(), "older than the trace window");
        assertTrue(m.statementOfEvent(end - 5000).isEmpty(), "older than the trace window");
    }

    @Test
    void stepAccessPausesAfterEachSimulatorCallEvenMidStatement() {
        ScriptRun run = ScriptRun.of(DRIVER);
        ScriptMachine m = run.machine;
        m.runUntil(StopCondition.atLine(11));
        long before = run.sim.traceLength();
        assertEquals(Outcome.Kind.PAUSED, m.stepAccess().kind());
        assertEquals(before + 1, run.sim.traceLength());
        assertEquals(11, m.currentStatement().orElseThrow().line());
        assertEquals(1, m.lastStatement().orElseThrow().eventCount());
        assertFalse(m.variables().containsKey("sum"));
        m.stepAccess();
        m.stepAccess();
        assertEquals(3, m.lastStatement().orElseThrow().eventCount());
        assertFalse(m.variables().containsKey("sum"));
        m.step();
        assertEquals(0x11 + 0x22, m.variables().get("sum"));
        assertEquals(12, m.currentStatement().orElseThrow().line());
        m.stepAccess();
        assertEquals("advance", run.sim.traceSince(run.sim.traceLength() - 1).get(0).operation());
    }

    @Test
    void stepInstructionRunsOneInstructionOfTheInterpreter() {
        // scripts run on the C interpreter, where a statement of plain arithmetic is one instruction (the stack
        // machine took five for x = 1 + 2): one step runs it whole, and never more than one statement
        ScriptRun run = ScriptRun.of("x = 1 + 2\ny = x\n");
        ScriptMachine m = run.machine;
        assertEquals(1, m.currentStatement().orElseThrow().line());
        assertEquals(Outcome.Kind.PAUSED, m.stepInstruction().kind());
        assertEquals(3, m.variables().get("x"));
        assertFalse(m.variables().containsKey("y"), "the next statement has not run");
        assertEquals(2, m.currentStatement().orElseThrow().line());
        assertEquals(Outcome.Kind.FINISHED, m.stepInstruction().kind(), "the last statement's one instruction ends it");
        assertEquals(3, m.variables().get("y"));
    }

    @Test
    void nextEqualsStep() {
        ScriptRun a = ScriptRun.of(DRIVER);
        ScriptRun b = ScriptRun.of(DRIVER);
        while (!a.machine.isTerminated()) {
            assertEquals(a.machine.step().message(), b.machine.next().message());
        }
        assertEquals(a.sim.trace().toString(), b.sim.trace().toString());
    }

    @Test
    void breakpointsPauseBeforeTheirLineEachTimeItIsReached() {
        ScriptRun run = ScriptRun.of(DRIVER);
        ScriptMachine m = run.machine;
        List<Long> iterations = new ArrayList<>();
        Outcome o;
        while ((o = m.runUntil(StopCondition.atLines(List.of(8)))).kind() == Outcome.Kind.PAUSED) {
            assertEquals("paused at t.mmio:8:5", o.message());
            iterations.add(m.variables().get("i"));
        }
        assertEquals(List.of(0L, 1L, 2L), iterations);
        assertEquals(Outcome.Kind.FINISHED, o.kind());
        assertTrue(m.currentStatement().isEmpty());
    }

    @Test
    void aStopConditionSeesTheMachine() {
        ScriptRun run = ScriptRun.of(DRIVER);
        Outcome o = run.machine.runUntil((next, machine) -> machine.variables().getOrDefault("i", 0L) == 2);
        assertEquals(Outcome.Kind.PAUSED, o.kind());
        assertEquals(8, o.position().orElseThrow().line());
    }

    @Test
    void snapshotAndRestoreGiveTheIdenticalContinuation() {
        ScriptRun run = ScriptRun.of(DRIVER);
        ScriptMachine m = run.machine;
        m.runUntil(StopCondition.atLine(8));
        m.step();
        m.stepAccess();
        ScriptMachine.State mid = m.snapshot();
        int printedBefore = run.printed.length();
        long timeBefore = run.sim.now();

        Outcome first = m.run();
        List<String> firstTrace = run.sim.trace().stream().map(TraceEvent::toString).toList();
        String firstOutput = run.printed.substring(printedBefore);
        List<StatementInfo> firstOrigins = origins(m, firstTrace.size());
        assertEquals(Outcome.Kind.FINISHED, first.kind());

        for (int round = 0; round < 2; round++) {
            m.restore(mid);
            assertFalse(m.isTerminated());
            assertEquals(timeBefore, run.sim.now());
            assertEquals(9, m.currentStatement().orElseThrow().line());
            int printedAgain = run.printed.length();
            Outcome again = m.run();
            assertEquals(first.message(), again.message());
            assertEquals(firstTrace, run.sim.trace().stream().map(TraceEvent::toString).toList());
            assertEquals(firstOutput, run.printed.substring(printedAgain));
            assertEquals(firstOrigins, origins(m, firstTrace.size()));
        }
    }

    @Test
    void restoringAnEarlierStateThenDivergingKeepsBothTimelinesConsistent() {
        ScriptRun run = ScriptRun.of(DRIVER);
        ScriptMachine m = run.machine;
        m.runUntil(StopCondition.atLine(11));
        ScriptMachine.State atSum = m.snapshot();
        m.step();
        ScriptMachine.State afterSum = m.snapshot();
        long sum = m.variables().get("sum");
        m.restore(atSum);
        assertFalse(m.variables().containsKey("sum"));
        m.stepAccess();
        long length = run.sim.traceLength();
        m.restore(afterSum);
        assertEquals(sum, m.variables().get("sum"));
        assertEquals(12, m.currentStatement().orElseThrow().line());
        assertTrue(run.sim.traceLength() > length);
        assertEquals(11, m.statementOfEvent(run.sim.traceLength() - 1).orElseThrow().line());
        assertEquals(Outcome.Kind.FINISHED, m.run().kind());
    }

    @Test
    void restoringAfterAnErrorGoesBackBeforeIt() {
        ScriptRun run = ScriptRun.of("x = 1\ny = 0\nz = x / y\n");
        ScriptMachine m = run.machine;
        m.step();
        ScriptMachine.State start = m.snapshot();
        assertEquals(Outcome.Kind.RUNTIME_ERROR, m.run().kind());
        m.restore(start);
        assertEquals(Outcome.Kind.PAUSED, m.outcome().kind());
        assertEquals(2, m.currentStatement().orElseThrow().line());
    }

    @Test
    void aRegisterCallAfterARestoreToBeforeTheProcessStartedStartsItAgain() {
        ScriptRun run = ScriptRun.of("""
                x = 1
                v = IoReadMmReg32(0x4000000000)
                """);
        ScriptMachine m = run.machine;
        ScriptMachine.State start = m.snapshot();
        long boot = run.sim.traceLength();
        Outcome first = m.run();
        List<String> firstTrace = run.sim.traceSince(boot).stream().map(TraceEvent::toString).toList();
        assertEquals(Outcome.Kind.FAULT, first.kind(), first.message());
        assertEquals(List.of("ProcessStart", "IoReadMmReg32"),
                run.sim.traceSince(boot).stream().map(TraceEvent::operation).toList());

        m.restore(start);
        assertEquals(boot, run.sim.traceLength(), "the process had not started");
        Outcome again = m.run();
        assertEquals(first.kind(), again.kind());
        assertEquals(first.message(), again.message());
        assertEquals(firstTrace, run.sim.traceSince(boot).stream().map(TraceEvent::toString).toList());
        assertEquals(2, m.statementOfEvent(boot + 1).orElseThrow().line());
    }

    @Test
    void aStateBelongsToItsMachine() {
        ScriptRun a = ScriptRun.of("x = 1");
        ScriptRun b = ScriptRun.of("x = 1");
        ScriptMachine.State s = a.machine.snapshot();
        assertThrows(IllegalArgumentException.class, () -> b.machine.restore(s));
        assertNotEquals(null, s.simulatorSnapshot());
    }

    private static List<StatementInfo> origins(ScriptMachine m, int traceLength) {
        List<StatementInfo> list = new ArrayList<>();
        for (long seq = 0; seq < traceLength; seq++) {
            list.add(m.statementOfEvent(seq).orElse(null));
        }
        return list;
    }
}
