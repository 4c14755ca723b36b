package org.mmioworkbench.core.tests.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.DeviceCatalog;
import org.mmioworkbench.core.inspect.HandleNodes;
import org.mmioworkbench.core.inspect.Radix;
import org.mmioworkbench.core.inspect.RegionRow;
import org.mmioworkbench.core.inspect.RegionRows;
import org.mmioworkbench.core.inspect.RegisterLine;
import org.mmioworkbench.core.inspect.RegisterNode;
import org.mmioworkbench.core.inspect.RegisterTree;
import org.mmioworkbench.core.inspect.RegisterValues;
import org.mmioworkbench.core.inspect.RegisterWriter;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdReader;

/**
 * The one inspection model behind the Register Editor (cell texts: {@link RegisterValues#text}) and the command
 * line's {@code info registers} ({@link RegisterLine}): both show the same values, write-only bits as such, a
 * read-to-clear register without clearing it, and what changed since the last stop the debugger began.
 */
class InspectionModelTest {
    private static final String SVD = """
            <device schemaVersion="1.3"><name>DEMO</name><addressUnitBits>8</addressUnitBits><width>32</width>
            <size>32</size><access>read-write</access><resetValue>0</resetValue><resetMask>0xFFFFFFFF</resetMask>
            <peripherals><peripheral><name>DEV</name><baseAddress>0x50000000</baseAddress>
            <addressBlock><offset>0</offset><size>0x100</size><usage>registers</usage></addressBlock>
            <registers>
              <register><name>CTRL</name><description>Control, with a write-only key</description>
                <addressOffset>0</addressOffset>
                <fields>
                  <field><name>EN</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>
                  <field><name>MODE</name><bitOffset>1</bitOffset><bitWidth>2</bitWidth>
                    <enumeratedValues><enumeratedValue><name>FAST</name><value>2</value></enumeratedValue>
                    </enumeratedValues></field>
                  <field><name>KEY</name><bitOffset>8</bitOffset><bitWidth>8</bitWidth><access>write-only</access></field>
                </fields></register>
              <register><name>STATUS</name><description>Status, cleared by a read</description>
                <addressOffset>4</addressOffset><readAction>clear</readAction>
                <fields><field><name>DONE</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>
                  <field><name>COUNT</name><bitOffset>4</bitOffset><bitWidth>8</bitWidth></field></fields></register>
              <register><name>CMD</name><description>Command, write-only</description>
                <addressOffset>8</addressOffset><access>write-only</access>
                <fields><field><name>OP</name><bitOffset>0</bitOffset><bitWidth>4</bitWidth></field></fields></register>
            </registers></peripheral></peripherals></device>
            """;

    private final SimulationSession session = new SimulationSession("inspect", board());
    private final Simulator sim = session.simulator();
    private final RegisterTree tree = RegisterTree.of(sim);
    private final RegisterValues values = session.registerValues();

