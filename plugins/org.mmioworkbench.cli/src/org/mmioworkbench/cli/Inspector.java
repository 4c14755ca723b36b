package org.mmioworkbench.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.DeviceModel;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.HandleInfo;
import org.mmioworkbench.core.KernelClaimInfo;
import org.mmioworkbench.core.MappingInfo;
import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.ProcessInfo;
import org.mmioworkbench.core.RegionInfo;
import org.mmioworkbench.core.RegistrationInfo;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.devices.RegisterFile;
import org.mmioworkbench.core.devices.RegisterFileDevice;

/**
 * Looks at the simulator without changing it, for the debugger's {@code info} and {@code x} commands:
 * device registers with their decoded fields (through {@link Simulator#peek(long, int)}), regions, handles,
 * processes, and memory through a process's mappings.
 */
final class Inspector {
    private final Simulator sim;

    Inspector(Simulator sim) {
        this.sim = sim;
    }

    /**
     * Finds the register file of a device model (every model built on a register description is a
     * {@link RegisterFileDevice}).
     *
     * @param device the device name
     * @return the registers, or empty for plain memory and unknown devices
     */
    Optional<RegisterFile> registers(String device) {
        return sim.device(device, RegisterFileDevice.class).map(RegisterFileDevice::registers);
    }

    /**
     * Finds a device window of the board, ignoring case.
     *
     * @param name the name as typed
     * @return the window
     */
    Optional<DeviceWindow> window(String name) {
        return sim.board().devices().stream().filter(w -> w.name().equals(name)).findFirst()
                .or(() -> sim.board().devices().stream().filter(w -> w.name().equalsIgnoreCase(name)).findFirst());
    }

    /**
     * Lists a device's registers with their values and fields: the values the device holds now (what a read
     * returns, and for write-only registers the last value written), without side effects.
     *
     * @param w the device window
     * @return one line per register
     */
    List<String> registerLines(DeviceWindow w) {
        List<String> lines = new ArrayList<>();
        Optional<RegisterFile> file = registers(w.name());
        if (file.isEmpty()) {
            lines.add(w.name() + ": no register description (plain memory at " + w.range() + ")");
            return lines;
        }
        sim.peek(w.base(), 32); // brings the device up to the current time, without side effects
        for (Register r : file.get().registers()) {
            long value = file.get().get(r);
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-26s 0x%08x", r.qualifiedName(), value));
            if (r.readableBits() == 0) {
                b.append("  (write-only)");
            }
            Map<String, String> names = new HashMap<>();
            long size = r.sizeBytes() >= 8 ? -1L : (1L << (8 * r.sizeBytes())) - 1;
            for (FieldChange c : r.changes(~value & size, value)) {
                names.put(c.field(), c.valueName());
            }
            for (Register.Field f : r.fields()) {
                long v = f.get(value);
                String name = names.getOrDefault(f.name(), "");
                b.append(' ').append(f.name()).append('=').append(v < 10 ? Long.toString(v) : "0x" + Long.toHexString(v));
                if (!name.isEmpty()) {
                    b.append('(').append(name).append(')');
                }
            }
            lines.add(b.toString());
        }
        return lines;
    }

