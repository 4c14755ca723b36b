package org.mmioworkbench.core.internal;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceModel;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.InterruptInfo;
import org.mmioworkbench.core.IoMemHandles;
import org.mmioworkbench.core.KernelClaimInfo;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.ProcessInfo;
import org.mmioworkbench.core.RegionInfo;
import org.mmioworkbench.core.RegisterResult;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.SourceLocator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.TransferResult;
import org.mmioworkbench.core.internal.Entries.ProcessEntry;

/**
 * The simulated machine: wires the state to the classes doing the kernel's work. Not thread-safe;
 * {@link Simulator} calls it under its lock and checks that processes exist.
 */
public final class Engine {
    private final MachineState state;
    private final DeviceBus bus;
    private final Recorder recorder;
    private final Registrar registrar;
    private final Mapper mapper;
    private final RegisterAccess access;
    private final HandleCalls handleCalls;
    private final InfoFactory info;
    /** The first handle value of every process's table (values are per process). */
    static final int FIRST_HANDLE = 1;
    private final int firstHandle;
    /** A process known to exist (a one-entry cache for the register access path; cleared on restore). */
    private String lastKnownProcess;

    /**
     * Boots a machine on a board: creates and resets its device models and records the kernel's boot claims.
     *
     * @param board the physical address map
     * @param traceWindow how many of the most recent trace events to keep, at least 1
     */
    public Engine(Board board, int traceWindow) {
        this(board, traceWindow, FIRST_HANDLE);
    }

    /**
     * Boots a machine whose processes count their handle values from {@code firstHandle}: a test starts near
     * the end of the value space to reach its exhaustion ({@code rcQuotaExceeded}) without issuing 2^32 handles.
     *
     * @param board the physical address map
     * @param traceWindow how many of the most recent trace events to keep, at least 1
     * @param firstHandle the first handle value of every process's table
     */
    Engine(Board board, int traceWindow, int firstHandle) {
        this.firstHandle = firstHandle;
        this.state = new MachineState(traceWindow);
        this.recorder = new Recorder(state);
        this.bus = new DeviceBus(board, state, recorder);
        recorder.attach(bus);
        HandleTable handles = new HandleTable(state);
        this.registrar = new Registrar(state, board, bus, recorder, handles);
        this.mapper = new Mapper(state, board, bus, recorder, handles);
        this.access = new RegisterAccess(mapper, bus, recorder);
        this.handleCalls = new HandleCalls(handles, mapper, new RegionReclaimer(state), recorder, bus);
        this.info = new InfoFactory(state, bus);
        registrar.bootClaims();
    }

    /**
     * Tells whether a process exists.
     *
     * @param name process name
     * @return true if started and not undone by a restore
     */
    public boolean hasProcess(String name) {
        if (name == lastKnownProcess) {
            return true;
        }
        boolean known = state.processes.containsKey(name);
        if (known) {
            lastKnownProcess = name;
        }
        return known;
    }

    /**
     * Sets what names the source line a diagnostic was caused at (not part of the state: snapshots keep the lines
     * of the diagnostics they hold).
     *
     * @param locator the locator, or null for none
     */
    public void setSourceLocator(SourceLocator locator) {
        recorder.setSourceLocator(locator);
    }

    /**
     * Starts a process with an empty handle table and address space, unless it exists.
     *
     * @param name process name
     */
    public void startProcess(String name) {
        if (!hasProcess(name)) {
            Call call = recorder.begin(name, "ProcessStart", "name='" + name + "'");
            state.processes.put(name, new ProcessEntry(name, Simulator.MMIO_VIRTUAL_BASE, firstHandle));
            call.endPlain("started", OptionalLong.empty(), "", 0);
        }
    }

    /**
     * KnRegisterPhyMem.
     *
     * @param process caller
     * @param addr base
     * @param size size
     * @param flags flags
     * @return rc and rid
     */
    public RegisterResult register(String process, long addr, long size, int flags) {
        return registrar.register(process, addr, size, flags);
    }

    /**
     * KnIoMapMem.
     *
     * @param process caller
     * @param rid region handle
     * @param prot access rights
     * @param attr cache attribute
     * @return rc, address and handle
     */
    public MapResult map(String process, int rid, int prot, int attr) {
        return mapper.map(process, rid, prot, attr);
    }

