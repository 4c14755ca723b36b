package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;

import java.util.List;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.Simulator;

/** Addresses of the demo board, a small custom board and helpers shared by the tests. */
final class Fixtures {
    static final long UART0 = 0x0900_0000L;
    static final long RTC = 0x0901_0000L;
    static final long GPIO = 0x0903_0000L;
    static final long QEMU_HOLE = 0x0A00_0000L;
    static final long QEMU_RAM = 0x4000_0000L;
    static final long PAGE = 0x1000;

    static final long DEV_A = 0x1000_0000L;
    static final long DEV_A_SIZE = 0x2000;
    static final long DEV_B = 0x1001_0000L;
    static final long CONSOLE = 0x1002_0000L;
    static final long HOLE = 0x2000_0000L;

    private Fixtures() {
    }

    static Simulator qemu() {
        return new Simulator(Board.qemuVirt());
    }

    /** The qemu-virt address map with plain memory behind every device, for tests of the access rules alone. */
    static Simulator qemuMemory() {
        return new Simulator(Board.builder("qemu-virt-memory")
                .pageSize(4096)
                .ram(QEMU_RAM, 0x4000_0000L)
                .kernelDevice("UART0", UART0, PAGE)
                .device("RTC", RTC, PAGE)
                .device("GPIO", GPIO, PAGE)
                .build());
    }

    /** RAM at 0x80000000, DEV_A (2 pages), DEV_B (1 page), CONSOLE (1 page, kernel-used). */
    static Board testBoard() {
        return Board.builder("test")
                .ram(0x8000_0000L, 0x1000_0000L)
                .device("DEV_A", DEV_A, DEV_A_SIZE)
                .device("DEV_B", DEV_B, PAGE)
                .kernelDevice("CONSOLE", CONSOLE, PAGE)
                .build();
    }

    static MapResult mapRw(MmioApi api, int rid) {
        MapResult m = api.knIoMapMem(rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
        assertEquals(Retcode.rcOk, m.rc());
        return m;
    }

    static int registerOk(MmioApi api, long addr, long size, int flags) {
        var r = api.knRegisterPhyMem(addr, size, flags);
        assertEquals(Retcode.rcOk, r.rc(), "registration of " + Long.toHexString(addr));
        return r.rid();
    }

    static List<Diagnostic> diagnosticsOfKind(Simulator sim, DiagnosticKind kind) {
        return sim.diagnostics().stream().filter(d -> d.kind() == kind).toList();
    }
}
