package org.mmioworkbench.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceModel;
import org.mmioworkbench.core.DeviceState;
import org.mmioworkbench.core.DeviceWindow;

/** Routes physical accesses to the device models of a board and saves/restores their state. */
final class DeviceBus {
    private final Board board;
    private final Map<String, DeviceModel> models = new LinkedHashMap<>();

    DeviceBus(Board board) {
        this.board = board;
        for (DeviceWindow w : board.devices()) {
            DeviceModel model = w.factory().create(w);
            model.reset();
            models.put(w.name(), model);
        }
    }

    Optional<DeviceWindow> windowAt(long physicalAddress) {
        return board.deviceAt(physicalAddress);
    }

    int read(DeviceWindow w, long physicalAddress, int widthBits) {
        return mask(models.get(w.name()).read(physicalAddress - w.base(), widthBits), widthBits);
    }

    int peek(DeviceWindow w, long physicalAddress, int widthBits) {
        return mask(models.get(w.name()).peek(physicalAddress - w.base(), widthBits), widthBits);
    }

    void write(DeviceWindow w, long physicalAddress, int widthBits, int value) {
        models.get(w.name()).write(physicalAddress - w.base(), widthBits, mask(value, widthBits));
    }

    void advance(long nanos) {
        models.values().forEach(m -> m.advance(nanos));
    }

    Map<String, DeviceState> save() {
        Map<String, DeviceState> states = new LinkedHashMap<>();
        models.forEach((name, m) -> states.put(name, m.saveState()));
        return states;
    }

    void restore(Map<String, DeviceState> states) {
        models.forEach((name, m) -> m.restoreState(states.get(name)));
    }

    /** Names the devices a range overlaps, e.g. {@code UART0}, or an empty string for a hole. */
    String names(AddressRange range) {
        return board.devicesIn(range).stream().map(DeviceWindow::name).collect(Collectors.joining(", "));
    }

    static int mask(int value, int widthBits) {
        return widthBits == 32 ? value : value & ((1 << widthBits) - 1);
    }
}
