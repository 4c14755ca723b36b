package org.mmioworkbench.core.tests.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.DeviceCatalog;
import org.mmioworkbench.core.inspect.NumberFormats;
import org.mmioworkbench.core.inspect.Radix;
import org.mmioworkbench.core.inspect.RegisterBits;
import org.mmioworkbench.core.inspect.RegisterNode;
import org.mmioworkbench.core.inspect.RegisterTree;
import org.mmioworkbench.core.inspect.RegisterValues;
import org.mmioworkbench.core.inspect.RegisterWriter;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdReader;

/**
 * Number formats per row (a device's, cluster's, register's or field's own, inherited below it) and the bit view's
 * model: every bit with its field, and what a click on it does under the access rules.
 */
class NumberFormatsTest {
    private static final String SVD = """
            <device schemaVersion="1.3"><name>DEMO</name><addressUnitBits>8</addressUnitBits><width>32</width>
            <size>32</size><access>read-write</access><resetValue>0</resetValue><resetMask>0xFFFFFFFF</resetMask>
            <peripherals><peripheral><name>DEV</name><baseAddress>0x50000000</baseAddress>
            <addressBlock><offset>0</offset><size>0x100</size><usage>registers</usage></addressBlock>
            <registers>
              <register><name>CTRL</name><addressOffset>0</addressOffset><resetValue>0x0381</resetValue>
                <fields>
                  <field><name>EN</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>
                  <field><name>MODE</name><bitOffset>1</bitOffset><bitWidth>3</bitWidth></field>
                  <field><name>LEVEL</name><bitOffset>7</bitOffset><bitWidth>3</bitWidth></field>
                  <field><name>BUSY</name><bitOffset>12</bitOffset><bitWidth>1</bitWidth><access>read-only</access></field>
                  <field><name>PEND</name><bitOffset>13</bitOffset><bitWidth>1</bitWidth>
                    <modifiedWriteValues>oneToClear</modifiedWriteValues></field>
                  <field><name>KEY</name><bitOffset>16</bitOffset><bitWidth>8</bitWidth><access>write-only</access></field>
                </fields></register>
              <register><name>SHORT</name><addressOffset>4</addressOffset><size>16</size><resetValue>0xFFFE</resetValue>
                <fields><field><name>ALL</name><bitOffset>0</bitOffset><bitWidth>16</bitWidth></field></fields></register>
            </registers></peripheral></peripherals></device>
            """;

    private final SimulationSession session = new SimulationSession("formats", board());
    private final Simulator sim = session.simulator();
    private final RegisterTree tree = RegisterTree.of(sim);
    private final RegisterValues values = session.registerValues();

