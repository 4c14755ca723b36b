package org.mmioworkbench.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A handle permissions mask (rights), as KasperskyOS gives every handle: a 32-bit mask with a general
 * part (rights any resource has, such as {@code OCAP_HANDLE_TRANSFER}) and a resource-specific part
 * (here: how an MMIO region may be mapped). A transfer may hand on the sender's rights or fewer, never
 * more.
 * <p>
 * The names follow the SDK's {@code services/ocap.h}, but its numeric values are not published to this
 * project, so the bits are the simulator's own: the general part is the low 16 bits ({@link #TRANSFER}
 * is bit 0), the MMIO-region part the high 16 bits ({@link #MAP_READ} bit 16, {@link #MAP_WRITE} bit 17).
 * Only these bits exist; the text form is {@code transfer|map-read|map-write}, or {@code none}.
 *
 * @param mask the bits, a combination of the constants' masks
 */
public record HandleRights(int mask) {
    /** The general-part bit of {@link #TRANSFER}. */
    private static final int TRANSFER_BIT = 0x0000_0001;
    /** The MMIO-region bit of {@link #MAP_READ}. */
    private static final int MAP_READ_BIT = 0x0001_0000;
    /** The MMIO-region bit of {@link #MAP_WRITE}. */
    private static final int MAP_WRITE_BIT = 0x0002_0000;
    private static final int KNOWN = TRANSFER_BIT | MAP_READ_BIT | MAP_WRITE_BIT;
    /** The bits in the order of the text form, with their names. */
    private static final int[] BITS = {TRANSFER_BIT, MAP_READ_BIT, MAP_WRITE_BIT};
    private static final String[] NAMES = {"transfer", "map-read", "map-write"};

    /** No rights at all; written {@code none}. */
    public static final HandleRights NONE = new HandleRights(0);
    /** General part: the handle may be transferred over IPC (the SDK's {@code OCAP_HANDLE_TRANSFER}). */
    public static final HandleRights TRANSFER = new HandleRights(TRANSFER_BIT);
    /** MMIO region: {@code KnIoMapMem} may map it with {@code VMM_FLAG_READ}. */
    public static final HandleRights MAP_READ = new HandleRights(MAP_READ_BIT);
    /** MMIO region: {@code KnIoMapMem} may map it with {@code VMM_FLAG_WRITE}. */
    public static final HandleRights MAP_WRITE = new HandleRights(MAP_WRITE_BIT);
    /** Every right: what {@code KnRegisterPhyMem} gives the region handle it returns. */
    public static final HandleRights REGION_FULL = new HandleRights(KNOWN);

    /**
     * Makes a mask.
     *
     * @param mask a combination of the constants' masks
     * @throws IllegalArgumentException if it has any other bit
     */
    public HandleRights {
        if ((mask & ~KNOWN) != 0) {
            throw new IllegalArgumentException("unknown handle right bits 0x" + Integer.toHexString(mask & ~KNOWN));
        }
    }

    /**
     * Tells whether this mask has every right of another (is the same or more).
     *
     * @param other the rights asked for
     * @return true if {@code other} is a subset of this mask
     */
    public boolean contains(HandleRights other) {
        return (other.mask & ~mask) == 0;
    }

    /**
     * Returns the rights of this mask and another together.
     *
     * @param other more rights
     * @return the union
     */
    public HandleRights union(HandleRights other) {
        return new HandleRights(mask | other.mask);
    }

    /**
     * Returns this mask without some rights.
     *
     * @param other the rights to drop
     * @return the rights of this mask that {@code other} lacks
     */
    public HandleRights without(HandleRights other) {
        return new HandleRights(mask & ~other.mask);
    }

    /**
     * Tells whether the mask has no right.
     *
     * @return true for {@link #NONE}
     */
    public boolean isEmpty() {
        return mask == 0;
    }

    /**
     * Renders the mask in its text form, which {@link #parse(String)} reads back.
     *
     * @return e.g. {@code transfer|map-read|map-write}, {@code map-read}, or {@code none}
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < BITS.length; i++) {
            if ((mask & BITS[i]) != 0) {
                parts.add(NAMES[i]);
            }
        }
        return parts.isEmpty() ? "none" : String.join("|", parts);
    }

    /**
     * Reads the text form: right names separated by {@code |} or {@code ,}, in any order and letter case,
     * with optional spaces; {@code _} may stand for {@code -} ({@code MAP_READ}); {@code none} adds no right.
     *
     * @param text e.g. {@code "map-read"}, {@code "transfer, map-read"} or {@code "none"}
     * @return the mask
     * @throws IllegalArgumentException naming the word that is not a right, or for blank text
     */
    public static HandleRights parse(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("no handle rights given; write none for an empty mask");
        }
        int bits = 0;
        for (String part : text.split("[|,]", -1)) {
            String word = part.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            bits |= bitOf(word, part.strip(), text);
        }
        return new HandleRights(bits);
    }

    private static int bitOf(String word, String written, String text) {
        if (word.equals("none")) {
            return 0;
        }
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(word)) {
                return BITS[i];
            }
        }
        throw new IllegalArgumentException((written.isEmpty() ? "empty handle right" : "unknown handle right '"
                + written + "'") + " in '" + text + "'; the rights are transfer, map-read, map-write (or none)");
    }
}
