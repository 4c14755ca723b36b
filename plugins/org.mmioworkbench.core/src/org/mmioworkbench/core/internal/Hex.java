package org.mmioworkbench.core.internal;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.MmioConstants;

/** Formats numbers, handles and ranges the way traces and diagnostics show them. */
final class Hex {
    private Hex() {
    }

    static String addr(long address) {
        return AddressRange.hex(address);
    }

    static String num(long value) {
        return "0x" + Long.toHexString(value);
    }

    static String handle(int h) {
        return h == MmioConstants.INVALID_HANDLE ? "INVALID_HANDLE" : "0x" + Integer.toHexString(h);
    }

    static String word(int value, int widthBits) {
        String digits = Integer.toHexString(value);
        return "0x" + "0".repeat(Math.max(0, widthBits / 4 - digits.length())) + digits;
    }

    static String region(AddressRange range, String devices) {
        return range + (devices.isEmpty() ? "" : " (" + devices + ")");
    }
}
