package org.mmioworkbench.core.internal;

import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.StringJoiner;

import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.FaultCause;
import org.mmioworkbench.core.Timing;
import org.mmioworkbench.core.internal.Entries.MappingEntry;

/**
 * {@code IoReadMmReg*}, {@code IoWriteMmReg*} and the buffer variants: translation through the
 * process's mappings, the fault checks (unmapped, freed, misaligned, not permitted, bus error, in that
 * order) and the device access.
 */
final class RegisterAccess {
    private static final int SHOWN_VALUES = 8;

    private final Mapper mapper;
    private final DeviceBus bus;
    private final Recorder recorder;

    RegisterAccess(Mapper mapper, DeviceBus bus, Recorder recorder) {
        this.mapper = mapper;
        this.bus = bus;
        this.recorder = recorder;
    }

    /** A translated, permitted access: the physical address and the device window serving it. */
    private record Target(long physicalAddress, DeviceWindow window) {
    }

    int read(String process, long reg, int widthBits) {
        Call call = recorder.begin(process, "IoReadMmReg" + widthBits, "reg=" + Hex.addr(reg));
        Target t = resolve(call, reg, widthBits, false);
        int value = bus.read(t.window(), t.physicalAddress(), widthBits);
        call.endPlain(Hex.word(value, widthBits), OptionalLong.of(t.physicalAddress()), t.window().name(),
                Timing.REGISTER_ACCESS_NANOS);
        return value;
    }

    void write(String process, long reg, int widthBits, int data) {
        int value = DeviceBus.mask(data, widthBits);
        Call call = recorder.begin(process, "IoWriteMmReg" + widthBits, "reg=" + Hex.addr(reg) + ", data="
                + Hex.word(value, widthBits));
        Target t = resolve(call, reg, widthBits, true);
        bus.write(t.window(), t.physicalAddress(), widthBits, value);
        call.endPlain("done", OptionalLong.of(t.physicalAddress()), t.window().name(), Timing.REGISTER_ACCESS_NANOS);
    }

    int[] readBuffer(String process, long reg, int widthBits, int count) {
        Call call = recorder.begin(process, "IoReadMmBuffer" + widthBits, "reg=" + Hex.addr(reg) + ", cnt=" + count);
        int[] values = new int[count];
        if (count == 0) {
            call.endPlain("0 values", OptionalLong.empty(), "", 0);
            return values;
        }
        Target t = resolve(call, reg, widthBits, false);
        for (int i = 0; i < count; i++) {
            values[i] = bus.read(t.window(), t.physicalAddress(), widthBits);
            recorder.elapse(Timing.REGISTER_ACCESS_NANOS);
        }
        call.endPlain(count + " values " + show(values, widthBits), OptionalLong.of(t.physicalAddress()),
                t.window().name(), 0);
        return values;
    }

    void writeBuffer(String process, long reg, int widthBits, int[] data) {
        int[] values = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            values[i] = DeviceBus.mask(data[i], widthBits);
        }
        Call call = recorder.begin(process, "IoWriteMmBuffer" + widthBits, "reg=" + Hex.addr(reg) + ", cnt="
                + values.length + ", buf=" + show(values, widthBits));
        if (values.length == 0) {
            call.endPlain("done", OptionalLong.empty(), "", 0);
            return;
        }
        Target t = resolve(call, reg, widthBits, true);
        for (int value : values) {
            bus.write(t.window(), t.physicalAddress(), widthBits, value);
            recorder.elapse(Timing.REGISTER_ACCESS_NANOS);
        }
        call.endPlain("done", OptionalLong.of(t.physicalAddress()), t.window().name(), 0);
    }

    private Target resolve(Call call, long reg, int widthBits, boolean write) {
        Optional<MappingEntry> found = mapper.translate(call.actor(), reg);
        if (found.isEmpty()) {
            throw call.fault(FaultCause.UNMAPPED, reg, OptionalLong.empty(), "", widthBits, write,
                    Mapper.accessRange(reg, widthBits), Timing.REGISTER_ACCESS_NANOS);
        }
        MappingEntry m = found.get();
        long pa = m.physical().base() + (reg - m.virtualAddress());
        OptionalLong at = OptionalLong.of(pa);
        Optional<DeviceWindow> window = bus.windowAt(pa);
        String device = window.map(DeviceWindow::name).orElse("");
        FaultCause cause = null;
        if (!m.live()) {
            cause = FaultCause.FREED;
        } else if ((reg & (widthBits / 8 - 1)) != 0) {
            cause = FaultCause.MISALIGNED;
        } else if (write && (m.prot() & VMM_FLAG_WRITE) == 0) {
            cause = FaultCause.WRITE_NOT_PERMITTED;
        } else if (!write && (m.prot() & VMM_FLAG_READ) == 0) {
            cause = FaultCause.READ_NOT_PERMITTED;
        } else if (window.isEmpty()) {
            cause = FaultCause.BUS_ERROR;
        }
        if (cause != null) {
            throw call.fault(cause, reg, at, device, widthBits, write, Mapper.accessRange(pa, widthBits),
                    Timing.REGISTER_ACCESS_NANOS);
        }
        return new Target(pa, window.get());
    }

    private static String show(int[] values, int widthBits) {
        StringJoiner j = new StringJoiner(", ", "[", values.length > SHOWN_VALUES ? ", ...]" : "]");
        for (int i = 0; i < Math.min(values.length, SHOWN_VALUES); i++) {
            j.add(Hex.word(values[i], widthBits));
        }
        return j.toString();
    }
}
