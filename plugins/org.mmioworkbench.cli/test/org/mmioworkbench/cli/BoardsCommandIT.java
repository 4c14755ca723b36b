package org.mmioworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code bin/mmio-sim boards}, through the real launcher. */
class BoardsCommandIT {

    @Test
    void boardsListsEveryBuiltInBoardWithItsDevices() throws Exception {
        CommandLineRun run = CommandLineRun.run("boards");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.outLines();
        assertTrue(lines.contains("qemu-virt (default), page size 0x1000"), run.out());
        assertTrue(lines.contains("  0x09000000-0x09000FFF  UART0       used by the kernel"), run.out());
        assertTrue(lines.contains("  0x09030000-0x09030FFF  GPIO"), run.out());
        assertTrue(lines.contains("  0x40000000-0x7FFFFFFF  RAM"), run.out());
        assertTrue(lines.contains("rpi4b, page size 0x1000"), run.out());
        assertTrue(lines.contains("  0xFE201000-0xFE201FFF  UART0       used by the kernel"), run.out());
        assertTrue(lines.contains("  0xFE003000-0xFE003FFF  SYSTIMER"), run.out());
    }
}
