package org.mmioworkbench.core;

/** Whether a handle can still be used. */
public enum HandleState {
    /** Usable. */
    VALID,
    /** Revoked through an ancestor: every call except {@code KnHandleClose} fails with {@code rcHandleRevoked}. */
    REVOKED
}
