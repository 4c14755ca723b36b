package org.mmioworkbench.core.devices;


import org.mmioworkbench.core.DeviceContext;
import org.mmioworkbench.core.DeviceState;
import org.mmioworkbench.core.InterruptLine;

/**
 * The system timer of the Broadcom BCM2711 (Raspberry Pi 4), after the BCM2711 ARM Peripherals
 * datasheet, chapter 10, registers from {@code svd/bcm2711-systimer.svd}.
 * <ul>
 * <li>CHI:CLO is a free-running 64-bit counter of microseconds of simulated time since boot (1 MHz).</li>
 * <li>When a tick brings CLO to the value of compare register Cn, CS.Mn is set and interrupt line
 * {@code <device>.Cn} (e.g. {@code SYSTIMER.C1}) is raised; writing 1 to CS.Mn clears the bit and lowers the
 * line ({@code oneToClear}). Only the low 32 bits are compared, so a compare value that CLO has just passed
 * matches again after 2^32 microseconds. On the Raspberry Pi the firmware uses C0 and C2; C1 and C3 are
 * free for the ARM.</li>
 * </ul>
 */
public final class Bcm2711SysTimer extends RegisterFileDevice implements DeviceBehavior {
    private static final long TICK = 1_000;
    private static final long MASK32 = 0xFFFF_FFFFL;

    private final DeviceContext context;
    private final RegisterFile registers;
    private final InterruptLine[] lines = new InterruptLine[4];
    private final Register cs;
    private final Register clo;
    private final Register chi;
    private final Register[] compare = new Register[4];
    private long lastTicks;
    private long nextMatch = Long.MAX_VALUE;

    /**
     * Creates the timer in its reset state.
     *
     * @param context the simulator's services
     */
    public Bcm2711SysTimer(DeviceContext context) {
        this.context = context;
        this.registers = new RegisterFile(context, DeviceSvd.peripheral("bcm2711-systimer"), this);
        this.cs = registers.register("CS");
        this.clo = registers.register("CLO");
        this.chi = registers.register("CHI");
        for (int n = 0; n < 4; n++) {
            compare[n] = registers.register("C" + n);
            lines[n] = context.interruptLine("C" + n);
        }
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
     * Returns the counter now.
     *
     * @return microseconds since boot
     */
    public long counter() {
        return context.now() / TICK;
    }

    @Override
    public void reset() {
        registers.reset();
        lastTicks = counter();
        update();
    }

    @Override
    public long nextEventNanos() {
        return nextMatch;
    }

    @Override
    public void advance(long nanos) {
        long ticks = counter();
        long passed = ticks - lastTicks;
        if (passed > 0) {
            long matched = 0;
            for (int n = 0; n < 4; n++) {
                // CLO reached Cn at one of the ticks lastTicks+1 .. ticks
                long toGo = (registers.get(compare[n]) - lastTicks - 1) & MASK32;
                if (toGo < passed) {
                    matched |= 1L << n;
                }
            }
            if (matched != 0) {
                registers.set(cs, registers.get(cs) | matched);
            }
            lastTicks = ticks;
        }
        update();
    }

    @Override
    public void afterWrite(Register register, long oldValue, long newValue, long value, long laneMask) {
        update();
    }

    /** Updates CLO/CHI, the next match time and the interrupt lines. */
    private void update() {
        long ticks = counter();
        registers.set(clo, ticks & MASK32);
        registers.set(chi, ticks >>> 32);
        long next = Long.MAX_VALUE;
        for (int n = 0; n < 4; n++) {
            long toGo = (registers.get(compare[n]) - ticks) & MASK32;
            long at = (ticks + (toGo == 0 ? 1L << 32 : toGo)) * TICK;
            if (at > 0 && at < next) {
                next = at;
            }
        }
        nextMatch = next;
        long status = registers.get(cs);
        for (int n = 0; n < 4; n++) {
            lines[n].set((status & (1L << n)) != 0);
        }
    }

    private record State(DeviceState registers, long lastTicks, long nextMatch) implements DeviceState {
    }

    @Override
    public DeviceState saveState() {
        return new State(registers.save(), lastTicks, nextMatch);
    }

    @Override
    public void restoreState(DeviceState state) {
        if (!(state instanceof State s)) {
            throw new IllegalArgumentException("state was not saved by a Bcm2711SysTimer");
        }
        registers.restore(s.registers());
        lastTicks = s.lastTicks();
        nextMatch = s.nextMatch();
    }
}