    private static Board board() {
        try {
            SvdDevice device = SvdReader.read(new ByteArrayInputStream(SVD.getBytes(StandardCharsets.UTF_8)), "demo.svd");
            return Board.builder("formats").device("DEV", 0x5000_0000L, 0x1000, false,
                    DeviceCatalog.fromSvd(device.peripheral("DEV").orElseThrow())).build();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private RegisterNode node(String key) {
        return tree.find(key).orElseThrow();
    }

    @Test
    void binaryShowsEveryBitInNibblesAndSignedIsTheTwosComplementOfTheWidth() {
        assertEquals("0b0000_0000_0000_0000_0000_0011_1000_0001", Radix.BIN.format(0x381, 32));
        assertEquals(32 + 7 + 2, Radix.BIN.format(0, 32).length(), "32 digits, 7 separators, 0b");
        assertEquals(64, Radix.BIN.format(-1L, 64).chars().filter(c -> c == '1').count(), "64-bit: no bit lost");
        assertEquals("0b101", Radix.BIN.format(5, 3));
        assertEquals("-1", Radix.SIGNED.format(0xF, 4));
        assertEquals("7", Radix.SIGNED.format(0x7, 4));
        assertEquals("-2", Radix.SIGNED.format(0xFFFE, 16));
        assertEquals("-2147483648", Radix.SIGNED.format(0x8000_0000L, 32));
        assertEquals("-1", Radix.SIGNED.format(-1L, 64));
        assertEquals("-1", Radix.SIGNED.format(1, 1), "a one-bit field set is -1");

        assertEquals(0xFFFE, Radix.SIGNED.parse("-2", 16));
        assertEquals(0x7F, Radix.SIGNED.parse("127", 8));
        assertEquals(0xFF, Radix.SIGNED.parse("0xFF", 8), "a prefix gives the bits themselves");
        assertEquals(0x381, Radix.BIN.parse(Radix.BIN.format(0x381, 32), 32), "a binary cell can be typed back");
        assertEquals("\"128\" does not fit in 8 bits signed (-128 to 127)",
                assertThrows(NumberFormatException.class, () -> Radix.SIGNED.parse("128", 8)).getMessage());
        assertEquals("\"-1\" is not a decimal number (digits 0-9; 0x for hex, 0b for binary)",
                assertThrows(NumberFormatException.class, () -> Radix.DEC.parse("-1", 8)).getMessage());
        assertEquals(Radix.SIGNED, Radix.of("signed"));
    }

    @Test
    void aRowsFormatAppliesToItsSubtreeUnlessARowBelowChoosesItsOwn() {
        NumberFormats formats = new NumberFormats();
        RegisterNode ctrl = node("DEV/CTRL");
        RegisterNode mode = node("DEV/CTRL/MODE");
        RegisterNode shortReg = node("DEV/SHORT");
        assertEquals(Radix.DEC, formats.of(mode, Radix.DEC), "without choices, the view's default");

        formats.set("DEV", Radix.BIN);
        assertEquals(Radix.BIN, formats.of(shortReg, Radix.HEX));
        assertEquals(Radix.BIN, formats.of(mode, Radix.HEX));
        formats.set("DEV/CTRL", Radix.SIGNED);
        assertEquals(Radix.SIGNED, formats.of(mode, Radix.HEX), "the nearest choice wins");
        assertEquals(Radix.BIN, formats.of(shortReg, Radix.HEX), "a sibling keeps the device's");
        assertEquals(Radix.BIN, formats.inherited(ctrl, Radix.HEX), "Default would give the parent's");

        assertEquals(Optional.of(Radix.SIGNED), formats.set("DEV/CTRL", null), "Default: the old choice returned");
        assertEquals(Radix.BIN, formats.of(mode, Radix.HEX));
        assertEquals(Optional.empty(), formats.own(ctrl));

        formats.set("DEV/CTRL/MODE", Radix.SIGNED);
        NumberFormats again = NumberFormats.decode(formats.encode() + "garbage\nDEV/X=octal\n");
        assertEquals(Map.of("DEV", Radix.BIN, "DEV/CTRL/MODE", Radix.SIGNED), again.chosen(),
                "what is remembered comes back; lines it cannot read are skipped");
        assertEquals("DEV=bin\nDEV/CTRL/MODE=signed\n", formats.encode());
        assertTrue(NumberFormats.decode(null).chosen().isEmpty());
    }

    @Test
    void theBitViewModelNamesEveryBitsFieldAndWhatAClickDoes() {
        RegisterNode.Reg ctrl = (RegisterNode.Reg) node("DEV/CTRL");
        RegisterBits bits = RegisterBits.of(ctrl, values);
        assertEquals(32, bits.bits().size());
        assertEquals(31, bits.bits().get(0).index(), "most significant first");
        assertTrue(bits.bit(0).set() && bits.bit(7).set() && bits.bit(8).set() && bits.bit(9).set());
        assertFalse(bits.bit(1).set());
        assertEquals("LEVEL", bits.bit(8).field().name());
        assertNull(bits.bit(5).field(), "bit 5 is in no field");
        assertEquals(List.of("", "KEY", "", "PEND", "BUSY", "", "LEVEL", "", "MODE", "EN"),
                bits.segments().stream().map(RegisterBits.Segment::name).toList());
        assertEquals(new RegisterBits.Segment(bits.bit(7).field(), 9, 7), bits.segments().get(6));

        assertEquals(RegisterBits.Action.TOGGLE, bits.bit(1).action());
        assertEquals(RegisterBits.Action.NONE, bits.bit(12).action(), "read-only BUSY");
        assertEquals(RegisterBits.Action.CLEAR, bits.bit(13).action(), "write-1-to-clear PEND");
        assertEquals(RegisterBits.Action.NONE, bits.bit(20).action(), "write-only KEY has no value to toggle");
        assertFalse(bits.bit(20).readable());
        assertTrue(bits.bit(12).why().contains("read-only"), bits.bit(12).why());
    }

    @Test
    void clickingABitWritesTheRegisterAndReadOnlyBitsRefuse() {
        RegisterNode.Reg ctrl = (RegisterNode.Reg) node("DEV/CTRL");
        RegisterWriter.Outcome on = RegisterWriter.toggleBit(values, ctrl, 2, Radix.HEX);
        assertEquals(RegisterWriter.Result.WRITTEN, on.result(), on.message());
        assertEquals(0x385, sim.peek(0x5000_0000L, 32).getAsInt(), "MODE bit 1 set, the rest kept");
        RegisterWriter.Outcome off = RegisterWriter.toggleBit(values, ctrl, 0, Radix.HEX);
        assertEquals(0x384, sim.peek(0x5000_0000L, 32).getAsInt(), off.message());

        RegisterWriter.Outcome outside = RegisterWriter.toggleBit(values, ctrl, 5, Radix.HEX);
        assertEquals(0x3A4, sim.peek(0x5000_0000L, 32).getAsInt(), outside.message());
        assertEquals("Wrote 1 to DEV.CTRL bit 5.", outside.message());

        long before = sim.peek(0x5000_0000L, 32).getAsInt();
        RegisterWriter.Outcome busy = RegisterWriter.toggleBit(values, ctrl, 12, Radix.HEX);
        assertEquals(RegisterWriter.Result.REFUSED, busy.result());
        assertEquals("DEV.CTRL bit 12 (BUSY) is read-only; nothing was written.", busy.message());
        assertEquals(before, sim.peek(0x5000_0000L, 32).getAsInt());
        long traced = sim.traceLength();
        assertEquals(RegisterWriter.Result.REFUSED, RegisterWriter.toggleBit(values, ctrl, 20, Radix.HEX).result());
        assertEquals(traced, sim.traceLength(), "a write-only bit is not written either");

        RegisterNode.Reg shortReg = (RegisterNode.Reg) node("DEV/SHORT");
        RegisterWriter.toggleBit(values, shortReg, 15, Radix.SIGNED);
        assertEquals("32766", Radix.SIGNED.format(values.read(shortReg), 16));
        assertThrows(IllegalArgumentException.class, () -> RegisterWriter.toggleBit(values, shortReg, 16, Radix.HEX));
    }
}
