package org.mmioworkbench.core.tests.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.svd.SvdAccess.READ_WRITE;
import static org.mmioworkbench.core.tests.devices.Rig.field;
import static org.mmioworkbench.core.tests.devices.Rig.peripheral;
import static org.mmioworkbench.core.tests.devices.Rig.register;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.FaultCause;
import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.svd.SvdEnumeratedValue;
import org.mmioworkbench.core.svd.SvdEnumeration;
import org.mmioworkbench.core.svd.SvdField;

/** How trace events name registers, decode fields and render. */
class TraceFormatTest {

    @Test
    void registerWriteShowsRegisterValueAndChangedFields() {
        Rig rig = new Rig(new Simulator(Board.qemuVirt()), Pl011Test.UART0);
        rig.w32(Pl011Test.CR, 0);
        rig.w32(Pl011Test.CR, 0x301);
        TraceEvent e = rig.last();
        assertTrue(e.isRegisterAccess());
        assertEquals("IoWriteMmReg32", e.operation());
        assertEquals("reg=" + AddressRange.hex(rig.base + 0x30) + ", data=0x00000301", e.arguments());
        assertEquals("done", e.result());
        assertEquals(List.of(new FieldChange("UARTEN", 0, 1, ""), new FieldChange("TXE", 0, 1, ""),
                new FieldChange("RXE", 0, 1, "")), e.changedFields());
        assertEquals("#" + e.seq() + " t=" + e.timeNanos() + "ns driver IoWriteMmReg32 UART0.UARTCR <- 0x301"
                + " (UARTEN=1 TXE=1 RXE=1)", e.toString());
    }

    @Test
    void enumeratedValuesNameMultiBitFields() {
        Rig rig = new Rig(new Simulator(Board.qemuVirt()), Pl011Test.UART0);
        rig.w32(Pl011Test.LCR_H, 0x40); // WLEN 7 bits, FIFOs off
        assertEquals(List.of(new FieldChange("FEN", 1, 0, "HOLDING"), new FieldChange("WLEN", 3, 2, "BITS7")),
                rig.last().changedFields());
        assertTrue(rig.last().toString().endsWith("UART0.UARTLCR_H <- 0x40 (FEN=0(HOLDING) WLEN=2(BITS7))"),
                rig.last().toString());
        SvdField f = new SvdField("MODE", "", 0, 4, READ_WRITE, null, null, List.of(new SvdEnumeration("", "read-write",
                List.of(new SvdEnumeratedValue("FAST", "", 12, 0, false)))));
        Rig svd = Rig.of(peripheral(register("CFG", 0, 32, READ_WRITE, 0, f)));
        svd.w32(0, 12);
        assertEquals("MODE=0xc(FAST)", svd.last().changedFields().get(0).toString());
    }

    @Test
    void readShowsTheValueReadAndNoChanges() {
        Rig rig = new Rig(new Simulator(Board.qemuVirt()), Pl011Test.UART0);
        rig.r32(Pl011Test.FR);
        TraceEvent e = rig.last();
        assertEquals("0x00000090", e.result());
        assertEquals(List.of(), e.changedFields());
        assertTrue(e.toString().endsWith("driver IoReadMmReg32 UART0.UARTFR -> 0x90"), e.toString());
    }

    @Test
    void accessToPlainMemoryShowsDeviceAndOffsetInsteadOfAnAddress() {
        Simulator sim = new Simulator(Board.builder("m").device("DEV_A", 0x1000_0000L, 0x1000).build());
        Rig rig = new Rig(sim, 0x1000_0000L);
        rig.w16(0x10, 0xAB);
        assertEquals("", rig.last().register());
        assertTrue(rig.last().toString().endsWith("driver IoWriteMmReg16 DEV_A+0x10 <- 0xab"), rig.last().toString());
    }

