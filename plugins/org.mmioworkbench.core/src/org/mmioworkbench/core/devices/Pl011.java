package org.mmioworkbench.core.devices;


import org.mmioworkbench.core.DeviceContext;
import org.mmioworkbench.core.DeviceState;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.InterruptLine;
import org.mmioworkbench.core.SerialPort;

/**
 * ARM PrimeCell UART (PL011), after its Technical Reference Manual (ARM DDI 0183), registers from
 * {@code svd/pl011.svd}.
 *
 * <h2>What is modelled</h2>
 * <ul>
 * <li><b>Transmit.</b> A write to UARTDR puts the character into the transmit FIFO (16 entries; a
 * one-character holding register when UARTLCR_H.FEN is 0). A write to a full FIFO loses the character
 * and leaves a {@link DiagnosticKind#DEVICE_MISUSE} diagnostic (once until there is room again).
 * Changing UARTLCR_H.FEN empties both FIFOs. While UARTCR.UARTEN and TXE are set, the
 * transmitter takes one character at a time and sends it in one frame time; then it appears in the
 * console ({@link #transmitted()}). A character being sent when the UART is disabled is finished first.</li>
 * <li><b>Timing.</b> The frame time is (1 start + 5..8 data (WLEN) + parity (PEN) + 1 or 2 stop (STP2))
 * bit times; a bit time is 16 x (IBRD + FBRD/64) reference clock cycles. As in the hardware, UARTIBRD,
 * UARTFBRD and UARTLCR_H take effect together when UARTLCR_H is written; sending with a divisor of 0, or
 * with IBRD/FBRD changed but UARTLCR_H not written since, leaves a diagnostic (nothing is sent with 0).
 * The reference clock is a constructor parameter: 24 MHz on QEMU virt, 48 MHz on the Raspberry Pi 4.</li>
 * <li><b>Receive.</b> Input ({@link #receive(CharSequence)}, {@code Simulator.input}) is sent to the UART
 * at its own frame time, one character after the other, while UARTEN and RXE are set (input waits while
 * they are not, as if the sender used flow control). Waiting input costs what it holds: adding text costs its length
 * however much waits (a driver feeding input a character at a time in a loop stays linear), and a snapshot
 * shares it. A character arriving at a full receive FIFO is lost:
 * UARTRSR.OE and UARTRIS.OERIS are set, the next character read carries OE, and a diagnostic is left. A
 * read of UARTDR takes the oldest character with its error bits; a read with the FIFO empty returns 0 and
 * leaves a diagnostic (once until a character arrives).</li>
 * <li><b>Flags.</b> UARTFR follows the FIFOs: TXFE/RXFE (empty), TXFF/RXFF (full; FIFO or holding
 * register), BUSY (characters waiting or being sent). After reset TXFE and RXFE are set.</li>
 * <li><b>Interrupts.</b> UARTRIS: TXRIS when the transmit FIFO level falls to the UARTIFLS trigger level
 * or below (the holding register empties, FIFOs off), cleared by writing enough data or UARTICR - as in the
 * hardware, an empty FIFO does not raise it by itself; RXRIS when the receive FIFO reaches its trigger level
 * (a character arrives, FIFOs off), cleared by reading below it; RTRIS (receive timeout) when characters
 * wait and nothing arrived for 32 bit times, cleared by reading the FIFO empty; OERIS on overrun.
 * UARTMIS = UARTRIS AND UARTIMSC; the interrupt line (named like the device) is raised while UARTMIS is
 * non-zero. UARTICR clears raw bits.</li>
 * <li><b>Loopback.</b> With UARTCR.LBE, sent characters go to the receiver instead of the console.</li>
 * <li><b>Boot state.</b> A UART the kernel uses as its console is created with a baud rate: after reset it
 * is programmed as the kernel leaves it (that baud rate, 8N1, FIFOs on, UARTEN|TXE|RXE).</li>
 * </ul>
 * Modem lines, IrDA, DMA, break and framing/parity errors are not modelled (their register bits are
 * plain storage).
 */
public final class Pl011 extends RegisterFileDevice implements DeviceBehavior, SerialPort {
    /** Reference clock (UARTCLK) of the PL011 on QEMU's virt machine: 24 MHz. */
    public static final long QEMU_VIRT_CLOCK_HZ = 24_000_000;
    /** Reference clock (UARTCLK) of UART0 on the Raspberry Pi 4 (BCM2711): 48 MHz. */
    public static final long RPI4_CLOCK_HZ = 48_000_000;
    /** Depth of each FIFO. */
    public static final int FIFO_DEPTH = 16;

