package org.mmioworkbench.debug.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.HandleInfo;
import org.mmioworkbench.core.KernelClaimInfo;
import org.mmioworkbench.core.MappingInfo;
import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.ProcessInfo;
import org.mmioworkbench.core.RegionInfo;
import org.mmioworkbench.core.RegistrationInfo;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.devices.RegisterFile;
import org.mmioworkbench.core.inspect.HandleNodes;
import org.mmioworkbench.core.inspect.RegisterLine;
import org.mmioworkbench.core.inspect.RegisterNode;
import org.mmioworkbench.core.inspect.RegisterTree;
import org.mmioworkbench.core.inspect.RegisterValues;
import org.mmioworkbench.debug.CDebugSession;

/**
 * Looks at the simulator without changing it, for the debugger's {@code info} commands: device
 * registers with their decoded fields, regions, handles, processes and the trace. The
 * registers and handles come from the core's inspection model ({@link RegisterTree}, {@link RegisterValues},
 * {@link RegisterLine}, {@link HandleNodes}), the one the IDE's views show, so both show the same values: read
 * without side effects under the simulator's lock, write-only bits as {@code write-only}. Every list is read from
 * one state of the simulation.
 */
final class Inspector {
    private final Simulator sim;
    private final RegisterTree tree;
    private final RegisterValues values;

    Inspector(Simulator sim) {
        this.sim = sim;
        this.tree = RegisterTree.of(sim);
        this.values = new RegisterValues(sim);
    }

    /**
     * Finds the register file of a device model (every model built on a register description is a
     * {@link RegisterFileDevice}).
     *
     * @param device the device name
     * @return the registers, or empty for plain memory and unknown devices
     */
    Optional<RegisterFile> registers(String device) {
        return tree.devices().stream().filter(d -> d.name().equals(device)).findFirst()
                .map(RegisterNode.Device::registers);
    }

    /**
     * Finds a device window of the board, ignoring case.
     *
     * @param name the name as typed
     * @return the window
     */
    Optional<DeviceWindow> window(String name) {
        return tree.device(name).map(RegisterNode.Device::window);
    }

    /**
     * Lists a device's registers with their values and fields as a read returns them now, without its side effects
     * (the command line shows no highlights, so each listing begins a stop of its own).
     *
     * @param w the device window
     * @return one line per register
     */
    List<String> registerLines(DeviceWindow w) {
        List<String> lines = new ArrayList<>();
        RegisterNode.Device device = tree.device(w.name()).filter(d -> d.registers() != null).orElse(null);
        if (device == null) {
            lines.add(w.name() + ": no register description (plain memory at " + w.range() + ")");
            return lines;
        }
        sim.inspect(() -> {
            values.advance();
            for (RegisterNode.Reg r : device.registerRows()) {
                lines.add(RegisterLine.of(r, values));
            }
        });
        return lines;
    }

    /**
     * Describes the live regions.
     *
     * @return lines
     */
    List<String> regionLines() {
        List<String> lines = new ArrayList<>();
        sim.inspect(() -> regionLines(lines, sim.regions(), sim.kernelClaims()));
        return lines;
    }

    private static void regionLines(List<String> lines, List<RegionInfo> regions, List<KernelClaimInfo> claims) {
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
        for (KernelClaimInfo c : claims) {
            lines.add("kernel uses " + c.range() + " " + String.join(", ", c.devices()) + (c.atBoot() ? " (since boot)" : ""));
        }
    }

    /**
     * Describes each process's handles.
     *
     * @return lines
     */
    List<String> handleLines() {
        List<String> lines = new ArrayList<>();
        List<HandleNodes.Actor> processes = HandleNodes.of(sim).stream().filter(a -> !a.kernel()).toList();
        if (processes.isEmpty()) {
            lines.add("No processes have started.");
        }
        for (HandleNodes.Actor p : processes) {
            lines.add("Process " + p.name() + ": " + (p.children().isEmpty() ? "no handles" : p.children().size()
                    + " handle" + (p.children().size() == 1 ? "" : "s")));
            for (Object child : p.children()) {
                HandleInfo h = (HandleInfo) child;
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

    /**
     * {@code info trace [N]}: the last N events of the trace window (10 without a count), oldest first, each with its
     * number and time as {@code reverse-to-event} takes it.
     *
     * @param count the count as typed, or empty
     * @return lines
     * @throws IllegalArgumentException for a count that is not a positive number, with the message to show
     */
    List<String> traceLines(String count) {
        int n = 10;
        if (!count.isBlank()) {
            try {
                n = Integer.parseInt(count.strip());
            } catch (NumberFormatException e) {
                n = 0;
            }
            if (n < 1) {
                throw new IllegalArgumentException("Invalid count \"" + count.strip() + "\": info trace [N], N at"
                        + " least 1.");
            }
        }
        long length = sim.traceLength();
        if (length == 0) {
            return List.of("The trace is empty.");
        }
        return sim.traceSince(Math.max(0, length - n)).stream().map(TraceEvent::toString).toList();
    }

    /**
     * The event of {@code reverse-to-event N} ({@code N} or {@code #N}) when the session can go back to it.
     *
     * @param session the session
     * @param text the number as typed
     * @return its sequence number
     * @throws IllegalArgumentException with the message to show, for a mistyped number or an event the session
     *         cannot go back to
     */
    static long eventToGoBackTo(CDebugSession session, String text) {
        String n = text.strip();
        if (n.startsWith("#")) {
            n = n.substring(1);
        }
        if (n.isEmpty()) {
            throw new IllegalArgumentException("Give an event number: \"reverse-to-event 12\" (\"info trace\" lists"
                    + " them).");
        }
        long seq;
        try {
            seq = Long.parseLong(n);
        } catch (NumberFormatException e) {
            seq = -1;
        }
        if (seq < 0) {
            throw new IllegalArgumentException("Invalid event number \"" + text.strip() + "\" (\"info trace\" lists"
                    + " them).");
        }
        long length = session.simulator().traceLength();
        if (seq >= length) {
            throw new IllegalArgumentException("Event #" + seq + " has not happened yet (the trace has " + length
                    + " events).");
        }
        if (!session.canGoBackToEvent(seq)) {
            throw new IllegalArgumentException("Event #" + seq + " was not made by a statement of the program, or"
                    + " the trace window no longer holds it.");
        }
        return seq;
    }

    static String handle(int h) {
        return "0x" + Integer.toHexString(h);
    }
}
