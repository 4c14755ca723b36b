package org.mmioworkbench.core.inspect;

import java.util.ArrayList;
import java.util.List;

import org.mmioworkbench.core.HandleInfo;
import org.mmioworkbench.core.KernelActor;
import org.mmioworkbench.core.KernelClaimInfo;
import org.mmioworkbench.core.ProcessInfo;
import org.mmioworkbench.core.Simulator;

/**
 * The rows of the Handles view (and of the command line's {@code info handles}): the kernel with the ranges it
 * uses, then every process with its handle table. Plain data, built from the simulator's observation records
 * under its lock.
 */
public final class HandleNodes {

    /**
     * An actor of the simulation: the kernel or a process.
     *
     * @param name the process name, or {@link KernelActor#NAME}
     * @param kernel true for the kernel
     * @param children its handles ({@link HandleInfo}) or, for the kernel, its claims ({@link KernelClaimInfo})
     */
    public record Actor(String name, boolean kernel, List<Object> children) {
    }

    private HandleNodes() {
    }

    /**
     * Builds the roots of the tree.
     *
     * @param simulator the simulator to read
     * @return the kernel first, then the processes in creation order, from one state of the simulation
     */
    public static List<Actor> of(Simulator simulator) {
        List<Actor> roots = new ArrayList<>();
        simulator.inspect(() -> {
            roots.add(new Actor(KernelActor.NAME, true, List.copyOf(simulator.kernelClaims())));
            for (ProcessInfo process : simulator.processes()) {
                roots.add(new Actor(process.name(), false, List.copyOf(process.handles())));
            }
        });
        return List.copyOf(roots);
    }

    /**
     * Writes a handle value.
     *
     * @param value the handle
     * @return e.g. {@code 0x1A}
     */
    public static String handleText(int value) {
        return String.format("0x%X", value);
    }

    /**
     * Says where a handle came from.
     *
     * @param handle the handle
     * @return the call that made it, or the process it was received from
     */
    public static String origin(HandleInfo handle) {
        return switch (handle.origin()) {
            case REGISTERED -> "KnRegisterPhyMem";
            case MAPPED -> "KnIoMapMem";
            case RECEIVED -> "received over IPC from " + handle.fromProcess();
        };
    }

    /**
     * Says why the kernel uses a range.
     *
     * @param claim the kernel's use
     * @return since boot or from a kernel access
     */
    public static String origin(KernelClaimInfo claim) {
        return claim.atBoot() ? "board (kernel uses it from boot)" : "kernel access";
    }
}
