package org.mmioworkbench.core.devices;

import java.util.List;
import java.util.Optional;

import org.mmioworkbench.core.Board;

/**
 * The built-in boards, with device models behind their windows. Each call builds a new (immutable)
 * board.
 * <ul>
 * <li>{@code qemu-virt} (the default): QEMU's aarch64 {@code virt} machine. PL011 {@code UART0} at
 * 0x09000000, the kernel's console (24 MHz reference clock, left by the kernel at 115200 baud 8N1 with
 * FIFOs, enabled); PL031 {@code RTC} at 0x09010000, running from boot as QEMU's does; PL061 {@code GPIO}
 * at 0x09030000; 1 GiB of RAM from 0x40000000; 4 KiB pages.</li>
 * <li>{@code rpi4b}: Raspberry Pi 4 Model B (BCM2711) in low-peripheral mode. System timer
 * {@code SYSTIMER} at 0xFE003000, {@code GPIO} at 0xFE200000, PL011 {@code UART0} at 0xFE201000 (the
 * kernel's console; 48 MHz reference clock, 115200 baud); RAM from 0 up to the peripherals
 * (0x00000000-0xFBFFFFFF, the ARM's view of a 4 GB board below 4 GiB; the GPU's share is not carved
 * out); 4 KiB pages.</li>
 * </ul>
 */
public final class Boards {
    /** The name of the default board. */
    public static final String DEFAULT = "qemu-virt";
    /** The kernel console's baud rate on the built-in boards. */
    public static final int CONSOLE_BAUD = 115_200;

    private static final List<String> NAMES = List.of("qemu-virt", "rpi4b");

    private Boards() {
    }

    /**
     * Lists the built-in boards.
     *
     * @return {@code qemu-virt}, {@code rpi4b}
     */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Builds a built-in board.
     *
     * @param name {@code qemu-virt} or {@code rpi4b}
     * @return the board, or empty for another name
     */
    public static Optional<Board> builtIn(String name) {
        return switch (name) {
            case "qemu-virt" -> Optional.of(qemuVirt());
            case "rpi4b" -> Optional.of(rpi4b());
            default -> Optional.empty();
        };
    }

    /**
     * QEMU's aarch64 {@code virt} machine (see the class description).
     *
     * @return the board named {@code qemu-virt}
     */
    public static Board qemuVirt() {
        return Board.builder("qemu-virt")
                .pageSize(4096)
                .ram(0x4000_0000L, 0x4000_0000L)
                .device("UART0", 0x0900_0000L, 0x1000, true,
                        DeviceCatalog.pl011(Pl011.QEMU_VIRT_CLOCK_HZ, CONSOLE_BAUD))
                .device("RTC", 0x0901_0000L, 0x1000, false, DeviceCatalog.pl031(true))
                .device("GPIO", 0x0903_0000L, 0x1000, false, DeviceCatalog.pl061())
                .build();
    }

    /**
     * The Raspberry Pi 4 Model B (see the class description).
     *
     * @return the board named {@code rpi4b}
     */
    public static Board rpi4b() {
        return Board.builder("rpi4b")
                .pageSize(4096)
                .ram(0x0000_0000L, 0xFC00_0000L)
                .device("SYSTIMER", 0xFE00_3000L, 0x1000, false, DeviceCatalog.bcm2711SysTimer())
                .device("GPIO", 0xFE20_0000L, 0x1000, false, DeviceCatalog.bcm2711Gpio())
                .device("UART0", 0xFE20_1000L, 0x1000, true, DeviceCatalog.pl011(Pl011.RPI4_CLOCK_HZ, CONSOLE_BAUD))
                .build();
    }
}