    /**
     * IoReadMmReg8/16/32.
     *
     * @param process caller
     * @param reg virtual address
     * @param widthBits 8, 16 or 32
     * @return the value, zero-extended
     */
    public int read(String process, long reg, int widthBits) {
        return access.read(process, reg, widthBits);
    }

    /**
     * IoWriteMmReg8/16/32.
     *
     * @param process caller
     * @param reg virtual address
     * @param widthBits 8, 16 or 32
     * @param data value
     */
    public void write(String process, long reg, int widthBits, int data) {
        access.write(process, reg, widthBits, data);
    }

    /**
     * IoReadMmBuffer8/16/32.
     *
     * @param process caller
     * @param reg virtual address
     * @param widthBits 8, 16 or 32
     * @param count number of reads
     * @return the values read
     */
    public int[] readBuffer(String process, long reg, int widthBits, int count) {
        return access.readBuffer(process, reg, widthBits, count);
    }

    /**
     * IoWriteMmBuffer8/16/32.
     *
     * @param process caller
     * @param reg virtual address
     * @param widthBits 8, 16 or 32
     * @param data values to write in order
     */
    public void writeBuffer(String process, long reg, int widthBits, int[] data) {
        access.writeBuffer(process, reg, widthBits, data);
    }

    /**
     * KnHandleClose.
     *
     * @param process caller
     * @param handle handle
     * @return rc
     */
    public Retcode close(String process, int handle) {
        return handleCalls.close(process, handle);
    }

    /**
     * KnHandleRevoke.
     *
     * @param process caller
     * @param handle handle
     * @return rc
     */
    public Retcode revoke(String process, int handle) {
        return handleCalls.revoke(process, handle);
    }

    /**
     * Simulated IPC transfer of a handle.
     *
     * @param from sender
     * @param handle sender's handle
     * @param to receiver
     * @param rights the receiver's rights, or null for the sender's
     * @return rc and the receiver's handle
     */
    public TransferResult transfer(String from, int handle, String to, HandleRights rights) {
        return handleCalls.transfer(from, handle, to, rights);
    }

    /**
     * KnIoMemHandlesClear.
     *
     * @param process caller
     * @param handles structure
     */
    public void clearHandles(String process, IoMemHandles handles) {
        handleCalls.clear(process, handles);
    }

    /**
     * KnIoMemHandlesClose.
     *
     * @param process caller
     * @param handles structure
     * @return rc
     */
    public Retcode closeHandles(String process, IoMemHandles handles) {
        return handleCalls.closeAll(process, handles);
    }

    /**
     * The kernel's use of a physical range.
     *
     * @param addr base
     * @param size size
     * @return rc
     */
    public Retcode kernelAccess(long addr, long size) {
        return registrar.kernelAccess(addr, size);
    }

    /**
     * Lets simulated time pass and records it.
     *
     * @param nanos delay, non-negative
     */
    public void advance(long nanos) {
        long start = recorder.open("simulator");
        recorder.traceAdvance(start, nanos);
        recorder.elapse(nanos);
    }

    /**
     * Runs an action on a device model from outside (input arriving on a wire, a pin driven), recorded
     * as one trace event of the simulator; the device's reactions (interrupts) follow it. Costs no time.
     *
     * @param operation the operation's name, e.g. {@code input}
     * @param arguments the arguments as text
     * @param deviceName the device
     * @param action what to do with the model; returns the result text, which the trace event shows
     */
    public void external(String operation, String arguments, String deviceName,
            Function<DeviceModel, String> action) {
        int index = bus.indexOf(deviceName);
        DeviceModel model = bus.model(deviceName);
        Call call = recorder.begin("simulator", operation, arguments);
        String result;
        try {
            result = action.apply(model);
        } catch (RuntimeException e) {
            recorder.reset();
            throw e;
        } finally {
            bus.refreshDeadline(index);
        }
        call.endPlain(result, OptionalLong.of(bus.base(index)), deviceName, 0);
    }

    /**
     * Finds a device model.
     *
     * @param deviceName the window name
     * @return the model, or null
     */
    public DeviceModel device(String deviceName) {
        return bus.model(deviceName);
    }

    /**
     * Lists the interrupt lines.
     *
     * @return lines in declaration order
     */
    public List<InterruptInfo> interrupts() {
        return bus.interrupts();
    }

