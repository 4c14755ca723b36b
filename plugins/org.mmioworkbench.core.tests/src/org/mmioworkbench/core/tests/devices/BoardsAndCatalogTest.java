package org.mmioworkbench.core.tests.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceContext;
import org.mmioworkbench.core.DeviceModel;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.GpioPort;
import org.mmioworkbench.core.KernelClaimInfo;
import org.mmioworkbench.core.MemoryDevice;
import org.mmioworkbench.core.SerialPort;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.StandaloneContext;
import org.mmioworkbench.core.devices.Bcm2711Gpio;
import org.mmioworkbench.core.devices.Bcm2711SysTimer;
import org.mmioworkbench.core.devices.Boards;
import org.mmioworkbench.core.devices.DeviceCatalog;
import org.mmioworkbench.core.devices.Pl011;
import org.mmioworkbench.core.devices.Pl031;
import org.mmioworkbench.core.devices.Pl061;
import org.mmioworkbench.core.devices.SvdRegisterDevice;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdRegister;

/** The built-in boards, the model catalog and finding models in a simulator. */
class BoardsAndCatalogTest {

    @Test
    void qemuVirtIsTheDefaultAndHasItsDeviceModels() {
        assertEquals(List.of("qemu-virt", "rpi4b"), Boards.names());
        assertEquals("qemu-virt", Boards.DEFAULT);
        Simulator sim = new Simulator(Board.qemuVirt());
        assertTrue(sim.device("UART0").orElseThrow() instanceof Pl011);
        assertTrue(sim.device("RTC").orElseThrow() instanceof Pl031);
        assertTrue(sim.device("GPIO").orElseThrow() instanceof Pl061);
        assertEquals(Board.qemuVirt().devices().stream().map(DeviceWindow::range).toList(),
                Boards.builtIn("qemu-virt").orElseThrow().devices().stream().map(DeviceWindow::range).toList());
        assertEquals(Optional.empty(), Boards.builtIn("pdp11"));
    }

    @Test
    void rpi4bHasTheBcm2711LowPeripheralMap() {
        Board b = Boards.rpi4b();
        assertEquals("rpi4b", b.name());
        assertEquals(4096, b.pageSize());
        assertEquals(List.of(new AddressRange(0, 0xFC00_0000L)), b.ram());
        assertEquals(List.of("SYSTIMER", "GPIO", "UART0"), b.devices().stream().map(DeviceWindow::name).toList());
        assertEquals(List.of(0xFE00_3000L, 0xFE20_0000L, 0xFE20_1000L),
                b.devices().stream().map(DeviceWindow::base).toList());
        Simulator sim = new Simulator(b);
        assertTrue(sim.device("SYSTIMER", Bcm2711SysTimer.class).isPresent());
        assertTrue(sim.device("GPIO", Bcm2711Gpio.class).isPresent());
        assertEquals(List.of(new AddressRange(0xFE20_1000L, 0x1000)),
                sim.kernelClaims().stream().map(KernelClaimInfo::range).toList(), "the kernel's console");
    }

    @Test
    void boardWithoutDevicesAnswersEveryAccessWithABusError() {
        Simulator sim = new Simulator(Board.builder("bare").ram(0x8000_0000L, 0x1000_0000L).build());
        var api = sim.process("p").api();
        int rid = api.knRegisterPhyMem(0x1000_0000L, 0x1000, 0).rid();
        long va = api.knIoMapMem(rid, org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ,
                org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE).address();
        assertEquals(org.mmioworkbench.core.FaultCause.BUS_ERROR, assertThrows(org.mmioworkbench.core.MmioFault.class,
                () -> api.ioReadMmReg32(va)).faultCause());
        assertEquals(List.of(), sim.interrupts());
    }

    @Test
    void simulatorFindsModelsByNameAndType() {
        Simulator sim = new Simulator(Board.qemuVirt());
        assertTrue(sim.device("UART0", SerialPort.class).isPresent());
        assertTrue(sim.device("GPIO", GpioPort.class).isPresent());
        assertEquals(Optional.empty(), sim.device("GPIO", SerialPort.class));
        assertEquals(Optional.empty(), sim.device("NOPE"));
        assertThrows(IllegalArgumentException.class, () -> sim.console("GPIO"));
        assertThrows(IllegalArgumentException.class, () -> sim.input("RTC", "x"));
        assertThrows(IllegalArgumentException.class, () -> sim.input("UART0", "\u20ac"));
        assertThrows(IllegalArgumentException.class, () -> sim.interruptRaised("NOPE"));
    }

