package org.mmioworkbench.core.internal;

import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;

import java.util.OptionalLong;
import java.util.StringJoiner;

import org.mmioworkbench.core.FaultCause;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.RegisterDecoder;
import org.mmioworkbench.core.Timing;
import org.mmioworkbench.core.internal.Entries.MappingEntry;

/**
 * {@code IoReadMmReg*}, {@code IoWriteMmReg*} and the buffer variants: translation through the
 * process's mappings, the fault checks (unmapped, freed, misaligned, not permitted, bus error, in that
 * order) and the device access.
 * <p>
 * This is the simulator's hot path: a successful access formats no text and allocates only its trace
 * event. The last translation is cached (valid while {@link Mapper#epoch()} stays the same), other
 * translations take O(log n), and the device window is found by binary search.
 */
final class RegisterAccess {
    private static final int SHOWN_VALUES = 8;
    private static final String[] READ_OPS = {"IoReadMmReg8", "IoReadMmReg16", null, "IoReadMmReg32"};
    private static final String[] WRITE_OPS = {"IoWriteMmReg8", "IoWriteMmReg16", null, "IoWriteMmReg32"};
    private static final String[] READ_BUFFER_OPS = {"IoReadMmBuffer8", "IoReadMmBuffer16", null, "IoReadMmBuffer32"};
    private static final String[] WRITE_BUFFER_OPS = {"IoWriteMmBuffer8", "IoWriteMmBuffer16", null,
        "IoWriteMmBuffer32"};

    private final Mapper mapper;
    private final DeviceBus bus;
    private final Recorder recorder;

    // the last successful translation
    private String cachedProcess;
    private MappingEntry cachedMapping;
    private long cachedEpoch = -1;

    // result of resolve(): the physical address and the device window index
    private long pa;
    private int device;
    private boolean translated;
    private MappingEntry mapping;

    RegisterAccess(Mapper mapper, DeviceBus bus, Recorder recorder) {
        this.mapper = mapper;
        this.bus = bus;
        this.recorder = recorder;
    }

    private static String op(String[] ops, int widthBits) {
        return ops[(widthBits >>> 3) - 1];
    }

    int read(String process, long reg, int widthBits) {
        String operation = op(READ_OPS, widthBits);
        long start = recorder.open(process);
        FaultCause cause = resolve(process, reg, widthBits, false);
        if (cause != null) {
            throw fault(process, start, operation, "reg=" + Hex.addr(reg), cause, reg, widthBits, false);
        }
        int index = device;
        bus.sync(index);
        bus.beginNotes();
        int value;
        try {
            value = bus.read(index, pa, widthBits);
        } finally {
            bus.endNotes();
            bus.refreshDeadline(index);
        }
        record(start, process, false, widthBits, value);
        recorder.elapseAccess(Timing.REGISTER_ACCESS_NANOS, index);
        return value;
    }

    void write(String process, long reg, int widthBits, int data) {
        int value = DeviceBus.mask(data, widthBits);
        String operation = op(WRITE_OPS, widthBits);
        long start = recorder.open(process);
        FaultCause cause = resolve(process, reg, widthBits, true);
        if (cause != null) {
            throw fault(process, start, operation, "reg=" + Hex.addr(reg) + ", data=" + Hex.word(value, widthBits),
                    cause, reg, widthBits, true);
        }
        int index = device;
        bus.sync(index);
        bus.beginNotes();
        try {
            bus.write(index, pa, widthBits, value);
        } finally {
            bus.endNotes();
            bus.refreshDeadline(index);
        }
        record(start, process, true, widthBits, value);
        recorder.elapseAccess(Timing.REGISTER_ACCESS_NANOS, index);
    }

    private void record(long start, String process, boolean write, int widthBits, int value) {
        recorder.traceAccess(start, process, write, widthBits, value, mapping, bus.window(device), pa - bus.base(device),
                bus.noteRegisters(), bus.noteValues(), bus.noteCount());
    }

    int[] readBuffer(String process, long reg, int widthBits, int count) {
        String operation = op(READ_BUFFER_OPS, widthBits);
        int[] values = new int[count];
        if (count == 0) {
            Call call = recorder.begin(process, operation, "reg=" + Hex.addr(reg) + ", cnt=0");
            call.endPlain("0 values", OptionalLong.empty(), "", 0);
            return values;
        }
        long start = recorder.open(process);
        FaultCause cause = resolve(process, reg, widthBits, false);
        if (cause != null) {
            throw fault(process, start, operation, "reg=" + Hex.addr(reg) + ", cnt=" + count, cause, reg, widthBits,
                    false);
        }
        transferBuffer(process, start, false, widthBits, values);
        return values;
    }

