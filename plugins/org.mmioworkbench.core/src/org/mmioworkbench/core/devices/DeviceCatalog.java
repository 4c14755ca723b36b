package org.mmioworkbench.core.devices;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.mmioworkbench.core.DeviceFactory;
import org.mmioworkbench.core.MemoryDevice;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdPeripheral;

/**
 * The device models a board can use, by name, for board files and the built-in {@link Boards}.
 * <table>
 * <caption>Models and their options ({@link #model(String, Map)})</caption>
 * <tr><th>name</th><th>model</th><th>options</th></tr>
 * <tr><td>{@code memory}</td><td>{@link MemoryDevice}: plain backing memory</td><td>none</td></tr>
 * <tr><td>{@code pl011}</td><td>{@link Pl011} UART</td><td>{@code clock}: reference clock in Hz (default
 *     {@value Pl011#QEMU_VIRT_CLOCK_HZ}); {@code baud}: baud rate the kernel left it at, 0 for the hardware
 *     reset state (default 0)</td></tr>
 * <tr><td>{@code pl031}</td><td>{@link Pl031} RTC</td><td>{@code started}: {@code true} if it runs from boot
 *     (default {@code false})</td></tr>
 * <tr><td>{@code pl061}</td><td>{@link Pl061} GPIO</td><td>none</td></tr>
 * <tr><td>{@code bcm2711-gpio}</td><td>{@link Bcm2711Gpio}</td><td>none</td></tr>
 * <tr><td>{@code bcm2711-systimer}</td><td>{@link Bcm2711SysTimer}</td><td>none</td></tr>
 * </table>
 * A device with no model can still get the register semantics of its SVD description through
 * {@link #fromSvd(SvdPeripheral)}.
 */
public final class DeviceCatalog {
    private static final List<String> NAMES = List.of("memory", "pl011", "pl031", "pl061", "bcm2711-gpio",
            "bcm2711-systimer");
    private static final Map<String, Set<String>> OPTIONS = Map.of("pl011", Set.of("clock", "baud"), "pl031",
            Set.of("started"));

    private DeviceCatalog() {
    }

    /**
     * Lists the model names.
     *
     * @return {@code memory}, {@code pl011}, {@code pl031}, {@code pl061}, {@code bcm2711-gpio},
     *         {@code bcm2711-systimer}
     */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Finds a model by name, with its default options.
     *
     * @param name a model name
     * @return a factory for it, or empty for an unknown name
     */
    public static Optional<DeviceFactory> model(String name) {
        return NAMES.contains(name) ? Optional.of(model(name, Map.of()).orElseThrow()) : Optional.empty();
    }

    /**
     * Finds a model by name and configures it.
     *
     * @param name a model name
     * @param options option name to value (see the class description)
     * @return a factory for it, or empty for an unknown name
     * @throws IllegalArgumentException for an option the model does not have or a value it cannot take
     */
    public static Optional<DeviceFactory> model(String name, Map<String, String> options) {
        Objects.requireNonNull(options, "options");
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        Set<String> known = OPTIONS.getOrDefault(name, Set.of());
        for (String option : options.keySet()) {
            if (!known.contains(option)) {
                throw new IllegalArgumentException("model '" + name + "' has no option '" + option + "'"
                        + (known.isEmpty() ? "" : "; it has " + known));
            }
        }
        Map<String, String> o = new HashMap<>(options);
        return Optional.of(switch (name) {
            case "memory" -> memory();
            case "pl011" -> pl011(number(o.getOrDefault("clock", Long.toString(Pl011.QEMU_VIRT_CLOCK_HZ)), "clock"),
                    (int) number(o.getOrDefault("baud", "0"), "baud"));
            case "pl031" -> pl031(bool(o.getOrDefault("started", "false"), "started"));
            case "pl061" -> pl061();
            case "bcm2711-gpio" -> bcm2711Gpio();
            default -> bcm2711SysTimer();
        });
    }

    private static long number(String text, String option) {
        try {
            long v = Long.decode(text.trim());
            if (v < 0 || v > Integer.MAX_VALUE && option.equals("baud")) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option '" + option + "' needs a non-negative number, not '" + text + "'");
        }
    }

    private static boolean bool(String text, String option) {
        return switch (text.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("option '" + option + "' needs true or false, not '" + text
                    + "'");
        };
    }

    /**
     * Plain backing memory.
     *
     * @return a factory of {@link MemoryDevice}s
     */
    public static DeviceFactory memory() {
        return MemoryDevice::new;
    }

    /**
     * A PL011 UART.
     *
     * @param clockHz the reference clock UARTCLK in Hz
     * @param bootBaud 0 for the hardware reset state, else the baud rate the kernel programmed (console)
     * @return a factory of {@link Pl011}s
     */
    public static DeviceFactory pl011(long clockHz, int bootBaud) {
        if (clockHz <= 0 || bootBaud < 0) {
            throw new IllegalArgumentException("bad clock " + clockHz + " or baud rate " + bootBaud);
        }
        return DeviceFactory.withContext((w, c) -> new Pl011(c, clockHz, bootBaud));
    }

    /**
     * A PL031 real-time clock.
     *
     * @param startedAtBoot true if it runs from boot
     * @return a factory of {@link Pl031}s
     */
    public static DeviceFactory pl031(boolean startedAtBoot) {
        return DeviceFactory.withContext((w, c) -> new Pl031(c, startedAtBoot));
    }

    /**
     * A PL061 GPIO.
     *
     * @return a factory of {@link Pl061}s
     */
    public static DeviceFactory pl061() {
        return DeviceFactory.withContext((w, c) -> new Pl061(c));
    }

    /**
     * The BCM2711 GPIO block.
     *
     * @return a factory of {@link Bcm2711Gpio}s
     */
    public static DeviceFactory bcm2711Gpio() {
        return DeviceFactory.withContext((w, c) -> new Bcm2711Gpio(c));
    }

    /**
     * The BCM2711 system timer.
     *
     * @return a factory of {@link Bcm2711SysTimer}s
     */
    public static DeviceFactory bcm2711SysTimer() {
        return DeviceFactory.withContext((w, c) -> new Bcm2711SysTimer(c));
    }

    /**
     * A device with the register semantics of an SVD description and nothing more (see {@link RegisterFile}).
     *
     * @param peripheral the description, e.g. from {@code SvdReader.read(path).peripheral("UART0")}
     * @return a factory of {@link SvdRegisterDevice}s
     */
    public static DeviceFactory fromSvd(SvdPeripheral peripheral) {
        return fromSvd(peripheral, DeviceBehavior.NONE);
    }

    /**
     * A device with the register semantics of an SVD description and reactions of its own.
     *
     * @param peripheral the description
     * @param behavior reactions to register accesses (shared by every model the factory makes, so it
     *        should keep no state of its own)
     * @return a factory of {@link SvdRegisterDevice}s
     */
    public static DeviceFactory fromSvd(SvdPeripheral peripheral, DeviceBehavior behavior) {
        Objects.requireNonNull(peripheral, "peripheral");
        Objects.requireNonNull(behavior, "behavior");
        return DeviceFactory.withContext((w, c) -> new SvdRegisterDevice(c, peripheral, behavior));
    }

    /**
     * Returns the register description shipped with a model.
     *
     * @param name a model name other than {@code memory}
     * @return the SVD device, or empty for {@code memory} and unknown names
     */
    public static Optional<SvdDevice> description(String name) {
        return NAMES.contains(name) && !name.equals("memory") ? Optional.of(DeviceSvd.device(name))
                : Optional.empty();
    }
}
