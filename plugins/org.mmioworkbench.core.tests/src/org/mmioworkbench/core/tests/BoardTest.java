package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceModel;
import org.mmioworkbench.core.DeviceState;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MemoryDevice;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.Snapshot;
import org.mmioworkbench.core.Timing;

class BoardTest {

    @Test
    void qemuVirtBoardHasTheQemuMemoryMap() {
        Board b = Board.qemuVirt();
        assertEquals("qemu-virt", b.name());
        assertEquals(4096, b.pageSize());
        assertEquals(List.of(new AddressRange(0x4000_0000L, 0x4000_0000L)), b.ram());
        List<DeviceWindow> d = b.devices();
        assertEquals(List.of("UART0", "RTC", "GPIO"), d.stream().map(DeviceWindow::name).toList());
        assertEquals(0x0900_0000L, d.get(0).base());
        assertTrue(d.get(0).kernelUsed());
        assertEquals(0x0901_0000L, d.get(1).base());
        assertFalse(d.get(1).kernelUsed());
        assertEquals(0x0903_0000L, d.get(2).base());
        d.forEach(w -> assertEquals(0x1000, w.size()));
        assertEquals("RTC", b.deviceAt(0x0901_0FFCL).orElseThrow().name());
        assertTrue(b.deviceAt(0x0902_0000L).isEmpty());
    }

    @Test
    void severalDevicesMayShareAPageAsOnRealChips() {
        Board b = Board.builder("x").device("USART2", 0x4000_4400L, 0x400).device("USART3", 0x4000_4800L, 0x400)
                .device("TAIL", 0x4000_4C00L, 0x1FC).build();
        assertEquals("USART3", b.deviceAt(0x4000_4800L).orElseThrow().name());
        assertEquals(List.of("USART2", "USART3", "TAIL"), b.devicesIn(new AddressRange(0x4000_4000L, 0x1000)).stream()
                .map(DeviceWindow::name).toList());
    }

    @Test
    void builderRejectsUnalignedOverlappingOrDuplicateWindows() {
        assertThrows(IllegalArgumentException.class,
                () -> Board.builder("x").device("A", 0x1000_0802L, 0x1000).build(), "registers are 4 bytes apart");
        assertThrows(IllegalArgumentException.class,
                () -> Board.builder("x").device("A", 0x1000_0000L, 0x1802).build());
        assertThrows(IllegalArgumentException.class,
                () -> Board.builder("x").ram(0x1000_0800L, 0x1000).build(), "RAM is mapped by pages");
        assertThrows(IllegalArgumentException.class,
                () -> Board.builder("x").device("A", 0x1000_0000L, 0x2000).device("B", 0x1000_1000L, 0x1000).build());
        assertThrows(IllegalArgumentException.class,
                () -> Board.builder("x").ram(0x1000_0000L, 0x10000).device("B", 0x1000_1000L, 0x1000).build());
        assertThrows(IllegalArgumentException.class,
                () -> Board.builder("x").device("A", 0x1000_0000L, 0x1000).device("A", 0x2000_0000L, 0x1000).build());
        assertThrows(IllegalArgumentException.class, () -> Board.builder("x").pageSize(3000));
        assertThrows(IllegalArgumentException.class, () -> new AddressRange(0, 0));
    }

    @Test
    void anOverlapIsFoundWhereverTheRangesStandInTheBuilder() {
        Board.Builder b = Board.builder("x");
        for (int i = 0; i < 1000; i++) {
            b.device("D" + i, 0x1000_0000L + 0x2000L * (999 - i), 0x1000);
        }
        b.ram(0x1000_0000L + 0x2000L * 500 - 0x1000, 0x2000); // covers the gap below D499 and D499 itself
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
        Board.builder("y").device("A", 0xFFFF_FFFF_FFFF_F000L, 0x1000).device("B", 0, 0x1000).build();
    }

    @Test
    void pageSizeIsConfigurablePerBoardAndSpacesMappings() {
        Board b = Board.builder("big").pageSize(0x10000).device("A", 0x1000_0000L, 0x10000)
                .device("B", 0x1001_0000L, 0x10000).build();
        Simulator sim = new Simulator(b);
        MmioApi api = sim.process("p").api();
        MapResult first = Fixtures.mapRw(api, Fixtures.registerOk(api, 0x1000_0000L, 0x10000, 0));
        MapResult second = Fixtures.mapRw(api, Fixtures.registerOk(api, 0x1001_0000L, 0x10000, 0));
        assertEquals(first.address() + 0x20000, second.address());
    }

    /** A register model that records what it sees and counts reads. */
    static final class CountingDevice implements DeviceModel {
        final List<String> log = new ArrayList<>();
        long elapsed;
        private int reads;

        private record State(int reads) implements DeviceState {
        }

        @Override
        public int read(long offset, int widthBits) {
            log.add("r" + widthBits + "@" + offset);
            return ++reads;
        }

        @Override
        public void write(long offset, int widthBits, int value) {
            log.add("w" + widthBits + "@" + offset + "=" + value);
        }

        @Override
        public int peek(long offset, int widthBits) {
            return reads;
        }

