package org.mmioworkbench.core;

import java.util.Optional;

/**
 * The behaviour behind one device window of a {@link Board}: what reads and writes of its registers
 * do. Offsets are relative to the window's base; widths are 8, 16 or 32 bits and accesses are
 * naturally aligned (the simulator faults misaligned ones before they reach the model). Values are
 * little-endian and zero-extended into an {@code int}. A model made by a {@link DeviceFactory} with a
 * {@link DeviceContext} reports through it which register an access reached (for the trace),
 * diagnostics (e.g. a write to a read-only register) and interrupts.
 */
public interface DeviceModel {

    /**
     * Reads a register (may have side effects, such as popping a FIFO).
     *
     * @param offset byte offset inside the device window
     * @param widthBits 8, 16 or 32
     * @return the value, zero-extended
     */
    int read(long offset, int widthBits);

    /**
     * Writes a register.
     *
     * @param offset byte offset inside the device window
     * @param widthBits 8, 16 or 32
     * @param value the value; bits above {@code widthBits} are ignored
     */
    void write(long offset, int widthBits, int value);

    /**
     * Reads a register for display without any side effect (used by memory views).
     *
     * @param offset byte offset inside the device window
     * @param widthBits 8, 16 or 32
     * @return the value a read would return now, zero-extended
     */
    int peek(long offset, int widthBits);

    /** Puts the device into its power-on state; the simulator calls it once after creating the model. */
    void reset();

    /**
     * Captures the complete device state for a snapshot; must be cheap, since a debugger takes one per step
     * (and the simulator one before every restore, to put the model back should another model refuse its state).
     *
     * @return an immutable state that {@link #restoreState(DeviceState)} accepts
     */
    DeviceState saveState();

    /**
     * Returns the device to a state captured earlier by {@link #saveState()} of the same model. A model may
     * refuse a state by throwing before it changes anything; the simulator then puts back the models it restored
     * before it and leaves the rest of its state as it was.
     *
     * @param state a state from this model's {@link #saveState()}
     */
    void restoreState(DeviceState state);

    /**
     * Lets simulated time pass for the device (timers, baud-rate clocks); plain memory ignores it. The
     * simulator brings each model up to the current time: at every event the model announced through
     * {@link #nextEventNanos()} (the clock stops exactly there), just before and just after every register
     * access to it (each costs {@link Timing#REGISTER_ACCESS_NANOS}), after every other operation (kernel
     * calls, {@link Simulator#advance(long)}) and before it is observed ({@link Simulator#peek(long, int)},
     * {@link Simulator#device(String)}, consoles, input). In between, while other devices' registers are
     * accessed, it is not called: time it does not announce an event for may reach it in one larger step.
     * The {@code nanos} of all calls add up to the time that passed, so a model may keep time by adding
     * them up or by reading {@link DeviceContext#now()}, which during the call is already the new time.
     * A model that does not override this method is never called.
     *
     * @param nanos the elapsed simulated time since the last call, positive
     */
    default void advance(long nanos) {
    }

    /**
     * Names the register at an offset, for trace entries of accesses that did not reach the device (a
     * fault at a known physical address).
     *
     * @param offset byte offset inside the device window
     * @return the register, or empty if there is none or the model does not know registers (the default)
     */
    default Optional<RegisterDecoder> registerAt(long offset) {
        return Optional.empty();
    }

    /**
     * Tells the simulator when the device next changes state by itself (a character leaves the
     * transmitter, a timer matches), so that the clock stops there and the change, and the interrupt it
     * may raise, is traced at its exact time.
     *
     * @return the absolute simulated time of the next event in nanoseconds, or {@link Long#MAX_VALUE} for
     *         none (the default)
     */
    default long nextEventNanos() {
        return Long.MAX_VALUE;
    }
}
