package org.mmioworkbench.c.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules of the interpreter that the differential programs do not pin down: limits, errors and gcc's choices. */
class InterpreterRulesTest {
    @TempDir
    Path dir;

    private CRun.Result run(String source) throws Exception {
        return CRun.source(dir, "t.c", source);
    }

    @Test
    void argumentsAreEvaluatedFromTheLastToTheFirstAsGccDoes() throws Exception {
        CRun.Result r = run("""
                #include <stdio.h>
                static int n;
                static int bump(void) { return ++n; }
                int main(void) { printf("%d %d\\n", bump(), n); return 0; }
                """);
        assertTrue(r.ok(), r.errors());
        assertEquals("1 0\n", r.stdout());
    }

    @Test
    void aCallInsideShortCircuitAndConditionalRunsOnlyWhenReached() throws Exception {
        CRun.Result r = run("""
                #include <stdio.h>
                static int calls;
                static int f(int v) { calls++; return v; }
                int main(void) {
                    int a = 0 && f(1);
                    int b = 1 || f(1);
                    int c = a ? f(2) : f(3);
                    printf("%d %d %d %d\\n", a, b, c, calls);
                    return 0;
                }
                """);
        assertTrue(r.ok(), r.errors());
        assertEquals("0 1 3 1\n", r.stdout());
    }

    @Test
    void anEndlessLoopStopsAtTheStatementLimitWithItsPosition() throws Exception {
        CRun.Result r = run("int main(void) {\n    for (;;) { }\n}\n");
        assertTrue(r.outcome().error());
        assertTrue(r.outcome().message().contains("the program ran more than 200000000 statements"),
                r.outcome().message());
    }

    @Test
    void aSixtyFourBitAccessToMmioIsRefusedAsTheApiHasNone() throws Exception {
        CRun.Result r = run("""
                #include <coresrv/io/mmio.h>
                #include <stdint.h>
                int main(void) {
                    Handle rid, mh; void *base;
                    KnRegisterPhyMem(0x09030000, 0x1000, 0, &rid);
                    KnIoMapMem(rid, VMM_FLAG_READ, 0, &base, &mh);
                    return (int)*(volatile uint64_t *)base;
                }
                """);
        assertTrue(r.outcome().error());
        assertTrue(r.outcome().message().contains("error: a 64-bit MMIO read"), r.outcome().message());
    }

    @Test
    void mallocBeyondTheMemoryLimitReturnsNull() throws Exception {
        CRun.Result r = run("""
                #include <stdlib.h>
                int main(void) { return malloc((size_t)1 << 40) == NULL ? 0 : 1; }
                """);
        assertTrue(r.ok(), r.errors());
    }

    @Test
    void aHugeGlobalIsRefusedBeforeTheProgramRuns() throws Exception {
        CRun.Result r = run("static char big[1L << 30];\nint main(void) { return big[0]; }\n");
        assertTrue(r.compileError() != null && r.compileError().contains("t.c:1:13: error: the global 'big' is too"
                + " large"), r.errors());
    }

    @Test
    void aReadPastAHeapBlockIsAnOutOfBoundsErrorAtTheSubscript() throws Exception {
        CRun.Result r = run("""
                #include <stdlib.h>
                int main(void) {
                    int *p = malloc(8);
                    return p[2];
                }
                """);
        assertTrue(r.outcome().error());
        assertTrue(r.outcome().message().contains("t.c:4:13: error: out of bounds: read of 4 bytes"),
                r.outcome().message());
    }

    @Test
    void functionPointersCompareAndCallLikeOtherPointers() throws Exception {
        CRun.Result r = run("""
                #include <stdio.h>
                static int one(void) { return 1; }
                static int two(void) { return 2; }
                int main(void) {
                    int (*t[2])(void) = { one, two };
                    printf("%d %d %d\\n", t[0](), (*t[1])(), t[0] != t[1]);
                    return 0;
                }
                """);
        assertTrue(r.ok(), r.errors());
        assertEquals("1 2 1\n", r.stdout());
    }

    @Test
    void structsArePassedAndReturnedByValue() throws Exception {
        CRun.Result r = run("""
                #include <stdio.h>
                struct v { int x, y; char tag[4]; };
                static struct v swap(struct v a) { int t = a.x; a.x = a.y; a.y = t; a.tag[0] = 's'; return a; }
                int main(void) {
                    struct v a = { 1, 2, "ab" };
                    struct v b = swap(a);
                    printf("%d %d %s %d %d %s\\n", a.x, a.y, a.tag, b.x, b.y, b.tag);
                    return 0;
                }
                """);
        assertTrue(r.ok(), r.errors());
        assertEquals("1 2 ab 2 1 sb\n", r.stdout());
    }

    @Test
    void unsupportedConstructsAreNamed() throws Exception {
        assertTrue(run("int main(void) { float f = 0; return 0; }\n").compileError()
                .contains("floating point is not supported"));
        assertTrue(run("int main(void) { __asm__(\"nop\"); return 0; }\n").compileError()
                .contains("inline assembly is not supported"));
        assertTrue(run("int main(void) { int n = 3; int a[n]; return 0; }\n").compileError()
                .contains("variable-length arrays are not supported"));
    }
}
