// A driver's MMIO sequence run on the simulation core alone, without Eclipse.
// Run it with Java's single-file launcher, on the JDK and class path bin/mmio-java sets up (it builds the
// core first if needed):
//   bin/mmio-java examples/HeadlessDriver.java
// It prints the access trace and the kernel's diagnostic output, as a KasperskyOS developer would
// see them, and exits with 1 if anything did not go as the driver expected.

import static org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.IoMemHandles;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.RegisterResult;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.Simulator;

public class HeadlessDriver {
    static final long UART0 = 0x0900_0000L; // PL011 on QEMU virt; the kernel's console
    static final int UARTDR = 0x000;
    static final int UARTFR = 0x018;

    public static void main(String[] args) {
        Simulator sim = new Simulator(Board.qemuVirt());
        MmioApi api = sim.process("uart_driver").api();

        IoMemHandles hs = new IoMemHandles();
        api.knIoMemHandlesClear(hs);

        // The kernel uses UART0, so a registration without MMIO_K_SHARED is refused.
        RegisterResult refused = api.knRegisterPhyMem(UART0, 0x1000, 0);
        RegisterResult reg = api.knRegisterPhyMem(UART0, 0x1000, MMIO_K_SHARED);
        hs.rid = reg.rid();
        MapResult map = api.knIoMapMem(hs.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
        hs.handle = map.handle();

        for (char c : "hi\n".toCharArray()) {
            api.ioReadMmReg32(map.address() + UARTFR);
            api.ioWriteMmReg32(map.address() + UARTDR, c);
        }
        Retcode closed = api.knIoMemHandlesClose(hs);

        boolean faulted = false;
        try {
            api.ioReadMmReg32(map.address() + UARTFR); // the mapping is gone: a simulated fault
        } catch (MmioFault fault) {
            faulted = true;
            System.out.println("fault (expected): " + fault.getMessage());
        }

        System.out.println("--- trace");
        sim.trace().forEach(System.out::println);
        System.out.println("--- diagnostics");
        sim.diagnostics().forEach(System.out::println);

        boolean asExpected = refused.rc() == Retcode.rcAlreadyExists && reg.ok() && map.ok()
                && closed == Retcode.rcOk && faulted && sim.regions().isEmpty();
        System.out.println(asExpected ? "driver sequence behaved as expected" : "UNEXPECTED result, see above");
        System.exit(asExpected ? 0 : 1);
    }
}
