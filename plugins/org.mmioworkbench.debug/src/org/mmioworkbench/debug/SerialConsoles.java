package org.mmioworkbench.debug;

import java.util.ArrayList;
import java.util.List;

import org.mmioworkbench.core.DeviceModel;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.SerialPort;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Pl011;
import org.mmioworkbench.core.devices.Register;

/**
 * Follows what the board's serial devices (UARTs) transmit, so a front end (the terminal console, an Eclipse
 * console) can show their output as it appears. A UART's console grows only when a character it is sending completes, at the time
 * its model announces as its next event ({@link DeviceModel#nextEventNanos()}); so {@link #poll(boolean)}
 * reads a console only when that time has come or the
 * announced time changed (a register write started a character), not after every access of a polling loop,
 * and then copies only the characters it has not shown, so a long output costs its length, not its square.
 */
public final class SerialConsoles {
    /** The longest the runner lets time run after a script ended, for the UARTs to send what they hold. */
    public static final long DRAIN_LIMIT_NANOS = 1_000_000_000L;

    private final Simulator sim;
    private final List<String> devices = new ArrayList<>();
    private final List<DeviceModel> models = new ArrayList<>();
    private final int[] shown;
    /** Each model's next event when its console was last read. */
    private final long[] announced;

    /**
     * Finds the serial devices of a simulator's board.
     *
     * @param sim the simulator
     */
    public SerialConsoles(Simulator sim) {
        this.sim = sim;
        for (DeviceWindow w : sim.board().devices()) {
            if (sim.device(w.name(), SerialPort.class).isPresent()) {
                devices.add(w.name());
                models.add(sim.device(w.name()).orElseThrow());
            }
        }
        shown = new int[devices.size()];
        announced = new long[devices.size()];
        java.util.Arrays.fill(announced, Long.MIN_VALUE);
    }

    /**
     * Returns the serial devices.
     *
     * @return device names in board order
     */
    public List<String> devices() {
        return devices;
    }

    /**
     * Returns what the serial devices transmitted since the last call.
     *
     * @param force true to read every console (before {@code printf} text, to keep the order), false to read
     *        only those that may have grown
     * @return the new characters, one {@code char} per byte; empty if none
     */
    public String poll(boolean force) {
        StringBuilder fresh = null;
        long now = sim.now();
        for (int i = 0; i < devices.size(); i++) {
            long next = models.get(i).nextEventNanos();
            if (!force && next == announced[i] && now < next) {
                continue;
            }
            int length = sim.consoleLength(devices.get(i));
            if (length > shown[i]) {
                if (fresh == null) {
                    fresh = new StringBuilder();
                }
                fresh.append(sim.console(devices.get(i), shown[i]));
            }
            shown[i] = length;
            announced[i] = models.get(i).nextEventNanos();
        }
        return fresh == null ? "" : fresh.toString();
    }

    /** Takes the consoles as they are now as shown (after going back in time, or to drop output). */
    public void resync() {
        for (int i = 0; i < devices.size(); i++) {
            shown[i] = sim.consoleLength(devices.get(i));
            announced[i] = models.get(i).nextEventNanos();
        }
    }

    /**
     * Lets simulated time pass until every PL011 has sent the characters in its transmit FIFO, as the
     * hardware would after the driver stopped, at most {@link #DRAIN_LIMIT_NANOS}. Each step is a clock
     * advance of the simulator in the trace.
     *
     * @return true if time was advanced
     */
    public boolean drain() {
        long deadline = sim.now() + DRAIN_LIMIT_NANOS;
        boolean advanced = false;
        for (int guard = 0; guard < 1_000_000; guard++) {
            long next = Long.MAX_VALUE;
            for (String name : devices) {
                Pl011 uart = sim.device(name, Pl011.class).orElse(null);
                if (uart != null && transmitting(uart)) {
                    next = Math.min(next, uart.nextEventNanos());
                }
            }
            long now = sim.now();
            if (next == Long.MAX_VALUE || next > deadline) {
                break;
            }
            sim.advance(Math.max(1, next - now));
            advanced = true;
        }
        return advanced;
    }

    private static boolean transmitting(Pl011 uart) {
        Register fr = uart.registers().register("UARTFR");
        return uart.transmitLevel() > 0 || (uart.registers().get(fr) & 0x8) != 0; // UARTFR.BUSY
    }
}