    void writeBuffer(String process, long reg, int widthBits, int[] data) {
        String operation = op(WRITE_BUFFER_OPS, widthBits);
        int[] values = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            values[i] = DeviceBus.mask(data[i], widthBits);
        }
        if (values.length == 0) {
            Call call = recorder.begin(process, operation, "reg=" + Hex.addr(reg) + ", cnt=0, buf=[]");
            call.endPlain("done", OptionalLong.empty(), "", 0);
            return;
        }
        long start = recorder.open(process);
        FaultCause cause = resolve(process, reg, widthBits, true);
        if (cause != null) {
            throw fault(process, start, operation, "reg=" + Hex.addr(reg) + ", cnt=" + values.length + ", buf="
                    + show(values, widthBits), cause, reg, widthBits, true);
        }
        transferBuffer(process, start, true, widthBits, values);
    }

    /**
     * Runs the accesses of a checked buffer call at {@link #pa} in {@link #device}, one register access time
     * apart, and traces them as one event with the register's value before the first and after the last.
     *
     * @param write true to write {@code values}, false to read into them
     */
    private void transferBuffer(String process, long start, boolean write, int widthBits, int[] values) {
        RegisterDecoder register = null;
        long before = 0;
        long after = 0;
        int index = device;
        bus.sync(index);
        for (int i = 0; i < values.length; i++) {
            bus.beginNotes();
            try {
                if (write) {
                    bus.write(index, pa, widthBits, values[i]);
                } else {
                    values[i] = bus.read(index, pa, widthBits);
                }
            } finally {
                bus.endNotes();
                bus.refreshDeadline(index);
            }
            if (bus.noteCount() > 0) {
                if (i == 0) {
                    register = bus.noteRegister(0);
                    before = bus.noteBefore(0);
                }
                after = bus.noteAfter(0);
            }
            if (i < values.length - 1) {
                recorder.elapseAccess(Timing.REGISTER_ACCESS_NANOS, index);
            }
        }
        recorder.traceBuffer(start, process, write, widthBits, values, mapping, bus.window(index),
                pa - bus.base(index), register, before, after);
        recorder.elapseAccess(Timing.REGISTER_ACCESS_NANOS, index);
    }

    /**
     * Translates and checks an access: on success sets {@link #pa} and {@link #device} and returns null;
     * else returns the cause, with {@link #pa} set to the physical address if it translated
     * ({@link #translated}) and {@link #device} to the window there or -1.
     */
    private FaultCause resolve(String process, long reg, int widthBits, boolean write) {
        MappingEntry m = cachedMapping;
        long epoch = mapper.epoch();
        if (m == null || cachedEpoch != epoch || !process.equals(cachedProcess) || !Mapper.covers(m, reg)) {
            m = mapper.translate(process, reg);
            if (m == null) {
                translated = false;
                return FaultCause.UNMAPPED;
            }
            cachedProcess = process;
            cachedMapping = m;
            cachedEpoch = epoch;
        }
        translated = true;
        if (mapping != m) {
            mapping = m;
        }
        pa = m.physical().base() + (reg - m.virtualAddress());
        device = bus.indexAt(pa);
        if (!m.live()) {
            return FaultCause.FREED;
        } else if ((reg & (widthBits / 8 - 1)) != 0) {
            return FaultCause.MISALIGNED;
        } else if (write && (m.prot() & VMM_FLAG_WRITE) == 0) {
            return FaultCause.WRITE_NOT_PERMITTED;
        } else if (device < 0) {
            return FaultCause.BUS_ERROR;
        }
        return null;
    }

    /** Records the fault {@link #resolve} found (trace event, diagnostic, time) and returns the exception. */
    private MmioFault fault(String process, long start, String operation, String arguments, FaultCause cause,
            long reg, int widthBits, boolean write) {
        Call call = new Call(recorder, start, process, operation, arguments);
        OptionalLong at = translated ? OptionalLong.of(pa) : OptionalLong.empty();
        String deviceName = translated && device >= 0 ? bus.name(device) : "";
        RegisterDecoder register = translated && device >= 0 ? bus.registerAt(device, pa) : null;
        return call.fault(cause, reg, at, deviceName, register, widthBits, write,
                Mapper.accessRange(translated ? pa : reg, widthBits), Timing.REGISTER_ACCESS_NANOS);
    }

    private static String show(int[] values, int widthBits) {
        StringJoiner j = new StringJoiner(", ", "[", values.length > SHOWN_VALUES ? ", ...]" : "]");
        for (int i = 0; i < Math.min(values.length, SHOWN_VALUES); i++) {
            j.add(Hex.word(values[i], widthBits));
        }
        return j.toString();
    }
}
