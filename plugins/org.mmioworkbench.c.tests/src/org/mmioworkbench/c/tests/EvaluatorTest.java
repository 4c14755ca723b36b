package org.mmioworkbench.c.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.c.CMachine;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.c.internal.Evaluator;
import org.mmioworkbench.c.internal.Evaluator.EvalException;
import org.mmioworkbench.c.internal.Mailbox;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;

/**
 * A debugger's expressions are C, parsed and typed by the program's own parser in the scope of a frame, and evaluated
 * without side effects: what {@code print}, {@code x} and {@code watch} of {@code mmio-sim debug} (and, later, the
 * Eclipse debugger's Expressions view) rely on.
 */
class EvaluatorTest {
    private static final String PROGRAM = """
            #include <coresrv/io/mmio.h>
            #include <stdint.h>
            struct regs { volatile uint32_t DR, RSR; uint32_t pad[4]; volatile uint32_t FR, r1, ILPR, IBRD, FBRD,
                          LCR_H, CR, IFLS, IMSC, RIS, MIS, ICR; };
            typedef struct { int x, y; unsigned flag : 3; int neg : 4; } point;
            enum mode { OFF, ON = 5 };
            static const char *names[] = {"zero", "one"};
            static long total = -7;
            static int twice(int v) { return 2 * v; }
            static int (*op)(int) = twice;
            static int area(point *p, int scale) {
                static int calls;
                int w = p->x * scale;
                calls++;
                return w * p->y;
            }
            int main(void) {
                IoMemHandles io;
                void *base;
                KnIoMemHandlesClear(&io);
                KnRegisterPhyMem(0x09000000, 0x1000, MMIO_K_SHARED, &io.rid);
                KnIoMapMem(io.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &io.handle);
                struct regs *uart = base;
                uart->CR = 0x301;
                point pt = {3, 4, 5, -2};
                int k = 6;
                int r = area(&pt, 2);
                return r - 24 + k - 6;
            }
            """;

    @TempDir
    Path dir;
    private Simulator sim;
    private CMachine machine;
    private Evaluator ev;

    @BeforeEach
    void pauseInArea() throws Exception {
        Path file = dir.resolve("expr.c");
        Files.writeString(file, PROGRAM, StandardCharsets.UTF_8);
        CProgram p = CProgram.compile(file, List.of(), CRun.INCLUDE);
        sim = new Simulator(Board.qemuVirt());
        machine = new CMachine(p, sim, "expr", new Mailbox(), b -> { });
        assertTrue(machine.runUntil(x -> x.current().stmtPos != null && x.current().stmtPos.line() == 15).paused());
        ev = new Evaluator(machine.machine(), sim, "expr");
    }

    private String print(String expr) {
        return ev.format(ev.evaluate(expr, 0), false);
    }

    @Test
    void arithmeticFollowsCsConversions() {
        assertEquals("12", print("p->x * 4"));
        assertEquals("4294967295", print("(unsigned)-1"), "a cast to unsigned");
        assertEquals("1", print("-1 < 0"), "signed comparison");
        assertEquals("0", print("-1 < 0u"), "the usual arithmetic conversions make -1 unsigned");
        assertEquals("-4", print("-7 / 2 - 1"), "division truncates toward zero");
        assertEquals("8", print("sizeof(point) - 4"));
        assertEquals("5", print("ON"), "enumeration constants of the file scope");
        assertEquals("-7", print("total"));
        assertEquals("0x7", ev.format(ev.evaluate("7", 0), true));
    }

    @Test
    void membersBitFieldsPointersAndArraysReadTheProgramsMemory() {
        assertEquals("{x = 3, y = 4, flag = 5, neg = -2}", print("*p"));
        assertEquals("4", print("p->y"));
        assertEquals("-2", print("(*p).neg"));
        assertTrue(print("names[1]").endsWith(" \"one\""), print("names[1]"));
        assertEquals("110", print("names[1][1]"), "the character 'n'");
        assertEquals("2", print("scale"));
        assertEquals("6", print("w"), "a local of the innermost frame");
        assertEquals("1", print("calls"), "the function's static local, after its first increment");
        assertTrue(print("&p->y").startsWith("0x"));
        assertEquals(ev.evaluate("&p->x", 0).value() + 4, ev.evaluate("&p->y", 0).value());
        assertTrue(print("op").endsWith(" <twice>"), print("op"));
    }