    @Test
    void bufferAccessShowsItsValues() {
        Rig rig = new Rig(new Simulator(Board.qemuVirt()), Pl011Test.UART0);
        rig.api.ioWriteMmBuffer8(rig.base, new byte[] {'h', 'i'}, 2);
        TraceEvent e = rig.last();
        assertEquals("UART0.UARTDR", e.register());
        assertTrue(e.toString().endsWith("IoWriteMmBuffer8 UART0.UARTDR <- [0x68, 0x69] (DATA=0x69)"), e.toString());
        assertEquals("reg=" + AddressRange.hex(rig.base) + ", cnt=2, buf=[0x68, 0x69]", e.arguments());
    }

    @Test
    void interruptEventsNameTheLineAndLevel() {
        Simulator sim = new Simulator(Board.qemuVirt());
        Rig rig = new Rig(sim, Pl061Test.GPIO);
        rig.w32(Pl061Test.IE, 1);
        rig.w32(Pl061Test.IEV, 1);
        sim.setInput("GPIO", 0, true);
        List<TraceEvent> t = sim.trace();
        TraceEvent set = t.get(t.size() - 2);
        TraceEvent irq = t.get(t.size() - 1);
        assertEquals("setInput", set.operation());
        assertEquals("device=GPIO, pin=0, level=1", set.arguments());
        assertEquals("IRQ", irq.operation());
        assertEquals("GPIO", irq.actor());
        assertEquals("GPIO", irq.arguments());
        assertEquals("raised", irq.result());
        assertEquals(set.timeNanos(), irq.timeNanos());
        assertEquals("#" + irq.seq() + " t=" + irq.timeNanos() + "ns IRQ GPIO raised", irq.toString());
        assertEquals("", irq.register());
    }

    @Test
    void faultAtARegistersAddressNamesTheRegister() {
        Rig rig = new Rig(new Simulator(Board.qemuVirt()), Pl011Test.UART0);
        assertThrows(MmioFault.class, () -> rig.api.ioReadMmReg32(rig.base + Pl011Test.FR + 2));
        TraceEvent e = rig.last();
        assertEquals(FaultCause.MISALIGNED, e.fault());
        assertEquals("UART0.UARTFR", e.register());
        assertTrue(e.toString().endsWith("@0x0900001a [UART0.UARTFR]"), e.toString());
        Rig gpio = new Rig(rig.sim, Pl061Test.GPIO);
        assertThrows(MmioFault.class, () -> gpio.api.ioReadMmReg16(gpio.base + 0x3FD));
        assertEquals("GPIO.GPIODATA", gpio.last().register());
        assertThrows(MmioFault.class, () -> gpio.api.ioReadMmReg32(gpio.base + 0x802));
        assertEquals("", gpio.last().register(), "no register there");
        assertTrue(gpio.last().toString().endsWith("[GPIO]"), gpio.last().toString());
    }

    @Test
    void kernelCallsKeepTheirFormat() {
        Simulator sim = new Simulator(Board.qemuVirt());
        sim.process("p").api().knRegisterPhyMem(Pl061Test.GPIO, 0x1000, 0);
        TraceEvent e = sim.traceSince(sim.traceLength() - 1).get(0);
        assertEquals("", e.register());
        assertTrue(e.toString().endsWith("p KnRegisterPhyMem(addr=0x09030000, size=0x1000, flags=0) -> rcOk rid=0x1"
                + " @0x09030000 [GPIO]"), e.toString());
    }

    @Test
    void eventsOfTwoEqualRunsAreEqualAndTheTraceViewIsStable() {
        Simulator a = new Simulator(Board.qemuVirt());
        Simulator b = new Simulator(Board.qemuVirt());
        for (Simulator s : List.of(a, b)) {
            Rig rig = new Rig(s, Pl011Test.UART0);
            rig.w32(Pl011Test.DR, 'x');
            rig.r32(Pl011Test.FR);
            s.advance(100_000);
        }
        assertEquals(a.trace(), b.trace());
        assertEquals(a.trace().hashCode(), b.trace().hashCode());
        List<TraceEvent> view = a.trace();
        assertEquals(view.get(5), a.trace().get(5));
        assertEquals(view.get(5).toString(), a.trace().get(5).toString());
    }
}
