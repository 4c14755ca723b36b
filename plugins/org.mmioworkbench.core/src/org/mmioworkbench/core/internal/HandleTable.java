package org.mmioworkbench.core.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.HandleKind;
import org.mmioworkbench.core.HandleOrigin;
import org.mmioworkbench.core.HandleRef;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.HandleState;
import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.internal.Entries.HandleEntry;
import org.mmioworkbench.core.internal.Entries.ProcessEntry;

/**
 * The handle tables of all processes and the inheritance trees linking them. Handle values are per
 * process, as in KasperskyOS: each process counts its own values from {@link Engine#FIRST_HANDLE}, so the
 * same value may name different handles in two processes. A process never reuses a value, so any stale
 * value is detected.
 */
final class HandleTable {
    /** The trace detail of a call refused because the caller's table has no value left. */
    static final String EXHAUSTED = "(the process has used every handle value)";

    private final MachineState state;

    HandleTable(MachineState state) {
        this.state = state;
    }

    /** Result of looking a handle up in a process: {@code rcOk}, or why it cannot be used. */
    record Lookup(Retcode rc, HandleEntry entry) {
    }

    /**
     * Looks a value up in a process's own table: {@code INVALID_HANDLE} is {@code rcInvalidArgument}; a
     * value the table does not hold (never issued there, or closed) is {@code rcResourceNotFound}.
     */
    Lookup find(String process, int handle) {
        if (handle == MmioConstants.INVALID_HANDLE) {
            return new Lookup(Retcode.rcInvalidArgument, null);
        }
        HandleEntry e = state.handles.get(new HandleRef(process, handle));
        if (e == null) {
            return new Lookup(Retcode.rcResourceNotFound, null);
        }
        return new Lookup(e.state() == HandleState.REVOKED ? Retcode.rcHandleRevoked : Retcode.rcOk, e);
    }

    /**
     * Tells whether a process has used every handle value (the next would be {@code INVALID_HANDLE}); the
     * calls that issue a handle check this first and fail with {@code rcQuotaExceeded}.
     */
    boolean exhausted(String process) {
        return state.processes.get(process).nextHandle() == MmioConstants.INVALID_HANDLE;
    }

    /** Issues the next value of the owner's table, which must not be {@link #exhausted}. */
    HandleEntry issue(String owner, HandleKind kind, long resourceId, AddressRange range, HandleRef parent,
            HandleOrigin origin, String fromProcess, long virtualAddress, HandleRights rights) {
        ProcessEntry p = state.processes.get(owner);
        HandleEntry e = new HandleEntry(p.nextHandle(), owner, kind, resourceId, range, parent, origin,
                fromProcess, HandleState.VALID, virtualAddress, rights);
        state.processes.put(owner, p.withNextHandle(p.nextHandle() + 1));
        state.handles.put(e.ref(), e);
        return e;
    }

    /** Removes a handle; its children become children of its own parent. */
    void remove(HandleEntry e) {
        for (HandleEntry child : children(e.ref())) {
            state.handles.put(child.ref(), child.withParent(e.parent()));
        }
        state.handles.remove(e.ref());
    }

    /** Revokes every descendant of a handle, in every process; returns how many were revoked. */
    int revokeDescendants(HandleRef handle) {
        List<HandleEntry> found = new ArrayList<>();
        Deque<HandleRef> todo = new ArrayDeque<>();
        todo.add(handle);
        while (!todo.isEmpty()) {
            for (HandleEntry child : children(todo.poll())) {
                found.add(child);
                todo.add(child.ref());
            }
        }
        found.forEach(d -> state.handles.put(d.ref(), d.revoked()));
        return found.size();
    }

    private List<HandleEntry> children(HandleRef handle) {
        return state.handles.values().stream().filter(h -> handle.equals(h.parent())).toList();
    }
}