    private static Board board() {
        try {
            SvdDevice device = SvdReader.read(new ByteArrayInputStream(SVD.getBytes(StandardCharsets.UTF_8)), "demo.svd");
            return Board.builder("inspect").device("DEV", 0x5000_0000L, 0x1000, false,
                    DeviceCatalog.fromSvd(device.peripheral("DEV").orElseThrow())).build();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private RegisterNode.Reg reg(String key) {
        return (RegisterNode.Reg) tree.find(key).orElseThrow();
    }

    /** The {@code NAME=value} parts of a terminal line, in order. */
    private static Map<String, String> fieldsOf(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : line.split(" +")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return fields;
    }

    /** Asserts that every field shows the same in the Register Editor's cell and the terminal's line. */
    private void assertAgree(RegisterNode.Reg reg) {
        Map<String, String> line = fieldsOf(RegisterLine.of(reg, values));
        assertEquals(reg.children().stream().map(RegisterNode::name).toList(), List.copyOf(line.keySet()));
        for (RegisterNode child : reg.children()) {
            RegisterNode.Field f = (RegisterNode.Field) child;
            String cell = values.text(f, Radix.HEX);
            String terminal = line.get(f.name());
            if (cell.equals(RegisterValues.WRITE_ONLY)) {
                assertEquals(RegisterValues.WRITE_ONLY, terminal, f.name());
            } else {
                long shown = Radix.HEX.parse(cell.replaceFirst(" \\(.*\\)$", ""), f.bits());
                String number = terminal.replaceFirst("\\(.*\\)$", "");
                long printed = number.startsWith("0x") ? Long.parseLong(number.substring(2), 16) : Long.parseLong(number);
                assertEquals(shown, printed, f.name() + ": cell " + cell + ", terminal " + terminal);
                assertEquals(cell.contains("("), terminal.contains("("), "both name the value of " + f.name());
            }
        }
    }

    @Test
    void writeOnlyBitsShowAsWriteOnlyInTheRegisterEditorAndTheTerminalNeverAsAValue() {
        sim.debugWrite("DEV", 0, 32, 0xAB05); // KEY=0xAB (write-only), MODE=FAST, EN=1
        sim.debugWrite("DEV", 8, 32, 0x7);
        values.advance();

        RegisterNode.Reg ctrl = reg("DEV/CTRL");
        assertEquals(0x5, values.value(ctrl), "what a driver's read returns: the key reads as 0");
        assertEquals("0x00000005", values.text(ctrl, Radix.HEX));
        assertEquals(RegisterValues.WRITE_ONLY, values.text((RegisterNode.Field) tree.find("DEV/CTRL/KEY").orElseThrow(),
                Radix.HEX));
        assertEquals("0x2 (FAST)", values.text((RegisterNode.Field) tree.find("DEV/CTRL/MODE").orElseThrow(), Radix.HEX));
        String line = RegisterLine.of(ctrl, values);
        assertEquals("DEV.CTRL                   0x00000005 EN=1 MODE=2(FAST) KEY=write-only", line);
        assertAgree(ctrl);

        RegisterNode.Reg cmd = reg("DEV/CMD");
        assertEquals(RegisterValues.WRITE_ONLY, values.text(cmd, Radix.HEX));
        assertEquals("DEV.CMD                    write-only OP=write-only", RegisterLine.of(cmd, values));
        assertAgree(cmd);
    }

    @Test
    void aReadToClearRegisterShowsTheSameValueEverywhereAndIsNotClearedByLooking() {
        sim.debugWrite("DEV", 4, 32, 0x31); // COUNT=3, DONE=1
        RegisterNode.Reg status = reg("DEV/STATUS");
        for (int stop = 0; stop < 3; stop++) {
            values.advance();
            assertEquals(0x31, values.value(status), "stop " + stop + ": peeking leaves it set");
            assertEquals("DEV.STATUS                 0x00000031 DONE=1 COUNT=3", RegisterLine.of(status, values));
            assertAgree(status);
        }
        assertEquals(0x31, sim.debugRead("DEV", 4, 32), "a debugger's read with side effects returns it...");
        values.advance();
        assertEquals(0, values.value(status), "...and clears it, which the next stop shows");
        assertTrue(values.changed(status));
        assertAgree(status);
    }

    @Test
    void whileADebuggerDrivesTheSessionOnlyItsSuspendsBeginAStop() {
        RegisterNode.Reg ctrl = reg("DEV/CTRL");
        RegisterNode.Field en = (RegisterNode.Field) tree.find("DEV/CTRL/EN").orElseThrow();
        values.setDebuggerDriven(true);
        values.value(ctrl);
        sim.debugWrite("DEV", 0, 32, 1); // a step changes EN
        values.advance(); // the debugger suspends
        assertTrue(values.changed(en), "the step's change is highlighted");
        assertFalse(values.refreshed(), "a view's refresh does not begin a stop while a debugger drives");
        assertTrue(values.changed(en), "so the highlight stays however often the views refresh");
        values.advance(); // a step that changed nothing
        assertFalse(values.changed(en), "a step that changed nothing clears the highlight");

        values.setDebuggerDriven(false);
        sim.debugWrite("DEV", 0, 32, 0);
        assertTrue(values.refreshed(), "without a debugger, a refresh after the simulation moved begins a stop");
        assertTrue(values.changed(en));
        assertFalse(values.refreshed(), "and one while it stands still does not");
        assertTrue(values.changed(en));
    }

    @Test
    void aFieldWriteSaysWhatHappenedAsAResultAndLeavesTheOtherFieldsAlone() {
        sim.debugWrite("DEV", 0, 32, 0x5); // MODE=FAST, EN=1
        values.advance();
        RegisterNode.Field mode = (RegisterNode.Field) tree.find("DEV/CTRL/MODE").orElseThrow();
        RegisterWriter.Outcome wrote = RegisterWriter.writeField(values, mode, 1, Radix.HEX);
        assertEquals(RegisterWriter.Result.WRITTEN, wrote.result());
        assertEquals(0x3, wrote.readBack(), "EN kept, MODE=1");
        assertEquals("Wrote 0x1 to DEV.CTRL.MODE.", wrote.message());

        RegisterNode.Field key = (RegisterNode.Field) tree.find("DEV/CTRL/KEY").orElseThrow();
        RegisterWriter.Outcome keyed = RegisterWriter.writeField(values, key, 0xAB, Radix.HEX);
        assertEquals(RegisterWriter.Result.WRITE_ONLY, keyed.result());
        assertEquals(RegisterWriter.Severity.WARNING, keyed.severity());
        assertEquals(0xAB03, keyed.written());
        assertEquals(0x03, keyed.readBack(), "the key is not read back");
    }

    @Test
    void regionRowsAndHandleNodesComeFromOneStateOfTheSimulation() {
        sim.process("driver").api().knRegisterPhyMem(0x5000_0000L, 0x1000, 0);
        List<RegionRow> rows = RegionRows.of(sim);
        RegionRow dev = rows.stream().filter(r -> r.device().equals("DEV")).findFirst().orElseThrow();
        assertEquals(RegionRow.Kind.USER, dev.kind());
        assertEquals("driver", dev.registeredBy());
        List<HandleNodes.Actor> actors = HandleNodes.of(sim);
        assertTrue(actors.get(0).kernel());
        assertEquals("driver", actors.get(1).name());
        assertEquals(1, actors.get(1).children().size(), "the region's handle");
    }
}
