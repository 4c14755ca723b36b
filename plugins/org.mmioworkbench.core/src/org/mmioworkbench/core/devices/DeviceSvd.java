package org.mmioworkbench.core.devices;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdException;
import org.mmioworkbench.core.svd.SvdPeripheral;
import org.mmioworkbench.core.svd.SvdReader;

/** Loads (once) the SVD files shipped with the device models, from {@code devices/svd/} in the core. */
final class DeviceSvd {
    private static final Map<String, SvdDevice> LOADED = new ConcurrentHashMap<>();

    private DeviceSvd() {
    }

    /** The description of a shipped model, e.g. {@code pl011}; a broken file is a bug of the core. */
    static SvdDevice device(String model) {
        return LOADED.computeIfAbsent(model, DeviceSvd::load);
    }

    /** The (only) peripheral of a shipped model's description. */
    static SvdPeripheral peripheral(String model) {
        return device(model).peripherals().get(0);
    }

    private static SvdDevice load(String model) {
        String resource = "svd/" + model + ".svd";
        try (InputStream in = DeviceSvd.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " of the simulation core");
            }
            return SvdReader.read(in, "org/mmioworkbench/core/devices/" + resource);
        } catch (IOException | SvdException e) {
            throw new IllegalStateException("cannot load the register description " + resource + ": "
                    + e.getMessage(), e);
        }
    }
}
