package org.mmioworkbench.core.devices;


import org.mmioworkbench.core.DeviceContext;
import org.mmioworkbench.core.DeviceState;
import org.mmioworkbench.core.GpioPort;
import org.mmioworkbench.core.InterruptLine;

/**
 * The GPIO block of the Broadcom BCM2711 (Raspberry Pi 4), after the BCM2711 ARM Peripherals datasheet,
 * chapter 5, registers from {@code svd/bcm2711-gpio.svd}: 58 pins, bank 0 (pins 0-31) in the *0
 * registers and bank 1 (pins 32-57) in the *1 registers.
 * <ul>
 * <li><b>Function.</b> GPFSELn selects each pin's function; a pin is an output when its field is 001.
 * Alternate functions are not modelled: such a pin behaves as an input.</li>
 * <li><b>Output.</b> Writing 1 to a bit of GPSETn sets the pin's output latch, to GPCLRn clears it;
 * writing 0 does nothing. The latch is kept whatever the function, and drives the pin while it is an
 * output. GPSETn/GPCLRn are write-only: a read returns 0 (and leaves a diagnostic).</li>
 * <li><b>Level.</b> GPLEVn shows each pin's level: the latch for outputs; for inputs the level driven from
 * outside ({@link #setInput(int, boolean)}, {@code Simulator.setInput}), else the pull resistor's
 * (GPIO_PUP_PDN_CNTRL_REGn: pull-up reads 1, pull-down or none 0).</li>
 * <li><b>Events.</b> GPEDSn bits are set by a rising (GPRENn or GPARENn) or falling (GPFENn or GPAFENn)
 * edge of the level, or while the level is high (GPHENn) or low (GPLENn); writing 1 clears them
 * ({@code oneToClear}; a level event is set again at once while the level holds). The synchronous and
 * asynchronous detectors behave alike here.</li>
 * <li><b>Interrupts.</b> Lines {@code GPIO.BANK0} (pins 0-27), {@code GPIO.BANK1} (28-45),
 * {@code GPIO.BANK2} (46-57) and {@code GPIO} (any pin), as the BCM2711's gpio_irq[0..3], are raised while a
 * pin in their range has its GPEDS bit set.</li>
 * </ul>
 */
public final class Bcm2711Gpio extends RegisterFileDevice implements DeviceBehavior, GpioPort {
    /** Number of pins. */
    public static final int PINS = 58;
    private static final long ALL = (1L << PINS) - 1;
    private static final long BANK0 = (1L << 28) - 1;
    private static final long BANK1 = ((1L << 46) - 1) & ~BANK0;
    private static final long BANK2 = ALL & ~BANK0 & ~BANK1;

    private final RegisterFile registers;
    private final InterruptLine any;
    private final InterruptLine[] banks;
    private final Register[] fsel = new Register[6];
    private final Register[] pull = new Register[4];
    private final Register[] set = new Register[2];
    private final Register[] clr = new Register[2];
    private final Register[] lev = new Register[2];
    private final Register[] eds = new Register[2];
    private final Register[] ren = new Register[2];
    private final Register[] fen = new Register[2];
    private final Register[] hen = new Register[2];
    private final Register[] len = new Register[2];
    private final Register[] aren = new Register[2];
    private final Register[] afen = new Register[2];

    private long latch;
    private long inputs;
    private long driven;
    private long levels;

