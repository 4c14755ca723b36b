package org.mmioworkbench.core;

/** What a handle refers to. */
public enum HandleKind {
    /** An MMIO region handle ({@code rid}) from {@code KnRegisterPhyMem} or an IPC transfer. */
    REGION,
    /** A mapping handle from {@code KnIoMapMem}; closing it frees the virtual region. */
    MAPPING
}
