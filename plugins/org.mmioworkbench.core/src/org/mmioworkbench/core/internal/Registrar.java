package org.mmioworkbench.core.internal;

import static org.mmioworkbench.core.MmioConstants.INVALID_HANDLE;
import static org.mmioworkbench.core.MmioConstants.MMIO_FLAGS_MASK;
import static org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED;
import static org.mmioworkbench.core.MmioConstants.MMIO_U_SHARED;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.HandleKind;
import org.mmioworkbench.core.HandleOrigin;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.RegisterResult;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.Timing;
import org.mmioworkbench.core.internal.Entries.ClaimEntry;
import org.mmioworkbench.core.internal.Entries.HandleEntry;
import org.mmioworkbench.core.internal.Entries.RegionEntry;
import org.mmioworkbench.core.internal.Entries.RegistrationEntry;

/**
 * {@code KnRegisterPhyMem} and the kernel's own use of MMIO ranges: argument checks, the
 * {@code MMIO_U_SHARED}/{@code MMIO_K_SHARED} rules and the diagnostics of shared-access conflicts.
 */
final class Registrar {
    static final String KERNEL = "kernel";

    private final MachineState state;
    private final Board board;
    private final DeviceBus bus;
    private final Recorder recorder;
    private final HandleTable handles;

    Registrar(MachineState state, Board board, DeviceBus bus, Recorder recorder, HandleTable handles) {
        this.state = state;
        this.board = board;
        this.bus = bus;
        this.recorder = recorder;
        this.handles = handles;
    }

    /** Claims the windows the board marks as kernel-used; called once at boot. */
    void bootClaims() {
        for (DeviceWindow w : board.devices()) {
            if (w.kernelUsed()) {
                Call call = recorder.begin(KERNEL, "KernelBootClaim", "addr=" + Hex.addr(w.base()) + ", size="
                        + Hex.num(w.size()));
                long id = state.newId();
                state.claims.put(id, new ClaimEntry(id, w.range(), true, call.start()));
                call.end(Retcode.rcOk, "", OptionalLong.of(w.base()), w.name(), 0);
            }
        }
    }

    RegisterResult register(String process, long addr, long size, int flags) {
        Call call = recorder.begin(process, "KnRegisterPhyMem", "addr=" + Hex.addr(addr) + ", size=" + Hex.num(size)
                + ", flags=" + MmioConstants.registrationFlagsText(flags));
        OptionalLong at = OptionalLong.of(addr);
        String problem = (flags & ~MMIO_FLAGS_MASK) != 0 ? "unknown flag bits" : rangeProblem(addr, size);
        if (problem != null) {
            return failed(call, Retcode.rcInvalidArgument, "(" + problem + ")", at, "");
        }
        if (handles.exhausted(process)) {
            return failed(call, Retcode.rcQuotaExceeded, HandleTable.EXHAUSTED, at, "");
        }
        AddressRange range = new AddressRange(addr, size);
        String devices = bus.names(range);
        Optional<AddressRange> ram = board.ramOverlapping(range);
        if (ram.isPresent()) {
            call.diagnose(DiagnosticKind.RAM_REGISTRATION, "Process '" + process + "' tried to register "
                    + range + " as MMIO memory, but it overlaps RAM " + ram.get()
                    + ". Only device registers and device memory can be registered.", range, List.of(process));
            return failed(call, Retcode.rcInvalidArgument, "(range overlaps RAM " + ram.get() + ")", at, devices);
        }
        Optional<ClaimEntry> claim = state.claims.values().stream().filter(c -> c.range().overlaps(range)).findFirst();
        if (claim.isPresent() && (flags & MMIO_K_SHARED) == 0) {
            AddressRange used = claim.get().range();
            call.diagnose(DiagnosticKind.KERNEL_OWNS_REGION, "Shared access to MMIO region "
                    + Hex.region(range, devices) + " denied: process '" + process
                    + "' registered it without MMIO_K_SHARED, but the kernel uses " + Hex.region(used, bus.names(used))
                    + ". Register it with MMIO_K_SHARED to share it with the kernel.", range,
                    List.of(process, KERNEL));
            return failed(call, Retcode.rcAlreadyExists, "(kernel uses " + used + ")", at, devices);
        }
        RegionEntry joined = null;
        for (RegionEntry region : state.regions.values()) {
            if (!region.range().overlaps(range)) {
                continue;
            }
            List<RegistrationEntry> regs = registrationsOf(region.id());
            List<String> actors = actors(process, regs);
            if (!region.range().equals(range)) {
                call.diagnose(DiagnosticKind.PARTIAL_OVERLAP, "Shared access to MMIO region "
                        + Hex.region(range, devices) + " denied: process '" + process
                        + "' tried to register it, but it partly overlaps the region " + region.range()
                        + " registered by " + describe(regs)
                        + ". Only identical ranges can be shared (with MMIO_U_SHARED in every registration).",
                        range, actors);
                return failed(call, Retcode.rcAlreadyExists, "(overlaps " + region.range() + ")", at, devices);
            }
            boolean allShared = (flags & MMIO_U_SHARED) != 0
                    && regs.stream().allMatch(r -> (r.flags() & MMIO_U_SHARED) != 0);
            if (!allShared) {
                call.diagnose(DiagnosticKind.SHARED_ACCESS_CONFLICT, "Shared access to MMIO region "
                        + Hex.region(range, devices) + " denied: process '" + process + "' registered it with flags "
                        + MmioConstants.registrationFlagsText(flags) + ", but it is already registered by "
                        + describe(regs) + ". Every registration of a shared region must specify MMIO_U_SHARED.",
                        range, actors);
                return failed(call, Retcode.rcAlreadyExists, "(already registered by " + describe(regs) + ")", at,
                        devices);
            }
            joined = region;
        }
        RegionEntry region = joined;
        if (region == null) {
            region = new RegionEntry(state.newId(), range);
            state.regions.put(region.id(), region);
        }
        RegistrationEntry reg = new RegistrationEntry(state.newId(), region.id(), process, flags, call.start());
        state.registrations.put(reg.id(), reg);
        HandleEntry rid = handles.issue(process, HandleKind.REGION, reg.id(), range, null,
                HandleOrigin.REGISTERED, "", 0, HandleRights.REGION_FULL);
        call.end(Retcode.rcOk, "rid=" + Hex.handle(rid.value()), at, devices, Timing.KERNEL_CALL_NANOS);
        return new RegisterResult(Retcode.rcOk, rid.value());
    }

