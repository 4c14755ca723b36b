package org.mmioworkbench.core.internal;

import static org.mmioworkbench.core.MmioConstants.INVALID_HANDLE;

import java.util.OptionalLong;

import org.mmioworkbench.core.HandleKind;
import org.mmioworkbench.core.HandleOrigin;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.HandleState;
import org.mmioworkbench.core.IoMemHandles;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.Timing;
import org.mmioworkbench.core.TransferResult;
import org.mmioworkbench.core.internal.Entries.HandleEntry;

/**
 * {@code KnHandleClose}, {@code KnHandleRevoke}, IPC handle transfer and the
 * {@code KnIoMemHandlesClear}/{@code KnIoMemHandlesClose} helpers.
 */
final class HandleCalls {
    private final HandleTable handles;
    private final Mapper mapper;
    private final RegionReclaimer reclaimer;
    private final Recorder recorder;
    private final DeviceBus bus;

    HandleCalls(HandleTable handles, Mapper mapper, RegionReclaimer reclaimer, Recorder recorder, DeviceBus bus) {
        this.handles = handles;
        this.mapper = mapper;
        this.reclaimer = reclaimer;
        this.recorder = recorder;
        this.bus = bus;
    }

    Retcode close(String process, int handle) {
        Call call = recorder.begin(process, "KnHandleClose", "handle=" + Hex.handle(handle));
        HandleTable.Lookup lookup = handles.find(process, handle);
        if (lookup.rc() == Retcode.rcInvalidArgument || lookup.rc() == Retcode.rcResourceNotFound) {
            return call.end(lookup.rc(), "", OptionalLong.empty(), "", Timing.KERNEL_CALL_NANOS);
        }
        HandleEntry e = lookup.entry();
        String detail = e.state() == HandleState.REVOKED ? "(revoked handle's slot freed)" : "";
        discard(e);
        return call.end(Retcode.rcOk, detail, OptionalLong.of(e.range().base()), bus.names(e.range()),
                Timing.KERNEL_CALL_NANOS);
    }

    Retcode revoke(String process, int handle) {
        Call call = recorder.begin(process, "KnHandleRevoke", "handle=" + Hex.handle(handle));
        HandleTable.Lookup lookup = handles.find(process, handle);
        if (!lookup.rc().isOk()) {
            return call.end(lookup.rc(), "", OptionalLong.empty(), "", Timing.KERNEL_CALL_NANOS);
        }
        HandleEntry e = lookup.entry();
        int revoked = handles.revokeDescendants(e.ref());
        discard(e);
        return call.end(Retcode.rcOk, "(" + revoked + " descendant(s) revoked)", OptionalLong.of(e.range().base()),
                bus.names(e.range()), Timing.KERNEL_CALL_NANOS);
    }

    /**
     * IPC transfer: the receiver's new handle is a descendant of the sender's and gets {@code rights},
     * or the sender's rights if null. The sender's handle needs {@code TRANSFER}, and rights are never
     * elevated.
     */
    TransferResult transfer(String from, int handle, String to, HandleRights rights) {
        Call call = recorder.begin(from, "ipcTransferHandle", "handle=" + Hex.handle(handle) + ", to='" + to + "'"
                + (rights == null ? "" : ", rights=" + rights));
        HandleTable.Lookup lookup = handles.find(from, handle);
        if (!lookup.rc().isOk()) {
            call.end(lookup.rc(), "", OptionalLong.empty(), "", Timing.KERNEL_CALL_NANOS);
            return new TransferResult(lookup.rc(), INVALID_HANDLE);
        }
        HandleEntry e = lookup.entry();
        OptionalLong at = OptionalLong.of(e.range().base());
        String devices = bus.names(e.range());
        String refused = null;
        if (e.kind() == HandleKind.MAPPING) { // a mapping handle never has TRANSFER
            refused = "(a KnIoMapMem handle cannot be transferred)";
        } else if (!e.rights().contains(HandleRights.TRANSFER)) {
            refused = "(the handle lacks right transfer; its rights are " + e.rights() + ")";
        } else if (rights != null && !e.rights().contains(rights)) {
            refused = "(rights cannot be elevated: " + rights.without(e.rights()) + " asked for, but the handle's"
                    + " rights are " + e.rights() + ")";
        }
        if (refused != null) {
            call.end(Retcode.rcNoCapability, refused, at, devices, Timing.KERNEL_CALL_NANOS);
            return new TransferResult(Retcode.rcNoCapability, INVALID_HANDLE);
        }
        if (handles.exhausted(to)) {
            call.end(Retcode.rcQuotaExceeded, "(the receiver has used every handle value)", at, devices,
                    Timing.KERNEL_CALL_NANOS);
            return new TransferResult(Retcode.rcQuotaExceeded, INVALID_HANDLE);
        }
        HandleEntry received = handles.issue(to, HandleKind.REGION, e.resourceId(), e.range(), e.ref(),
                HandleOrigin.RECEIVED, from, 0, rights == null ? e.rights() : rights);
        call.end(Retcode.rcOk, "handle=" + Hex.handle(received.value()), at, devices, Timing.KERNEL_CALL_NANOS);
        return new TransferResult(Retcode.rcOk, received.value());
    }

    void clear(String process, IoMemHandles h) {
        Call call = recorder.begin(process, "KnIoMemHandlesClear", "handles=" + h);
        h.rid = INVALID_HANDLE;
        h.handle = INVALID_HANDLE;
        call.endPlain("done", OptionalLong.empty(), "", Timing.LIBRARY_CALL_NANOS);
    }

    /** Closes the mapping handle, then the region handle, each if present; returns the first error. */
    Retcode closeAll(String process, IoMemHandles h) {
        String before = h.toString();
        Retcode rc = Retcode.rcOk;
        for (int handle : new int[] {h.handle, h.rid}) {
            if (handle != INVALID_HANDLE) {
                Retcode closed = close(process, handle);
                rc = rc.isOk() ? closed : rc;
            }
        }
        h.rid = INVALID_HANDLE;
        h.handle = INVALID_HANDLE;
        Call call = recorder.begin(process, "KnIoMemHandlesClose", "handles=" + before);
        return call.end(rc, "", OptionalLong.empty(), "", Timing.LIBRARY_CALL_NANOS);
    }

    /** Removes a handle from its table; a valid mapping handle frees its virtual region first. */
    private void discard(HandleEntry e) {
        if (e.kind() == HandleKind.MAPPING && e.state() == HandleState.VALID) {
            mapper.unmap(e.resourceId());
        }
        handles.remove(e);
        reclaimer.reclaim();
    }
}
