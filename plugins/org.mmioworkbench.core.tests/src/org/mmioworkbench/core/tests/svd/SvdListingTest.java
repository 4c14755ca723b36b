package org.mmioworkbench.core.tests.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.device;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.read;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdListing;

/** The {@code mmio-sim svd} listing: one line per register by absolute address, then the totals. */
class SvdListingTest {

    private static final SvdDevice DEVICE = read(device("", """
            <peripheral><name>HIGH</name><baseAddress>0x100000000</baseAddress><registers>
              <register><name>R</name><addressOffset>0</addressOffset><access>write-only</access>
                <resetValue>0x12345678</resetValue><resetMask>0x0000FFFF</resetMask></register>
            </registers></peripheral>
            <peripheral><name>B</name><baseAddress>0x1000</baseAddress><registers>
              <cluster><dim>2</dim><dimIncrement>8</dimIncrement><name>CH[%s]</name><addressOffset>0</addressOffset>
                <register><name>CTRL</name><addressOffset>0</addressOffset><fields>
                  <field><name>EN</name><bitOffset>0</bitOffset></field>
                  <field><name>MODE</name><bitOffset>1</bitOffset><bitWidth>2</bitWidth></field></fields></register>
              </cluster>
            </registers></peripheral>
            <peripheral><name>A</name><baseAddress>0x1004</baseAddress><registers>
              <register><name>X</name><addressOffset>0</addressOffset><access>read-only</access>
                <resetValue>0xA8000000</resetValue></register>
              <register><name>ALIAS</name><addressOffset>4</addressOffset></register>
            </registers></peripheral>
            """));

    @Test
    void linesAreSortedByAbsoluteAddressThenNameWithTheSummaryLast() {
        assertEquals(List.of(
                "0x00001000 B.CH[0].CTRL reset=0x00000000 access=read-write fields=2",
                "0x00001004 A.X reset=0xA8000000 access=read-only fields=0",
                "0x00001008 A.ALIAS reset=0x00000000 access=read-write fields=0",
                "0x00001008 B.CH[1].CTRL reset=0x00000000 access=read-write fields=2",
                "0x100000000 HIGH.R reset=0x00005678 access=write-only fields=0",
                "3 peripherals, 5 registers, 4 fields"), SvdListing.lines(DEVICE));
    }

    @Test
    void printWritesTheSameLines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            SvdListing.print(DEVICE, out);
        }
        assertEquals(SvdListing.lines(DEVICE), bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void emptyDeviceListsOnlyTheSummary() {
        assertEquals(List.of("0 peripherals, 0 registers, 0 fields"), SvdListing.lines(read(device("", ""))));
    }
}
