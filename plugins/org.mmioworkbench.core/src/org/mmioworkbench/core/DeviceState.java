package org.mmioworkbench.core;

/**
 * Marker for an immutable copy of a {@link DeviceModel}'s state, kept inside a {@link Snapshot}.
 */
public interface DeviceState {
}