    Retcode kernelAccess(long addr, long size) {
        Call call = recorder.begin(KERNEL, "KernelAccess", "addr=" + Hex.addr(addr) + ", size=" + Hex.num(size));
        OptionalLong at = OptionalLong.of(addr);
        String problem = rangeProblem(addr, size);
        if (problem != null) {
            return call.end(Retcode.rcInvalidArgument, "(" + problem + ")", at, "", Timing.KERNEL_CALL_NANOS);
        }
        AddressRange range = new AddressRange(addr, size);
        String devices = bus.names(range);
        if (board.ramOverlapping(range).isPresent()) {
            return call.end(Retcode.rcInvalidArgument, "(range overlaps RAM)", at, devices, Timing.KERNEL_CALL_NANOS);
        }
        for (RegionEntry region : state.regions.values()) {
            List<RegistrationEntry> regs = registrationsOf(region.id());
            List<RegistrationEntry> exclusive = regs.stream().filter(r -> (r.flags() & MMIO_K_SHARED) == 0).toList();
            if (region.range().overlaps(range) && !exclusive.isEmpty()) {
                List<String> actors = new ArrayList<>(actors(KERNEL, exclusive));
                call.diagnose(DiagnosticKind.KERNEL_ACCESS_FAILED, "Kernel failed to access MMIO region "
                        + Hex.region(range, devices) + ": the region " + region.range() + " is already registered by "
                        + describe(exclusive) + " without MMIO_K_SHARED.", range, actors);
                return call.end(Retcode.rcAlreadyExists, "(registered by " + describe(exclusive) + ")", at, devices,
                        Timing.KERNEL_CALL_NANOS);
            }
        }
        if (state.claims.values().stream().noneMatch(c -> c.range().equals(range))) {
            long id = state.newId();
            state.claims.put(id, new ClaimEntry(id, range, false, call.start()));
        }
        return call.end(Retcode.rcOk, "", at, devices, Timing.KERNEL_CALL_NANOS);
    }

    private RegisterResult failed(Call call, Retcode rc, String detail, OptionalLong at, String devices) {
        call.end(rc, detail, at, devices, Timing.KERNEL_CALL_NANOS);
        return new RegisterResult(rc, INVALID_HANDLE);
    }

    /** Checks page alignment, size and wrap-around; returns the problem or null. */
    private String rangeProblem(long addr, long size) {
        long page = board.pageSize();
        if ((addr & (page - 1)) != 0) {
            return "base address not aligned to the page size " + Hex.num(page);
        }
        if (size == 0) {
            return "size is zero";
        }
        if ((size & (page - 1)) != 0) {
            return "size not a multiple of the page size " + Hex.num(page);
        }
        if (AddressRange.wraps(addr, size)) {
            return "range wraps around the end of the address space";
        }
        return null;
    }

    private List<RegistrationEntry> registrationsOf(long regionId) {
        return state.registrations.values().stream().filter(r -> r.regionId() == regionId).toList();
    }

    private static List<String> actors(String first, List<RegistrationEntry> regs) {
        List<String> actors = new ArrayList<>();
        actors.add(first);
        regs.stream().map(RegistrationEntry::process).filter(p -> !actors.contains(p)).forEach(actors::add);
        return actors;
    }

    private static String describe(List<RegistrationEntry> regs) {
        return regs.stream()
                .map(r -> "process '" + r.process() + "' (flags " + MmioConstants.registrationFlagsText(r.flags()) + ")")
                .collect(Collectors.joining(", "));
    }
}
