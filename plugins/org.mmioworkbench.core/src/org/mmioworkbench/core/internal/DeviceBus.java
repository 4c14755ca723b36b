package org.mmioworkbench.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceContext;
import org.mmioworkbench.core.DeviceModel;
import org.mmioworkbench.core.DeviceState;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.InterruptInfo;
import org.mmioworkbench.core.InterruptLine;
import org.mmioworkbench.core.RegisterDecoder;

/**
 * Routes physical accesses to the device models of a board (binary search over the windows, no
 * allocation), gives each model its {@link DeviceContext}, keeps the interrupt lines, collects the
 * registers an access reached for its trace event, and saves/restores the models' state.
 */
final class DeviceBus {
    private static final int MAX_NOTES = 8;

    private final Board board;
    private final MachineState state;
    private final Recorder recorder;
    private final DeviceWindow[] windows;
    private final long[] bases;
    private final DeviceModel[] models;
    /** Each model's next event, as last read. */
    private final long[] deadlines;
    /** Whether each model follows the clock (overrides {@link DeviceModel#advance(long)}); others are not called. */
    private final boolean[] timed;
    /** Whether each model announces events (overrides {@link DeviceModel#nextEventNanos()}). */
    private final boolean[] evented;
    private final long[] sizes;
    private int lastIndex;
    private long nextEvent = Long.MAX_VALUE;
    private final Map<String, Integer> byName = new HashMap<>();
    private final List<Line> lines = new ArrayList<>();

    // the registers the access in progress reached; only references and numbers, no allocation
    private boolean noting;
    private int noteCount;
    private final RegisterDecoder[] noteRegisters = new RegisterDecoder[MAX_NOTES];
    private final long[] noteValues = new long[2 * MAX_NOTES];

    DeviceBus(Board board, MachineState state, Recorder recorder) {
        this.board = board;
        this.state = state;
        this.recorder = recorder;
        List<DeviceWindow> ws = board.devices();
        this.windows = ws.toArray(new DeviceWindow[0]);
        // at least one entry, so the fast path of indexAt needs no bounds check (an empty size never matches)
        this.bases = new long[Math.max(1, windows.length)];
        this.models = new DeviceModel[windows.length];
        this.deadlines = new long[windows.length];
        this.timed = new boolean[windows.length];
        this.evented = new boolean[windows.length];
        this.sizes = new long[Math.max(1, windows.length)];
        state.deviceTime = new long[windows.length];
        for (int i = 0; i < windows.length; i++) {
            bases[i] = windows[i].base();
            sizes[i] = windows[i].size();
            byName.put(windows[i].name(), i);
        }
        for (int i = 0; i < windows.length; i++) {
            DeviceModel model = Objects.requireNonNull(windows[i].factory().create(windows[i], new Context(i)),
                    "device factory returned null");
            models[i] = model;
            timed[i] = overrides(model, "advance", long.class);
            evented[i] = overrides(model, "nextEventNanos");
            model.reset();
        }
        refreshDeadlines();
    }

    /** Tells whether a model's class overrides a default method of {@link DeviceModel}. */
    private static boolean overrides(DeviceModel model, String method, Class<?>... parameters) {
        try {
            return model.getClass().getMethod(method, parameters).getDeclaringClass() != DeviceModel.class;
        } catch (NoSuchMethodException | SecurityException e) {
            return true;
        }
    }

    /** Returns the index of the window containing a physical address, or -1. */
    int indexAt(long physicalAddress) {
        int last = lastIndex;
        return Long.compareUnsigned(physicalAddress - bases[last], sizes[last]) < 0 ? last : lookUp(physicalAddress);
    }

    private int lookUp(long physicalAddress) {
        int found = search(physicalAddress);
        if (found >= 0) {
            lastIndex = found;
        }
        return found;
    }

    private int search(long physicalAddress) {
        int lo = 0;
        int hi = windows.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(bases[mid], physicalAddress) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        int i = lo - 1;
        return i >= 0 && Long.compareUnsigned(physicalAddress - bases[i], sizes[i]) < 0 ? i : -1;
    }

