package org.mmioworkbench.core.tests.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.svd.ModifiedWriteValues.CLEAR;
import static org.mmioworkbench.core.svd.ModifiedWriteValues.MODIFY;
import static org.mmioworkbench.core.svd.ModifiedWriteValues.ONE_TO_CLEAR;
import static org.mmioworkbench.core.svd.ModifiedWriteValues.ONE_TO_SET;
import static org.mmioworkbench.core.svd.ModifiedWriteValues.ONE_TO_TOGGLE;
import static org.mmioworkbench.core.svd.ModifiedWriteValues.SET;
import static org.mmioworkbench.core.svd.ModifiedWriteValues.ZERO_TO_CLEAR;
import static org.mmioworkbench.core.svd.ModifiedWriteValues.ZERO_TO_SET;
import static org.mmioworkbench.core.svd.ModifiedWriteValues.ZERO_TO_TOGGLE;
import static org.mmioworkbench.core.svd.SvdAccess.READ_ONLY;
import static org.mmioworkbench.core.svd.SvdAccess.READ_WRITE;
import static org.mmioworkbench.core.svd.SvdAccess.READ_WRITE_ONCE;
import static org.mmioworkbench.core.svd.SvdAccess.WRITE_ONCE;
import static org.mmioworkbench.core.svd.SvdAccess.WRITE_ONLY;
import static org.mmioworkbench.core.tests.devices.Rig.field;
import static org.mmioworkbench.core.tests.devices.Rig.peripheral;
import static org.mmioworkbench.core.tests.devices.Rig.register;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.DeviceContext;
import org.mmioworkbench.core.Diagnostic;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.Snapshot;
import org.mmioworkbench.core.StandaloneContext;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.devices.DeviceBehavior;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.devices.RegisterFile;
import org.mmioworkbench.core.devices.SvdRegisterDevice;
import org.mmioworkbench.core.svd.ModifiedWriteValues;
import org.mmioworkbench.core.svd.ReadAction;

/** The generic register semantics of {@link RegisterFile}, one test per rule, driven through the MMIO API. */
class RegisterSemanticsTest {

    /** One 32-bit register REG at 0 with the given write semantics and reset value, no fields. */
    private static Rig single(ModifiedWriteValues writes, long reset) {
        return Rig.of(peripheral(register("REG", 0, 32, READ_WRITE, reset, writes, null)));
    }

    private static long held(Rig rig, String name) {
        RegisterFile f = rig.sim.device("DEV", SvdRegisterDevice.class).orElseThrow().registers();
        return f.get(f.register(name));
    }

    // ----- reset and access types ----------------------------------------------------------------

    @Test
    void resetValueIsTheResetValueMaskedByTheResetMask() {
        var r = new org.mmioworkbench.core.svd.SvdRegister(List.of(), "REG", "", 0, 32, READ_WRITE, 0x1234_5678L,
                0x0000_FFFFL, MODIFY, null, List.of());
        Rig rig = Rig.of(peripheral(r));
        assertEquals(0x5678, rig.r32(0));
    }

    @Test
    void readWriteRegisterKeepsWhatIsWritten() {
        Rig rig = single(MODIFY, 0);
        rig.w32(0, 0xCAFE_F00D);
        assertEquals(0xCAFE_F00D, rig.r32(0));
        assertTrue(rig.sim.diagnostics().isEmpty());
    }

