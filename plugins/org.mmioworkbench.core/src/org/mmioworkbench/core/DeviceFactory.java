package org.mmioworkbench.core;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Creates the {@link DeviceModel} for a device window; each {@link Simulator} creates its own models
 * from its board, so simulators never share device state. A simple factory (such as
 * {@code MemoryDevice::new}) implements {@link #create(DeviceWindow)}; a model that reports diagnostics,
 * reads the clock or drives interrupt lines is made by {@link #withContext(BiFunction)}, and the simulator
 * always calls {@link #create(DeviceWindow, DeviceContext)}.
 */
@FunctionalInterface
public interface DeviceFactory {

    /**
     * Creates a fresh model for a window, without a simulator to talk to.
     *
     * @param window the window the model will serve
     * @return a new model
     */
    DeviceModel create(DeviceWindow window);

    /**
     * Creates a fresh model for a window of a simulator; the simulator calls this one.
     *
     * @param window the window the model will serve
     * @param context the simulator's services for the model
     * @return a new model; the default ignores the context and calls {@link #create(DeviceWindow)}
     */
    default DeviceModel create(DeviceWindow window, DeviceContext context) {
        return create(window);
    }

    /**
     * Makes a factory for models that use a {@link DeviceContext}. Its {@link #create(DeviceWindow)}
     * gives the model a {@linkplain DeviceContext#standalone(String) standalone context}.
     *
     * @param constructor creates the model from the window and the context
     * @return the factory
     */
    static DeviceFactory withContext(BiFunction<DeviceWindow, DeviceContext, DeviceModel> constructor) {
        Objects.requireNonNull(constructor, "constructor");
        return new DeviceFactory() {
            @Override
            public DeviceModel create(DeviceWindow window) {
                return constructor.apply(window, DeviceContext.standalone(window.name()));
            }

            @Override
            public DeviceModel create(DeviceWindow window, DeviceContext context) {
                return constructor.apply(window, context);
            }
        };
    }
}