    /**
     * Returns the level of an interrupt line.
     *
     * @param line the line name
     * @return the level, or null if no device declared it
     */
    public Boolean interrupt(String line) {
        return bus.interrupt(line);
    }

    /**
     * Returns the simulated time.
     *
     * @return nanoseconds since boot
     */
    public long now() {
        return state.timeNanos;
    }

    /**
     * Reads device memory without side effects and without recording anything.
     *
     * @param physicalAddress aligned physical address
     * @param widthBits 8, 16 or 32
     * @return the value, or empty if no device is there
     */
    public OptionalInt peek(long physicalAddress, int widthBits) {
        int i = bus.indexAt(physicalAddress);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(bus.peek(i, physicalAddress, widthBits));
    }

    /**
     * Lists the live regions.
     *
     * @return regions by base address
     */
    public List<RegionInfo> regions() {
        return info.regions();
    }

    /**
     * Lists the processes.
     *
     * @return processes in start order
     */
    public List<ProcessInfo> processes() {
        return info.processes();
    }

    /**
     * Describes one process.
     *
     * @param name an existing process
     * @return its info
     */
    public ProcessInfo process(String name) {
        return info.process(name);
    }

    /**
     * Lists the kernel's claims.
     *
     * @return claims in claim order
     */
    public List<KernelClaimInfo> claims() {
        return info.claims();
    }

    /**
     * Returns the diagnostic output.
     *
     * @return an immutable view
     */
    public List<Diagnostic> diagnostics() {
        return state.diagnostics.view(state.diagnostics.size() - state.diagnosticWindow);
    }

    /**
     * Returns the diagnostics from one on that are still kept.
     *
     * @param seq the first number wanted
     * @return an immutable view
     */
    public List<Diagnostic> diagnosticsSince(long seq) {
        return state.diagnostics.view(Math.max(seq, state.diagnostics.size() - state.diagnosticWindow));
    }

    /**
     * Returns the number of diagnostics since boot.
     *
     * @return the count, also of those no longer kept
     */
    public long diagnosticCount() {
        return state.diagnostics.size();
    }

    /**
     * Returns the trace window: the most recent events.
     *
     * @return an immutable view
     */
    public List<TraceEvent> trace() {
        return state.trace.view();
    }

    /**
     * Returns the events from one on that the trace still holds.
     *
     * @param seq the first sequence number wanted
     * @return an immutable view
     */
    public List<TraceEvent> traceSince(long seq) {
        return state.trace.view(Math.max(seq, state.trace.size() - state.trace.window()));
    }

    /**
     * Returns the number of trace events recorded since boot.
     *
     * @return the count, also of the events the window no longer holds
     */
    public long traceLength() {
        return state.trace.size();
    }

    /**
     * Returns the number of trace events recorded since boot without the simulator's lock: exact on the thread that
     * records them; on another, the number as of a recent event (see {@link TraceLog#publishedSize()}).
     *
     * @return the count, also of the events the window no longer holds
     */
    public long publishedTraceLength() {
        return state.trace.publishedSize();
    }

    /**
     * Returns the trace window.
     *
     * @return how many of the most recent events the trace keeps
     */
    public int traceWindow() {
        return state.trace.window();
    }

    /**
     * Returns and forgets the events recorded since the last call.
     *
     * @return new events in order
     */
    public List<TraceEvent> drainNewEvents() {
        return recorder.drainFresh();
    }

    /** Forgets the events recorded since the last drain (nobody listens), without allocating. */
    public void forgetNewEvents() {
        recorder.forgetFresh();
    }

    /**
     * Copies the whole state.
     *
     * @return an immutable copy
     */
    public FrozenState freeze() {
        return new FrozenState(this, state.copy(), bus.save());
    }

    /**
     * Returns to a copied state exactly, or, if a device model refuses its state, leaves everything as it was.
     *
     * @param frozen a copy made by this engine's {@link #freeze()}
     */
    public void thaw(FrozenState frozen) {
        if (frozen.owner != this) {
            throw new IllegalArgumentException("snapshot belongs to another simulator");
        }
        bus.restore(frozen.devices); // first: a model may refuse its state, and then nothing has changed
        state.restoreFrom(frozen.machine);
        mapper.invalidate();
        recorder.reset();
        lastKnownProcess = null;
    }
}
