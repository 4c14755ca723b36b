package org.mmioworkbench.core.tests.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.svd.SvdAccess.READ_ONLY;
import static org.mmioworkbench.core.svd.SvdAccess.READ_WRITE;
import static org.mmioworkbench.core.svd.SvdAccess.WRITE_ONCE;
import static org.mmioworkbench.core.svd.SvdAccess.WRITE_ONLY;
import static org.mmioworkbench.core.tests.devices.Rig.field;
import static org.mmioworkbench.core.tests.devices.Rig.peripheral;
import static org.mmioworkbench.core.tests.devices.Rig.register;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.DeviceContext;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.devices.DeviceBehavior;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.devices.RegisterFile;
import org.mmioworkbench.core.svd.SvdPeripheral;

/**
 * Register layouts a CMSIS-SVD file may describe: registers at odd offsets that accesses straddle, registers
 * mixing access types byte by byte, and the descriptions a device window cannot hold.
 */
class RegisterLayoutTest {

    /** A at 0 (8 bits), M at 1 (16 bits), W at 3 (32 bits), nothing at 7. */
    private static Rig oddlyPlaced() {
        return Rig.of(peripheral(register("A", 0, 8, READ_WRITE, 0x11), register("M", 1, 16, READ_WRITE, 0x3322),
                register("W", 3, 32, READ_WRITE, 0x7766_5544L)));
    }

