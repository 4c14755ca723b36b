package org.mmioworkbench.core.internal;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.HandleKind;
import org.mmioworkbench.core.HandleOrigin;
import org.mmioworkbench.core.HandleRef;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.HandleState;

/** The immutable records the machine state is made of; changing one means replacing it in its map. */
final class Entries {
    private Entries() {
    }

    /** A simulated process, the next free address of its MMIO virtual window and its next handle value. */
    record ProcessEntry(String name, long nextVirtualAddress, int nextHandle) {
        ProcessEntry withNextAddress(long next) {
            return new ProcessEntry(name, next, nextHandle);
        }

        ProcessEntry withNextHandle(int next) {
            return new ProcessEntry(name, nextVirtualAddress, next);
        }
    }

    /**
     * A handle-table entry. {@code resourceId} is a registration id for region handles and a mapping id
     * for mapping handles; {@code parent} links the inheritance tree (null for a root); {@code rights} never
     * changes.
     */
    record HandleEntry(int value, String owner, HandleKind kind, long resourceId, AddressRange range,
            HandleRef parent, HandleOrigin origin, String fromProcess, HandleState state, long virtualAddress,
            HandleRights rights) {
        HandleRef ref() {
            return new HandleRef(owner, value);
        }

        HandleEntry withParent(HandleRef newParent) {
            return new HandleEntry(value, owner, kind, resourceId, range, newParent, origin, fromProcess, state,
                    virtualAddress, rights);
        }

        HandleEntry revoked() {
            return new HandleEntry(value, owner, kind, resourceId, range, null, origin, fromProcess,
                    HandleState.REVOKED, virtualAddress, rights);
        }

        boolean valid() {
            return state == HandleState.VALID;
        }
    }

    /** A live physical MMIO region: the range shared by all its registrations. */
    record RegionEntry(long id, AddressRange range) {
    }

    /** One successful {@code KnRegisterPhyMem} call. */
    record RegistrationEntry(long id, long regionId, String process, int flags, long timeNanos) {
    }

    /** A mapping; kept after it is freed so that later accesses are reported as use-after-free. */
    record MappingEntry(long id, long regionId, long registrationId, String process, long virtualAddress,
            AddressRange physical, int prot, int attr, int handle, boolean live) {
        MappingEntry freed() {
            return new MappingEntry(id, regionId, registrationId, process, virtualAddress, physical, prot, attr,
                    handle, false);
        }

        AddressRange virtualRange() {
            return new AddressRange(virtualAddress, physical.size());
        }
    }

    /** A physical range the kernel uses. */
    record ClaimEntry(long id, AddressRange range, boolean atBoot, long timeNanos) {
    }
}
