package org.mmioworkbench.script.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmioworkbench.script.Outcome;
import org.mmioworkbench.script.ScriptOptions;

/**
 * What a variable holds and which type a store converts to depend on the path the script took to get there
 * (declarations in branches and loops), the loop bound holds for every shape of loop condition, and operands
 * are evaluated from left to right around calls.
 */
class PathsAndOrderTest {

    @ParameterizedTest
    @ValueSource(strings = {"i < 31", "i != 31", "i <= 30", "i < m"})
    void aForLoopOneIterationPastTheBoundStopsAtTheFor(String condition) {
        ScriptRun run = new ScriptRun("n = 0\nm = 31\nfor (i = 0; " + condition + "; i++) {\n    n++\n}\n",
                ScriptOptions.defaults().withLoopBound(30));
        Outcome o = run.machine.run();
        assertEquals(Outcome.Kind.LOOP_BOUND, o.kind());
        assertEquals("t.mmio:3:1: error: the loop at line 3 ran more than 30 iterations; is it polling a register"
                + " that never changes? (the loop bound can be raised)", o.message());
        assertEquals(30, run.var("n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"i < 30", "i != 30", "i <= 29", "i < m"})
    void aForLoopOfExactlyTheBoundFinishes(String condition) {
        ScriptRun run = new ScriptRun("n = 0\nm = 30\nfor (i = 0; " + condition + "; i++) {\n    n++\n}\n",
                ScriptOptions.defaults().withLoopBound(30));
        assertEquals(Outcome.Kind.FINISHED, run.machine.run().kind());
        assertEquals(30, run.var("n"));
    }

    @Test
    void aStoreConvertsToTheTypeDeclaredOnThePathTaken() {
        String script = """
                x = 0
                if (c) {
                    int8_t x
                }
                x = 255
                """;
        assertEquals(-1L, ScriptRun.finished("c = 1\n" + script).var("x"));
        assertEquals(255, ScriptRun.finished("c = 0\n" + script).var("x"));
    }

    @Test
    void aDeclarationLaterInALoopTypesTheStoresOfTheNextIteration() {
        ScriptRun run = ScriptRun.finished("""
                x = 0
                for (i = 0; i < 2; i++) {
                    x = 0x1FF
                    printf("%x ", x)
                    uint8_t x = 7
                }
                x = 0x1FF
                """);
        assertEquals("1ff ff ", run.printed.toString());
        assertEquals(0xFF, run.var("x"));
    }

    @Test
    void aDeclarationWithoutValueInALoopTakesTheValueAwayEachIteration() {
        ScriptRun run = ScriptRun.of("""
                for (i = 0; i < 2; i++) {
                    uint32_t v
                    if (i == 0) {
                        v = 5
                    }
                    y = v
                }
                """);
        Outcome o = run.machine.run();
        assertEquals("t.mmio:6:9: error: undefined variable 'v'", o.message());
        assertEquals(5, run.var("y"));
    }

    @Test
    void whatTheRightOperandOfAndReadsMayStillHaveNoValue() {
        Outcome o = ScriptRun.of("a = 0\nif (a && b) {\n}\nc = b\n").machine.run();
        assertEquals("t.mmio:4:5: error: undefined variable 'b'", o.message());
    }

    @Test
    void anOperandLeftOfACallIsReadBeforeTheCallChangesIt() {
        ScriptRun run = ScriptRun.finished("x = 1000\ny = x + KnRegisterPhyMem(0x09030000, 0x1000, 0, &x)\n");
        assertEquals(1000, run.var("y"));
        assertEquals(1, run.events("KnRegisterPhyMem").size());
        assertFalse(run.var("x") == 1000, "x holds the region handle");
    }

    @Test
    void aRegisterReadAddedToAVariableAddsToItsValueAndLeavesItAloneWhilePausedAtTheAccess() {
        ScriptRun run = ScriptRun.of("""
                IoMemHandles hs
                KnIoMemHandlesClear(&hs)
                rc = KnRegisterPhyMem(0x09030000, 0x1000, 0, &hs.rid)
                rc = KnIoMapMem(hs.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &hs.handle)
                IoWriteMmReg32(base + 8, 40)
                sum = 2
                sum += IoReadMmReg32(base + 8)
                y = sum + IoReadMmReg32(base + 8)
                """);
        run.machine.runUntil((next, m) -> next.line() == 7);
        assertEquals(Outcome.Kind.PAUSED, run.machine.stepAccess().kind());
        assertEquals(2, run.var("sum"), "paused at the read, before the addition");
        assertEquals(Outcome.Kind.FINISHED, run.machine.run().kind());
        assertEquals(42, run.var("sum"));
        assertEquals(82, run.var("y"));
    }

    @Test
    void anUndefinedVariableLeftOfARegisterReadStopsTheScriptBeforeTheRead() {
        ScriptRun run = ScriptRun.of("y = nothing + IoReadMmReg32(0x1000)\n");
        Outcome o = run.machine.run();
        assertEquals("t.mmio:1:5: error: undefined variable 'nothing'", o.message());
        assertEquals(0, run.events("IoReadMmReg32").size());
    }

    @Test
    void anErrorLeftOfACallStopsTheScriptBeforeTheCall() {
        ScriptRun run = ScriptRun.of("zero = 0\nz = 1 / zero + IoReadMmReg32(0x1000)\n");
        Outcome o = run.machine.run();
        assertEquals("t.mmio:2:7: error: division by zero", o.message());
        assertEquals(0, run.events("IoReadMmReg32").size());
    }
}