    @Test
    void theCallersFrameHasItsOwnVariables() {
        assertEquals("6", print("w"));
        assertEquals("6", ev.format(ev.evaluate("k", 1), false), "main's k, from frame 1");
        assertThrows(EvalException.class, () -> ev.evaluate("w", 1), "area's w is not in main's scope");
        assertEquals("{x = 3, y = 4, flag = 5, neg = -2}", ev.format(ev.evaluate("pt", 1), false));
    }

    @Test
    void registersInAnMmioMappingArePeekedWithoutAnAccess() {
        long traced = sim.traceLength();
        long diagnostics = sim.diagnosticCount();
        assertEquals("0x301", ev.format(ev.evaluate("uart->CR", 1), true));
        String all = ev.format(ev.evaluate("*uart", 1), true);
        assertTrue(all.contains("CR = 0x301"), all);
        assertTrue(all.contains("ICR = "), "the write-only register shows what a peek gives: " + all);
        assertEquals(traced, sim.traceLength(), "no access was made, so nothing was traced");
        assertEquals(diagnostics, sim.diagnosticCount(), "reading write-only ICR would have been diagnosed");
    }

    @Test
    void whatWouldChangeTheProgramIsRefused() {
        for (String e : List.of("w = 1", "w++", "--w", "w += 2", "twice(3)", "({ 1; })")) {
            EvalException x = assertThrows(EvalException.class, () -> ev.evaluate(e, 0), e);
            assertTrue(x.getMessage().contains("side effects") || x.getMessage().contains("syntax"), x.getMessage());
        }
        assertEquals("6", print("w"), "nothing changed");
        assertEquals("1", print("calls"));
    }

    @Test
    void badExpressionsSayWhatAndWhereInOneLine() {
        assertEquals("No symbol \"nothing\" in current context.",
                assertThrows(EvalException.class, () -> ev.evaluate("nothing + 1", 0)).getMessage());
        String syntax = assertThrows(EvalException.class, () -> ev.evaluate("w + * ", 0)).getMessage();
        assertTrue(syntax.startsWith("A syntax error in expression, near `"), syntax);
        assertTrue(assertThrows(EvalException.class, () -> ev.evaluate("p->nosuch", 0)).getMessage()
                .contains("nosuch"));
        assertEquals("Division by zero", assertThrows(EvalException.class, () -> ev.evaluate("w / 0", 0))
                .getMessage());
        assertEquals("Cannot access memory at address 0x0",
                assertThrows(EvalException.class, () -> ev.evaluate("*(int *)0", 0)).getMessage());
        assertTrue(assertThrows(EvalException.class, () -> ev.evaluate("&scale", 0)).getMessage()
                .contains("register"), "a local held in a slot has no address");
        assertTrue(assertThrows(EvalException.class, () -> ev.evaluate("w )", 0)).getMessage()
                .contains("near `)'"));
        String nested = assertThrows(EvalException.class, () -> ev.evaluate("(".repeat(5000) + "w", 0)).getMessage();
        assertTrue(nested.startsWith("A syntax error in expression, near `" + "(".repeat(60) + "...': "), nested);
        assertTrue(nested.length() < 200, "one short line: " + nested.length());
        String chain = "w" + "+w".repeat(50_000);
        assertEquals("The expression is nested too deeply to evaluate.",
                assertThrows(EvalException.class, () -> ev.evaluate(chain, 0)).getMessage(),
                "a long chain is a deep tree: one line, not a stack overflow");
    }

    @Test
    void aParsedExpressionNamingALocalIsInScopeOnlyWhileItsFrameLives() {
        Evaluator.Parsed w = ev.parse("w * 10", 0);
        Evaluator.Parsed global = ev.parse("total + 1", 0);
        assertTrue(w.local());
        assertFalse(global.local());
        assertEquals(60, ev.evaluate(w).value());
        assertTrue(machine.runUntil(x -> x.top().fn.name.equals("main")).paused());
        assertFalse(ev.inScope(w), "area returned");
        assertThrows(EvalException.class, () -> ev.evaluate(w));
        assertTrue(ev.inScope(global));
        assertEquals(-6, ev.evaluate(global).value());
    }
}
