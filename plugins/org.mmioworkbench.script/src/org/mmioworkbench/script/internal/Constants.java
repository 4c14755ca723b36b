package org.mmioworkbench.script.internal;

import java.util.HashMap;
import java.util.Map;

import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.script.SourcePosition;

/**
 * The named constants a script sees: the API's predefined ones (return codes sign-extended from 32 bits,
 * {@code MMIO_*}, {@code VMM_FLAG_*}, {@code INVALID_HANDLE}, plus {@code NULL}, {@code true},
 * {@code false}) and the {@code #define}s read so far.
 */
final class Constants {

    /**
     * A constant.
     *
     * @param value its value (0 if it has none)
     * @param hasValue false for {@code #define NAME} without a value
     * @param definedAt where it was defined, or null for a predefined constant
     */
    record Entry(long value, boolean hasValue, SourcePosition definedAt) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    Constants() {
        for (Retcode rc : Retcode.values()) {
            predefine(rc.name(), rc.code());
        }
        predefine("MMIO_K_SHARED", MmioConstants.MMIO_K_SHARED);
        predefine("MMIO_U_SHARED", MmioConstants.MMIO_U_SHARED);
        predefine("VMM_FLAG_READ", MmioConstants.VMM_FLAG_READ);
        predefine("VMM_FLAG_WRITE", MmioConstants.VMM_FLAG_WRITE);
        predefine("VMM_FLAG_WRITE_BACK", MmioConstants.VMM_FLAG_WRITE_BACK);
        predefine("VMM_FLAG_WRITE_THROUGH", MmioConstants.VMM_FLAG_WRITE_THROUGH);
        predefine("VMM_FLAG_WRITE_COMBINE", MmioConstants.VMM_FLAG_WRITE_COMBINE);
        predefine("VMM_FLAG_CACHE_DISABLE", MmioConstants.VMM_FLAG_CACHE_DISABLE);
        predefine("VMM_FLAG_LOW_GUARD", MmioConstants.VMM_FLAG_LOW_GUARD);
        predefine("VMM_FLAG_HIGH_GUARD", MmioConstants.VMM_FLAG_HIGH_GUARD);
        predefine("INVALID_HANDLE", Integer.toUnsignedLong(MmioConstants.INVALID_HANDLE));
        predefine("NULL", 0);
        predefine("true", 1);
        predefine("false", 0);
    }

    private void predefine(String name, long value) {
        entries.put(name, new Entry(value, true, null));
    }

    /** Every constant, predefined or defined, by name. */
    Map<String, Entry> all() {
        return java.util.Collections.unmodifiableMap(entries);
    }

    Entry get(String name) {
        return entries.get(name);
    }

    boolean contains(String name) {
        return entries.containsKey(name);
    }

    /**
     * Adds a {@code #define}, or explains why it cannot be added.
     *
     * @return null if defined, else the error detail
     */
    String define(String name, Entry entry) {
        Entry old = entries.get(name);
        if (old == null || (old.hasValue() == entry.hasValue() && old.value() == entry.value())) {
            entries.putIfAbsent(name, entry);
            return null;
        }
        if (old.definedAt() == null) {
            return "'" + name + "' is predefined as 0x" + Long.toHexString(old.value())
                    + "; a #define cannot change it";
        }
        return "'" + name + "' is redefined with a different value (first defined at " + old.definedAt() + ")";
    }
}
