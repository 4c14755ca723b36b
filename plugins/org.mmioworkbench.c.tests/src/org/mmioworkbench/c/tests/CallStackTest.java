package org.mmioworkbench.c.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.c.CMachine;
import org.mmioworkbench.c.CProgram;
import org.mmioworkbench.c.internal.Machine;
import org.mmioworkbench.c.internal.Mailbox;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;

/** A paused machine lists its call stack frame by frame: function, position, arguments and locals with types. */
class CallStackTest {
    @TempDir
    Path dir;

    @Test
    void framesNameFunctionLineArgumentsAndLocalsInnermostFirst() throws Exception {
        Path file = dir.resolve("stack.c");
        Files.writeString(file, """
                struct point { int x, y; };
                static int area(struct point *p, int scale) {
                    int w = p->x * scale;
                    int h = p->y;
                    return w * h;
                }
                int main(void) {
                    struct point pt = {3, 4};
                    int r = area(&pt, 2);
                    return r - 24;
                }
                """, StandardCharsets.UTF_8);
        CProgram p = CProgram.compile(file, List.of(), CRun.INCLUDE);
        CMachine m = new CMachine(p, new Simulator(Board.qemuVirt()), "stack", new Mailbox(), b -> { });
        CMachine.Outcome o = m.runUntil(x -> x.current().stmtPos != null && x.current().stmtPos.line() == 5);
        assertTrue(o.paused());
        List<Machine.FrameView> frames = m.machine().frames();
        assertEquals(2, frames.size());
        Machine.FrameView area = frames.get(0);
        assertEquals("area", area.function());
        assertEquals(5, area.pos().line());
        assertEquals(List.of("p", "scale"), area.args().stream().map(Machine.VarView::name).toList());
        assertEquals("struct point *", area.args().get(0).type().toString());
        assertEquals("2", area.args().get(1).shown());
        assertEquals(List.of("w=6", "h=4"), area.locals().stream().map(v -> v.name() + "=" + v.shown()).toList());
        Machine.FrameView main = frames.get(1);
        assertEquals("main", main.function());
        assertEquals(9, main.pos().line());
        Machine.VarView pt = main.locals().get(0);
        assertEquals("pt", pt.name());
        assertEquals("struct point", pt.type().toString());
        assertTrue(pt.address() > 0, "a local whose address is taken lives in memory");
        assertEquals(pt.address(), area.args().get(0).value(), "p points at main's pt");
        assertEquals(0, m.run().status());
    }
}