    /**
     * Describes the live regions.
     *
     * @return lines
     */
    List<String> regionLines() {
        List<String> lines = new ArrayList<>();
        List<RegionInfo> regions = sim.regions();
        if (regions.isEmpty()) {
            lines.add("No MMIO regions are registered.");
        }
        for (RegionInfo r : regions) {
            StringBuilder b = new StringBuilder();
            b.append(r.range()).append(' ').append(r.devices().isEmpty() ? "(no device)" : String.join(", ", r.devices()));
            if (r.kernelUsed()) {
                b.append(" [kernel-used]");
            }
            List<String> regs = new ArrayList<>();
            for (RegistrationInfo g : r.registrations()) {
                regs.add(g.process() + (g.flags() == 0 ? "" : " " + g.flagsText()));
            }
            b.append("\n    registered by: ").append(String.join("; ", regs));
            r.mapping().ifPresent(m -> b.append("\n    mapped by ").append(m.process()).append(" at ")
                    .append(m.virtualRange()).append(' ').append(MmioConstants.protText(m.prot())).append(' ')
                    .append(MmioConstants.attrText(m.attr())).append(" (mapping handle ").append(handle(m.handle()))
                    .append(')'));
            b.append("\n    handles held by: ").append(r.handleOwners().isEmpty() ? "nobody" : String.join(", ", r.handleOwners()));
            lines.add(b.toString());
        }
        List<KernelClaimInfo> claims = sim.kernelClaims();
        for (KernelClaimInfo c : claims) {
            lines.add("kernel uses " + c.range() + " " + String.join(", ", c.devices()) + (c.atBoot() ? " (since boot)" : ""));
        }
        return lines;
    }

    /**
     * Describes each process's handles.
     *
     * @return lines
     */
    List<String> handleLines() {
        List<String> lines = new ArrayList<>();
        List<ProcessInfo> processes = sim.processes();
        if (processes.isEmpty()) {
            lines.add("No processes have started.");
        }
        for (ProcessInfo p : processes) {
            lines.add("Process " + p.name() + ": " + (p.handles().isEmpty() ? "no handles" : p.handles().size() + " handle"
                    + (p.handles().size() == 1 ? "" : "s")));
            for (HandleInfo h : p.handles()) {
                StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %-6s %-7s %s %-10s %s", handle(h.value()),
                        h.kind(), h.region(), h.origin(), h.state()));
                if (h.fromProcess() != null && !h.fromProcess().isEmpty()) {
                    b.append(" from ").append(h.fromProcess());
                }
                h.parent().ifPresent(parent -> b.append(" parent ").append(handle(parent.value())).append(" of ")
                        .append(parent.process()));
                if (h.kind() == org.mmioworkbench.core.HandleKind.MAPPING) {
                    b.append(" va ").append(AddressRange.hex(h.virtualAddress()));
                }
                b.append(" rights ").append(h.rights());
                lines.add(b.toString());
            }
        }
        return lines;
    }

    /**
     * Describes the processes and their mappings.
     *
     * @param current the process the script runs as
     * @return lines
     */
    List<String> processLines(String current) {
        List<String> lines = new ArrayList<>();
        List<ProcessInfo> processes = sim.processes();
        if (processes.isEmpty()) {
            lines.add("No processes have started (the script runs as '" + current + "' from its first call).");
        }
        for (ProcessInfo p : processes) {
            lines.add((p.name().equals(current) ? "* " : "  ") + p.name() + ": " + p.handles().size() + " handle"
                    + (p.handles().size() == 1 ? "" : "s") + ", " + p.mappings().size() + " mapping"
                    + (p.mappings().size() == 1 ? "" : "s"));
            for (MappingInfo m : p.mappings()) {
                lines.add("      " + m.virtualRange() + " -> " + m.physical() + " " + MmioConstants.protText(m.prot()) + " "
                        + MmioConstants.attrText(m.attr()) + " (handle " + handle(m.handle()) + ")");
            }
        }
        return lines;
    }

    /** The result of translating a virtual address. */
    record Translation(long physical, MappingInfo mapping) {
    }

    /**
     * Translates a virtual address of a process through its mappings.
     *
     * @param process the process
     * @param virtual the address
     * @return the physical address, or empty if unmapped
     */
    Optional<Translation> translate(String process, long virtual) {
        for (ProcessInfo p : sim.processes()) {
            if (p.name().equals(process)) {
                for (MappingInfo m : p.mappings()) {
                    if (m.virtualRange().contains(virtual)) {
                        return Optional.of(new Translation(m.physical().base() + (virtual - m.virtualAddress()), m));
                    }
                }
            }
        }
        return Optional.empty();
    }

    static String handle(int h) {
        return "0x" + Integer.toHexString(h);
    }
}
