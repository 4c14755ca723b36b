package org.mmioworkbench.core;

import java.util.Objects;

/**
 * A device in a {@link Board}'s physical address map: its name, physical range, whether the kernel
 * uses it from boot (e.g. the console UART) and how its model is created.
 *
 * @param name the device name shown in traces and diagnostics, unique per board
 * @param range the physical address window
 * @param kernelUsed true if the kernel claims the window at boot
 * @param factory creates the device model ({@link MemoryDevice} for plain backing memory)
 */
public record DeviceWindow(String name, AddressRange range, boolean kernelUsed, DeviceFactory factory) {

    /**
     * Validates the components.
     *
     * @param name the device name
     * @param range the physical window
     * @param kernelUsed whether the kernel uses it
     * @param factory the model factory
     */
    public DeviceWindow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(factory, "factory");
        if (name.isBlank()) {
            throw new IllegalArgumentException("device name must not be blank");
        }
    }

    /**
     * Returns the first physical address of the window.
     *
     * @return the base address
     */
    public long base() {
        return range.base();
    }

    /**
     * Returns the window size in bytes.
     *
     * @return the size
     */
    public long size() {
        return range.size();
    }
}
