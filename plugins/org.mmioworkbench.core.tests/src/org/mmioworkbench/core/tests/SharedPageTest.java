package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.RegisterResult;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.Simulator;

/**
 * Peripherals that share a page, as on STM32 (1 KiB apart in 4 KiB pages): a driver registers and maps the page that
 * holds them, and each access goes to the device whose window holds its address.
 */
class SharedPageTest {
    private static final Board BOARD = Board.builder("stm32ish").device("USART2", 0x4000_4400L, 0x400)
            .device("USART3", 0x4000_4800L, 0x400).build();

    @Test
    void aRegisteredPageRoutesEachAccessToTheDeviceThatHoldsIt() {
        Simulator sim = new Simulator(BOARD);
        MmioApi api = sim.process("drv").api();
        RegisterResult reg = api.knRegisterPhyMem(0x4000_4000L, 0x1000, 0);
        assertEquals(Retcode.rcOk, reg.rc());
        MapResult map = api.knIoMapMem(reg.rid(), VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
        assertEquals(Retcode.rcOk, map.rc());
        api.ioWriteMmReg32(map.address() + 0x400, 0x11);
        api.ioWriteMmReg32(map.address() + 0x804, 0x22);
        assertEquals(0x11, sim.peek(0x4000_4400L, 32).getAsInt());
        assertEquals(0x22, sim.peek(0x4000_4804L, 32).getAsInt());
        assertEquals(0x22, api.ioReadMmReg32(map.address() + 0x804));
        assertEquals(List.of("USART2", "USART3"), sim.regions().get(0).devices(), "the Region Map's page and devices");
        assertEquals("USART3", sim.trace().get(sim.trace().size() - 1).device());
        MmioFault gap = assertThrows(MmioFault.class, () -> api.ioReadMmReg32(map.address() + 0x100),
                "no device below USART2 in the page");
        assertEquals("drv", gap.process());
    }
}
