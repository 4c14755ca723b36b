package org.mmioworkbench.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mmioworkbench.core.MmioConstants.INVALID_HANDLE;
import static org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.RegisterResult;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.core.TransferResult;

/**
 * A process that has used every handle value (the next would be INVALID_HANDLE): every call that would issue it
 * a handle fails with rcQuotaExceeded and changes nothing, and closing a handle gives no value back. The
 * processes here count their values from 0xFFFFFFFD, so two handles use them up.
 */
class HandleExhaustionTest {
    private static final long UART0 = 0x0900_0000L;
    private static final long RTC = 0x0901_0000L;
    private static final long GPIO = 0x0903_0000L;
    private static final long PAGE = 0x1000;

    private final Engine engine = new Engine(Board.qemuVirt(), Integer.MAX_VALUE, 0xFFFF_FFFD);

    HandleExhaustionTest() {
        engine.startProcess("a");
        engine.startProcess("b");
    }

    private TraceEvent last() {
        return engine.traceSince(engine.traceLength() - 1).get(0);
    }

    @Test
    void registeringAndMappingFailWhenTheCallerHasUsedEveryValueAndClosingGivesNoneBack() {
        RegisterResult gpio = engine.register("a", GPIO, PAGE, 0);
        assertEquals(new RegisterResult(Retcode.rcOk, 0xFFFF_FFFD), gpio);
        assertEquals(new RegisterResult(Retcode.rcOk, 0xFFFF_FFFE), engine.register("a", RTC, PAGE, 0));

        assertEquals(new RegisterResult(Retcode.rcQuotaExceeded, INVALID_HANDLE),
                engine.register("a", UART0, PAGE, MMIO_K_SHARED));
        assertEquals("rcQuotaExceeded " + HandleTable.EXHAUSTED, last().result());
        assertEquals(new MapResult(Retcode.rcQuotaExceeded, 0, INVALID_HANDLE),
                engine.map("a", gpio.rid(), VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE));
        assertEquals("rcQuotaExceeded " + HandleTable.EXHAUSTED, last().result());
        assertEquals(0, engine.regions().stream().filter(r -> r.mapping().isPresent()).count(), "nothing mapped");

        assertEquals(Retcode.rcOk, engine.close("a", 0xFFFF_FFFE));
        assertEquals(Retcode.rcQuotaExceeded, engine.register("a", UART0, PAGE, MMIO_K_SHARED).rc(),
                "values are never reused");
        assertEquals(Retcode.rcOk, engine.register("b", UART0, PAGE, MMIO_K_SHARED).rc(),
                "each process counts its own values");
    }

    @Test
    void aTransferToAReceiverThatHasUsedEveryValueFails() {
        int gpio = engine.register("a", GPIO, PAGE, 0).rid();
        int rtc = engine.register("b", RTC, PAGE, 0).rid();
        assertEquals(Retcode.rcOk, engine.map("b", rtc, VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE).rc());

        assertEquals(new TransferResult(Retcode.rcQuotaExceeded, INVALID_HANDLE), engine.transfer("a", gpio, "b", null));
        assertEquals("rcQuotaExceeded (the receiver has used every handle value)", last().result());
        assertEquals(new TransferResult(Retcode.rcOk, 0xFFFF_FFFE), engine.transfer("b", rtc, "a", null),
                "a still has a value left");
    }
}
