package org.mmioworkbench.core;

/**
 * A device with general-purpose I/O pins the outside world can drive and observe.
 * {@link Simulator#setInput(String, int, boolean)} and {@link Simulator#pinLevel(String, int)} reach it by
 * device name, under the simulator's lock and traced.
 */
public interface GpioPort {

    /**
     * Returns the number of pins.
     *
     * @return e.g. 8 for a PL061
     */
    int pinCount();

    /**
     * Drives a pin from outside. The level is seen by the device when the pin is an input; it is
     * remembered, and seen, as soon as the pin becomes an input.
     *
     * @param pin the pin number, from 0
     * @param level true for high
     */
    void setInput(int pin, boolean level);

    /**
     * Returns the level on a pin: what the device drives if it is an output, else the external level.
     *
     * @param pin the pin number
     * @return true for high
     */
    boolean level(int pin);

    /**
     * Tells whether the device drives a pin.
     *
     * @param pin the pin number
     * @return true if the pin is an output
     */
    boolean isOutput(int pin);
}
