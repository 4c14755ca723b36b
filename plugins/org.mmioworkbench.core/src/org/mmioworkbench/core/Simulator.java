package org.mmioworkbench.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

import org.mmioworkbench.core.internal.Engine;
import org.mmioworkbench.core.internal.SimulatorLock;

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

    /**
     * How many of the most recent trace events a simulator keeps unless told otherwise: 65,536 (about 1.5 MiB).
     * Sequence numbers and {@link #traceLength()} count every event whatever the window.
     */
    public static final int DEFAULT_TRACE_WINDOW = 1 << 16;
    /**
     * How many of the most recent diagnostics a simulator keeps (all of them with {@link #WHOLE_TRACE}):
     * {@link #diagnosticCount()} counts every one.
     */
    public static final int DIAGNOSTIC_WINDOW = 1024;
    /** The trace window that keeps every event (as many as a list can hold, 2^31 - 1), and every diagnostic. */
    public static final int WHOLE_TRACE = Integer.MAX_VALUE;

    private static final Set<String> RESERVED_NAMES = Set.of(KernelActor.NAME, "simulator");

    private final Board board;
    private final Engine engine;
    /**
     * Guards the engine. Fair, so that a reader (a view refreshing, a debugger inspecting) waits for at
     * most the operation in progress, however fast another thread drives the simulation; an unfair lock
     * let a driver running at full speed take it back again and again while the UI thread waited. Taking and
     * releasing it costs a driver alone one atomic instruction (see {@link SimulatorLock}).
     */
    private final SimulatorLock lock = new SimulatorLock();
    private final KernelActor kernel;
    private final Map<String, SimProcess> facades = new HashMap<>();
    private final List<SimulatorListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Boots a simulator on a board with the {@linkplain #DEFAULT_TRACE_WINDOW default trace window}: creates its
     * device models and lets the kernel claim its devices.
     *
     * @param board the physical address map
     */
    public Simulator(Board board) {
        this(board, DEFAULT_TRACE_WINDOW);
    }

    /**
     * Boots a simulator on a board that keeps a given number of the most recent trace events in memory: creates
     * its device models and lets the kernel claim its devices.
     *
     * @param board the physical address map
     * @param traceWindow how many of the most recent trace events {@link #trace()} and snapshots keep, at least 1;
     *        {@link #WHOLE_TRACE} keeps them all
     * @throws IllegalArgumentException if the window is below 1
     */
    public Simulator(Board board, int traceWindow) {
        this.board = Objects.requireNonNull(board, "board");
        if (traceWindow < 1) {
            throw new IllegalArgumentException("the trace window must be at least 1 event, not " + traceWindow);
        }
        this.engine = new Engine(board, traceWindow);
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
        if (!isProcessName(name)) {
            throw new IllegalArgumentException("invalid process name '" + name + "'");
        }
        return call(e -> {
            e.startProcess(name);
            return facades.computeIfAbsent(name, n -> new SimProcess(this, n));
        });
    }

    /**
     * Tells whether a text can name a process: it is not blank, holds no control or format character (a line
     * break or an escape sequence would forge lines of the trace or reach a terminal; see
     * {@link FileProblemException#printable(String)}), and is neither {@code kernel} nor {@code simulator},
     * which name the other actors of the trace.
     *
     * @param name the text
     * @return true if {@link #process(String)} accepts it
     */
    public static boolean isProcessName(String name) {
        return name != null && !name.isBlank() && FileProblemException.printable(name).equals(name)
                && !RESERVED_NAMES.contains(name);
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
     * Transfers a region handle from one process to another over simulated IPC, handing on the sender's
     * rights. The receiver gets a new handle, a descendant of the sender's (which stays valid). Fails with
     * {@code rcNoCapability} for a mapping handle or a handle without {@link HandleRights#TRANSFER},
     * {@code rcHandleRevoked} for a revoked one, {@code rcResourceNotFound} for a value that names nothing
     * in the sender's handle table and {@code rcInvalidArgument} for {@code INVALID_HANDLE}. The receiver's
     * handle is a value of the receiver's own table. Costs {@link Timing#KERNEL_CALL_NANOS}.
     *
     * @param from the sending process
     * @param handle the sender's handle
     * @param to the receiving process (may be the sender)
     * @return the return code and the receiver's handle
     */
    public TransferResult ipcTransferHandle(SimProcess from, int handle, SimProcess to) {
        return transfer(from, handle, to, null);
    }

    /**
     * Transfers a region handle as {@link #ipcTransferHandle(SimProcess, int, SimProcess)} does, with a
     * permissions mask the sender chooses: the receiver's handle gets exactly {@code rights}, e.g.
     * {@link HandleRights#MAP_READ} alone for a read-only descendant that cannot be passed on. Rights
     * cannot be elevated: if {@code rights} is not a subset of the sender's handle's rights, the transfer
     * fails with {@code rcNoCapability} and no handle is issued. The trace event's arguments show the
     * rights.
     *
     * @param from the sending process
     * @param handle the sender's handle
     * @param to the receiving process (may be the sender)
     * @param rights the receiver's rights
     * @return the return code and the receiver's handle
     */
    public TransferResult ipcTransferHandle(SimProcess from, int handle, SimProcess to, HandleRights rights) {
        return transfer(from, handle, to, Objects.requireNonNull(rights, "rights"));
    }

    private TransferResult transfer(SimProcess from, int handle, SimProcess to, HandleRights rights) {
        requireOwn(from);
        requireOwn(to);
        return call(e -> {
            requireExists(from.name());
            requireExists(to.name());
            return e.transfer(from.name(), handle, to.name(), rights);
        });
    }

    /**
     * Returns the simulated time.
     *
     * @return nanoseconds since boot
     */
    public long now() {
        return locked(() -> engine.now());
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
     * trace event (the device's model is first brought up to the current time, which changes nothing a
     * driver could see).
     *
     * @param physicalAddress a physical address aligned to the width
     * @param widthBits 8, 16 or 32
     * @return the value, or empty if no device is at that address
     */
    public OptionalInt peek(long physicalAddress, int widthBits) {
        if ((widthBits != 8 && widthBits != 16 && widthBits != 32) || (physicalAddress & (widthBits / 8 - 1)) != 0) {
            throw new IllegalArgumentException("bad width or alignment");
        }
        return locked(() -> engine.peek(physicalAddress, widthBits));
    }

    /**
     * Finds the model of a device window, e.g. to read a UART's console or drive GPIO pins in a test.
     * Calling a model's methods directly is not synchronised with the simulator: do it on the thread that
     * runs the simulation, or use {@link #console(String)}, {@link #input(String, String)},
     * {@link #setInput(String, int, boolean)} and {@link #peek(long, int)}, which lock and trace.
     *
     * @param deviceName the window's name, e.g. {@code UART0}
     * @return the model, or empty if the board has no such device
     */
    public Optional<DeviceModel> device(String deviceName) {
        return locked(() -> Optional.ofNullable(engine.device(deviceName)));
    }

    /**
     * Finds the model of a device window with a given type.
     *
     * @param <T> the type
     * @param deviceName the window's name
     * @param type e.g. {@code Pl011.class} or {@link SerialPort}{@code .class}
     * @return the model, or empty if there is no such device or it is not of that type
     */
    public <T> Optional<T> device(String deviceName, Class<T> type) {
        return locked(() -> {
            DeviceModel m = engine.device(deviceName);
            return type.isInstance(m) ? Optional.of(type.cast(m)) : Optional.empty();
        });
    }

    /**
     * Returns what a serial device (a UART) has transmitted so far: its console output.
     *
     * @param deviceName e.g. {@code UART0}
     * @return the text transmitted since boot
     * @throws IllegalArgumentException if the device is missing or not a {@link SerialPort}
     */
    public String console(String deviceName) {
        return locked(() -> serialPort(deviceName).transmitted());
    }

    /**
     * Returns what a serial device has transmitted from a position on, so a console that follows a long
     * output copies only what is new.
     *
     * @param deviceName e.g. {@code UART0}
     * @param from a position in the text {@link #console(String)} returns, 0 for all of it
     * @return the text from {@code from} on, empty if there is none
     * @throws IllegalArgumentException if the device is missing or not a {@link SerialPort}
     */
    public String console(String deviceName, int from) {
        return locked(() -> serialPort(deviceName).transmittedSince(from));
    }

    /**
     * Returns how many characters a serial device has transmitted, without copying them.
     *
     * @param deviceName e.g. {@code UART0}
     * @return the length of {@link #console(String)}
     * @throws IllegalArgumentException if the device is missing or not a {@link SerialPort}
     */
    public int consoleLength(String deviceName) {
        return locked(() -> serialPort(deviceName).transmittedLength());
    }

    /**
     * Sends text to a serial device's receive line (typed by a user or fed by a script); the device
     * receives it at its baud rate as simulated time passes. Traced as {@code simulator input}; costs no
     * time.
     *
     * @param deviceName e.g. {@code UART0}
     * @param text the characters, each 0..255
     * @throws IllegalArgumentException if the device is missing or not a {@link SerialPort}, or a
     *         character is above 255
     */
    public void input(String deviceName, String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                throw new IllegalArgumentException("character " + (int) text.charAt(i) + " is not a byte");
            }
        }
        call(e -> {
            SerialPort port = serialPort(deviceName);
            e.external("input", "device=" + deviceName + ", text=" + quote(text), deviceName, m -> {
                port.receive(text);
                return text.length() + (text.length() == 1 ? " character" : " characters") + " queued";
            });
            return null;
        });
    }

    /**
     * Drives an input pin of a GPIO device from outside (a button, a signal generator). Traced as
     * {@code simulator setInput}, followed by any interrupt it causes; costs no time.
     *
     * @param deviceName e.g. {@code GPIO}
     * @param pin the pin number
     * @param level true for high
     * @throws IllegalArgumentException if the device is missing or not a {@link GpioPort}, or the pin does
     *         not exist
     */
    public void setInput(String deviceName, int pin, boolean level) {
        call(e -> {
            GpioPort port = gpioPort(deviceName, pin);
            e.external("setInput", "device=" + deviceName + ", pin=" + pin + ", level=" + (level ? 1 : 0),
                    deviceName, m -> {
                        port.setInput(pin, level);
                        return "done";
                    });
            return null;
        });
    }

    /**
     * Returns the level on a pin of a GPIO device (driven by the device if an output, else from outside).
     *
     * @param deviceName e.g. {@code GPIO}
     * @param pin the pin number
     * @return true for high
     * @throws IllegalArgumentException if the device is missing or not a {@link GpioPort}, or the pin does
     *         not exist
     */
    public boolean pinLevel(String deviceName, int pin) {
        return locked(() -> gpioPort(deviceName, pin).level(pin));
    }

    /**
     * Writes a device register as a debugger does (the Register Editor): the value goes to the device
     * model like a driver's write, so the device's access rules apply (read-only bits keep their value, a
     * write-only register takes it, the model reacts and leaves its diagnostics), but without a process,
     * handle or mapping. Traced as {@code simulator debugWrite}, with the value the device then reads back
     * (what a read would return, without side effects), followed by any interrupt it causes; costs no time.
     *
     * @param deviceName the device window, e.g. {@code UART0}
     * @param offset byte offset in the window, aligned to the width
     * @param widthBits 8, 16 or 32
     * @param value the value; bits above the width are ignored
     * @throws IllegalArgumentException if the device is missing, or the width, alignment or offset is bad
     */
    public void debugWrite(String deviceName, long offset, int widthBits, int value) {
        checkWidth(offset, widthBits);
        int data = widthBits == 32 ? value : value & ((1 << widthBits) - 1);
        String width = Integer.toString(widthBits);
        call(e -> {
            checkOffset(deviceName, offset, widthBits);
            e.external("debugWrite", "device=" + deviceName + ", offset=0x" + Long.toHexString(offset)
                    + ", width=" + width + ", value=0x" + Integer.toHexString(data), deviceName, m -> {
                        m.write(offset, widthBits, data);
                        return "reads back 0x" + Integer.toHexString(m.peek(offset, widthBits));
                    });
            return null;
        });
    }

    /**
     * Reads a device register as a debugger does when a user asks for a real read (the Register Editor's "Read Now
     * (with Side Effects)"): unlike {@link #peek}, the device model reads as for a driver, so the read's side effects
     * happen (a status flag cleared by reading, a receive FIFO popped), but without a process, handle or mapping.
     * Traced as {@code simulator debugRead} with the value read, followed by any interrupt it causes; costs no time.
     *
     * @param deviceName the device window, e.g. {@code UART0}
     * @param offset byte offset in the window, aligned to the width
     * @param widthBits 8, 16 or 32
     * @return the value read, zero-extended from the width
     * @throws IllegalArgumentException if the device is missing, or the width, alignment or offset is bad
     */
    public long debugRead(String deviceName, long offset, int widthBits) {
        checkWidth(offset, widthBits);
        long[] read = new long[1];
        call(e -> {
            checkOffset(deviceName, offset, widthBits);
            e.external("debugRead", "device=" + deviceName + ", offset=0x" + Long.toHexString(offset) + ", width="
                    + widthBits, deviceName, m -> {
                        int v = m.read(offset, widthBits);
                        read[0] = widthBits == 32 ? Integer.toUnsignedLong(v) : v & ((1L << widthBits) - 1);
                        return "0x" + Long.toHexString(read[0]);
                    });
            return null;
        });
        return read[0];
    }

    private static void checkWidth(long offset, int widthBits) {
        if ((widthBits != 8 && widthBits != 16 && widthBits != 32) || (offset & (widthBits / 8 - 1)) != 0) {
            throw new IllegalArgumentException("bad width or alignment");
        }
    }

    private void checkOffset(String deviceName, long offset, int widthBits) {
        DeviceWindow window = board.devices().stream().filter(w -> w.name().equals(deviceName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no device '" + deviceName + "'"));
        if (offset < 0 || offset + widthBits / 8 > window.size()) {
            throw new IllegalArgumentException("offset 0x" + Long.toHexString(offset) + " is outside " + deviceName);
        }
    }

    /**
     * Lists the interrupt lines of the board's devices and their levels.
     *
     * @return lines in the order the devices declared them
     */
    public List<InterruptInfo> interrupts() {
        return locked(() -> engine.interrupts());
    }

    /**
     * Tells whether an interrupt line is raised.
     *
     * @param line e.g. {@code UART0} or {@code SYSTIMER.C1}
     * @return true if asserted
     * @throws IllegalArgumentException if no device has such a line
     */
    public boolean interruptRaised(String line) {
        return locked(() -> {
            Boolean level = engine.interrupt(line);
            if (level == null) {
                throw new IllegalArgumentException("no interrupt line '" + line + "'");
            }
            return level;
        });
    }

    private SerialPort serialPort(String deviceName) {
        if (engine.device(deviceName) instanceof SerialPort p) {
            return p;
        }
        throw new IllegalArgumentException("device '" + deviceName + "' is not a serial port");
    }

    private GpioPort gpioPort(String deviceName, int pin) {
        if (engine.device(deviceName) instanceof GpioPort p) {
            if (pin < 0 || pin >= p.pinCount()) {
                throw new IllegalArgumentException("device '" + deviceName + "' has no pin " + pin);
            }
            return p;
        }
        throw new IllegalArgumentException("device '" + deviceName + "' is not a GPIO port");
    }

    private static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c >= 0x7F) {
                        b.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * Takes an immutable snapshot of the whole state.
     *
     * @return the snapshot
     */
    public Snapshot snapshot() {
        return locked(() -> new Snapshot(engine.freeze()));
    }

    /**
     * Returns the whole state exactly to a snapshot taken by this simulator (the trace and diagnostics
     * too), then notifies the listeners.
     *
     * @param snapshot a snapshot of this simulator
     * @throws IllegalArgumentException for a snapshot of another simulator
     */
    public void restore(Snapshot snapshot) {
        lock.lock();
        try {
            engine.thaw(snapshot.state());
        } finally {
            lock.unlock();
        }
        listeners.forEach(l -> l.restored(snapshot));
    }

    /**
     * Lists the live (registered) MMIO regions.
     *
     * @return regions by base address
     */
    public List<RegionInfo> regions() {
        return locked(() -> engine.regions());
    }

    /**
     * Lists the processes with their handle tables and mappings.
     *
     * @return processes in start order
     */
    public List<ProcessInfo> processes() {
        return locked(() -> engine.processes());
    }

    /**
     * Lists the ranges the kernel uses.
     *
     * @return claims in claim order
     */
    public List<KernelClaimInfo> kernelClaims() {
        return locked(() -> engine.claims());
    }

    /**
     * Returns the kernel's diagnostic output: the last {@link #DIAGNOSTIC_WINDOW} diagnostics (all of them if the
     * trace window is {@link #WHOLE_TRACE}), oldest first; each one's {@link Diagnostic#seq()} numbers it since
     * boot.
     *
     * @return an immutable list that later operations do not change
     */
    public List<Diagnostic> diagnostics() {
        return locked(() -> engine.diagnostics());
    }

    /**
     * Returns the kept diagnostics from a number on: all those numbered {@code seq} or later if they are still
     * kept, else all that are kept.
     *
     * @param seq the first number wanted
     * @return an immutable list that later operations do not change
     */
    public List<Diagnostic> diagnosticsSince(long seq) {
        return locked(() -> engine.diagnosticsSince(seq));
    }

    /**
     * Sets what names the line of driver source a diagnostic was caused at ({@link Diagnostic#origin()}), asked
     * for the diagnostic's actors in turn when the kernel records it. One locator at a time; a later one replaces
     * it. Not part of the state a snapshot holds (each diagnostic keeps its line).
     *
     * @param locator the locator, or null for none
     */
    public void setSourceLocator(SourceLocator locator) {
        engine.setSourceLocator(locator);
    }

    /**
     * Returns the number of diagnostics since boot: the next one's number.
     *
     * @return the count, also of those no longer kept
     */
    public long diagnosticCount() {
        return locked(() -> engine.diagnosticCount());
    }

    /**
     * Returns the trace window: the most recent trace events, at most {@link #traceWindow()} of them, oldest
     * first. The first one's {@link TraceEvent#seq()} is {@code traceLength() - trace().size()}.
     *
     * @return an immutable list that later operations do not change
     */
    public List<TraceEvent> trace() {
        return locked(() -> engine.trace());
    }

    /**
     * Returns the events of the trace window from a sequence number on: all events numbered {@code seq} or
     * later if the window still holds them, else the whole window. Compare the first event's
     * {@link TraceEvent#seq()} with {@code seq} to tell whether some were forgotten.
     *
     * @param seq the first sequence number wanted
     * @return an immutable list that later operations do not change
     */
    public List<TraceEvent> traceSince(long seq) {
        return locked(() -> engine.traceSince(seq));
    }

    /**
     * Returns the number of trace events recorded since boot: the next event's sequence number. It counts the
     * events the window no longer holds too.
     * <p>
     * Unlike the other methods, it does not wait for the simulator's lock, so that a front end can tell which events
     * its own calls recorded (the length before and after each) without locking twice more per call. On the thread
     * that drives the simulation, between its calls, it is exact; on another thread, while an operation is running,
     * it may already count some of that operation's events (each counted event is fully recorded and readable).
     *
     * @return the trace length
     */
    public long traceLength() {
        return engine.publishedTraceLength();
    }

    /**
     * Returns the trace window, chosen when the simulator was created.
     *
     * @return how many of the most recent trace events are kept; {@link #WHOLE_TRACE} for all
     */
    public int traceWindow() {
        return engine.traceWindow();
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

    boolean hasProcess(String name) {
        return locked(() -> engine.hasProcess(name));
    }

    ProcessInfo processInfo(String name) {
        return locked(() -> {
            requireExists(name);
            return engine.process(name);
        });
    }

    /**
     * Runs several reads as one: the simulation does not move while they run, and a thread driving it at
     * full speed is held up once rather than at every read (views refresh this way). Keep it short, the
     * simulation waits; do not wait in it for another thread that uses this simulator.
     *
     * @param reads what to run; it may call any method of this simulator
     */
    public void inspect(Runnable reads) {
        lock.lock();
        try {
            reads.run();
        } finally {
            lock.unlock();
        }
    }

    /** Reads state under the lock; for inspection, which traces nothing. */
    private <T> T locked(Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
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
            lock.lock();
            try {
                return operation.apply(engine);
            } finally {
                events = drainAndUnlock();
            }
        } finally {
            notifyListeners(events);
        }
    }

    /** A register read of a process: the hot path, without lambdas. */
    int readRegister(String process, long reg, int widthBits) {
        List<TraceEvent> events = List.of();
        try {
            lock.lock();
            try {
                requireExists(process);
                return engine.read(process, reg, widthBits);
            } finally {
                events = drainAndUnlock();
            }
        } finally {
            notifyListeners(events);
        }
    }

    /** A register write of a process: the hot path, without lambdas. */
    void writeRegister(String process, long reg, int widthBits, int data) {
        List<TraceEvent> events = List.of();
        try {
            lock.lock();
            try {
                requireExists(process);
                engine.write(process, reg, widthBits, data);
            } finally {
                events = drainAndUnlock();
            }
        } finally {
            notifyListeners(events);
        }
    }

    /** Takes the new events for the listeners and releases the lock, even if taking them threw. */
    private List<TraceEvent> drainAndUnlock() {
        try {
            return drain();
        } finally {
            lock.unlock();
        }
    }

    /** Takes the new events for the listeners; with no listener, forgets them without allocating. */
    private List<TraceEvent> drain() {
        if (listeners.isEmpty()) {
            engine.forgetNewEvents();
            return List.of();
        }
        return engine.drainNewEvents();
    }

    private void notifyListeners(List<TraceEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        for (TraceEvent event : events) {
            for (SimulatorListener l : listeners) {
                l.traced(event);
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
