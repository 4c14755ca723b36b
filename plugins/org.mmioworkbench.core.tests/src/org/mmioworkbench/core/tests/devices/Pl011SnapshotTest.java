package org.mmioworkbench.core.tests.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.Snapshot;

/**
 * A snapshot taken while the PL011 is busy (a character on the line, FIFOs part-used, an overrun pending, a
 * receive timeout running, diagnostics already given) resumes exactly as the run it was taken from.
 */
class Pl011SnapshotTest {
    static final long UART0 = 0x0900_0000L;
    static final int DR = 0x000;
    static final int FR = 0x018;
    static final int IBRD = 0x024;
    static final int FBRD = 0x028;
    static final int LCR_H = 0x02C;
    static final int CR = 0x030;
    static final int IMSC = 0x038;
    static final int RIS = 0x03C;
    static final long FRAME_NS = 86_771;

    private final Rig rig = new Rig(new Simulator(Board.qemuVirt()), UART0);

    private void init() {
        rig.w32(CR, 0);
        while ((rig.r32(FR) & (1 << 3)) != 0) {
            // let the kernel's output finish
        }
        rig.w32(IBRD, 13);
        rig.w32(FBRD, 1);
        rig.w32(LCR_H, (3 << 5) | (1 << 4));
        rig.w32(CR, 1 | (1 << 8) | (1 << 9));
    }

    /** What a driver sees from here on: raw status, received words with error bits, output, diagnostics. */
    private List<String> resume() {
        List<String> seen = new ArrayList<>();
        rig.sim.advance(1);
        seen.add("RIS=" + Integer.toHexString(rig.r32(RIS)));
        rig.sim.input("UART0", "Z");
        rig.sim.advance(3 * FRAME_NS);
        while ((rig.r32(FR) & (1 << 4)) == 0) {
            seen.add(Integer.toHexString(rig.r32(DR)));
        }
        rig.r32(DR); // empty
        for (int i = 0; i < 20; i++) {
            rig.w32(DR, 'k');
        }
        rig.w32(IBRD, 14);
        rig.sim.advance(40 * FRAME_NS);
        rig.w32(DR, 'm');
        rig.sim.advance(2 * FRAME_NS);
        seen.add(rig.sim.console("UART0", 0));
        seen.add("diagnostics=" + rig.sim.diagnostics().size());
        seen.add("frame=" + rig.sim.device("UART0", org.mmioworkbench.core.devices.Pl011.class).orElseThrow()
                .frameNanos());
        return seen;
    }

    @Test
    void aBusyUartResumesFromASnapshotExactlyAsItWent() {
        init();
        rig.w32(IMSC, 0x7F0);
        rig.sim.input("UART0", "0123456789ABCDEFG"); // 17: the last overruns the FIFO
        rig.sim.advance(18 * FRAME_NS);
        for (int i = 0; i < 3; i++) {
            rig.r32(DR);
        }
        rig.w32(DR, 'a');
        rig.w32(DR, 'b');
        rig.w32(DR, 'c');
        rig.sim.advance(FRAME_NS + FRAME_NS / 2); // 'a' sent, 'b' on the line, 'c' waiting
        rig.r32(DR);
        Snapshot s = rig.sim.snapshot();
        List<String> first = resume();
        rig.sim.restore(s);
        assertEquals(first, resume());
    }

    @Test
    void diagnosticsAlreadyGivenStayGivenAfterARestore() {
        init();
        rig.w32(CR, 0);
        rig.r32(DR); // empty read: diagnosed once
        for (int i = 0; i < 20; i++) {
            rig.w32(DR, 'x'); // the FIFO fills: diagnosed once
        }
        rig.w32(IBRD, 14); // changed, not latched
        rig.w32(CR, 1 | (1 << 8) | (1 << 9)); // sending now diagnoses the stale divisor once
        Snapshot s = rig.sim.snapshot();
        List<String> first = again();
        rig.sim.restore(s);
        assertEquals(first, again());
    }

    private List<String> again() {
        rig.r32(DR);
        rig.w32(DR, 'y');
        rig.sim.advance(FRAME_NS);
        rig.w32(DR, 'y');
        return List.of("diagnostics=" + rig.sim.diagnostics().size(), rig.sim.console("UART0", 0));
    }
}
