package org.mmioworkbench.ui.internal.views;

import java.util.function.Predicate;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.TraceEvent;

/**
 * What the Access Trace view shows of the trace: the events of one device, one register and one process, each
 * optional. Matches with the events' typed accessors, never their text.
 *
 * @param device a device of the board ({@code UART0}), or null for any
 * @param register a register's qualified name ({@code UART0.UARTCR}), or null for any
 * @param process an actor of the trace (a process, {@code kernel} or {@code simulator}), or null for any
 */
public record TraceFilter(String device, String register, String process) {
    /** Every event. */
    public static final TraceFilter NONE = new TraceFilter(null, null, null);

    /** Blank parts are no parts. */
    public TraceFilter {
        device = blankToNull(device);
        register = blankToNull(register);
        process = blankToNull(process);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * Tells whether the filter lets every event through.
     *
     * @return true when no part is set
     */
    public boolean isNone() {
        return device == null && register == null && process == null;
    }

    /**
     * Makes the test of events on a board: an event is of a device when it names the device (a register access, an
     * interrupt) or its physical address is in the device's window (a kernel call on its range); of a register when
     * it reached it (an access wider than a register may reach several) or faulted at its address; of a process when
     * the process made it.
     *
     * @param board the session's board, whose device windows count; null for none
     * @return the test
     */
    public Predicate<TraceEvent> on(Board board) {
        AddressRange window = device == null || board == null ? null : board.devices().stream()
                .filter(d -> d.name().equals(device)).map(DeviceWindow::range).findFirst().orElse(null);
        String d = device;
        String r = register;
        String p = process;
        return e -> (p == null || e.actor().equals(p))
                && (d == null || e.device().equals(d) || window != null && e.physicalAddress().isPresent()
                        && window.contains(e.physicalAddress().getAsLong()))
                && (r == null || reached(e, r));
    }

    private static boolean reached(TraceEvent e, String register) {
        String named = e.register();
        if (named.equals(register)) {
            return true;
        }
        return named.length() > register.length() && e.isRegisterAccess() && e.registers().contains(register);
    }
}
