package org.mmioworkbench.script;

import java.util.List;
import java.util.Optional;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.script.internal.StandardEnvironment;

/**
 * What a script needs from its surroundings beyond the simulator's MMIO API: the built-in boards that
 * {@code board NAME} can name, and a way to feed a device's input ({@code UartInput}). Kept as an
 * interface so that a richer core (a device catalogue, input-capable device models) plugs in here.
 */
public interface ScriptEnvironment {

    /**
     * Finds a built-in board.
     *
     * @param name the name in {@code board NAME}, e.g. {@code qemu-virt}
     * @return the board, or empty if there is none by that name
     */
    Optional<Board> board(String name);

    /**
     * Lists the built-in board names, for messages and help.
     *
     * @return the names
     */
    List<String> boardNames();

    /**
     * Feeds bytes into a device's input, as if they arrived on its line (e.g. characters typed on a UART).
     *
     * @param simulator the simulator the script runs on
     * @param device the device name on the board, e.g. {@code UART0}
     * @param data the bytes, in order
     * @throws IllegalArgumentException with a message for the user if the device does not exist or takes
     *         no input
     */
    void deviceInput(Simulator simulator, String device, byte[] data);

    /**
     * Returns the environment backed by what the simulation core offers today.
     *
     * @return the standard environment
     */
    static ScriptEnvironment standard() {
        return StandardEnvironment.INSTANCE;
    }
}
