package org.mmioworkbench.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The SDK constants used by the MMIO API ({@code io/io_mmio.h}, {@code vmm/flags.h},
 * {@code handle/handletype.h}). The names are the SDK's; the numeric values are the simulator's own,
 * chosen so that access-right flags and cache flags never share bits (mixing them up is detected).
 */
public final class MmioConstants {
    /** The "no handle" value that fills empty handle variables and {@link IoMemHandles} fields. */
    public static final int INVALID_HANDLE = 0xFFFF_FFFF;

    /** {@code KnRegisterPhyMem} flag: the region may also be used by the kernel. */
    public static final int MMIO_K_SHARED = 0x1;
    /** {@code KnRegisterPhyMem} flag: the region may be registered several times (needed in every one). */
    public static final int MMIO_U_SHARED = 0x2;

    /** {@code KnIoMapMem} access right: read. */
    public static final int VMM_FLAG_READ = 0x1;
    /** {@code KnIoMapMem} access right: write. */
    public static final int VMM_FLAG_WRITE = 0x2;

    /** {@code KnIoMapMem} cache attribute: write-back caching (not suitable for device registers). */
    public static final int VMM_FLAG_WRITE_BACK = 0x100;
    /** {@code KnIoMapMem} cache attribute: write-through caching (not suitable for device registers). */
    public static final int VMM_FLAG_WRITE_THROUGH = 0x200;
    /** {@code KnIoMapMem} cache attribute: write-combining (not suitable for device registers). */
    public static final int VMM_FLAG_WRITE_COMBINE = 0x400;
    /** {@code KnIoMapMem} cache attribute: uncached, the recommended attribute for MMIO. */
    public static final int VMM_FLAG_CACHE_DISABLE = 0x800;

    /**
     * {@code KnIoMapMem} attribute (older SDKs): leave an unmapped guard page below the mapping. The
     * simulator always does (see the package documentation), so the flag is accepted and recorded.
     */
    public static final int VMM_FLAG_LOW_GUARD = 0x1000;
    /**
     * {@code KnIoMapMem} attribute (older SDKs): leave an unmapped guard page above the mapping. The
     * simulator always does, so the flag is accepted and recorded.
     */
    public static final int VMM_FLAG_HIGH_GUARD = 0x2000;

    /** All registration flags the simulator knows. */
    public static final int MMIO_FLAGS_MASK = MMIO_K_SHARED | MMIO_U_SHARED;
    /** All access-right flags the simulator knows. */
    public static final int VMM_PROT_MASK = VMM_FLAG_READ | VMM_FLAG_WRITE;
    /** All cache attribute flags the simulator knows. */
    public static final int VMM_CACHE_MASK =
            VMM_FLAG_WRITE_BACK | VMM_FLAG_WRITE_THROUGH | VMM_FLAG_WRITE_COMBINE | VMM_FLAG_CACHE_DISABLE;
    /** The guard-page attribute flags. */
    public static final int VMM_GUARD_MASK = VMM_FLAG_LOW_GUARD | VMM_FLAG_HIGH_GUARD;

    private MmioConstants() {
    }

    /**
     * Renders registration flags as C source would write them, e.g. {@code MMIO_K_SHARED|MMIO_U_SHARED}.
     *
     * @param flags a {@code KnRegisterPhyMem} flags value
     * @return the flag names joined by {@code |}, {@code 0} for none, unknown bits in hex
     */
    public static String registrationFlagsText(int flags) {
        return render(flags, new int[] {MMIO_K_SHARED, MMIO_U_SHARED},
                new String[] {"MMIO_K_SHARED", "MMIO_U_SHARED"});
    }

    /**
     * Renders {@code KnIoMapMem} access rights, e.g. {@code VMM_FLAG_READ|VMM_FLAG_WRITE}.
     *
     * @param prot a {@code prot} value
     * @return the flag names joined by {@code |}, {@code 0} for none, unknown bits in hex
     */
    public static String protText(int prot) {
        return render(prot, new int[] {VMM_FLAG_READ, VMM_FLAG_WRITE},
                new String[] {"VMM_FLAG_READ", "VMM_FLAG_WRITE"});
    }

    /**
     * Renders {@code KnIoMapMem} cache attributes, e.g. {@code VMM_FLAG_CACHE_DISABLE}.
     *
     * @param attr an {@code attr} value
     * @return the flag names joined by {@code |}, {@code 0} for none, unknown bits in hex
     */
    public static String attrText(int attr) {
        return render(attr,
                new int[] {VMM_FLAG_WRITE_BACK, VMM_FLAG_WRITE_THROUGH, VMM_FLAG_WRITE_COMBINE,
                        VMM_FLAG_CACHE_DISABLE, VMM_FLAG_LOW_GUARD, VMM_FLAG_HIGH_GUARD},
                new String[] {"VMM_FLAG_WRITE_BACK", "VMM_FLAG_WRITE_THROUGH", "VMM_FLAG_WRITE_COMBINE",
                        "VMM_FLAG_CACHE_DISABLE", "VMM_FLAG_LOW_GUARD", "VMM_FLAG_HIGH_GUARD"});
    }

    private static String render(int value, int[] bits, String[] names) {
        if (value == 0) {
            return "0";
        }
        List<String> parts = new ArrayList<>();
        int rest = value;
        for (int i = 0; i < bits.length; i++) {
            if ((value & bits[i]) != 0) {
                parts.add(names[i]);
                rest &= ~bits[i];
            }
        }
        if (rest != 0) {
            parts.add("0x" + Integer.toHexString(rest));
        }
        return String.join("|", parts);
    }
}
