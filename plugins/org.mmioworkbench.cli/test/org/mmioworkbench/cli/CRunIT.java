package org.mmioworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/mmio-sim run FILE.c ...} and {@code include-dir}, through the real launcher. */
class CRunIT {
    private static final String MAP_UART = """
            #include <coresrv/io/mmio.h>
            #include <stdio.h>
            #include <stdint.h>
            static volatile uint32_t *uart(void) {
                Handle rid, mh;
                void *base;
                if (KnRegisterPhyMem(0x09000000, 0x1000, MMIO_K_SHARED, &rid) != rcOk) return 0;
                if (KnIoMapMem(rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &mh) != rcOk)
                    return 0;
                return base;
            }
            """;

    private static Path write(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static void noStackTrace(CommandLineRun run) {
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void aCDriverWritesTheUartThroughAPointerIntoTheMappingAndPrintsInOrder(@TempDir Path dir) throws Exception {
        Path c = write(dir, "hello.c", MAP_UART + """
                int main(void) {
                    volatile uint32_t *u = uart();
                    const char *s = "hi\\n";
                    while (*s) u[0] = (uint8_t)*s++;
                    while (u[0x18 / 4] & (1u << 3)) { }
                    printf("done\\n");
                    return 0;
                }
                """);
        CommandLineRun run = CommandLineRun.run("run", c.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("hi\ndone\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void mainReturningNonZeroExitsWithOneAndSaysWhatItReturned(@TempDir Path dir) throws Exception {
        Path c = write(dir, "three.c", "int main(void) { return 3; }\n");
        CommandLineRun run = CommandLineRun.run("run", c.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("main returned 3"), run.err());
    }

    @Test
    void exitAndAbortEndTheProgram(@TempDir Path dir) throws Exception {
        Path ok = write(dir, "ex0.c", "#include <stdlib.h>\n#include <stdio.h>\n"
                + "int main(void) { puts(\"a\"); exit(0); puts(\"b\"); return 5; }\n");
        CommandLineRun run = CommandLineRun.run("run", ok.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("a\n", run.out());
        Path ab = write(dir, "ab.c", "#include <stdlib.h>\nint main(void) { abort(); }\n");
        CommandLineRun aborted = CommandLineRun.run("run", ab.toString());
        assertEquals(1, aborted.status());
        assertTrue(aborted.err().contains("ab.c:2:18: error: abort() was called"), aborted.err());
    }

    @Test
    void aNullDereferenceNamesFileLineAndPrintsABacktrace(@TempDir Path dir) throws Exception {
        Path c = write(dir, "null.c", "static int get(int *p) { return *p; }\nint main(void) { return get(0); }\n");
        CommandLineRun run = CommandLineRun.run("run", c.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("null.c:1:33: error: null pointer dereference"), run.err());
        assertTrue(run.err().contains("#0  get (p=0x0) at " + c + ":1:33"), run.err());
        assertTrue(run.err().contains("#1  main () at " + c + ":2:25"), run.err());
        noStackTrace(run);
    }

    @Test
    void aCompileErrorIsOneLineNamingThePositionWithStatusTwo(@TempDir Path dir) throws Exception {
        Path c = write(dir, "syn.c", "int main(void) {\n    int x = ;\n}\n");
        CommandLineRun run = CommandLineRun.run("run", c.toString());
        assertEquals(2, run.status());
        assertEquals(c + ":2:13: error: expected expression before ';' token\n", run.err());
    }

    @Test
    void severalFilesRunAsProcessesInOrderAndAHandleSentIsReceivedLater(@TempDir Path dir) throws Exception {
        Path a = write(dir, "platform.c", """
                #include <coresrv/io/mmio.h>
                #include <mmio_sim/sim.h>
                #include <stdio.h>
                int main(void) {
                    Handle rid, sent;
                    if (KnRegisterPhyMem(0x09010000, 0x1000, 0, &rid) != rcOk) return 1;
                    if (IpcTransferHandle(rid, "rtc", &sent) != rcOk) return 2;
                    printf("sent\\n");
                    return KnHandleClose(rid) == rcOk ? 0 : 3;
                }
                """);
        Path b = write(dir, "rtc.c", """
                #include <coresrv/io/mmio.h>
                #include <mmio_sim/sim.h>
                #include <stdio.h>
                #include <stdint.h>
                int main(void) {
                    Handle rid, mh;
                    void *base;
                    if (IpcReceiveHandle("platform", &rid) != rcOk) return 1;
                    if (KnIoMapMem(rid, VMM_FLAG_READ, 0, &base, &mh) != rcOk) return 2;
                    printf("id %x\\n", ((volatile uint32_t *)base)[0xFE0 / 4]);
                    return 0;
                }
                """);
        CommandLineRun run = CommandLineRun.run("run", a.toString(), b.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("sent\nid 31\n", run.out());
    }

    @Test
    void theBoardComesFromThePragma(@TempDir Path dir) throws Exception {
        Path c = write(dir, "pi.c", """
                #pragma mmio board("rpi4b")
                #include <coresrv/io/mmio.h>
                int main(void) {
                    Handle rid;
                    return KnRegisterPhyMem(0xFE200000, 0x1000, 0, &rid) == rcOk ? 0 : 1;
                }
                """);
        CommandLineRun run = CommandLineRun.run("run", c.toString());
        assertEquals(0, run.status(), run.err());
    }

    @Test
    void includeDirPrintsTheFolderOfTheBundledHeaders() throws Exception {
        CommandLineRun run = CommandLineRun.run("include-dir");
        assertEquals(0, run.status(), run.err());
        Path dir = Path.of(run.out().trim());
        assertTrue(Files.isRegularFile(dir.resolve("coresrv/io/mmio.h")), run.out());
        assertTrue(Files.isRegularFile(dir.resolve("mmio_sim/sim.h")), run.out());
    }
}
