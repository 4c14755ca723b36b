package org.mmioworkbench.core;

/**
 * Creates the {@link DeviceModel} for a device window; each {@link Simulator} creates its own models
 * from its board, so simulators never share device state.
 */
@FunctionalInterface
public interface DeviceFactory {

    /**
     * Creates a fresh model for a window.
     *
     * @param window the window the model will serve
     * @return a new model
     */
    DeviceModel create(DeviceWindow window);
}