    DeviceWindow window(int index) {
        return windows[index];
    }

    String name(int index) {
        return windows[index].name();
    }

    long base(int index) {
        return bases[index];
    }

    int read(int index, long physicalAddress, int widthBits) {
        return mask(models[index].read(physicalAddress - bases[index], widthBits), widthBits);
    }

    int peek(int index, long physicalAddress, int widthBits) {
        sync(index);
        return mask(models[index].peek(physicalAddress - bases[index], widthBits), widthBits);
    }

    void write(int index, long physicalAddress, int widthBits, int value) {
        models[index].write(physicalAddress - bases[index], widthBits, mask(value, widthBits));
    }

    /** Names the register at a physical address of a window, or returns null. */
    RegisterDecoder registerAt(int index, long physicalAddress) {
        return models[index].registerAt(physicalAddress - bases[index]).orElse(null);
    }

    /** Starts collecting the registers an access reaches. */
    void beginNotes() {
        noting = true;
        noteCount = 0;
    }

    /** Stops collecting; the notes stay readable until the next {@link #beginNotes()}. */
    void endNotes() {
        noting = false;
    }

    int noteCount() {
        return noteCount;
    }

    RegisterDecoder noteRegister(int i) {
        return noteRegisters[i];
    }

    long noteBefore(int i) {
        return noteValues[2 * i];
    }

    long noteAfter(int i) {
        return noteValues[2 * i + 1];
    }

    /** The registers noted so far (the array is reused: read only {@link #noteCount()} entries). */
    RegisterDecoder[] noteRegisters() {
        return noteRegisters;
    }

    /** Their values before and after, two per register (reused like {@link #noteRegisters()}). */
    long[] noteValues() {
        return noteValues;
    }

    /** The earliest next event of any device (cached). */
    long nextEvent() {
        return nextEvent;
    }

    /**
     * Brings one device's model up to the current time (if it is behind) and re-reads its next event.
     * Models catch up lazily: at their own events, around every access to them, after every other
     * operation, and before they are observed.
     */
    void sync(int index) {
        if (state.deviceTime[index] != state.timeNanos) {
            catchUp(index);
        }
    }

    private void catchUp(int index) {
        long now = state.timeNanos;
        long behind = now - state.deviceTime[index];
        if (behind > 0) {
            state.deviceTime[index] = now;
            if (timed[index]) {
                models[index].advance(behind);
                refreshDeadline(index);
            }
        }
    }

    /** Brings every model up to the current time. */
    void syncAll() {
        for (int i = 0; i < models.length; i++) {
            sync(i);
        }
    }

    /** Brings up to date the models whose next event is due (the clock has just stopped there). */
    void syncDue() {
        long now = state.timeNanos;
        for (int i = 0; i < models.length; i++) {
            if (deadlines[i] <= now) {
                sync(i);
            }
        }
    }

    /** Re-reads a model's next event after something changed it (an access, input). */
    void refreshDeadline(int index) {
        if (evented[index]) {
            reread(index);
        }
    }

    private void reread(int index) {
        long old = deadlines[index];
        long next = models[index].nextEventNanos();
        deadlines[index] = next;
        if (next <= nextEvent) {
            nextEvent = next;
        } else if (old == nextEvent) {
            long min = Long.MAX_VALUE;
            for (long d : deadlines) {
                min = Math.min(min, d);
            }
            nextEvent = min;
        }
    }

