package org.mmioworkbench.core;

/** How a process came to own a handle. */
public enum HandleOrigin {
    /** Returned by {@code KnRegisterPhyMem}; the root of an inheritance tree. */
    REGISTERED,
    /** Returned by {@code KnIoMapMem}. */
    MAPPED,
    /** Received over IPC; a descendant of the sender's handle. */
    RECEIVED
}
