package org.mmioworkbench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.mmioworkbench.core.HandleInfo;
import org.mmioworkbench.core.KernelActor;
import org.mmioworkbench.core.KernelClaimInfo;
import org.mmioworkbench.core.ProcessInfo;
import org.mmioworkbench.core.Simulator;

/**
 * The rows of the Handles view: the kernel with the ranges it uses, then every process with its
 * handle table. Plain data, built from the simulator's observation records without SWT.
 */
final class HandleTreeNodes {

    /**
     * An actor of the simulation: the kernel or a process.
     *
     * @param name the process name, or {@link KernelActor#NAME}
     * @param kernel true for the kernel
     * @param children its handles ({@link HandleInfo}) or, for the kernel, its claims ({@link KernelClaimInfo})
     */
    record Actor(String name, boolean kernel, List<Object> children) {
    }

    private HandleTreeNodes() {
    }

    /**
     * Builds the roots of the tree.
     *
     * @param simulator the simulator to read
     * @return the kernel first, then the processes in creation order
     */
    static List<Actor> of(Simulator simulator) {
        List<Actor> roots = new ArrayList<>();
        roots.add(new Actor(KernelActor.NAME, true, List.copyOf(simulator.kernelClaims())));
        for (ProcessInfo process : simulator.processes()) {
            roots.add(new Actor(process.name(), false, List.copyOf(process.handles())));
        }
        return roots;
    }

    static String handleText(int value) {
        return String.format("0x%X", value);
    }

    static String origin(HandleInfo handle) {
        return switch (handle.origin()) {
            case REGISTERED -> "KnRegisterPhyMem";
            case MAPPED -> "KnIoMapMem";
            case RECEIVED -> "received over IPC from " + handle.fromProcess();
        };
    }

    static String origin(KernelClaimInfo claim) {
        return claim.atBoot() ? "board (kernel uses it from boot)" : "kernel access";
    }
}
