package org.mmioworkbench.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A physical address map: RAM ranges and device windows, plus the page size used for MMIO
 * registration and mapping. Everything else is a hole. Registering a range that overlaps RAM fails
 * with {@link Retcode#rcInvalidArgument} and a {@link DiagnosticKind#RAM_REGISTRATION} diagnostic;
 * registering a hole (or a range spanning holes) succeeds, but any access to a byte with no device
 * behind it is a {@link FaultCause#BUS_ERROR} fault. Immutable; build one with {@link #builder(String)}.
 */
public final class Board {
    /** The default page size, 4 KiB. */
    public static final long DEFAULT_PAGE_SIZE = 4096;

    private final String name;
    private final long pageSize;
    private final List<AddressRange> ram;
    private final List<DeviceWindow> devices;
    private final List<Path> descriptionFiles;
    private final List<String> warnings;

    private Board(Builder b) {
        this.name = b.name;
        this.pageSize = b.pageSize;
        this.ram = List.copyOf(b.ram);
        List<DeviceWindow> sorted = new ArrayList<>(b.devices);
        sorted.sort((x, y) -> Long.compareUnsigned(x.base(), y.base()));
        this.devices = List.copyOf(sorted);
        this.descriptionFiles = List.copyOf(b.descriptionFiles);
        this.warnings = List.copyOf(b.warnings);
    }

    /**
     * Starts building a board.
     *
     * @param name the board name, e.g. {@code qemu-virt}
     * @return a builder with page size {@link #DEFAULT_PAGE_SIZE} and an empty map
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The QEMU aarch64 {@code virt} machine, the default board: PL011 UART0 at 0x09000000 (kernel
     * console), PL031 RTC at 0x09010000, PL061 GPIO at 0x09030000 (each 4 KiB, with their device models)
     * and 1 GiB of RAM from 0x40000000; 4 KiB pages. The same as
     * {@link org.mmioworkbench.core.devices.Boards#qemuVirt()}, which also has the other built-in boards.
     *
     * @return the board named {@code qemu-virt}
     */
    public static Board qemuVirt() {
        return org.mmioworkbench.core.devices.Boards.qemuVirt();
    }

    /**
     * Returns the board name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the page size that registrations must be aligned to.
     *
     * @return a power of two
     */
    public long pageSize() {
        return pageSize;
    }

    /**
     * Returns the files the board's device descriptions were read from, such as the CMSIS-SVD files a board
     * file names, so that a tool writing files can refuse to overwrite one of them.
     *
     * @return an immutable list without duplicates, in the order read; empty for the built-in boards
     */
    public List<Path> descriptionFiles() {
        return descriptionFiles;
    }

    /**
     * Returns what reading the board's description files warned about: what the SVD reader accepted as the tools
     * users know do, but said where (a field clipped to its register, an access type read as another).
     *
     * @return gcc's form, {@code FILE:LINE:COL: warning: REASON}, in the order found; empty for most boards
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Returns the RAM ranges.
     *
     * @return an immutable list in the order added
     */
    public List<AddressRange> ram() {
        return ram;
    }

    /**
     * Returns the device windows.
     *
     * @return an immutable list sorted by base address
     */
    public List<DeviceWindow> devices() {
        return devices;
    }

    /**
     * Finds the device window containing a physical address.
     *
     * @param physicalAddress an address
     * @return the window, or empty for RAM or a hole
     */
    public Optional<DeviceWindow> deviceAt(long physicalAddress) {
        for (DeviceWindow w : devices) {
            if (w.range().contains(physicalAddress)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /**
     * Lists the device windows that overlap a range.
     *
     * @param range a physical range
     * @return the overlapping windows, by base address
     */
    public List<DeviceWindow> devicesIn(AddressRange range) {
        return devices.stream().filter(w -> w.range().overlaps(range)).toList();
    }

    /**
     * Finds a RAM range that overlaps a range.
     *
     * @param range a physical range
     * @return the first overlapping RAM range, or empty
     */
    public Optional<AddressRange> ramOverlapping(AddressRange range) {
        return ram.stream().filter(r -> r.overlaps(range)).findFirst();
    }

    /**
     * Returns the board name.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }

    /** Collects the address map of a {@link Board} and checks it on {@link #build()}. */
    public static final class Builder {
        private final String name;
        private long pageSize = DEFAULT_PAGE_SIZE;
        private final List<AddressRange> ram = new ArrayList<>();
        private final List<DeviceWindow> devices = new ArrayList<>();
        private final LinkedHashSet<Path> descriptionFiles = new LinkedHashSet<>();
        private final List<String> warnings = new ArrayList<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Sets the page size.
         *
         * @param size a power of two, at least 4
         * @return this builder
         */
        public Builder pageSize(long size) {
            if (size < 4 || Long.bitCount(size) != 1) {
                throw new IllegalArgumentException("page size must be a power of two >= 4: " + size);
            }
            this.pageSize = size;
            return this;
        }

        /**
         * Records a file a device description was read from (see {@link Board#descriptionFiles()}).
         *
         * @param file the file, e.g. an SVD file
         * @return this builder
         */
        public Builder descriptionFile(Path file) {
            descriptionFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /**
         * Records a warning about a description file (see {@link Board#warnings()}).
         *
         * @param warning {@code FILE:LINE:COL: warning: REASON}
         * @return this builder
         */
        public Builder warning(String warning) {
            warnings.add(Objects.requireNonNull(warning, "warning"));
            return this;
        }

        /**
         * Adds a RAM range.
         *
         * @param base first address
         * @param size size in bytes
         * @return this builder
         */
        public Builder ram(long base, long size) {
            ram.add(new AddressRange(base, size));
            return this;
        }

        /**
         * Adds a device window served by plain backing memory, not used by the kernel.
         *
         * @param deviceName device name
         * @param base first address
         * @param size size in bytes
         * @return this builder
         */
        public Builder device(String deviceName, long base, long size) {
            return device(deviceName, base, size, false, MemoryDevice::new);
        }

        /**
         * Adds a device window served by plain backing memory that the kernel claims at boot.
         *
         * @param deviceName device name
         * @param base first address
         * @param size size in bytes
         * @return this builder
         */
        public Builder kernelDevice(String deviceName, long base, long size) {
            return device(deviceName, base, size, true, MemoryDevice::new);
        }

        /**
         * Adds a device window with its own model.
         *
         * @param deviceName device name
         * @param base first address
         * @param size size in bytes
         * @param kernelUsed true if the kernel claims it at boot
         * @param factory creates the model
         * @return this builder
         */
        public Builder device(String deviceName, long base, long size, boolean kernelUsed, DeviceFactory factory) {
            devices.add(new DeviceWindow(deviceName, new AddressRange(base, size), kernelUsed, factory));
            return this;
        }

        /**
         * Checks the map and creates the board, in time proportional to n log n for n ranges (sorted by base
         * address, each range is compared with its neighbour only), so a board of tens of thousands of devices
         * is built at once.
         *
         * @return the board
         * @throws IllegalArgumentException if a RAM range is not page-aligned, a device window not aligned to 4 bytes,
         *         ranges overlap or device names repeat
         */
        public Board build() {
            List<AddressRange> all = new ArrayList<>(ram);
            for (AddressRange r : ram) {
                if ((r.base() & (pageSize - 1)) != 0 || (r.size() & (pageSize - 1)) != 0) {
                    throw new IllegalArgumentException("range " + r + " is not page-aligned (page size " + pageSize + ")");
                }
            }
            // device windows need not be: on real chips several peripherals share a page (STM32's sit 1 KiB apart),
            // and a driver registers and maps the page that holds them; their registers are 4 bytes apart
            for (DeviceWindow d : devices) {
                if ((d.range().base() & 3) != 0 || (d.range().size() & 3) != 0) {
                    throw new IllegalArgumentException("device " + d.name() + " at " + d.range()
                            + " is not aligned to 4 bytes");
                }
                all.add(d.range());
            }
            all.sort((x, y) -> Long.compareUnsigned(x.base(), y.base()));
            for (int i = 1; i < all.size(); i++) {
                if (all.get(i - 1).overlaps(all.get(i))) {
                    throw new IllegalArgumentException("ranges " + all.get(i - 1) + " and " + all.get(i) + " overlap");
                }
            }
            Set<String> names = new HashSet<>();
            for (DeviceWindow d : devices) {
                if (!names.add(d.name())) {
                    throw new IllegalArgumentException("device names must be unique");
                }
            }
            return new Board(this);
        }
    }
}
