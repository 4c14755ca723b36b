package org.mmioworkbench.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.mmioworkbench.core.internal.Engine;

/**
 * The MMIO simulator: one board, the kernel, any number of processes, a deterministic clock, an access
 * trace and the kernel's diagnostic output. Every public method locks the simulator, so views may read
 * it from the UI thread while a script runs in another; all returned records and lists are immutable.
 * Listeners are notified after each operation, outside the lock. Same board and same calls give an
 * identical trace, identical handle values and identical virtual addresses.
 */
public final class Simulator {
    /** First virtual address handed out by {@code KnIoMapMem} in every process. */
    public static final long MMIO_VIRTUAL_BASE = 0x0000_0040_0000_0000L;
    /** End (exclusive) of each process's MMIO virtual window; beyond it {@code KnIoMapMem} returns rcOutOfMemory. */
    public static final long MMIO_VIRTUAL_LIMIT = 0x0000_8000_0000_0000L;

    private static final Set<String> RESERVED_NAMES = Set.of(KernelActor.NAME, "simulator");

    private final Board board;
    private final Engine engine;
    private final KernelActor kernel;
    private final Map<String, SimProcess> facades = new HashMap<>();
    private final List<SimulatorListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Boots a simulator on a board: creates its device models and lets the kernel claim its devices.
     *
     * @param board the physical address map
     */
    public Simulator(Board board) {
        this.board = Objects.requireNonNull(board, "board");
        this.engine = new Engine(board);
        this.engine.drainNewEvents();
        this.kernel = new KernelActor(this);
    }

    /**
     * Returns the board.
     *
     * @return the board the simulator was booted on
     */
    public Board board() {
        return board;
    }

    /**
     * Returns the process with a name, starting it (empty handle table and address space) if needed.
     *
     * @param name a non-blank name other than {@code kernel} and {@code simulator}
     * @return the process
     */
    public SimProcess process(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || RESERVED_NAMES.contains(name)) {
            throw new IllegalArgumentException("invalid process name '" + name + "'");
        }
        return call(e -> {
            e.startProcess(name);
            return facades.computeIfAbsent(name, n -> new SimProcess(this, n));
        });
    }

    /**
     * Returns the kernel actor.
     *
     * @return the kernel
     */
    public KernelActor kernel() {
        return kernel;
    }

    /**
     * Transfers a region handle from one process to another over simulated IPC. The receiver gets a new
     * handle, a descendant of the sender's (which stays valid). Fails with {@code rcAccessDenied} for a
     * mapping handle, {@code rcHandleRevoked} for a revoked one, {@code rcNotFound} for a stale value and
     * {@code rcInvalidArgument} for {@code INVALID_HANDLE}. Costs {@link Timing#KERNEL_CALL_NANOS}.
     *
     * @param from the sending process
     * @param handle the sender's handle
     * @param to the receiving process (may be the sender)
     * @return the return code and the receiver's handle
     */
    public TransferResult ipcTransferHandle(SimProcess from, int handle, SimProcess to) {
        requireOwn(from);
        requireOwn(to);
        return call(e -> {
            requireExists(from.name());
            requireExists(to.name());
            return e.transfer(from.name(), handle, to.name());
        });
    }

    /**
     * Returns the simulated time.
     *
     * @return nanoseconds since boot
     */
    public synchronized long now() {
        return engine.now();
    }

    /**
     * Lets simulated time pass (a delay in a driver), recorded in the trace.
     *
     * @param nanos the delay, non-negative
     */
    public void advance(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("negative delay " + nanos);
        }
        call(e -> {
            e.advance(nanos);
            return null;
        });
    }

    /**
     * Reads device memory for display, without side effects, without the clock advancing and without a
     * trace event.
     *
     * @param physicalAddress a physical address aligned to the width
     * @param widthBits 8, 16 or 32
     * @return the value, or empty if no device is at that address
     */
    public synchronized OptionalInt peek(long physicalAddress, int widthBits) {
        if ((widthBits != 8 && widthBits != 16 && widthBits != 32) || (physicalAddress & (widthBits / 8 - 1)) != 0) {
            throw new IllegalArgumentException("bad width or alignment");
        }
        return engine.peek(physicalAddress, widthBits);
    }

    /**
     * Takes an immutable snapshot of the whole state.
     *
     * @return the snapshot
     */
    public synchronized Snapshot snapshot() {
        return new Snapshot(engine.freeze());
    }

    /**
     * Returns the whole state exactly to a snapshot taken by this simulator (the trace and diagnostics
     * too), then notifies the listeners.
     *
     * @param snapshot a snapshot of this simulator
     * @throws IllegalArgumentException for a snapshot of another simulator
     */
    public void restore(Snapshot snapshot) {
        synchronized (this) {
            engine.thaw(snapshot.state());
        }
        listeners.forEach(l -> l.restored(snapshot));
    }

    /**
     * Lists the live (registered) MMIO regions.
     *
     * @return regions by base address
     */
    public synchronized List<RegionInfo> regions() {
        return engine.regions();
    }

    /**
     * Lists the processes with their handle tables and mappings.
     *
     * @return processes in start order
     */
    public synchronized List<ProcessInfo> processes() {
        return engine.processes();
    }

    /**
     * Lists the ranges the kernel uses.
     *
     * @return claims in claim order
     */
    public synchronized List<KernelClaimInfo> kernelClaims() {
        return engine.claims();
    }

    /**
     * Returns the kernel's diagnostic output so far.
     *
     * @return an immutable list that later operations do not change
     */
    public synchronized List<Diagnostic> diagnostics() {
        return engine.diagnostics();
    }

    /**
     * Returns the access trace so far.
     *
     * @return an immutable list that later operations do not change
     */
    public synchronized List<TraceEvent> trace() {
        return engine.trace();
    }

    /**
     * Returns the number of trace events.
     *
     * @return the trace length
     */
    public synchronized int traceLength() {
        return engine.trace().size();
    }

    /**
     * Registers a listener.
     *
     * @param listener the listener
     */
    public void addListener(SimulatorListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /**
     * Unregisters a listener.
     *
     * @param listener the listener
     */
    public void removeListener(SimulatorListener listener) {
        listeners.remove(listener);
    }

    synchronized boolean hasProcess(String name) {
        return engine.hasProcess(name);
    }

    synchronized ProcessInfo processInfo(String name) {
        requireExists(name);
        return engine.process(name);
    }

    /** Runs an operation as a process under the lock, then notifies listeners of its events. */
    <T> T callAs(String process, Function<Engine, T> operation) {
        return call(e -> {
            requireExists(process);
            return operation.apply(e);
        });
    }

    /** Runs an operation under the lock, then notifies listeners of its events, even if it threw. */
    <T> T call(Function<Engine, T> operation) {
        List<TraceEvent> events = List.of();
        try {
            synchronized (this) {
                try {
                    return operation.apply(engine);
                } finally {
                    events = engine.drainNewEvents();
                }
            }
        } finally {
            for (TraceEvent event : events) {
                listeners.forEach(l -> l.traced(event));
            }
        }
    }

    private void requireExists(String name) {
        if (!engine.hasProcess(name)) {
            throw new IllegalStateException("process '" + name + "' does not exist (restored to before it started?)");
        }
    }

    private void requireOwn(SimProcess p) {
        if (p.simulator() != this) {
            throw new IllegalArgumentException("process '" + p.name() + "' belongs to another simulator");
        }
    }
}