    private static final int[] LEVELS = {2, 4, 8, 12, 14, 14, 14, 14};
    private static final int RX_INT = 1 << 4;
    private static final int TX_INT = 1 << 5;
    private static final int RT_INT = 1 << 6;
    private static final int OE_INT = 1 << 10;
    private static final int OE_FLAG = 1 << 11;
    private static final long BUSY = 1 << 3;
    private static final long RXFE = 1 << 4;
    private static final long TXFF = 1 << 5;
    private static final long RXFF = 1 << 6;
    private static final long TXFE = 1 << 7;

    private final DeviceContext context;
    private final long clockHz;
    private final int bootBaud;
    private final RegisterFile registers;
    private final InterruptLine irq;
    private final Register dr;
    private final Register rsr;
    private final Register fr;
    private final Register ibrd;
    private final Register fbrd;
    private final Register lcrh;
    private final Register cr;
    private final Register ifls;
    private final Register imsc;
    private final Register ris;
    private final Register mis;
    private final Register icr;

    // transmit side
    private int[] txFifo = new int[FIFO_DEPTH];
    private int txHead;
    private int txCount;
    private boolean shifting;
    private int shiftChar;
    private long shiftEnd = Long.MAX_VALUE;
    private final TextLog console = new TextLog();
    // receive side
    private int[] rxFifo = new int[FIFO_DEPTH];
    private int rxHead;
    private int rxCount;
    /** Input sent to the UART that has not arrived yet. */
    private final TextQueue input = new TextQueue();
    private long rxNext = Long.MAX_VALUE;
    private long timeoutAt = Long.MAX_VALUE;
    private boolean overrun;
    // line settings latched by a UARTLCR_H write
    private long divisor;
    private int frameBits = 7;
    private boolean fifos;
    // diagnostics already given: once per setting, per full FIFO, per empty FIFO
    private boolean divisorWarned;
    private boolean overflowWarned;
    private boolean emptyReadWarned;

    /**
     * Creates a PL011 in its reset state.
     *
     * @param context the simulator's services
     * @param clockHz the reference clock UARTCLK in Hz
     * @param bootBaud 0 for the hardware reset state; else the baud rate the kernel programmed it to at boot
     *        (8N1, FIFOs on, enabled), for a console UART
     */
    public Pl011(DeviceContext context, long clockHz, int bootBaud) {
        if (clockHz <= 0 || bootBaud < 0) {
            throw new IllegalArgumentException("bad clock " + clockHz + " or baud rate " + bootBaud);
        }
        this.context = context;
        this.clockHz = clockHz;
        this.bootBaud = bootBaud;
        this.registers = new RegisterFile(context, DeviceSvd.peripheral("pl011"), this);
        this.irq = context.interruptLine("");
        this.dr = registers.register("UARTDR");
        this.rsr = registers.register("UARTRSR");
        this.fr = registers.register("UARTFR");
        this.ibrd = registers.register("UARTIBRD");
        this.fbrd = registers.register("UARTFBRD");
        this.lcrh = registers.register("UARTLCR_H");
        this.cr = registers.register("UARTCR");
        this.ifls = registers.register("UARTIFLS");
        this.imsc = registers.register("UARTIMSC");
        this.ris = registers.register("UARTRIS");
        this.mis = registers.register("UARTMIS");
        this.icr = registers.register("UARTICR");
        reset();
    }

    /**
     * Returns the registers (for inspection in tests and views).
     *
     * @return the register file
     */
    @Override
    public RegisterFile registers() {
        return registers;
    }

    @Override
    public String transmitted() {
        return console.toString();
    }

    @Override
    public int transmittedLength() {
        return console.length();
    }

    @Override
    public String transmittedSince(int from) {
        return console.substring(from);
    }

