package org.mmioworkbench.boardfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A board-file template a user starts a board of their own from: the built-in boards written as board
 * files, and an empty one. Each template is a valid board file.
 *
 * @param id the template's id, also its resource name ({@code templates/ID.yaml})
 * @param label what a wizard shows
 * @param description one sentence about it
 */
public record BoardTemplate(String id, String label, String description) {

    /**
     * Lists the templates.
     *
     * @return {@code qemu-virt}, {@code rpi4b} and {@code empty}
     */
    public static List<BoardTemplate> all() {
        return List.of(
                new BoardTemplate("qemu-virt", "QEMU virt (aarch64)",
                        "PL011 UART (the kernel's console), PL031 RTC and PL061 GPIO, 1 GiB of RAM at 0x40000000."),
                new BoardTemplate("rpi4b", "Raspberry Pi 4 Model B (BCM2711)",
                        "System timer, GPIO and PL011 UART0 at 0xFE000000 (low-peripheral mode)."),
                new BoardTemplate("empty", "Empty board",
                        "A starting point with one memory device and RAM, with comments on every key."));
    }

    /**
     * Writes a board file for some peripherals of a vendor SVD file, as the New Board wizard's "from an SVD file"
     * path makes it: every peripheral as one {@code - svd: FILE} entry, or a device per chosen peripheral with its
     * address and window ({@link BoardFileReader#extent}).
     *
     * @param boardName the board's name
     * @param svdPath the SVD file as the board file names it (relative to the board file, or absolute)
     * @param all the file's peripherals, in the file's order
     * @param chosen the names of the peripherals to place
     * @return the board file's text
     */
    public static String fromSvd(String boardName, String svdPath, List<org.mmioworkbench.core.svd.SvdPeripheral> all,
            java.util.Set<String> chosen) {
        StringBuilder b = new StringBuilder();
        b.append("# Made by the New Board wizard from ").append(svdPath).append(": ");
        b.append(chosen.size()).append(" of its ").append(all.size()).append(" peripherals, each at its own address;\n");
        b.append("# several may share a page, which a driver registers and maps as a whole.\n");
        b.append("board: ").append(boardName).append("\n");
        b.append("devices:\n");
        String quoted = "'" + svdPath.replace("'", "''") + "'";
        if (chosen.size() == all.size()) {
            b.append("  - svd: ").append(quoted).append("\n");
            return b.toString();
        }
        for (org.mmioworkbench.core.svd.SvdPeripheral p : all) {
            if (!chosen.contains(p.name())) {
                continue;
            }
            b.append(String.format(java.util.Locale.ROOT, "  - name: %s\n    base: 0x%08X\n    size: 0x%X\n",
                    p.name(), p.baseAddress(), BoardFileReader.extent(p)));
            b.append("    svd: ").append(quoted).append("\n");
        }
        return b.toString();
    }

    /**
     * Returns the template's text.
     *
     * @return the board file text
     */
    public String text() {
        String resource = "templates/" + id + ".yaml";
        try (InputStream in = Objects.requireNonNull(BoardTemplate.class.getResourceAsStream(resource),
                "missing template " + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
