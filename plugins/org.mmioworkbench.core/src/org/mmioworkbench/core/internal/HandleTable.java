package org.mmioworkbench.core.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.HandleKind;
import org.mmioworkbench.core.HandleOrigin;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.HandleState;
import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.internal.Entries.HandleEntry;

/**
 * The handle tables of all processes and the inheritance trees linking them. Handle values are unique
 * simulator-wide and never reused, so any stale value is detected.
 */
final class HandleTable {
    private final MachineState state;

    HandleTable(MachineState state) {
        this.state = state;
    }

    /** Result of looking a handle up in a process: {@code rcOk}, or why it cannot be used. */
    record Lookup(Retcode rc, HandleEntry entry) {
    }

    Lookup find(String process, int handle) {
        if (handle == MmioConstants.INVALID_HANDLE) {
            return new Lookup(Retcode.rcInvalidArgument, null);
        }
        HandleEntry e = state.handles.get(handle);
        if (e == null || !e.owner().equals(process)) {
            return new Lookup(Retcode.rcNotFound, null);
        }
        return new Lookup(e.state() == HandleState.REVOKED ? Retcode.rcHandleRevoked : Retcode.rcOk, e);
    }

    HandleEntry issue(String owner, HandleKind kind, long resourceId, AddressRange range, int parent,
            HandleOrigin origin, String fromProcess, long virtualAddress, HandleRights rights) {
        HandleEntry e = new HandleEntry(state.nextHandle++, owner, kind, resourceId, range, parent, origin,
                fromProcess, HandleState.VALID, virtualAddress, rights);
        state.handles.put(e.value(), e);
        return e;
    }

    /** Removes a handle; its children become children of its own parent. */
    void remove(HandleEntry e) {
        for (HandleEntry child : children(e.value())) {
            state.handles.put(child.value(), child.withParent(e.parent()));
        }
        state.handles.remove(e.value());
    }

    /** Revokes every descendant of a handle, in every process; returns how many were revoked. */
    int revokeDescendants(int handle) {
        List<HandleEntry> found = new ArrayList<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(handle);
        while (!todo.isEmpty()) {
            for (HandleEntry child : children(todo.poll())) {
                found.add(child);
                todo.add(child.value());
            }
        }
        found.forEach(d -> state.handles.put(d.value(), d.revoked()));
        return found.size();
    }

    private List<HandleEntry> children(int handle) {
        return state.handles.values().stream().filter(h -> h.parent() == handle).toList();
    }
}
