package org.mmioworkbench.core;

import java.util.List;

/**
 * A simulated user process, identified by its name: it has its own handle table and virtual address
 * space. Obtain it with {@link Simulator#process(String)}; make its MMIO calls through {@link #api()}.
 */
public final class SimProcess {
    private final Simulator simulator;
    private final String name;
    private final MmioApi api;

    SimProcess(Simulator simulator, String name) {
        this.simulator = simulator;
        this.name = name;
        this.api = new MmioApi(simulator, name);
    }

    /**
     * Returns the process name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the MMIO API as seen from this process.
     *
     * @return the facade whose calls run as this process
     */
    public MmioApi api() {
        return api;
    }

    /**
     * Returns the simulator the process runs in.
     *
     * @return the simulator
     */
    public Simulator simulator() {
        return simulator;
    }

    /**
     * Tells whether the process exists (a restore to a time before it started removes it).
     *
     * @return true if it exists now
     */
    public boolean exists() {
        return simulator.hasProcess(name);
    }

    /**
     * Describes the process now.
     *
     * @return its handle table and mappings
     * @throws IllegalStateException if the process does not exist
     */
    public ProcessInfo info() {
        return simulator.processInfo(name);
    }

    /**
     * Returns the process's handle table now.
     *
     * @return handles by value
     * @throws IllegalStateException if the process does not exist
     */
    public List<HandleInfo> handles() {
        return info().handles();
    }

    /**
     * Returns the process name.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }
}
