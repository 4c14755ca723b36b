package org.mmioworkbench.core.svd;

import java.util.ArrayList;
import java.util.List;

/** The {@code device} element as written in the file. */
final class RawDevice {
    final SvdPosition position;
    String name;
    String description;
    int addressUnitBits = 8;
    int width = 32;
    final RawProps props = new RawProps();
    final List<RawPeripheral> peripherals = new ArrayList<>();

    /**
     * Creates an empty device.
     *
     * @param position where its start tag is
     */
    RawDevice(SvdPosition position) {
        this.position = position;
    }
}