        @Override
        public void reset() {
            reads = 0;
        }

        @Override
        public DeviceState saveState() {
            return new State(reads);
        }

        @Override
        public void restoreState(DeviceState state) {
            reads = ((State) state).reads();
        }

        @Override
        public void advance(long nanos) {
            elapsed += nanos;
        }
    }

    @Test
    void customDeviceModelSeesAccessesAtWindowOffsetsAndTime() {
        List<CountingDevice> created = new ArrayList<>();
        Board b = Board.builder("custom").device("CNT", 0x3000_0000L, 0x1000, false, w -> {
            CountingDevice d = new CountingDevice();
            created.add(d);
            return d;
        }).build();
        Simulator sim = new Simulator(b);
        CountingDevice dev = created.get(0);
        MmioApi api = sim.process("p").api();
        MapResult m = Fixtures.mapRw(api, Fixtures.registerOk(api, 0x3000_0000L, 0x1000, 0));
        long before = dev.elapsed;
        assertEquals(1, api.ioReadMmReg32(m.address() + 0x18));
        api.ioWriteMmReg8(m.address() + 3, 0x1AB);
        assertEquals(List.of("r32@24", "w8@3=171"), dev.log);
        assertEquals(before + 2 * Timing.REGISTER_ACCESS_NANOS, dev.elapsed);
        assertEquals(OptionalInt.of(1), sim.peek(0x3000_0000L, 32));
        assertEquals(1, dev.log.stream().filter(s -> s.startsWith("r")).count(), "peek has no side effect");

        Snapshot snap = sim.snapshot();
        api.ioReadMmReg32(m.address());
        sim.restore(snap);
        assertEquals(2, api.ioReadMmReg32(m.address()), "the device state was restored");
    }

    @Test
    void memoryDeviceIsSparseZeroInitialisedAndCopyOnWrite() {
        MemoryDevice mem = new MemoryDevice(0x10_0000);
        assertEquals(0, mem.read(0xF_FFFC, 32));
        mem.write(0x2000, 32, 0xAABBCCDD);
        DeviceState saved = mem.saveState();
        mem.write(0x2000, 8, 0x11);
        assertEquals(0xAABBCC11, mem.read(0x2000, 32));
        mem.restoreState(saved);
        assertEquals(0xAABBCCDD, mem.read(0x2000, 32));
        mem.write(0x2002, 16, 0x5566);
        mem.restoreState(saved);
        assertEquals(0xAABBCCDD, mem.peek(0x2000, 32), "a snapshot is never changed by later writes");
        mem.reset();
        assertEquals(0, mem.read(0x2000, 32));
        assertThrows(IllegalArgumentException.class, () -> mem.read(0x10_0000, 8));
    }

    @Test
    void devicesAreListedByUnsignedBaseAddressWhateverOrderTheyWereAddedIn() {
        Board b = Board.builder("order")
                .device("TOP", 0xFFFF_FFFF_FFFF_F000L, 0x1000)
                .device("B", 0x2000_0000L, 0x1000)
                .device("A", 0x1000_0000L, 0x1000)
                .build();
        assertEquals(List.of("A", "B", "TOP"), b.devices().stream().map(DeviceWindow::name).toList());
        assertEquals("order", b.toString());
    }

    @Test
    void aBoardNamesEachFileItsDescriptionsWereReadFromOnceInTheOrderRead() {
        Board b = Board.builder("files")
                .descriptionFile(Path.of("uart.svd"))
                .descriptionFile(Path.of("gpio.svd"))
                .descriptionFile(Path.of("uart.svd"))
                .device("A", 0x1000_0000L, 0x1000)
                .build();
        assertEquals(List.of(Path.of("uart.svd"), Path.of("gpio.svd")), b.descriptionFiles());
        assertThrows(UnsupportedOperationException.class, () -> b.descriptionFiles().add(Path.of("x.svd")));
        assertEquals(List.of(), Board.qemuVirt().descriptionFiles());
    }

    @Test
    void aRangeContainsItsFirstAndLastAddressAndNothingBeyondThem() {
        AddressRange r = new AddressRange(0x1000, 0x1000);
        assertTrue(r.contains(0x1000));
        assertTrue(r.contains(0x1FFF));
        assertFalse(r.contains(0xFFF));
        assertFalse(r.contains(0x2000));
        AddressRange top = new AddressRange(0xFFFF_FFFF_FFFF_F000L, 0x1000);
        assertTrue(top.contains(-1L), "addresses compare unsigned");
        assertTrue(top.contains(0xFFFF_FFFF_FFFF_F000L));
        assertFalse(top.contains(0));
        assertFalse(top.contains(0xFFFF_FFFF_FFFF_EFFFL));
    }

    @Test
    void peekNeedsAnAlignedAddressAndAValidWidth() {
        Simulator sim = Fixtures.qemu();
        assertThrows(IllegalArgumentException.class, () -> sim.peek(Fixtures.GPIO + 2, 32));
        assertThrows(IllegalArgumentException.class, () -> sim.peek(Fixtures.GPIO, 64));
        assertEquals(OptionalInt.of(0), sim.peek(Fixtures.GPIO, 8));
    }
}