    @Override
    public void receive(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                throw new IllegalArgumentException("character " + (int) text.charAt(i) + " is not a byte");
            }
        }
        input.add(text);
        scheduleReceive(context.now());
    }

    /**
     * Returns the input sent to the UART that has not arrived yet.
     *
     * @return the waiting characters
     */
    public String pendingInput() {
        return input.toString();
    }

    /**
     * Returns how many characters wait in the transmit FIFO (not counting one being sent).
     *
     * @return 0 to 16
     */
    public int transmitLevel() {
        return txCount;
    }

    /**
     * Returns how many characters wait in the receive FIFO.
     *
     * @return 0 to 16
     */
    public int receiveLevel() {
        return rxCount;
    }

    /**
     * Returns the time one frame takes with the settings latched by the last UARTLCR_H write.
     *
     * @return nanoseconds, or 0 if the baud-rate divisor is 0
     */
    public long frameNanos() {
        return divisor == 0 ? 0 : (frameBits * divisor * 1_000_000_000L + 2 * clockHz) / (4 * clockHz);
    }

    /**
     * Returns the baud rate latched by the last UARTLCR_H write.
     *
     * @return bits per second, or 0 if the divisor is 0
     */
    public double baudRate() {
        return divisor == 0 ? 0 : 4.0 * clockHz / divisor;
    }

    private long bitNanos() {
        return (divisor * 1_000_000_000L + 2 * clockHz) / (4 * clockHz);
    }

    // ----- DeviceModel ---------------------------------------------------------------------------

    @Override
    public void reset() {
        registers.reset();
        txHead = 0;
        txCount = 0;
        shifting = false;
        shiftEnd = Long.MAX_VALUE;
        console.clear();
        rxHead = 0;
        rxCount = 0;
        input.clear();
        rxNext = Long.MAX_VALUE;
        timeoutAt = Long.MAX_VALUE;
        overrun = false;
        divisorWarned = false;
        overflowWarned = false;
        emptyReadWarned = false;
        if (bootBaud > 0) {
            long div = Math.round(4.0 * clockHz / bootBaud);
            registers.set(ibrd, div >>> 6);
            registers.set(fbrd, div & 63);
            registers.set(lcrh, 0x70);
            registers.set(cr, 0x301);
        }
        latchLineSettings();
        refresh();
    }

    @Override
    public long nextEventNanos() {
        return Math.min(shiftEnd, Math.min(rxNext, timeoutAt));
    }

    @Override
    public void advance(long nanos) {
        long now = context.now();
        if (now < shiftEnd && now < rxNext && now < timeoutAt) {
            return;
        }
        while (true) {
            long next = nextEventNanos();
            if (next > now) {
                break;
            }
            if (next == shiftEnd) {
                finishCharacter(next);
            } else if (next == rxNext) {
                arrive(next);
            } else {
                timeoutAt = Long.MAX_VALUE;
                if (rxCount > 0) {
                    registers.set(ris, registers.get(ris) | RT_INT);
                }
            }
        }
        refresh();
    }

    // ----- transmitter ---------------------------------------------------------------------------

    private boolean transmitterOn() {
        long c = registers.get(cr);
        return (c & 0x001) != 0 && (c & 0x100) != 0;
    }

    private boolean receiverOn() {
        long c = registers.get(cr);
        return (c & 0x001) != 0 && (c & 0x200) != 0 && divisor > 0;
    }

    private int depth() {
        return fifos ? FIFO_DEPTH : 1;
    }

    private int txTrigger() {
        return fifos ? LEVELS[(int) (registers.get(ifls) & 7)] : 0;
    }

    private int rxTrigger() {
        return fifos ? LEVELS[(int) ((registers.get(ifls) >>> 3) & 7)] : 1;
    }

    /** Moves the next character into the shift register if the transmitter may run. */
    private void startNext(long at) {
        if (shifting || txCount == 0 || !transmitterOn()) {
            return;
        }
        if (divisor == 0 || divisor != currentDivisor()) {
            warnDivisor();
            if (divisor == 0) {
                return;
            }
        }
        int before = txCount;
        overflowWarned = false;
        shiftChar = txFifo[txHead];
        txHead = (txHead + 1) % FIFO_DEPTH;
        txCount--;
        shifting = true;
        shiftEnd = at + frameNanos();
        int trigger = txTrigger();
        if (before > trigger && txCount <= trigger) {
            registers.set(ris, registers.get(ris) | TX_INT);
        }
    }

    private void finishCharacter(long at) {
        shifting = false;
        shiftEnd = Long.MAX_VALUE;
        char c = (char) (shiftChar & 0xFF);
        if ((registers.get(cr) & 0x080) != 0) {
            if (receiverOn()) {
                deliver(c, at);
            }
        } else {
            console.append(c);
        }
        startNext(at);
    }

    private long currentDivisor() {
        return (registers.get(ibrd) << 6) | registers.get(fbrd);
    }

    private void warnDivisor() {
        if (divisorWarned) {
            return;
        }
        divisorWarned = true;
        String name = context.deviceName();
        if (divisor == 0) {
            context.diagnose(DiagnosticKind.DEVICE_MISUSE, name + " has characters to send, but its baud-rate divisor"
                    + " is 0 (" + name + ".UARTIBRD=" + registers.get(ibrd) + " when " + name
                    + ".UARTLCR_H was last written): nothing is sent. Program UARTIBRD/UARTFBRD, then write"
                    + " UARTLCR_H.", 0x24, 4);
        } else {
            context.diagnose(DiagnosticKind.DEVICE_MISUSE, name + ".UARTIBRD/UARTFBRD were changed (divisor "
                    + currentDivisor() + "/64), but " + name + ".UARTLCR_H was not written since, so the UART still"
                    + " uses the old divisor " + divisor + "/64: the baud-rate registers take effect with the next"
                    + " UARTLCR_H write.", 0x24, 8);
        }
    }

    // ----- receiver ------------------------------------------------------------------------------

    private void scheduleReceive(long now) {
        if (rxNext == Long.MAX_VALUE && !input.isEmpty() && receiverOn()) {
            rxNext = now + frameNanos();
        }
    }

    private void arrive(long at) {
        rxNext = Long.MAX_VALUE;
        if (!receiverOn()) {
            return;
        }
        deliver(input.take(), at);
        scheduleReceive(at);
    }

    private void deliver(char c, long at) {
        if (rxCount == depth()) {
            overrun = true;
            registers.set(rsr, registers.get(rsr) | 0x8);
            registers.set(ris, registers.get(ris) | OE_INT);
            context.diagnose(DiagnosticKind.DEVICE_MISUSE, context.deviceName() + ": receive FIFO overrun, character "
                    + printable(c) + " lost: the received characters were not read from " + context.deviceName()
                    + ".UARTDR in time.", 0, 4);
            return;
        }
        int entry = c | (overrun ? OE_FLAG : 0);
        overrun = false;
        emptyReadWarned = false;
        rxFifo[(rxHead + rxCount) % FIFO_DEPTH] = entry;
        rxCount++;
        if (rxCount >= rxTrigger()) {
            registers.set(ris, registers.get(ris) | RX_INT);
        }
        long bit = bitNanos();
        timeoutAt = bit > 0 ? at + 32 * bit : Long.MAX_VALUE;
    }

    private static String printable(char c) {
        return c >= 0x20 && c < 0x7F ? "'" + c + "'" : "0x" + Integer.toHexString(c);
    }

    // ----- register hooks ------------------------------------------------------------------------

    @Override
    public boolean beforeWrite(Register register, long value, long laneMask) {
        if (register != dr) {
            return true;
        }
        if ((laneMask & 0xFF) != 0) {
            if (txCount == depth()) {
                if (!overflowWarned) {
                    overflowWarned = true;
                    context.diagnose(DiagnosticKind.DEVICE_MISUSE, "Process '" + context.actor() + "' wrote "
                            + printable((char) (value & 0xFF)) + " to " + dr.qualifiedName() + " while the transmit "
                            + (fifos ? "FIFO" : "holding register") + " was full (UARTFR.TXFF=1): the character is"
                            + " lost (and so is every further one until there is room again). Wait until UARTFR.TXFF"
                            + " is 0 before writing.", 0, 4);
                }
            } else {
                txFifo[(txHead + txCount) % FIFO_DEPTH] = (int) (value & 0xFF);
                txCount++;
                if (txCount > txTrigger()) {
                    registers.set(ris, registers.get(ris) & ~TX_INT);
                }
                startNext(context.now());
            }
            refresh();
        }
        return false;
    }

    @Override
    public void afterRead(Register register, long value, long laneMask) {
        if (register != dr || (laneMask & 0xFF) == 0) {
            return;
        }
        if (rxCount == 0) {
            if (!emptyReadWarned) {
                emptyReadWarned = true;
                context.diagnose(DiagnosticKind.DEVICE_MISUSE, "Process '" + context.actor() + "' read "
                        + dr.qualifiedName() + " while the receive " + (fifos ? "FIFO" : "holding register")
                        + " was empty (UARTFR.RXFE=1): the value is not a received character (reported once until a"
                        + " character arrives). Check UARTFR.RXFE first.", 0, 4);
            }
            return;
        }
        rxHead = (rxHead + 1) % FIFO_DEPTH;
        rxCount--;
        if (rxCount < rxTrigger()) {
            registers.set(ris, registers.get(ris) & ~RX_INT);
        }
        if (rxCount == 0) {
            registers.set(ris, registers.get(ris) & ~RT_INT);
            timeoutAt = Long.MAX_VALUE;
        }
        refresh();
    }

    @Override
    public void afterWrite(Register register, long oldValue, long newValue, long value, long laneMask) {
        if (register != lcrh && register != icr && oldValue == newValue) {
            return; // nothing changed, nothing to recompute
        }
        long now = context.now();
        if (register == lcrh) {
            boolean wasFifos = fifos;
            latchLineSettings();
            if (wasFifos != fifos) {
                txHead = 0;
                txCount = 0;
                rxHead = 0;
                rxCount = 0;
                timeoutAt = Long.MAX_VALUE;
            }
            divisorWarned = false;
            startNext(now);
            scheduleReceive(now);
        } else if (register == cr) {
            divisorWarned = false;
            startNext(now);
            if (!receiverOn()) {
                rxNext = Long.MAX_VALUE;
            }
            scheduleReceive(now);
        } else if (register == icr) {
            registers.set(ris, registers.get(ris) & ~value);
            registers.set(icr, 0);
        } else if (register == ibrd || register == fbrd) {
            divisorWarned = false;
        }
        refresh();
    }

    /** Latches the baud-rate divisor and frame format, as a UARTLCR_H write does. */
    private void latchLineSettings() {
        long l = registers.get(lcrh);
        divisor = currentDivisor();
        int dataBits = 5 + (int) ((l >>> 5) & 3);
        frameBits = 1 + dataBits + (int) ((l >>> 1) & 1) + 1 + (int) ((l >>> 3) & 1);
        fifos = (l & 0x10) != 0;
    }

    /** Recomputes the status registers, UARTDR's next value and the interrupt line from the state. */
    private void refresh() {
        long flags = 0;
        int depth = depth();
        if (txCount == 0) {
            flags |= TXFE;
        }
        if (txCount == depth) {
            flags |= TXFF;
        }
        if (rxCount == 0) {
            flags |= RXFE;
        }
        if (rxCount == depth) {
            flags |= RXFF;
        }
        if (shifting || txCount > 0) {
            flags |= BUSY;
        }
        registers.set(fr, flags);
        registers.set(dr, rxCount == 0 ? 0 : rxFifo[rxHead]);
        long masked = registers.get(ris) & registers.get(imsc);
        registers.set(mis, masked);
        irq.set(masked != 0);
    }

    // ----- snapshots -----------------------------------------------------------------------------

    private record State(DeviceState registers, int[] txFifo, int txHead, int txCount, boolean shifting,
            int shiftChar, long shiftEnd, TextLog.Mark console, int[] rxFifo, int rxHead, int rxCount, TextQueue.Mark input,
            long rxNext, long timeoutAt, boolean overrun, long divisor, int frameBits, boolean fifos,
            boolean divisorWarned, boolean overflowWarned, boolean emptyReadWarned) implements DeviceState {
    }

    @Override
    public DeviceState saveState() {
        return new State(registers.save(), txFifo.clone(), txHead, txCount, shifting, shiftChar, shiftEnd,
                console.mark(), rxFifo.clone(), rxHead, rxCount, input.mark(), rxNext, timeoutAt, overrun, divisor,
                frameBits, fifos, divisorWarned, overflowWarned, emptyReadWarned);
    }

    @Override
    public void restoreState(DeviceState state) {
        if (!(state instanceof State s)) {
            throw new IllegalArgumentException("state was not saved by a Pl011");
        }
        registers.restore(s.registers());
        txFifo = s.txFifo().clone();
        txHead = s.txHead();
        txCount = s.txCount();
        shifting = s.shifting();
        shiftChar = s.shiftChar();
        shiftEnd = s.shiftEnd();
        console.restore(s.console());
        rxFifo = s.rxFifo().clone();
        rxHead = s.rxHead();
        rxCount = s.rxCount();
        input.restore(s.input());
        rxNext = s.rxNext();
        timeoutAt = s.timeoutAt();
        overrun = s.overrun();
        divisor = s.divisor();
        frameBits = s.frameBits();
        fifos = s.fifos();
        divisorWarned = s.divisorWarned();
        overflowWarned = s.overflowWarned();
        emptyReadWarned = s.emptyReadWarned();
    }
}
