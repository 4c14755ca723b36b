package org.mmioworkbench.core;

/**
 * An interrupt output of a device, e.g. the PL011's combined {@code UARTINTR}. A device model gets its
 * lines from {@link DeviceContext#interruptLine(String)} and drives them as its registers change; the
 * simulator records every change in the trace ({@code IRQ UART0 raised}) and reports the levels through
 * {@link Simulator#interrupts()}. Setting a line to the level it already has does nothing.
 */
public interface InterruptLine {

    /**
     * Returns the line's name.
     *
     * @return e.g. {@code UART0} or {@code SYSTIMER.C1}
     */
    String name();

    /**
     * Tells whether the line is asserted.
     *
     * @return true if raised
     */
    boolean isRaised();

    /**
     * Drives the line.
     *
     * @param raised true to raise (assert) it, false to lower it
     */
    void set(boolean raised);

    /** Raises (asserts) the line. */
    default void raise() {
        set(true);
    }

    /** Lowers (deasserts) the line. */
    default void lower() {
        set(false);
    }
}