    @Test
    void writeToReadOnlyRegisterIsIgnoredAndDiagnosed() {
        Rig rig = Rig.of(peripheral(register("STATUS", 0, 32, READ_ONLY, 0x90,
                field("TXFE", 7, 1, READ_ONLY), field("RXFE", 4, 1, READ_ONLY))));
        rig.w32(0, 0x12);
        assertEquals(0x90, rig.r32(0));
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.WRITE_TO_READ_ONLY);
        assertEquals(1, d.size());
        String m = d.get(0).message();
        assertTrue(m.contains("'driver'") && m.contains("DEV.STATUS") && m.contains("read-only"), m);
        assertTrue(m.contains("RXFE") && m.contains("TXFE"), m);
        assertEquals(List.of("driver"), d.get(0).actors());
        assertEquals(Rig.DEV, d.get(0).range().base());
    }

    @Test
    void readOfWriteOnlyRegisterReturnsZeroAndIsDiagnosed() {
        Rig rig = Rig.of(peripheral(register("ICR", 0, 32, WRITE_ONLY, 0, field("TXIC", 5, 1, WRITE_ONLY))));
        rig.w32(0, 0x20);
        assertEquals(0, rig.r32(0));
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.READ_OF_WRITE_ONLY);
        assertEquals(1, d.size());
        String m = d.get(0).message();
        assertTrue(m.contains("'driver'") && m.contains("DEV.ICR") && m.contains("TXIC") && m.contains("returns 0"), m);
        assertEquals(0x20, held(rig, "ICR"), "the device still holds what was written");
    }

    @Test
    void writeOnlyFieldReadsAsZeroWithoutDiagnosticWhenTheReadAlsoReturnsReadableBits() {
        Rig rig = Rig.of(peripheral(register("CTRL", 0, 32, READ_WRITE, 0, field("EN", 0, 1, READ_WRITE),
                field("KICK", 1, 1, WRITE_ONLY))));
        rig.w32(0, 0x3);
        assertEquals(0x1, rig.r32(0));
        assertTrue(rig.sim.diagnostics().isEmpty());
    }

    @Test
    void writeToReadOnlyFieldKeepsItsValueAndIsDiagnosedOnlyWhenTheWriteWouldChangeIt() {
        Rig rig = Rig.of(peripheral(register("CTRL", 0, 32, READ_WRITE, 0x80, field("EN", 0, 1, READ_WRITE),
                field("READY", 7, 1, READ_ONLY))));
        rig.w32(0, rig.r32(0) | 1); // read-modify-write keeps READY as read: no mistake
        assertEquals(0x81, rig.r32(0));
        assertTrue(rig.sim.diagnostics().isEmpty());
        rig.w32(0, 0x00);
        assertEquals(0x80, rig.r32(0), "EN cleared, READY kept");
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.WRITE_TO_READ_ONLY);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().contains("read-only field(s) READY") && d.get(0).message().contains("DEV.CTRL"),
                d.get(0).message());
    }

    @Test
    void writeOnceRegisterTakesOnlyTheFirstWriteAfterReset() {
        Rig rig = Rig.of(peripheral(register("KEY", 0, 32, WRITE_ONCE, 0)));
        rig.w32(0, 0xA5);
        rig.w32(0, 0x5A);
        assertEquals(0xA5, held(rig, "KEY"));
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.WRITE_ONCE_REPEATED);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().contains("'driver'") && d.get(0).message().contains("DEV.KEY")
                && d.get(0).message().contains("only the first write"), d.get(0).message());
        rig.w32(0, 0xA5);
        assertEquals(2, rig.diagnostics(DiagnosticKind.WRITE_ONCE_REPEATED).size(), "every later write, whatever value");
    }

    @Test
    void readWriteOnceFieldIsReadableAndTakesOnlyItsFirstWriteWhileOtherFieldsStayWritable() {
        Rig rig = Rig.of(peripheral(register("CFG", 0, 32, READ_WRITE, 0, field("MODE", 0, 4, READ_WRITE_ONCE),
                field("GAIN", 8, 4, READ_WRITE))));
        rig.w32(0, 0x305);
        rig.w32(0, 0x70A);
        assertEquals(0x705, rig.r32(0), "MODE kept 5, GAIN took 7");
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.WRITE_ONCE_REPEATED);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().contains("MODE"), d.get(0).message());
    }

    @Test
    void resetMakesWriteOnceBitsWritableAgain() {
        RegisterFile f = new RegisterFile(DeviceContext.standalone("DEV"),
                peripheral(register("KEY", 0, 32, READ_WRITE_ONCE, 0)), DeviceBehavior.NONE);
        f.write(0, 32, 1);
        f.write(0, 32, 2);
        assertEquals(1, f.read(0, 32));
        f.reset();
        f.write(0, 32, 3);
        assertEquals(3, f.read(0, 32));
    }

    // ----- modifiedWriteValues, one rule each ----------------------------------------------------

    @Test
    void oneToClearClearsTheBitsWrittenAsOne() {
        Rig rig = single(ONE_TO_CLEAR, 0xFF);
        rig.w32(0, 0x0F);
        assertEquals(0xF0, rig.r32(0));
    }

    @Test
    void oneToSetSetsTheBitsWrittenAsOne() {
        Rig rig = single(ONE_TO_SET, 0);
        rig.w32(0, 0x05);
        rig.w32(0, 0x02);
        assertEquals(0x07, rig.r32(0));
    }

    @Test
    void oneToToggleTogglesTheBitsWrittenAsOne() {
        Rig rig = single(ONE_TO_TOGGLE, 0x0F);
        rig.w32(0, 0x03);
        assertEquals(0x0C, rig.r32(0));
    }

    @Test
    void zeroToClearClearsTheBitsWrittenAsZero() {
        Rig rig = single(ZERO_TO_CLEAR, 0xFF);
        rig.w32(0, 0xFFFF_FFF0);
        assertEquals(0xF0, rig.r32(0));
    }

    @Test
    void zeroToSetSetsTheBitsWrittenAsZero() {
        Rig rig = single(ZERO_TO_SET, 0);
        rig.w32(0, 0xFFFF_FFF0);
        assertEquals(0x0F, rig.r32(0));
    }

    @Test
    void zeroToToggleTogglesTheBitsWrittenAsZero() {
        Rig rig = single(ZERO_TO_TOGGLE, 0x0F);
        rig.w32(0, 0xFFFF_FFFC);
        assertEquals(0x0C, rig.r32(0));
    }

    @Test
    void clearClearsTheFieldWhateverIsWritten() {
        Rig rig = Rig.of(peripheral(register("REG", 0, 32, READ_WRITE, 0xF0F,
                field("ERR", 0, 4, READ_WRITE, CLEAR, null), field("DATA", 8, 4, READ_WRITE))));
        rig.w32(0, 0x50F);
        assertEquals(0x500, rig.r32(0));
    }

    @Test
    void setSetsTheFieldToAllOnesWhateverIsWritten() {
        Rig rig = Rig.of(peripheral(register("REG", 0, 32, READ_WRITE, 0,
                field("ARM", 0, 4, READ_WRITE, SET, null), field("DATA", 8, 4, READ_WRITE))));
        rig.w32(0, 0x300);
        assertEquals(0x30F, rig.r32(0));
    }

    @Test
    void modifyStoresTheValueWritten() {
        Rig rig = single(MODIFY, 0xFFFF);
        rig.w32(0, 0x1234);
        assertEquals(0x1234, rig.r32(0));
    }

    @Test
    void eachFieldFollowsItsOwnModifiedWriteValues() {
        Rig rig = Rig.of(peripheral(register("IRQ", 0, 32, READ_WRITE, 0x11,
                field("PEND", 0, 1, READ_WRITE, ONE_TO_CLEAR, null), field("MASK", 4, 1, READ_WRITE, ONE_TO_SET, null),
                field("SEL", 8, 2, READ_WRITE))));
        rig.w32(0, 0x201);
        assertEquals(0x210, rig.r32(0), "PEND cleared, MASK still set, SEL written");
    }

    @Test
    void bitsOutsideFieldsFollowTheRegistersModifiedWriteValues() {
        Rig rig = Rig.of(peripheral(register("REG", 0, 32, READ_WRITE, 0xF0, ONE_TO_CLEAR, null,
                field("VAL", 0, 4, READ_WRITE))));
        rig.w32(0, 0x3F);
        assertEquals(0xCF, rig.r32(0), "VAL stored as written, bits 4-5 cleared by the register's oneToClear");
    }

    // ----- readAction ----------------------------------------------------------------------------

    @Test
    void readActionClearClearsTheFieldAfterItIsRead() {
        Rig rig = Rig.of(peripheral(register("EVT", 0, 32, READ_WRITE, 0x13,
                field("FLAGS", 0, 2, READ_ONLY, MODIFY, ReadAction.CLEAR), field("KEEP", 4, 1, READ_WRITE))));
        assertEquals(0x13, rig.r32(0));
        TraceEvent read = rig.last();
        assertEquals(List.of(new FieldChange("FLAGS", 3, 0, "")), read.changedFields());
        assertTrue(read.toString().endsWith("DEV.EVT -> 0x13 (then FLAGS=0)"), read.toString());
        assertEquals(0x10, rig.r32(0));
    }

    @Test
    void readActionSetSetsTheFieldAfterItIsRead() {
        Rig rig = Rig.of(peripheral(register("SEM", 0, 32, READ_WRITE, 0, field("TAKEN", 0, 1, READ_WRITE, MODIFY,
                ReadAction.SET))));
        assertEquals(0, rig.r32(0), "the first reader gets the semaphore");
        assertEquals(1, rig.r32(0));
    }

    @Test
    void readActionModifyIsLeftToTheDeviceBehaviour() {
        Rig rig = Rig.of(peripheral(register("FIFO", 0, 32, READ_ONLY, 0x42, field("DATA", 0, 8, READ_ONLY, MODIFY,
                ReadAction.MODIFY))));
        assertEquals(0x42, rig.r32(0));
        assertEquals(0x42, rig.r32(0));
    }

    @Test
    void registerReadActionAppliesToBitsOutsideFields() {
        Rig rig = Rig.of(peripheral(register("ST", 0, 32, READ_ONLY, 0xF1, MODIFY, ReadAction.CLEAR,
                field("KEEP", 0, 1, READ_ONLY, MODIFY, null))));
        assertEquals(0xF1, rig.r32(0));
        assertEquals(0x01, rig.r32(0));
    }

    @Test
    void peekHasNoSideEffectsAndShowsWhatAReadWouldReturn() {
        Rig rig = Rig.of(peripheral(register("EVT", 0, 32, READ_ONLY, 0x3, MODIFY, ReadAction.CLEAR),
                register("WO", 4, 32, WRITE_ONLY, 0x55)));
        assertEquals(OptionalInt.of(3), rig.sim.peek(Rig.DEV, 32));
        assertEquals(OptionalInt.of(3), rig.sim.peek(Rig.DEV, 32));
        assertEquals(OptionalInt.of(0), rig.sim.peek(Rig.DEV + 4, 32));
        assertTrue(rig.sim.diagnostics().isEmpty());
        assertEquals(3, rig.r32(0));
    }

    // ----- access width versus register size -----------------------------------------------------

    @Test
    void eightAndSixteenBitReadsOfA32BitRegisterReadItsByteLanesLittleEndian() {
        Rig rig = single(MODIFY, 0x1122_3344);
        assertEquals(0x44, rig.r8(0));
        assertEquals(0x33, rig.r8(1));
        assertEquals(0x11, rig.r8(3));
        assertEquals(0x3344, rig.r16(0));
        assertEquals(0x1122, rig.r16(2));
        assertEquals("DEV.REG", rig.last().register());
    }

    @Test
    void narrowWriteMergesIntoItsByteLane() {
        Rig rig = single(MODIFY, 0x1122_3344);
        rig.w8(1, 0xAB);
        assertEquals(0x1122_AB44, rig.r32(0));
        rig.w16(2, 0xBEEF);
        assertEquals(0xBEEF_AB44, rig.r32(0));
    }

    @Test
    void narrowWriteLeavesOneToClearBitsOutsideItsLane() {
        Rig rig = single(ONE_TO_CLEAR, 0xFFFF_FFFFL);
        rig.w8(1, 0xFF);
        assertEquals(0xFFFF_00FF, rig.r32(0));
    }

    @Test
    void narrowWriteOfZeroToAZeroToClearRegisterClearsOnlyItsLane() {
        Rig rig = single(ZERO_TO_CLEAR, 0xFFFF_FFFFL);
        rig.w8(2, 0x00);
        assertEquals(0xFF00_FFFF, rig.r32(0));
    }

    @Test
    void narrowWriteToAClearFieldClearsOnlyItsBitsInsideTheLane() {
        Rig rig = Rig.of(peripheral(register("REG", 0, 32, READ_WRITE, 0xFF0, field("ERR", 4, 8, READ_WRITE, CLEAR,
                null))));
        rig.w8(0, 0);
        assertEquals(0xF00, rig.r32(0));
    }

    @Test
    void narrowReadClearsOnlyTheBytesItReads() {
        Rig rig = Rig.of(peripheral(register("REG", 0, 32, READ_ONLY, 0xFFFF, MODIFY, ReadAction.CLEAR)));
        assertEquals(0xFF, rig.r8(1));
        assertEquals(0x00FF, rig.r32(0), "byte 1 was cleared by the 8-bit read, byte 0 not");
        assertEquals(0, rig.r32(0));
    }

    @Test
    void narrowWriteUsesUpWriteOnceBitsOnlyInTheBytesWritten() {
        Rig rig = Rig.of(peripheral(register("KEY", 0, 32, READ_WRITE_ONCE, 0)));
        rig.w8(0, 0x11);
        rig.w8(1, 0x22);
        rig.w32(0, 0x4433_FFFF);
        assertEquals(0x4433_2211, rig.r32(0));
        assertEquals(1, rig.diagnostics(DiagnosticKind.WRITE_ONCE_REPEATED).size());
    }

    @Test
    void wideReadIsSplitIntoTheRegistersItCoversInLittleEndianOrder() {
        Rig rig = Rig.of(peripheral(register("A", 0, 8, READ_WRITE, 0x11), register("B", 1, 8, READ_WRITE, 0x22),
                register("C", 2, 8, READ_WRITE, 0x33), register("D", 3, 8, READ_WRITE, 0x44)));
        assertEquals(0x4433_2211, rig.r32(0));
        assertEquals("DEV.A, DEV.B, DEV.C, DEV.D", rig.last().register());
        assertEquals(0x4433, rig.r16(2));
        assertTrue(rig.sim.diagnostics().isEmpty());
    }

    @Test
    void wideWriteIsSplitIntoTheRegistersItCoversEachWithItsOwnSemantics() {
        Rig rig = Rig.of(peripheral(register("A", 0, 8, READ_WRITE, 0), register("B", 1, 8, READ_ONLY, 0x5A),
                register("C", 2, 16, READ_WRITE, 0xFFFF, ONE_TO_CLEAR, null, field("BITS", 0, 16, READ_WRITE,
                        ONE_TO_CLEAR, null))));
        rig.w32(0, 0x00F0_77AA);
        assertEquals(0xFF0F_5AAA, rig.r32(0));
        TraceEvent write = rig.sim.traceSince(rig.sim.traceLength() - 2).get(0);
        assertEquals("DEV.A, DEV.B, DEV.C", write.register());
        assertEquals(List.of(new FieldChange("BITS", 0xFFFF, 0xFF0F, "")), write.changedFields());
        assertEquals(1, rig.diagnostics(DiagnosticKind.WRITE_TO_READ_ONLY).size(), "B is read-only");
    }

    @Test
    void wideAccessBytesWithNoRegisterReadZeroTakeNoWriteAndAreDiagnosed() {
        Rig rig = Rig.of(peripheral(register("LO", 0, 16, READ_WRITE, 0x1234)));
        assertEquals(0x1234, rig.r32(0));
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.NO_REGISTER);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().contains("2 byte(s) with no register") && d.get(0).message().contains("DEV+0x2"),
                d.get(0).message());
        rig.w32(0, 0xFFFF_5678);
        assertEquals(0x5678, rig.r32(0));
        assertEquals(3, rig.diagnostics(DiagnosticKind.NO_REGISTER).size());
    }

    @Test
    void accessToAnOffsetWithNoRegisterReadsZeroIgnoresWritesAndIsDiagnosed() {
        Rig rig = Rig.of(peripheral(register("REG", 0, 32, READ_WRITE, 0)));
        rig.w32(0x40, 0x1234);
        assertEquals(0, rig.r32(0x40));
        List<Diagnostic> d = rig.diagnostics(DiagnosticKind.NO_REGISTER);
        assertEquals(2, d.size());
        assertTrue(d.get(0).message().contains("'driver'") && d.get(0).message().contains("DEV+0x40")
                && d.get(0).message().contains("no register") && d.get(0).message().contains("write is ignored"),
                d.get(0).message());
        assertTrue(d.get(1).message().contains("read returns 0"), d.get(1).message());
        assertEquals("", rig.last().register());
        assertTrue(rig.last().toString().contains("DEV+0x40 -> 0x0"), rig.last().toString());
    }

    // ----- trace, behaviour and snapshots --------------------------------------------------------

    @Test
    void traceNamesTheRegisterAndDecodesTheFieldsAWriteChanged() {
        Rig rig = Rig.of(peripheral(register("CTRL", 0x30, 32, READ_WRITE, 0x300, field("EN", 0, 1, READ_WRITE),
                field("TXE", 8, 1, READ_WRITE), field("RXE", 9, 1, READ_WRITE))));
        rig.w32(0x30, 0);
        rig.w32(0x30, 0x301);
        TraceEvent e = rig.last();
        assertEquals("DEV.CTRL", e.register());
        assertEquals(List.of(new FieldChange("EN", 0, 1, ""), new FieldChange("TXE", 0, 1, ""),
                new FieldChange("RXE", 0, 1, "")), e.changedFields());
        assertTrue(e.toString().endsWith("driver IoWriteMmReg32 DEV.CTRL <- 0x301 (EN=1 TXE=1 RXE=1)"), e.toString());
        rig.w32(0x30, 0x301);
        assertTrue(rig.last().changedFields().isEmpty(), "nothing changed");
    }

    @Test
    void behaviourHooksRunAroundTheGenericSemantics() {
        StringBuilder log = new StringBuilder();
        DeviceBehavior behaviour = new DeviceBehavior() {
            @Override
            public void beforeRead(Register register, long laneMask) {
                log.append("<r:").append(register.name());
            }

            @Override
            public void afterRead(Register register, long value, long laneMask) {
                log.append(">r=").append(value);
            }

            @Override
            public boolean beforeWrite(Register register, long value, long laneMask) {
                log.append("<w=").append(value);
                return value != 99;
            }

            @Override
            public void afterWrite(Register register, long oldValue, long newValue, long value, long laneMask) {
                log.append(">w:").append(oldValue).append("->").append(newValue);
            }
        };
        StandaloneContext ctx = DeviceContext.standalone("DEV");
        RegisterFile f = new RegisterFile(ctx, peripheral(register("REG", 0, 32, READ_WRITE, 5)), behaviour);
        f.write(0, 32, 7);
        f.write(0, 32, 99);
        assertEquals(7, f.read(0, 32));
        assertEquals("<w=7>w:5->7<w=99<r:REG>r=7", log.toString());
    }

    @Test
    void snapshotRestoresRegisterValuesAndWriteOnceState() {
        Rig rig = Rig.of(peripheral(register("REG", 0, 32, READ_WRITE, 0), register("KEY", 4, 32, READ_WRITE_ONCE, 0)));
        rig.w32(0, 1);
        Snapshot s = rig.sim.snapshot();
        rig.w32(0, 2);
        rig.w32(4, 3);
        rig.sim.restore(s);
        assertEquals(1, rig.r32(0));
        rig.w32(4, 4);
        assertEquals(4, rig.r32(4), "the write-once field was still unused at the snapshot");
    }

    @Test
    void registerFileOfAStandaloneContextReportsDiagnosticsWithOffsets() {
        StandaloneContext ctx = DeviceContext.standalone("DEV");
        RegisterFile f = new RegisterFile(ctx, peripheral(register("RO", 8, 32, READ_ONLY, 0)), DeviceBehavior.NONE);
        f.write(8, 32, 1);
        assertEquals(1, ctx.diagnostics().size());
        assertEquals(8, ctx.diagnostics().get(0).range().base());
        assertEquals("DEV.RO", f.register("RO").qualifiedName());
    }
}
