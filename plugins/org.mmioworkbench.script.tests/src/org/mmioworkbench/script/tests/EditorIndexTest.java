package org.mmioworkbench.script.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.SourceIndex;
import org.mmioworkbench.core.SourceIndex.Kind;
import org.mmioworkbench.core.SourceIndex.Symbol;
import org.mmioworkbench.script.Script;

/**
 * What the driver editor shows of a script while the user types: its first error at the exact place, its outline
 * (processes, variables, {@code #define}s by line), and what content assist offers (the API's calls with their
 * parameters, its constants).
 */
class EditorIndexTest {
    private static final String SCRIPT = """
            board qemu-virt
            #define UART0_BASE 0x0900_0000

            process platform
            uint32_t rid;
            Retcode rc = KnRegisterPhyMem(UART0_BASE, 0x1000, 0, &rid);
            process driver
            if (rc == rcOk) {
                uint64_t base;
            }
            """;

    private static Symbol find(SourceIndex index, String name) {
        return index.symbols().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theOutlineListsProcessesVariablesAndDefinesByLine() {
        SourceIndex index = Script.index(SCRIPT, "drv.mmio");
        assertTrue(index.problem().isEmpty(), () -> index.problem().toString());
        assertEquals(List.of("UART0_BASE:2:MACRO", "platform:4:PROCESS", "rid:5:VARIABLE", "rc:6:VARIABLE", "driver:7:PROCESS",
                "base:9:VARIABLE"), index.outline().stream().map(s -> s.name() + ":" + s.line() + ":" + s.kind())
                .toList());
        assertEquals("0x9000000", find(index, "UART0_BASE").detail());
        assertEquals("qemu-virt", index.board().orElseThrow());
    }

    @Test
    void theApiCallsAndConstantsAreThereForContentAssist() {
        SourceIndex index = Script.index("", "empty.mmio");
        Symbol map = find(index, "KnIoMapMem");
        assertEquals(Kind.FUNCTION, map.kind());
        assertEquals("KnIoMapMem(rid, prot, attr, &addr, &handle)", map.detail());
        assertEquals("void IoWriteMmReg32(reg, data)", find(index, "IoWriteMmReg32").detail());
        assertEquals(Kind.MACRO, find(index, "VMM_FLAG_READ").kind());
        assertEquals(Kind.MACRO, find(index, "rcInvalidArgument").kind());
    }

    @Test
    void anErrorIsPlacedAndTheNamesBeforeItStayListed() {
        SourceIndex index = Script.index(SCRIPT.replace("uint64_t base;", "uint64_t base = ;"), "drv.mmio");
        SourceIndex.Problem p = index.problem().orElseThrow();
        assertEquals("drv.mmio", p.file());
        assertEquals(9, p.line());
        assertEquals(21, p.column());
        assertTrue(index.outline().stream().anyMatch(s -> s.name().equals("driver")), "names before the error");
    }

    @Test
    void garbageIsAnErrorNeverAnException() {
        for (String text : List.of("\u0000", "{{{{", "#define", "process", "board", "x = (((((((((;", "\"open")) {
            assertTrue(Script.index(text, "junk.mmio").problem().isPresent(), text);
        }
    }
}