    /** Re-reads every model's next event (after a restore). */
    void refreshDeadlines() {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < models.length; i++) {
            deadlines[i] = evented[i] ? models[i].nextEventNanos() : Long.MAX_VALUE;
            min = Math.min(min, deadlines[i]);
        }
        nextEvent = min;
    }

    /** Returns the index of a window by name, or -1. */
    int indexOf(String deviceName) {
        Integer i = byName.get(deviceName);
        return i == null ? -1 : i;
    }

    /** Finds a device model by window name, brought up to the current time. */
    DeviceModel model(String deviceName) {
        Integer i = byName.get(deviceName);
        if (i == null) {
            return null;
        }
        sync(i);
        return models[i];
    }

    List<InterruptInfo> interrupts() {
        List<InterruptInfo> out = new ArrayList<>();
        for (Line l : lines) {
            out.add(new InterruptInfo(l.name, windows[l.device].name(), state.irq[l.index]));
        }
        return List.copyOf(out);
    }

    /** The level of a line, or null if no device declared it. */
    Boolean interrupt(String line) {
        for (Line l : lines) {
            if (l.name.equals(line)) {
                return state.irq[l.index];
            }
        }
        return null;
    }

    Map<String, DeviceState> save() {
        Map<String, DeviceState> states = new LinkedHashMap<>();
        for (int i = 0; i < models.length; i++) {
            states.put(windows[i].name(), models[i].saveState());
        }
        return states;
    }

    /** Returns every model to its saved state; if one refuses (throws), those already restored go back first. */
    void restore(Map<String, DeviceState> states) {
        DeviceState[] undo = new DeviceState[models.length];
        int i = 0;
        try {
            for (; i < models.length; i++) {
                undo[i] = models[i].saveState();
                models[i].restoreState(states.get(windows[i].name()));
            }
        } catch (RuntimeException e) {
            for (int j = 0; j < i; j++) {
                models[j].restoreState(undo[j]);
            }
            throw e;
        } finally {
            refreshDeadlines();
        }
    }

    /** Names the devices a range overlaps, e.g. {@code UART0}, or an empty string for a hole. */
    String names(AddressRange range) {
        return board.devicesIn(range).stream().map(DeviceWindow::name).collect(Collectors.joining(", "));
    }

    static int mask(int value, int widthBits) {
        return widthBits == 32 ? value : value & ((1 << widthBits) - 1);
    }

    /** The context of one device: its window index gives its name and base address. */
    private final class Context implements DeviceContext {
        private final int device;

        Context(int device) {
            this.device = device;
        }

        @Override
        public String deviceName() {
            return windows[device].name();
        }

        @Override
        public long now() {
            return state.timeNanos;
        }

        @Override
        public String actor() {
            return recorder.actor();
        }

        @Override
        public void diagnose(DiagnosticKind kind, String message, long offset, int size) {
            long at = windows[device].base() + offset;
            recorder.diagnose(state.timeNanos, kind, message, new AddressRange(at, Math.max(1, size)),
                    List.of(recorder.actor()));
        }

        @Override
        public void accessed(RegisterDecoder register, long before, long after) {
            if (noting && noteCount < MAX_NOTES) {
                if (noteRegisters[noteCount] != register) {
                    noteRegisters[noteCount] = register; // only when it changes: a GC write barrier
                }
                noteValues[2 * noteCount] = before;
                noteValues[2 * noteCount + 1] = after;
                noteCount++;
            }
        }

        @Override
        public InterruptLine interruptLine(String suffix) {
            String name = suffix.isEmpty() ? deviceName() : deviceName() + "." + suffix;
            for (Line l : lines) {
                if (l.name.equals(name)) {
                    if (l.device != device) {
                        throw new IllegalArgumentException("interrupt line " + name + " belongs to another device");
                    }
                    return l;
                }
            }
            Line l = new Line(name, device, lines.size());
            lines.add(l);
            state.irq = Arrays.copyOf(state.irq, lines.size());
            return l;
        }
    }

    /** An interrupt line; its level lives in the machine state, so snapshots restore it. */
    private final class Line implements InterruptLine {
        final String name;
        final int device;
        final int index;

        Line(String name, int device, int index) {
            this.name = name;
            this.device = device;
            this.index = index;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean isRaised() {
            return state.irq[index];
        }

        @Override
        public void set(boolean raised) {
            if (state.irq[index] != raised) {
                state.irq[index] = raised;
                recorder.interrupt(windows[device].name(), name, raised);
            }
        }
    }
}
