package org.mmioworkbench.core.svd;

/**
 * An {@code interrupt} of a peripheral.
 *
 * @param name the interrupt's name
 * @param description its description, or an empty string
 * @param value its interrupt number
 */
public record SvdInterrupt(String name, String description, int value) {
}
