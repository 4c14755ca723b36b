package org.mmioworkbench.core.tests.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;

import java.util.List;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.devices.DeviceCatalog;
import org.mmioworkbench.core.svd.ModifiedWriteValues;
import org.mmioworkbench.core.svd.ReadAction;
import org.mmioworkbench.core.svd.SvdAccess;
import org.mmioworkbench.core.svd.SvdAddressBlock;
import org.mmioworkbench.core.svd.SvdField;
import org.mmioworkbench.core.svd.SvdPeripheral;
import org.mmioworkbench.core.svd.SvdRegister;

/**
 * A driver's view of one device: a simulator, a process, the device's page registered and mapped
 * uncached; plus builders for register descriptions made in code.
 */
final class Rig {
    static final long DEV = 0x1000_0000L;
    static final long PAGE = 0x1000;

    final Simulator sim;
    final MmioApi api;
    final long base;

    /** Maps a page of a simulator's board into process {@code driver}. */
    Rig(Simulator sim, long physical) {
        this.sim = sim;
        this.api = sim.process("driver").api();
        var reg = api.knRegisterPhyMem(physical, PAGE, MMIO_K_SHARED);
        assertEquals(Retcode.rcOk, reg.rc());
        MapResult map = api.knIoMapMem(reg.rid(), VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
        assertEquals(Retcode.rcOk, map.rc());
        this.base = map.address();
    }

    /** A board with one generic SVD device {@code DEV} at 0x10000000, mapped. */
    static Rig of(SvdPeripheral peripheral) {
        return new Rig(new Simulator(Board.builder("svd-test").device("DEV", DEV, PAGE, false,
                DeviceCatalog.fromSvd(peripheral)).build()), DEV);
    }

    int r32(long offset) {
        return api.ioReadMmReg32(base + offset);
    }

    int r16(long offset) {
        return api.ioReadMmReg16(base + offset);
    }

    int r8(long offset) {
        return api.ioReadMmReg8(base + offset);
    }

    void w32(long offset, int value) {
        api.ioWriteMmReg32(base + offset, value);
    }

    void w16(long offset, int value) {
        api.ioWriteMmReg16(base + offset, value);
    }

    void w8(long offset, int value) {
        api.ioWriteMmReg8(base + offset, value);
    }

    TraceEvent last() {
        return sim.traceSince(sim.traceLength() - 1).get(0);
    }

    List<Diagnostic> diagnostics(DiagnosticKind kind) {
        return sim.diagnostics().stream().filter(d -> d.kind() == kind).toList();
    }

    // ----- register descriptions in code ---------------------------------------------------------

    static SvdField field(String name, int lsb, int width, SvdAccess access) {
        return field(name, lsb, width, access, ModifiedWriteValues.MODIFY, null);
    }

    static SvdField field(String name, int lsb, int width, SvdAccess access, ModifiedWriteValues writes,
            ReadAction read) {
        return new SvdField(name, "", lsb, width, access, writes, read, List.of());
    }

    static SvdRegister register(String name, long offset, int size, SvdAccess access, long reset, SvdField... fields) {
        return register(name, offset, size, access, reset, ModifiedWriteValues.MODIFY, null, fields);
    }

    static SvdRegister register(String name, long offset, int size, SvdAccess access, long reset,
            ModifiedWriteValues writes, ReadAction read, SvdField... fields) {
        long sizeMask = size == 64 ? -1L : (1L << size) - 1;
        return new SvdRegister(List.of(), name, "", offset, size, access, reset, sizeMask, writes, read,
                List.of(fields));
    }

    static SvdPeripheral peripheral(SvdRegister... registers) {
        return new SvdPeripheral("DEV", "", "", DEV, "", List.of(new SvdAddressBlock(0, PAGE, "registers")),
                List.of(), List.of(registers));
    }
}