    /**
     * Creates the GPIO block in its reset state.
     *
     * @param context the simulator's services
     */
    public Bcm2711Gpio(DeviceContext context) {
        this.registers = new RegisterFile(context, DeviceSvd.peripheral("bcm2711-gpio"), this);
        this.any = context.interruptLine("");
        this.banks = new InterruptLine[] {context.interruptLine("BANK0"), context.interruptLine("BANK1"),
            context.interruptLine("BANK2")};
        for (int i = 0; i < 6; i++) {
            fsel[i] = registers.register("GPFSEL" + i);
        }
        for (int i = 0; i < 4; i++) {
            pull[i] = registers.register("GPIO_PUP_PDN_CNTRL_REG" + i);
        }
        for (int b = 0; b < 2; b++) {
            set[b] = registers.register("GPSET" + b);
            clr[b] = registers.register("GPCLR" + b);
            lev[b] = registers.register("GPLEV" + b);
            eds[b] = registers.register("GPEDS" + b);
            ren[b] = registers.register("GPREN" + b);
            fen[b] = registers.register("GPFEN" + b);
            hen[b] = registers.register("GPHEN" + b);
            len[b] = registers.register("GPLEN" + b);
            aren[b] = registers.register("GPAREN" + b);
            afen[b] = registers.register("GPAFEN" + b);
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
     * Returns the output latches of all pins (set by GPSET, cleared by GPCLR).
     *
     * @return bit n for pin n
     */
    public long outputLatches() {
        return latch;
    }

    // ----- GpioPort ------------------------------------------------------------------------------

    @Override
    public int pinCount() {
        return PINS;
    }

    @Override
    public void setInput(int pin, boolean level) {
        checkPin(pin);
        long bit = 1L << pin;
        driven |= bit;
        inputs = level ? inputs | bit : inputs & ~bit;
        update();
    }

    /**
     * Stops driving a pin from outside: as an input it then reads its pull resistor's level.
     *
     * @param pin the pin number
     */
    public void release(int pin) {
        checkPin(pin);
        driven &= ~(1L << pin);
        update();
    }

    @Override
    public boolean level(int pin) {
        checkPin(pin);
        return (levels & (1L << pin)) != 0;
    }

    @Override
    public boolean isOutput(int pin) {
        checkPin(pin);
        return function(pin) == 1;
    }

    /**
     * Returns a pin's function select value.
     *
     * @param pin the pin number
     * @return 0 input, 1 output, 2-7 an alternate function
     */
    public int function(int pin) {
        checkPin(pin);
        return (int) ((registers.get(fsel[pin / 10]) >>> (3 * (pin % 10))) & 7);
    }

    private static void checkPin(int pin) {
        if (pin < 0 || pin >= PINS) {
            throw new IllegalArgumentException("BCM2711 GPIO has no pin " + pin);
        }
    }

    // ----- DeviceModel ---------------------------------------------------------------------------

    @Override
    public void reset() {
        registers.reset();
        latch = 0;
        inputs = 0;
        driven = 0;
        levels = computeLevels();
        update();
    }

    // ----- register hooks ------------------------------------------------------------------------

    @Override
    public void afterWrite(Register register, long oldValue, long newValue, long value, long laneMask) {
        for (int b = 0; b < 2; b++) {
            if (register == set[b]) {
                latch |= (value << (32 * b)) & ALL;
                registers.set(register, 0);
            } else if (register == clr[b]) {
                latch &= ~((value << (32 * b)) & ALL);
                registers.set(register, 0);
            }
        }
        update();
    }

    private long pair(Register[] r) {
        return (registers.get(r[0]) | (registers.get(r[1]) << 32)) & ALL;
    }

    private void setPair(Register[] r, long value) {
        registers.set(r[0], value & 0xFFFF_FFFFL);
        registers.set(r[1], (value >>> 32) & ((1L << (PINS - 32)) - 1));
    }

    private long computeLevels() {
        long outputs = 0;
        long pullUps = 0;
        for (int pin = 0; pin < PINS; pin++) {
            if (function(pin) == 1) {
                outputs |= 1L << pin;
            }
            if (((registers.get(pull[pin / 16]) >>> (2 * (pin % 16))) & 3) == 1) {
                pullUps |= 1L << pin;
            }
        }
        long in = (inputs & driven) | (pullUps & ~driven);
        return ((latch & outputs) | (in & ~outputs)) & ALL;
    }

    /** Recomputes levels, detects events, and updates GPLEV, GPEDS and the interrupt lines. */
    private void update() {
        long now = computeLevels();
        long changed = now ^ levels;
        long rising = changed & now;
        long falling = changed & ~now;
        levels = now;
        long events = pair(eds)
                | (rising & (pair(ren) | pair(aren)))
                | (falling & (pair(fen) | pair(afen)))
                | (now & pair(hen))
                | (~now & pair(len) & ALL);
        setPair(eds, events);
        setPair(lev, now);
        any.set(events != 0);
        banks[0].set((events & BANK0) != 0);
        banks[1].set((events & BANK1) != 0);
        banks[2].set((events & BANK2) != 0);
    }

    // ----- snapshots -----------------------------------------------------------------------------

    private record State(DeviceState registers, long latch, long inputs, long driven, long levels)
            implements DeviceState {
    }

    @Override
    public DeviceState saveState() {
        return new State(registers.save(), latch, inputs, driven, levels);
    }

    @Override
    public void restoreState(DeviceState state) {
        if (!(state instanceof State s)) {
            throw new IllegalArgumentException("state was not saved by a Bcm2711Gpio");
        }
        registers.restore(s.registers());
        latch = s.latch();
        inputs = s.inputs();
        driven = s.driven();
        levels = s.levels();
    }
}
