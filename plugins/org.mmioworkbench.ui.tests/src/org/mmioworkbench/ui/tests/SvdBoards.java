package org.mmioworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.devices.DeviceCatalog;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdPeripheral;

/** Boards that carry every peripheral of a vendor's CMSIS-SVD file, for trying the views at scale. */
public final class SvdBoards {
    private SvdBoards() {
    }

    /**
     * Builds a board with every peripheral of an SVD device, each in its own page-aligned window from
     * {@code 0x10000000} up (SVD peripherals may share a page, which registration could not tell apart).
     *
     * @param device the parsed SVD file
     * @return the board, named after the device
     */
    public static Board allPeripheralsOf(SvdDevice device) {
        Board.Builder builder = Board.builder(device.name() + "-all");
        long base = 0x1000_0000L;
        for (SvdPeripheral p : device.peripherals()) {
            long end = p.registers().stream().mapToLong(r -> r.addressOffset() + r.size() / 8).max().orElse(4);
            long size = Math.max(0x1000, (end + 0xFFF) & ~0xFFFL);
            builder.device(p.name(), base, size, false, DeviceCatalog.fromSvd(p));
            base += size;
        }
        return builder.build();
    }

    /**
     * Finds one of the vendor CMSIS-SVD files the repository ships: in the folder the system property
     * {@code mmio.svd.dir} names (the build sets it), else in {@code examples/svd} of the repository (looked
     * for upwards from the working directory). Missing, the caller fails: it must not pass by skipping.
     *
     * @param file e.g. {@code STM32H753.svd}
     * @return its path
     */
    public static Path vendorSvd(String file) {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("mmio.svd.dir");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("examples").resolve("svd"));
        }
        for (Path folder : candidates) {
            if (Files.isRegularFile(folder.resolve(file))) {
                return folder.resolve(file);
            }
        }
        return fail("no " + file + " in " + candidates);
    }
}
