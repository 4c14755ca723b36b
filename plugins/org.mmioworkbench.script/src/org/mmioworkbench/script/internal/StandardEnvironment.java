package org.mmioworkbench.script.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Boards;
import org.mmioworkbench.script.ScriptEnvironment;

/**
 * The script environment backed by the simulation core: the built-in boards of {@link Boards}, and
 * device input through {@link Simulator#input(String, String)} (serial devices such as the PL011).
 */
public final class StandardEnvironment implements ScriptEnvironment {
    /** The single instance. */
    public static final StandardEnvironment INSTANCE = new StandardEnvironment();

    private StandardEnvironment() {
    }

    @Override
    public Optional<Board> board(String name) {
        return Boards.builtIn(name);
    }

    @Override
    public List<String> boardNames() {
        return Boards.names();
    }

    @Override
    public void deviceInput(Simulator simulator, String device, byte[] data) {
        Board board = simulator.board();
        if (board.devices().stream().noneMatch(d -> d.name().equals(device))) {
            throw new IllegalArgumentException("board " + board.name() + " has no device '" + device + "' (devices: "
                    + board.devices().stream().map(DeviceWindow::name).collect(Collectors.joining(", ")) + ")");
        }
        StringBuilder text = new StringBuilder(data.length);
        for (byte b : data) {
            text.append((char) (b & 0xFF));
        }
        try {
            simulator.input(device, text.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("device '" + device + "' on board " + board.name()
                    + " takes no input: " + e.getMessage(), e);
        }
    }
}
