package org.mmioworkbench.core.session;

import static org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED;
import static org.mmioworkbench.core.MmioConstants.MMIO_U_SHARED;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.IoMemHandles;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.RegisterResult;
import org.mmioworkbench.core.Simulator;

/**
 * The built-in demo: a session on the {@code qemu-virt} board in which two driver processes use the
 * MMIO API the way the KasperskyOS documentation describes, including one mistake the kernel reports.
 * <ul>
 * <li>{@code gpio_driver} registers the PL061 GPIO window, maps it read-write and uncached, sets a
 * direction register and reads it back;</li>
 * <li>{@code uart_driver} registers the console UART, which the kernel uses: without
 * {@code MMIO_K_SHARED} it gets {@code rcAlreadyExists} and a diagnostic, then it registers again with
 * {@code MMIO_K_SHARED}, maps the window and writes a character to UARTDR, which appears on the console
 * ({@code Simulator.console("UART0")}) one frame time later;</li>
 * <li>{@code rtc_driver} registers the PL031 RTC with {@code MMIO_U_SHARED} and hands the region
 * handle to {@code rtc_client} over IPC.</li>
 * </ul>
 */
public final class DemoScenario {
    /** Name of the session {@link #start(SessionRegistry)} creates. */
    public static final String SESSION_NAME = "demo";

    private static final long UART0 = 0x0900_0000L;
    private static final long RTC = 0x0901_0000L;
    private static final long GPIO = 0x0903_0000L;
    private static final long PAGE = 0x1000;

    private DemoScenario() {
    }

    /**
     * Starts the demo session on the {@code qemu-virt} board in a registry and runs the demo drivers.
     *
     * @param registry where to start the session
     * @return the session, active in the registry
     */
    public static SimulationSession start(SessionRegistry registry) {
        SimulationSession session = registry.start(SESSION_NAME, Board.qemuVirt());
        run(session.simulator());
        return session;
    }

    /**
     * Runs the demo drivers on a simulator of the {@code qemu-virt} board.
     *
     * @param sim the simulator
     */
    public static void run(Simulator sim) {
        MmioApi gpio = sim.process("gpio_driver").api();
        IoMemHandles gpioHandles = new IoMemHandles();
        gpio.knIoMemHandlesClear(gpioHandles);
        RegisterResult gpioRegion = gpio.knRegisterPhyMem(GPIO, PAGE, 0);
        gpioHandles.rid = gpioRegion.rid();
        MapResult gpioMap = gpio.knIoMapMem(gpioHandles.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
        gpioHandles.handle = gpioMap.handle();
        gpio.ioWriteMmReg8(gpioMap.address() + 0x400, 0x0F); // GPIODIR: pins 0-3 are outputs
        gpio.ioReadMmReg8(gpioMap.address() + 0x400);

        MmioApi uart = sim.process("uart_driver").api();
        uart.knRegisterPhyMem(UART0, PAGE, 0); // the kernel's console: rcAlreadyExists + diagnostic
        RegisterResult uartRegion = uart.knRegisterPhyMem(UART0, PAGE, MMIO_K_SHARED);
        MapResult uartMap = uart.knIoMapMem(uartRegion.rid(), VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
        uart.ioWriteMmReg32(uartMap.address(), 'K'); // UARTDR

        MmioApi rtc = sim.process("rtc_driver").api();
        RegisterResult rtcRegion = rtc.knRegisterPhyMem(RTC, PAGE, MMIO_U_SHARED);
        sim.ipcTransferHandle(sim.process("rtc_driver"), rtcRegion.rid(), sim.process("rtc_client"));
    }
}