    @Test
    void accessesStraddlingRegistersAtOddOffsetsReadEachRegistersBytesInLittleEndianOrder() {
        Rig rig = oddlyPlaced();
        assertEquals(0x4433_2211, rig.r32(0));
        assertEquals("DEV.A, DEV.M, DEV.W", rig.last().register());
        assertEquals(0x4433, rig.r16(2), "the upper byte of M, the lowest of W");
        assertEquals(0x33, rig.r8(2));
        assertEquals(0x66, rig.r8(5));
        assertEquals(0x77, rig.r8(6));
        assertEquals(0x0077_6655, rig.r32(4), "W's upper three bytes and one byte with no register");
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.NO_REGISTER);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().endsWith("made a 32-bit read at DEV+0x4 that covers 1 byte(s) with no register"
                + " (from DEV+0x7); they read as 0."), d.get(0).message());
        assertEquals(0x0077_6655, rig.sim.peek(Rig.DEV + 4, 32).orElseThrow());
        assertEquals(0x4433_2211, rig.sim.peek(Rig.DEV, 32).orElseThrow());
        assertEquals(0x4433, rig.sim.peek(Rig.DEV + 2, 16).orElseThrow());
    }

    @Test
    void writesStraddlingRegistersAtOddOffsetsChangeEachRegistersBytes() {
        Rig rig = oddlyPlaced();
        rig.w32(4, 0xDDCC_BBAA);
        assertEquals(0xCCBB_AA44L, held(rig, "W"));
        Diagnostic d = rig.diagnostics(DiagnosticKind.NO_REGISTER).get(0);
        assertTrue(d.message().endsWith("made a 32-bit write at DEV+0x4 that covers 1 byte(s) with no register"
                + " (from DEV+0x7); they take no write."), d.message());
        rig.w32(0, 0x0403_0201);
        assertEquals(0x01, rig.r8(0));
        assertEquals(0x0302, held(rig, "M"));
        assertEquals(0xCCBB_AA04L, held(rig, "W"));
        rig.w16(2, 0xF0E0);
        assertEquals(0xE002, held(rig, "M"));
        assertEquals(0xCCBB_AAF0L, held(rig, "W"));
    }

    private static long held(Rig rig, String name) {
        RegisterFile f = rig.sim.device("DEV", org.mmioworkbench.core.devices.SvdRegisterDevice.class).orElseThrow()
                .registers();
        return f.get(f.register(name));
    }

    @Test
    void readingOnlyTheWriteOnlyByteOfARegisterReturnsZeroAndNamesThoseBitsAndFields() {
        Rig rig = Rig.of(peripheral(register("MIX", 0, 32, READ_WRITE, 0, field("DATA", 0, 8, READ_WRITE),
                field("KEY", 8, 8, WRITE_ONLY))));
        rig.w32(0, 0xAB55);
        assertEquals(0, rig.r8(1));
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.READ_OF_WRITE_ONLY);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().endsWith("read bits 0xff00 of register DEV.MIX, which is write-only"
                + " (field(s) KEY); the read returns 0."), d.get(0).message());
        assertEquals(0x55, rig.r8(0));
        assertEquals(0x55, rig.r32(0));
        assertEquals(1, rig.diagnostics(DiagnosticKind.READ_OF_WRITE_ONLY).size());
    }

    @Test
    void writingOnlyTheReadOnlyByteOfARegisterIsIgnoredAndNamesThoseBitsAndFields() {
        Rig rig = Rig.of(peripheral(register("MIX", 0, 32, READ_WRITE, 0x1200, field("DATA", 0, 8, READ_WRITE),
                field("STATE", 8, 8, READ_ONLY))));
        rig.w8(1, 0x5A);
        assertEquals(0x1200, rig.r32(0));
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.WRITE_TO_READ_ONLY);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().endsWith("wrote 0x5a00 to bits 0xff00 of register DEV.MIX, which is read-only"
                + " (field(s) STATE); the write is ignored."), d.get(0).message());
    }

    @Test
    void aRepeatedWriteOnceSaysWhetherItLeavesAllTheWriteOnceBitsOrSomeUnchanged() {
        Rig rig = Rig.of(peripheral(register("LOCK", 0, 32, READ_WRITE, 0, field("LO", 0, 8, WRITE_ONCE),
                field("HI", 8, 8, WRITE_ONCE))));
        rig.w32(0, 0x0102);
        rig.w32(0, 0x0304);
        rig.w8(0, 0x05);
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.WRITE_ONCE_REPEATED);
        assertEquals(2, d.size());
        assertTrue(d.get(0).message().contains("wrote 0x304 to DEV.LOCK again: field(s) LO, HI take(s) only the first"
                + " write after reset, so this write leaves them unchanged."), d.get(0).message());
        assertTrue(d.get(1).message().contains("field(s) LO take(s) only the first write after reset, so this write"
                + " leaves those bits unchanged."), d.get(1).message());
    }

    // ----- what a window can hold ----------------------------------------------------------------

    @Test
    void registersOfWholeBytesUpTo64BitsCanBeSimulated() {
        for (int size : new int[] {8, 16, 24, 32, 64}) {
            assertEquals(Optional.empty(), RegisterFile.check(peripheral(register("R", 0, size, READ_WRITE, 0)),
                    0x1000), size + " bits");
        }
        for (int size : new int[] {1, 4, 12, 72}) {
            assertEquals(Optional.of("register R is " + size + " bits wide; the simulator supports registers of 8,"
                    + " 16, 24, 32, 40, 48, 56 or 64 bits"),
                    RegisterFile.check(peripheral(register("R", 0, size, READ_WRITE, 0)), 0x1000), size + " bits");
        }
    }

    @Test
    void aRegisterEndingExactlyAtTheEndOfTheWindowFitsOnePastItDoesNot() {
        assertEquals(Optional.empty(), RegisterFile.check(peripheral(register("R", 0xFFC, 32, READ_WRITE, 0)), 0x1000));
        assertEquals(Optional.of("register R at offset 0xFFE (4 bytes) does not fit in a window of 0x1000 bytes"),
                RegisterFile.check(peripheral(register("R", 0xFFE, 32, READ_WRITE, 0)), 0x1000));
        assertEquals(Optional.of("register R at offset 0xFFFFFFFFFFFFFFFE (4 bytes) does not fit in a window of"
                + " 0xFFFFFFFFFFFFFFFF bytes"),
                RegisterFile.check(peripheral(register("R", -2L, 32, READ_WRITE, 0)), -1L), "wraps past 2^64");
    }

    @Test
    void registersMustLieInTheFirstMibOfTheDevice() {
        long mib = 1 << 20;
        assertEquals(Optional.empty(), RegisterFile.check(peripheral(register("R", mib - 4, 32, READ_WRITE, 0)),
                2 * mib));
        assertEquals(Optional.of("register R at offset 0x100000 lies beyond the first 0x100000 bytes of the device,"
                + " the most the simulator maps registers in"),
                RegisterFile.check(peripheral(register("R", mib, 8, READ_WRITE, 0)), 2 * mib));
    }

    @Test
    void aRegisterFileListsItsRegistersFieldsAndValues() {
        SvdPeripheral p = peripheral(register("CTRL", 0, 32, READ_WRITE, 0x81, field("EN", 0, 1, READ_WRITE),
                field("MODE", 4, 4, READ_WRITE)), register("STAT", 4, 16, READ_ONLY, 0x5));
        RegisterFile f = new RegisterFile(DeviceContext.standalone("DEV"), p, DeviceBehavior.NONE);
        assertEquals(p, f.peripheral());
        assertEquals(List.of("DEV.CTRL", "DEV.STAT"), f.registers().stream().map(Register::qualifiedName).toList());
        Register ctrl = f.register("CTRL");
        assertEquals(List.of("EN", "MODE"), ctrl.fields().stream().map(Register.Field::name).toList());
        assertEquals(8, f.get(ctrl.field("MODE")));
        assertEquals(1, f.get(ctrl.field("EN")));
        assertThrows(IllegalArgumentException.class, () -> ctrl.field("NONE"));
        assertEquals("[DEV.CTRL=0x81, DEV.STAT=0x5]", f.toString());
    }

    @Test
    void theTraceShowsTheChangeOfAWideRegistersUpperHalfWrittenByA32BitOrBufferWrite() {
        Rig rig = Rig.of(peripheral(register("WIDE", 0, 64, READ_WRITE, 0x1122_3344_5566_7788L,
                field("LO", 0, 32, READ_WRITE), field("HI", 32, 32, READ_WRITE))));
        assertEquals(0x5566_7788, rig.r32(0));
        rig.w32(4, 0xAABB_CCDD);
        assertEquals(List.of(new FieldChange("HI", 0x1122_3344L, 0xAABB_CCDDL, "")), rig.last().changedFields());
        rig.w32(4, 0); // only the value before has upper bits
        assertEquals(List.of(new FieldChange("HI", 0xAABB_CCDDL, 0, "")), rig.last().changedFields());
        rig.w32(4, 5); // only the value after has
        assertEquals(List.of(new FieldChange("HI", 0, 5, "")), rig.last().changedFields());
        rig.api.ioWriteMmBuffer32(rig.base + 4, new int[] {0}, 1);
        assertEquals(List.of(new FieldChange("HI", 5, 0, "")), rig.last().changedFields());
        rig.api.ioWriteMmBuffer32(rig.base + 4, new int[] {0x0102_0304}, 1);
        assertEquals(List.of(new FieldChange("HI", 0, 0x0102_0304L, "")), rig.last().changedFields());
        rig.w32(0, 0x0506_0708);
        assertEquals(List.of(new FieldChange("LO", 0x5566_7788L, 0x0506_0708L, "")), rig.last().changedFields(),
                "the upper half is unchanged, so not listed");
    }
}
