package org.mmioworkbench.core;

/**
 * One entry of a process's handle table. Handle values are per process: {@link #ref()} identifies the handle.
 *
 * @param value the handle value
 * @param process the owning process
 * @param kind region or mapping handle
 * @param region the physical range it refers to
 * @param origin registered, mapped or received over IPC
 * @param fromProcess the sender for {@link HandleOrigin#RECEIVED}, otherwise an empty string
 * @param state valid or revoked
 * @param parent the ancestor handle in the inheritance tree (often in another process), empty for a root
 * @param virtualAddress the mapped virtual address for a mapping handle, 0 for a region handle
 * @param rights the handle's permissions mask: {@link HandleRights#REGION_FULL} for a registered region
 *        handle, what the sender chose for a received one, the map rights matching {@code prot} (never
 *        {@link HandleRights#TRANSFER}) for a mapping handle
 */
public record HandleInfo(int value, String process, HandleKind kind, AddressRange region, HandleOrigin origin,
        String fromProcess, HandleState state, java.util.Optional<HandleRef> parent, long virtualAddress,
        HandleRights rights) {
    /**
     * Returns the handle as process and value.
     *
     * @return the reference that identifies this handle
     */
    public HandleRef ref() {
        return new HandleRef(process, value);
    }
}
