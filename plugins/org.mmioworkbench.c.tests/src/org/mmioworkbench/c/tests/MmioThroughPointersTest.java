package org.mmioworkbench.c.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.core.TraceEvent;

/**
 * Loads and stores through pointers into an MMIO mapping are MMIO accesses of their width: the same trace, device
 * behaviour and faults as the {@code IoReadMmReg*}/{@code IoWriteMmReg*} calls.
 */
class MmioThroughPointersTest {
    private static final String MAP_GPIO = """
            #include <coresrv/io/mmio.h>
            #include <stdint.h>
            #include <stdio.h>
            static uint8_t *map(uint32_t prot) {
                Handle rid, mh;
                void *base;
                if (KnRegisterPhyMem(0x09030000, 0x1000, 0, &rid) != rcOk) return 0;
                if (KnIoMapMem(rid, prot, VMM_FLAG_CACHE_DISABLE, &base, &mh) != rcOk) return 0;
                return base;
            }
            """;

    @TempDir
    Path dir;

    private static List<String> accesses(CRun.Result r) {
        return r.sim().trace().stream().filter(TraceEvent::isRegisterAccess)
                .map(e -> e.actor() + " " + e.operation() + " " + e.arguments() + " -> " + e.result() + " "
                        + e.device() + "." + e.register())
                .toList();
    }

    @Test
    void aStoreAndALoadThroughAVolatilePointerTraceAsTheApiCallsDo() throws Exception {
        CRun.Result pointers = CRun.source(dir, "p.c", MAP_GPIO + """
                int main(void) {
                    uint8_t *base = map(VMM_FLAG_READ | VMM_FLAG_WRITE);
                    volatile uint32_t *dirreg = (volatile uint32_t *)(base + 0x400);
                    *dirreg = 0x0F;
                    printf("%x\\n", *dirreg);
                    return 0;
                }
                """);
        CRun.Result calls = CRun.source(dir, "c.c", MAP_GPIO + """
                int main(void) {
                    uint8_t *base = map(VMM_FLAG_READ | VMM_FLAG_WRITE);
                    IoWriteMmReg32(base + 0x400, 0x0F);
                    printf("%x\\n", IoReadMmReg32(base + 0x400));
                    return 0;
                }
                """);
        assertTrue(pointers.ok(), pointers.errors());
        assertTrue(calls.ok(), calls.errors());
        assertEquals("f\n", pointers.stdout());
        assertEquals(calls.stdout(), pointers.stdout());
        assertEquals(2, accesses(calls).size(), accesses(calls).toString());
        assertEquals(accesses(calls), accesses(pointers));
    }

    @Test
    void theWidthOfTheAccessIsTheWidthOfTheType() throws Exception {
        CRun.Result r = CRun.source(dir, "w.c", MAP_GPIO + """
                int main(void) {
                    uint8_t *base = map(VMM_FLAG_READ | VMM_FLAG_WRITE);
                    volatile uint8_t *b = base + 0x400;
                    *b = 0x3;
                    return *b == 0x3 ? 0 : 1;
                }
                """);
        CRun.Result api = CRun.source(dir, "a.c", MAP_GPIO + """
                int main(void) {
                    uint8_t *base = map(VMM_FLAG_READ | VMM_FLAG_WRITE);
                    IoWriteMmReg8(base + 0x400, 0x3);
                    return IoReadMmReg8(base + 0x400) == 0x3 ? 0 : 1;
                }
                """);
        assertTrue(r.ok(), r.errors());
        assertEquals(accesses(api), accesses(r));
    }

    @Test
    void aRegisterStructLaidOverTheMappingReadsTheDevice() throws Exception {
        CRun.Result r = CRun.source(dir, "s.c", MAP_GPIO + """
                typedef struct { volatile uint32_t DATA[256]; volatile uint32_t DIR; } Pl061;
                int main(void) {
                    Pl061 *gpio = (Pl061 *)map(VMM_FLAG_READ | VMM_FLAG_WRITE);
                    gpio->DIR = 0x81;
                    printf("%x %x\\n", gpio->DIR, *(volatile uint32_t *)((uint8_t *)gpio + 0xFE0));
                    return 0;
                }
                """);
        assertTrue(r.ok(), r.errors());
        assertEquals("81 61\n", r.stdout());
    }

    @Test
    void aStoreThroughAReadOnlyMappingFaultsAtTheOperatorWithTheSimulatorsCauseAndABacktrace() throws Exception {
        CRun.Result r = CRun.source(dir, "ro.c", MAP_GPIO + """
                static void set(volatile uint32_t *reg, uint32_t v) {
                    *reg = v;
                }
                int main(void) {
                    uint8_t *base = map(VMM_FLAG_READ);
                    set((volatile uint32_t *)(base + 0x400), 1);
                    return 0;
                }
                """);
        assertTrue(r.outcome().error());
        assertTrue(r.outcome().message().startsWith(dir.resolve("ro.c") + ":12:5: error: write through a mapping"
                + " without VMM_FLAG_WRITE"), r.outcome().message());
        assertEquals(List.of("#0  set (reg=0x4000000400, v=1) at " + dir.resolve("ro.c") + ":12:5",
                "#1  main () at " + dir.resolve("ro.c") + ":16:5"), r.outcome().backtrace().stream()
                .map(l -> l.replaceAll("reg=0x[0-9a-f]+", "reg=0x4000000400")).toList());
        assertTrue(r.sim().trace().stream().anyMatch(TraceEvent::isFault), "the fault is traced");
    }

    @Test
    void aMisalignedAccessThroughAPointerFaultsAsTheApiDoes() throws Exception {
        CRun.Result r = CRun.source(dir, "mis.c", MAP_GPIO + """
                int main(void) {
                    uint8_t *base = map(VMM_FLAG_READ | VMM_FLAG_WRITE);
                    return (int)*(volatile uint32_t *)(base + 0x402);
                }
                """);
        assertTrue(r.outcome().error());
        assertTrue(r.outcome().message().contains(":13:17: error: the address is not aligned to the access width"),
                r.outcome().message());
    }
}
