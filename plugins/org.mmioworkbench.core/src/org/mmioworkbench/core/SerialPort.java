package org.mmioworkbench.core;

/**
 * A device with a serial line to the outside world, such as a UART: what it transmitted (the console a
 * user reads) and input a user or script feeds it. {@link Simulator#console(String)} and
 * {@link Simulator#input(String, String)} reach it by device name, under the simulator's lock and traced.
 */
public interface SerialPort {

    /**
     * Returns everything the device has transmitted since reset: characters leave the transmitter at the
     * programmed baud rate, so this grows as simulated time passes.
     *
     * @return the transmitted text, one {@code char} per character sent (the low 8 bits)
     */
    String transmitted();

    /**
     * Returns how many characters the device has transmitted since reset, without copying them.
     *
     * @return the length of {@link #transmitted()}
     */
    default int transmittedLength() {
        return transmitted().length();
    }

    /**
     * Returns what the device transmitted from a position on: a console follows a long output this way in time
     * proportional to what is new, not to all of it.
     *
     * @param from a position, 0 for everything
     * @return the characters from {@code from} on, or an empty string if there are none
     */
    default String transmittedSince(int from) {
        String all = transmitted();
        return all.substring(Math.min(Math.max(0, from), all.length()));
    }

    /**
     * Queues input on the device's receive line; the device receives it as simulated time passes.
     *
     * @param text the characters to send to the device, each 0..255
     */
    void receive(CharSequence text);
}
