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
