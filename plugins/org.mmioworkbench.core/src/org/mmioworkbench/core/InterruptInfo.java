package org.mmioworkbench.core;

import java.util.Objects;

/**
 * The state of one interrupt line of a simulated board.
 *
 * @param line the line name, e.g. {@code UART0} or {@code SYSTIMER.C1}
 * @param device the device driving it
 * @param raised true if the line is asserted
 */
public record InterruptInfo(String line, String device, boolean raised) {

    /**
     * Checks the components.
     *
     * @param line line name
     * @param device device name
     * @param raised level
     */
    public InterruptInfo {
        Objects.requireNonNull(line);
        Objects.requireNonNull(device);
    }
}
