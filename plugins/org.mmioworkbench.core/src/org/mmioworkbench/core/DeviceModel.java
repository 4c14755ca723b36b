package org.mmioworkbench.core;

/**
 * The behaviour behind one device window of a {@link Board}: what reads and writes of its registers
 * do. Offsets are relative to the window's base; widths are 8, 16 or 32 bits and accesses are
 * naturally aligned (the simulator faults misaligned ones before they reach the model). Values are
 * little-endian and zero-extended into an {@code int}.
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
     * Captures the complete device state for a snapshot; must be cheap, since a debugger takes one per step.
     *
     * @return an immutable state that {@link #restoreState(DeviceState)} accepts
     */
    DeviceState saveState();

    /**
     * Returns the device to a state captured earlier by {@link #saveState()} of the same model.
     *
     * @param state a state from this model's {@link #saveState()}
     */
    void restoreState(DeviceState state);

    /**
     * Lets simulated time pass for the device (timers, baud-rate clocks); plain memory ignores it.
     *
     * @param nanos the elapsed simulated time, non-negative
     */
    default void advance(long nanos) {
    }
}