    @Test
    void catalogNamesTheModelsForBoardFiles() {
        assertEquals(List.of("memory", "pl011", "pl031", "pl061", "bcm2711-gpio", "bcm2711-systimer"),
                DeviceCatalog.names());
        for (String name : DeviceCatalog.names()) {
            Board b = Board.builder("b").device("DEV", 0x1000_0000L, 0x1000, false,
                    DeviceCatalog.model(name).orElseThrow()).build();
            assertTrue(new Simulator(b).device("DEV").isPresent(), name);
        }
        assertEquals(Optional.empty(), DeviceCatalog.model("pl999"));
        Board memory = Board.builder("b").device("M", 0x1000_0000L, 0x1000, false,
                DeviceCatalog.model("memory").orElseThrow()).build();
        assertTrue(new Simulator(memory).device("M").orElseThrow() instanceof MemoryDevice);
    }

    @Test
    void catalogModelsTakeOptions() {
        Board b = Board.builder("b").device("UART", 0x1000_0000L, 0x1000, false,
                DeviceCatalog.model("pl011", Map.of("clock", "48000000", "baud", "115200")).orElseThrow())
                .device("RTC", 0x1001_0000L, 0x1000, false,
                        DeviceCatalog.model("pl031", Map.of("started", "true")).orElseThrow()).build();
        Simulator sim = new Simulator(b);
        Pl011 uart = sim.device("UART", Pl011.class).orElseThrow();
        assertEquals(115_200, uart.baudRate(), 100);
        assertTrue(sim.device("RTC", Pl031.class).orElseThrow().started());
        assertThrows(IllegalArgumentException.class, () -> DeviceCatalog.model("pl011", Map.of("parity", "even")));
        assertThrows(IllegalArgumentException.class, () -> DeviceCatalog.model("pl031", Map.of("started", "yes")));
        assertThrows(IllegalArgumentException.class, () -> DeviceCatalog.model("pl011", Map.of("clock", "-1")));
        assertThrows(IllegalArgumentException.class, () -> DeviceCatalog.model("pl061", Map.of("x", "1")));
    }

    @Test
    void shippedDescriptionsLoadWithTheSvdReaderAndCarryTheIdentification() {
        Map<String, Integer> partNumbers = Map.of("pl011", 0x11, "pl031", 0x31, "pl061", 0x61);
        partNumbers.forEach((model, part) -> {
            SvdDevice d = DeviceCatalog.description(model).orElseThrow();
            SvdRegister id0 = d.peripherals().get(0).registers().stream()
                    .filter(r -> r.addressOffset() == 0xFE0).findFirst().orElseThrow();
            assertEquals((long) part, id0.resetBits(), model);
        });
        assertEquals(30, DeviceCatalog.description("bcm2711-gpio").orElseThrow().registerCount());
        assertEquals(7, DeviceCatalog.description("bcm2711-systimer").orElseThrow().registerCount());
        assertEquals(Optional.empty(), DeviceCatalog.description("memory"));
    }

    @Test
    void deviceWithOnlyAnSvdDescriptionGetsTheGenericRegisterSemantics() {
        var peripheral = DeviceCatalog.description("pl061").orElseThrow().peripherals().get(0);
        Rig rig = new Rig(new Simulator(Board.builder("b").device("GPIO2", 0x1000_0000L, 0x1000, false,
                DeviceCatalog.fromSvd(peripheral)).build()), 0x1000_0000L);
        rig.w32(0x400, 0xFF);
        assertEquals(0xFF, rig.r32(0x400));
        assertEquals("GPIO2.GPIODIR", rig.last().register());
        assertEquals(0x61, rig.r32(0xFE0));
        assertTrue(rig.sim.device("GPIO2").orElseThrow() instanceof SvdRegisterDevice);
    }

    @Test
    void modelsWorkWithoutASimulatorThroughAStandaloneContext() {
        StandaloneContext ctx = DeviceContext.standalone("UART0");
        Pl011 uart = new Pl011(ctx, Pl011.QEMU_VIRT_CLOCK_HZ, 115_200);
        uart.write(0x038, 32, 1 << 6); // RTIM
        uart.receive("a");
        for (long t = 0; t < 1_000_000; t += 10_000) {
            ctx.setNow(ctx.now() + 10_000);
            uart.advance(10_000);
        }
        assertEquals(Map.of("UART0", true), ctx.interruptLevels());
        assertEquals('a', uart.read(0, 32));
        uart.write(0, 32, 'z');
        ctx.setNow(ctx.now() + 100_000);
        uart.advance(100_000);
        assertEquals("z", uart.transmitted());
        DeviceModel gpio = DeviceCatalog.pl061().create(new DeviceWindow("G", new AddressRange(0, 0x1000), false,
                DeviceCatalog.pl061()));
        assertEquals(0x61, gpio.read(0xFE0, 32), "a factory without a simulator gives a standalone context");
    }
}
