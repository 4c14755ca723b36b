package org.mmioworkbench.core.devices;

import java.util.Optional;

import org.mmioworkbench.core.DeviceContext;
import org.mmioworkbench.core.DeviceState;
import org.mmioworkbench.core.GpioPort;
import org.mmioworkbench.core.InterruptLine;
import org.mmioworkbench.core.RegisterDecoder;

/**
 * ARM PrimeCell GPIO (PL061), after its Technical Reference Manual (ARM DDI 0190), registers from
 * {@code svd/pl061.svd}: eight pins.
 * <ul>
 * <li><b>Address masking.</b> GPIODATA is reached through the 256 word addresses 0x000-0x3FC; address
 * bits [9:2] select the pins an access touches. A read returns the selected pins' levels and 0 for the
 * others; a write changes only selected pins that are outputs (GPIODIR = 1). 0x3FC reaches all pins.
 * The data sits in bits [7:0]: bytes 1-3 of each word read 0 and ignore writes. The trace names the
 * register {@code GPIODATA} and shows the pins that changed.</li>
 * <li><b>Pins.</b> An output pin is at the level written to GPIODATA; an input pin at the level driven
 * from outside ({@link #setInput(int, boolean)}, {@code Simulator.setInput}), low until driven. GPIOAFSEL
 * is storage only.</li>
 * <li><b>Interrupts.</b> Detection watches every pin's level (as the pad does, outputs too). GPIOIS = 1:
 * level-sensitive, GPIORIS follows "level equals GPIOIEV" and cannot be cleared while it holds;
 * GPIOIS = 0: edge-sensitive, both edges with GPIOIBE, else rising (GPIOIEV = 1) or falling; a write of
 * 1 to GPIOIC clears it. GPIOMIS = GPIORIS AND GPIOIE drives the interrupt line (named like the
 * device).</li>
 * </ul>
 */
public final class Pl061 extends RegisterFileDevice implements DeviceBehavior, GpioPort {
    /** Number of pins. */
    public static final int PINS = 8;
    private static final long DATA_WINDOW = 0x400;

    private final DeviceContext context;
    private final RegisterFile registers;
    private final InterruptLine irq;
    private final Register data;
    private final Register dir;
    private final Register is;
    private final Register ibe;
    private final Register iev;
    private final Register ie;
    private final Register ris;
    private final Register mis;
    private final Register ic;

    private int outputs;
    private int inputs;
    private int levels;

    /**
     * Creates a PL061 in its reset state.
     *
     * @param context the simulator's services
     */
    public Pl061(DeviceContext context) {
        this.context = context;
        this.registers = new RegisterFile(context, DeviceSvd.peripheral("pl061"), this);
        this.irq = context.interruptLine("");
        this.data = registers.register("GPIODATA");
        this.dir = registers.register("GPIODIR");
        this.is = registers.register("GPIOIS");
        this.ibe = registers.register("GPIOIBE");
        this.iev = registers.register("GPIOIEV");
        this.ie = registers.register("GPIOIE");
        this.ris = registers.register("GPIORIS");
        this.mis = registers.register("GPIOMIS");
        this.ic = registers.register("GPIOIC");
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

    // ----- GpioPort ------------------------------------------------------------------------------

    @Override
    public int pinCount() {
        return PINS;
    }

    @Override
    public void setInput(int pin, boolean level) {
        checkPin(pin);
        inputs = level ? inputs | (1 << pin) : inputs & ~(1 << pin);
        update();
    }

    @Override
    public boolean level(int pin) {
        checkPin(pin);
        return (levels & (1 << pin)) != 0;
    }

    @Override
    public boolean isOutput(int pin) {
        checkPin(pin);
        return (registers.get(dir) & (1 << pin)) != 0;
    }

    private static void checkPin(int pin) {
        if (pin < 0 || pin >= PINS) {
            throw new IllegalArgumentException("PL061 has no pin " + pin);
        }
    }

    // ----- DeviceModel ---------------------------------------------------------------------------

    @Override
    public int read(long offset, int widthBits) {
        if (offset >= 0 && offset < DATA_WINDOW) {
            int value = (offset & 3) != 0 ? 0 : levels & pinMask(offset);
            context.accessed(data, levels, levels);
            return value;
        }
        return registers.read(offset, widthBits);
    }

    @Override
    public void write(long offset, int widthBits, int value) {
        if (offset >= 0 && offset < DATA_WINDOW) {
            int before = levels;
            if ((offset & 3) == 0) {
                int touched = pinMask(offset) & (int) registers.get(dir);
                outputs = (outputs & ~touched) | (value & touched);
                update();
            }
            context.accessed(data, before, levels);
            return;
        }
        registers.write(offset, widthBits, value);
    }

    @Override
    public Optional<RegisterDecoder> registerAt(long offset) {
        return offset >= 0 && offset < DATA_WINDOW ? Optional.of(data) : registers.registerAt(offset).map(r -> r);
    }

    @Override
    public int peek(long offset, int widthBits) {
        if (offset >= 0 && offset < DATA_WINDOW) {
            return (offset & 3) != 0 ? 0 : levels & pinMask(offset);
        }
        return registers.peek(offset, widthBits);
    }

    private static int pinMask(long offset) {
        return (int) (offset >>> 2) & 0xFF;
    }

    @Override
    public void reset() {
        registers.reset();
        outputs = 0;
        inputs = 0;
        levels = 0;
        update();
    }

    // ----- register hooks ------------------------------------------------------------------------

    @Override
    public void afterWrite(Register register, long oldValue, long newValue, long value, long laneMask) {
        if (register != ic && oldValue == newValue) {
            return; // nothing changed, nothing to recompute
        }
        if (register == ic) {
            long edge = ~registers.get(is) & 0xFF;
            registers.set(ris, registers.get(ris) & ~(value & edge));
            registers.set(ic, 0);
        }
        update();
    }

    /** Recomputes pin levels, detects edges and levels, and updates GPIODATA, GPIOMIS and the line. */
    private void update() {
        int direction = (int) registers.get(dir) & 0xFF;
        int now = ((outputs & direction) | (inputs & ~direction)) & 0xFF;
        int changed = now ^ levels;
        int rising = changed & now;
        int falling = changed & ~now;
        levels = now;
        int sense = (int) registers.get(is);
        int both = (int) registers.get(ibe);
        int event = (int) registers.get(iev);
        int edges = ~sense & ((both & changed) | (~both & ((event & rising) | (~event & falling))));
        int levelHits = sense & ~(now ^ event);
        int raw = (((int) registers.get(ris) & ~sense) | edges | levelHits) & 0xFF;
        registers.set(ris, raw);
        registers.set(data, now);
        long masked = raw & registers.get(ie);
        registers.set(mis, masked);
        irq.set(masked != 0);
    }

    // ----- snapshots -----------------------------------------------------------------------------

    private record State(DeviceState registers, int outputs, int inputs, int levels) implements DeviceState {
    }

    @Override
    public DeviceState saveState() {
        return new State(registers.save(), outputs, inputs, levels);
    }

    @Override
    public void restoreState(DeviceState state) {
        if (!(state instanceof State s)) {
            throw new IllegalArgumentException("state was not saved by a Pl061");
        }
        registers.restore(s.registers());
        outputs = s.outputs();
        inputs = s.inputs();
        levels = s.levels();
    }
}
