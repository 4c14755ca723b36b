package org.mmioworkbench.core;

import java.util.Objects;

/**
 * A handle as the kernel knows it: a value in one process's handle table. Handle values are per process,
 * as in KasperskyOS: the same value may name different handles in two processes, so a handle is only
 * identified together with its process. Ordered by process name, then by unsigned value.
 *
 * @param process the process whose handle table holds it
 * @param value the handle value in that table
 */
public record HandleRef(String process, int value) implements Comparable<HandleRef> {
    /**
     * Checks the process name.
     *
     * @param process process
     * @param value value
     */
    public HandleRef {
        Objects.requireNonNull(process, "process");
    }

    @Override
    public int compareTo(HandleRef o) {
        int c = process.compareTo(o.process);
        return c != 0 ? c : Integer.compareUnsigned(value, o.value);
    }

    /** Renders as {@code process:0x5}. */
    @Override
    public String toString() {
        return process + ":0x" + Integer.toHexString(value);
    }
}
