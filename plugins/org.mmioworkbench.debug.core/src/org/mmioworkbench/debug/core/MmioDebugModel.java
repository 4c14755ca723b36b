package org.mmioworkbench.debug.core;

import java.util.List;

import org.mmioworkbench.debug.RegisterWatch;
import org.mmioworkbench.debug.SuspendReason;

/** The identifiers the Eclipse debug model of MMIO Workbench is known by, and the attributes of its launches. */
public final class MmioDebugModel {
    /** The debug model's identifier, of its targets, threads, frames, values and breakpoints. */
    public static final String ID = "org.mmioworkbench.debug.core";
    /** The launch configuration type "MMIO Driver". */
    public static final String LAUNCH_TYPE = ID + ".driverLaunch";
    /** The marker type of a line breakpoint in driver code. */
    public static final String LINE_BREAKPOINT_MARKER = ID + ".lineBreakpoint.marker";
    /** The marker type of a register watchpoint. */
    public static final String REGISTER_WATCHPOINT_MARKER = ID + ".registerWatchpoint.marker";
    /** The marker type of a problem a launch found in driver code (a compile error, a run-time error). */
    public static final String PROBLEM_MARKER = ID + ".problem";

    /** Launch attribute: the driver's C file, a workspace path ({@code /project/driver.c}). */
    public static final String ATTR_FILE = ID + ".file";
    /**
     * Launch attribute: the board: empty for the one the program names ({@code #pragma mmio board}) or else
     * {@code qemu-virt}; a built-in board's name; or a board file, a workspace path ({@code /project/board.yaml}).
     */
    public static final String ATTR_BOARD = ID + ".board";
    /** Launch attribute: the simulated process's name; empty for the file's stem, as on the command line. */
    public static final String ATTR_PROCESS = ID + ".process";
    /**
     * Launch attribute: a script's loop bound, the most iterations one execution of a loop may run before the run
     * stops with an error (an endless polling loop); as {@code mmio-sim run --max-loop}.
     */
    public static final String ATTR_LOOP_BOUND = ID + ".loopBound";
    /** The loop bound a launch has by default, as {@code mmio-sim run}'s. */
    public static final int DEFAULT_LOOP_BOUND = 1_000_000;
    /**
     * Launch attribute: the trace file, JSON Lines as {@code mmio-sim run --trace} writes it: a workspace path
     * ({@code /project/run.jsonl}) or an absolute path; empty for none.
     */
    public static final String ATTR_TRACE_FILE = ID + ".traceFile";

    private MmioDebugModel() {
    }

    /**
     * Why a driver's thread is suspended, in the words of the Debug view's label.
     *
     * @param thread a thread of the Debug view
     * @return e.g. {@code breakpoint at line 72}, {@code watchpoint UART0.UARTCR.LBE: IoWriteMmReg32 <- 0x381},
     *         or null for another thread, one that runs, or a suspend with nothing to tell
     */
    /** The register watchpoints an access hit, each spelling once: {@code watchpoint UART0.UARTCR}. */
    private static String watchpoints(SuspendReason.RegisterWatchTriggered w) {
        List<String> specs = w.watches().stream().map(RegisterWatch::spec).distinct().toList();
        return (specs.size() == 1 ? "watchpoint " : "watchpoints ") + String.join(", ", specs);
    }

    public static String suspension(org.eclipse.debug.core.model.IThread thread) {
        if (!(thread instanceof DriverThread t) || t.reason() == null) {
            return null;
        }
        return switch (t.reason()) {
            case SuspendReason.BreakpointHit b when b.breakpoint().line() > 0 -> "breakpoint at line "
                    + b.breakpoint().line();
            case SuspendReason.BreakpointHit b -> "breakpoint at " + b.breakpoint().spec();
            case SuspendReason.RegisterWatchTriggered w -> watchpoints(w) + ": "
                    + w.access().operation() + (w.access().isWrite() ? " <- 0x" : " -> 0x")
                    + Long.toHexString(w.access().accessValue().orElse(0));
            case SuspendReason.WatchTriggered w -> "watchpoint " + w.watch().text();
            case SuspendReason.AtStart a -> "at the start";
            case SuspendReason.EventReached e -> "at event #" + e.event().seq() + ": " + e.event().operation()
                    + (e.event().accessValue().isPresent() ? (e.event().isWrite() ? " <- 0x" : " -> 0x")
                            + Long.toHexString(e.event().accessValue().getAsLong()) : "");
            default -> null;
        };
    }
}
