package org.mmioworkbench.core.devices;


import org.mmioworkbench.core.DeviceContext;
import org.mmioworkbench.core.DeviceState;
import org.mmioworkbench.core.InterruptLine;

/**
 * ARM PrimeCell Real Time Clock (PL031), after its Technical Reference Manual (ARM DDI 0224), registers
 * from {@code svd/pl031.svd}.
 * <ul>
 * <li>The 1 Hz clock ticks at every whole second of simulated time (1 s, 2 s, ... after boot). Once
 * started, the 32-bit counter (RTCDR) goes up by one at every tick; a write to RTCLR loads it at once
 * (the next tick still comes at the next whole second).</li>
 * <li>Writing 1 to RTCCR.RTCSTART starts the counter; it cannot be stopped again until reset (writes of
 * 0 do nothing: the field is {@code oneToSet}).</li>
 * <li>When a tick brings the counter to RTCMR, RTCRIS is set; RTCMIS = RTCRIS AND RTCIMSC drives the
 * interrupt line (named like the device); writing 1 to RTCICR clears RTCRIS. A load does not match.</li>
 * <li>A clock the board starts at boot (QEMU's PL031 runs from power-on) begins counting at 0 when the
 * simulator boots.</li>
 * </ul>
 */
public final class Pl031 extends RegisterFileDevice implements DeviceBehavior {
    private static final long SECOND = 1_000_000_000L;
    private static final long MASK32 = 0xFFFF_FFFFL;

    private final DeviceContext context;
    private final boolean startedAtBoot;
    private final RegisterFile registers;
    private final InterruptLine irq;
    private final Register dr;
    private final Register mr;
    private final Register lr;
    private final Register ccr;
    private final Register imsc;
    private final Register ris;
    private final Register mis;
    private final Register icr;

    private boolean started;
    /** Counter value when {@link #baseTicks} ticks had happened. */
    private long base;
    private long baseTicks;
    private long matchAt = Long.MAX_VALUE;

    /**
     * Creates a PL031 in its reset state.
     *
     * @param context the simulator's services
     * @param startedAtBoot true if the clock runs from boot (as QEMU's does), false for the hardware reset
     *        state (stopped until RTCCR.RTCSTART is written)
     */
    public Pl031(DeviceContext context, boolean startedAtBoot) {
        this.context = context;
        this.startedAtBoot = startedAtBoot;
        this.registers = new RegisterFile(context, DeviceSvd.peripheral("pl031"), this);
        this.irq = context.interruptLine("");
        this.dr = registers.register("RTCDR");
        this.mr = registers.register("RTCMR");
        this.lr = registers.register("RTCLR");
        this.ccr = registers.register("RTCCR");
        this.imsc = registers.register("RTCIMSC");
        this.ris = registers.register("RTCRIS");
        this.mis = registers.register("RTCMIS");
        this.icr = registers.register("RTCICR");
        reset();
    }

    /**
     * Returns the registers.
     *
     * @return the register file
     */
    @Override
    public RegisterFile registers() {
        return registers;
    }

    /**
     * Returns the counter value now.
     *
     * @return seconds, 32 bits
     */
    public long counter() {
        return counterAt(context.now());
    }

    /**
     * Tells whether the counter runs.
     *
     * @return true once started
     */
    public boolean started() {
        return started;
    }

    private static long ticks(long now) {
        return now / SECOND;
    }

    private long counterAt(long now) {
        return started ? (base + ticks(now) - baseTicks) & MASK32 : base;
    }

    @Override
    public void reset() {
        registers.reset();
        started = startedAtBoot;
        base = 0;
        baseTicks = ticks(context.now());
        if (started) {
            registers.set(ccr, 1);
        }
        update();
    }

    @Override
    public long nextEventNanos() {
        return matchAt;
    }

    @Override
    public void advance(long nanos) {
        long now = context.now();
        if (now >= matchAt) {
            registers.set(ris, 1);
        }
        update();
    }

    @Override
    public void afterWrite(Register register, long oldValue, long newValue, long value, long laneMask) {
        long now = context.now();
        if (register == lr) {
            base = newValue & MASK32;
            baseTicks = ticks(now);
        } else if (register == ccr && !started && (newValue & 1) != 0) {
            base = counterAt(now);
            baseTicks = ticks(now);
            started = true;
        } else if (register == icr) {
            registers.set(ris, registers.get(ris) & ~value & 1);
            registers.set(icr, 0);
        }
        update();
    }

    /** Recomputes RTCDR, the next match, RTCMIS and the interrupt line. */
    private void update() {
        long now = context.now();
        long counter = counterAt(now);
        registers.set(dr, counter);
        if (started) {
            long toGo = (registers.get(mr) - counter) & MASK32;
            long ticksToGo = toGo == 0 ? 1L << 32 : toGo;
            long at = (ticks(now) + ticksToGo) * SECOND;
            matchAt = at < 0 ? Long.MAX_VALUE : at;
        } else {
            matchAt = Long.MAX_VALUE;
        }
        long masked = registers.get(ris) & registers.get(imsc) & 1;
        registers.set(mis, masked);
        irq.set(masked != 0);
    }

    private record State(DeviceState registers, boolean started, long base, long baseTicks, long matchAt)
            implements DeviceState {
    }

    @Override
    public DeviceState saveState() {
        return new State(registers.save(), started, base, baseTicks, matchAt);
    }

    @Override
    public void restoreState(DeviceState state) {
        if (!(state instanceof State s)) {
            throw new IllegalArgumentException("state was not saved by a Pl031");
        }
        registers.restore(s.registers());
        started = s.started();
        base = s.base();
        baseTicks = s.baseTicks();
        matchAt = s.matchAt();
    }
}
