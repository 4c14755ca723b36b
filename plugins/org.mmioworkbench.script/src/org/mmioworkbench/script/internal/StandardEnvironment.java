package org.mmioworkbench.script.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.script.ScriptEnvironment;

/**
 * The script environment backed by what the simulation core offers today: the built-in board
 * {@code qemu-virt} ({@link Board#qemuVirt()}), and no device input, since the core's device models
 * take none yet ({@code UartInput} names the device and explains that it takes no input).
 */
public final class StandardEnvironment implements ScriptEnvironment {
    /** The single instance. */
    public static final StandardEnvironment INSTANCE = new StandardEnvironment();

    private StandardEnvironment() {
    }

    @Override
    public Optional<Board> board(String name) {
        return "qemu-virt".equals(name) ? Optional.of(Board.qemuVirt()) : Optional.empty();
    }

    @Override
    public List<String> boardNames() {
        return List.of("qemu-virt");
    }

    @Override
    public void deviceInput(Simulator simulator, String device, byte[] data) {
        Board board = simulator.board();
        if (board.devices().stream().noneMatch(d -> d.name().equals(device))) {
            throw new IllegalArgumentException("board " + board.name() + " has no device '" + device + "' (devices: "
                    + board.devices().stream().map(DeviceWindow::name).collect(Collectors.joining(", ")) + ")");
        }
        throw new IllegalArgumentException("device '" + device + "' on board " + board.name()
                + " takes no input: this simulator has no input-capable model for it");
    }
}
