package org.mmioworkbench.script.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.FaultCause;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.script.Outcome;
import org.mmioworkbench.script.ScriptEnvironment;
import org.mmioworkbench.script.ScriptOptions;

/** Scripts run on the real simulation core with the qemu-virt board. */
class ExecutionTest {
    private static final String MAP_GPIO = """
            board qemu-virt
            #define GPIO_BASE 0x09030000
            #define GPIODIR   0x400
            #define GPIODATA  0x3FC
            IoMemHandles hs
            KnIoMemHandlesClear(&hs)
            rc = KnRegisterPhyMem(GPIO_BASE, 0x1000, 0, &hs.rid)
            assert(rc == rcOk, "register")
            rc = KnIoMapMem(hs.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &hs.handle)
            assert(rc == rcOk, "map")
            """;

    @Test
    void registerMapWriteReadClose() {
        ScriptRun run = ScriptRun.finished(MAP_GPIO + """
                IoWriteMmReg8(base + GPIODIR, 0xFF)
                IoWriteMmReg32(base + GPIODATA, 0x1234A5)
                dir = IoReadMmReg8(base + GPIODIR)
                data16 = IoReadMmReg16(base + GPIODATA)
                data32 = IoReadMmReg32(base + GPIODATA)
                rc = KnIoMemHandlesClose(&hs)
                """);
        assertEquals(0xFF, run.var("dir"));
        assertEquals(0x34A5, run.var("data16"));
        assertEquals(0x1234A5, run.var("data32"));
        assertEquals(Simulator.MMIO_VIRTUAL_BASE, run.var("base"));
        assertEquals(0, run.var("rc"));
        assertEquals(List.of("ProcessStart", "KnIoMemHandlesClear", "KnRegisterPhyMem", "KnIoMapMem", "IoWriteMmReg8",
                "IoWriteMmReg32", "IoReadMmReg8", "IoReadMmReg16", "IoReadMmReg32", "KnHandleClose", "KnHandleClose",
                "KnIoMemHandlesClose"), run.sim.trace().stream().skip(1).map(TraceEvent::operation).toList());
        assertTrue(run.sim.trace().stream().skip(1).allMatch(e -> e.actor().equals("main")));
        assertTrue(run.sim.regions().isEmpty());
        assertTrue(run.sim.process("main").handles().isEmpty());
    }

    @Test
    void handleStructFieldsAreOutParametersAndCloseResetsThem() {
        ScriptRun run = ScriptRun.finished(MAP_GPIO + """
                rid = hs.rid
                mapping = hs.handle
                rc = KnIoMemHandlesClose(&hs)
                """);
        assertEquals(1, run.var("rid"));
        assertEquals(2, run.var("mapping"));
        assertEquals(0xFFFFFFFFL, run.var("hs.rid"));
        assertEquals(0xFFFFFFFFL, run.var("hs.handle"));
    }

    @Test
    void handleCallsReturnTheirCodes() {
        ScriptRun run = ScriptRun.finished("""
                rc1 = KnRegisterPhyMem(0x09010000, 0x1000, 0, &rid)
                rc2 = KnHandleRevoke(rid)
                rc3 = KnHandleClose(rid)
                rc4 = KnHandleClose(INVALID_HANDLE)
                KnHandleClose(rid)
                """);
        assertEquals(Retcode.rcOk.code(), run.var("rc1"));
        assertEquals(Retcode.rcOk.code(), run.var("rc2"));
        assertEquals(Retcode.rcResourceNotFound.code(), run.var("rc3"));
        assertEquals(Retcode.rcInvalidArgument.code(), run.var("rc4"));
        assertEquals(3, run.events("KnHandleClose").size());
    }

    @Test
    void twoProcessesShareARegionWithUShared() {
        ScriptRun run = ScriptRun.finished("""
                process gpio_a
                rcA = KnRegisterPhyMem(0x09030000, 0x1000, MMIO_U_SHARED, &ridA)
                process gpio_b
                rcB = KnRegisterPhyMem(0x09030000, 0x1000, MMIO_U_SHARED, &ridB)
                process gpio_c
                rcC = KnRegisterPhyMem(0x09030000, 0x1000, 0, &ridC)
                """);
        assertEquals(0, run.var("rcA"));
        assertEquals(0, run.var("rcB"));
        assertEquals(Retcode.rcAlreadyExists.code(), run.var("rcC"));
        assertEquals(List.of("gpio_a", "gpio_b", "gpio_c"),
                run.events("KnRegisterPhyMem").stream().map(TraceEvent::actor).toList());
        assertEquals("gpio_c", run.machine.process());
        assertTrue(run.sim.processes().stream().noneMatch(p -> p.name().equals("main")));
    }

    @Test
    void ipcTransferWithRightsGivesTheReceiverExactlyThoseRights() {
        ScriptRun run = ScriptRun.finished("""
                process owner
                rc = KnRegisterPhyMem(0x09030000, 0x1000, 0, &rid)
                rc = IpcTransferHandle(rid, "client", "map-read", &ro)
                assert(rc == rcOk)
                elevated = IpcTransferHandle(rid, "client", "TRANSFER, map_read", &rw)
                process client
                denied = IpcTransferHandle(ro, "third", &none)
                elevate = IpcTransferHandle(rw, "third", "transfer|map-read|map-write", &more)
                writing = KnIoMapMem(ro, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &wva, &wmh)
                reading = KnIoMapMem(ro, VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE, &va, &mh)
                """);
        assertEquals(0, run.var("rc"));
        assertEquals(0, run.var("elevated"), "a subset of the sender's rights is fine");
        assertEquals(Retcode.rcNoCapability.code(), run.var("denied"), "the read-only handle cannot be passed on");
        assertEquals(Retcode.rcNoCapability.code(), run.var("elevate"));
        assertEquals(0xFFFFFFFFL, run.var("more"));
        assertEquals(Retcode.rcNoCapability.code(), run.var("writing"));
        assertEquals(0, run.var("reading"));
        assertEquals(HandleRights.MAP_READ, rightsOf(run, "client", run.var("ro")));
        assertEquals(HandleRights.TRANSFER.union(HandleRights.MAP_READ), rightsOf(run, "client", run.var("rw")));
        assertEquals(HandleRights.REGION_FULL, rightsOf(run, "owner", run.var("rid")));
        assertEquals("handle=0x" + Long.toHexString(run.var("rid")) + ", to='client', rights=map-read",
                run.events("ipcTransferHandle").get(0).arguments());
    }

    private static HandleRights rightsOf(ScriptRun run, String process, long handle) {
        return run.sim.process(process).handles().stream().filter(h -> h.value() == (int) handle).findFirst()
                .orElseThrow().rights();
    }

    @Test
    void ipcTransferHandsAHandleToAnotherProcess() {
        ScriptRun run = ScriptRun.finished("""
                process owner
                rc = KnRegisterPhyMem(0x09030000, 0x1000, 0, &rid)
                rc = IpcTransferHandle(rid, "kl.drivers.Gpio", &theirs)
                assert(rc == rcOk)
                process "kl.drivers.Gpio"
                rc = KnIoMapMem(theirs, VMM_FLAG_READ | VMM_FLAG_WRITE, 0, &va, &mh)
                IoWriteMmReg32(va, 0xCAFE)
                process owner
                bad = IpcTransferHandle(12345, "kl.drivers.Gpio", &none)
                """);
        assertEquals(0, run.var("rc"));
        assertEquals(1, run.var("theirs"), "the first handle of the receiver's own table");
        assertEquals(Retcode.rcResourceNotFound.code(), run.var("bad"));
        assertEquals(0xFFFFFFFFL, run.var("none"));
        List<TraceEvent> transfers = run.events("ipcTransferHandle");
        assertEquals(2, transfers.size());
        assertEquals("owner", transfers.get(0).actor());
        assertEquals("kl.drivers.Gpio", run.events("IoWriteMmReg32").get(0).actor());
        assertEquals(0xCAFE, run.sim.peek(0x09030000L, 32).orElseThrow());
    }

    @Test
    void theKernelsUartNeedsKShared() {
        ScriptRun run = ScriptRun.finished("""
                rc = KnRegisterPhyMem(0x09000000, 0x1000, 0, &rid)
                failed = rc == rcAlreadyExists
                rcShared = KnRegisterPhyMem(0x09000000, 0x1000, MMIO_K_SHARED, &rid2)
                """);
        assertEquals(1, run.var("failed"));
        assertEquals(0xFFFFFFFFL, run.var("rid"));
        assertEquals(0, run.var("rcShared"));
    }

    @Test
    void aFaultAfterCloseNamesLineProcessAddressesAndCause() {
        ScriptRun run = ScriptRun.of("process driver\n" + MAP_GPIO.replace("board qemu-virt\n", "") + """
                rc = KnIoMemHandlesClose(&hs)
                x = IoReadMmReg32(base + GPIODATA)
                y = 1
                """);
        Outcome o = run.machine.run();
        assertEquals(Outcome.Kind.FAULT, o.kind());
        assertEquals("t.mmio:12:5: error: MMIO fault in process 'driver': 32-bit read at virtual address "
                + "0x00000040000003fc (physical 0x090303fc): the mapping was freed: its handle was closed", o.message());
        MmioFault fault = o.fault().orElseThrow();
        assertEquals(FaultCause.FREED, fault.faultCause());
        assertEquals("driver", fault.process());
        assertEquals(12, run.machine.currentStatement().orElseThrow().line());
        TraceEvent last = run.sim.traceSince(run.sim.traceLength() - 1).get(0);
        assertTrue(last.isFault());
        assertEquals(12, run.machine.statementOfEvent(last.seq()).orElseThrow().line());
        assertTrue(run.machine.isTerminated());
        assertEquals(o, run.machine.step());
        assertFalse(run.machine.variables().containsKey("y"));
    }

    @Test
    void aPollThatNeverFlipsHitsTheLoopBoundNamingTheLoopLine() {
        ScriptRun run = new ScriptRun(MAP_GPIO + """
                #define UARTFR_BUSY 0x8
                n = 0
                while ((IoReadMmReg32(base + 0x18) & UARTFR_BUSY) == 0) {
                    n++
                }
                """, ScriptOptions.defaults().withLoopBound(100));
        Outcome o = run.machine.run();
        assertEquals(Outcome.Kind.LOOP_BOUND, o.kind());
        assertEquals("t.mmio:13:1: error: the loop at line 13 ran more than 100 iterations; is it polling a register"
                + " that never changes? (the loop bound can be raised)", o.message());
        assertEquals(100, run.var("n"));
        assertEquals(101, run.events("IoReadMmReg32").size());
    }

    @Test
    void theLoopBoundCountsEachExecutionOfALoopSeparately() {
        ScriptRun run = new ScriptRun("""
                total = 0
                for (i = 0; i < 30; i++)
                    for (j = 0; j < 10; j++)
                        total++
                k = 0
                do { k++ } while (k < 9)
                """, ScriptOptions.defaults().withLoopBound(30));
        assertEquals(Outcome.Kind.FINISHED, run.machine.run().kind());
        assertEquals(300, run.var("total"));
        ScriptRun tooMany = new ScriptRun("k = 0\ndo {\n k++\n} while (k < 31)\n", ScriptOptions.defaults().withLoopBound(30));
        Outcome o = tooMany.machine.run();
        assertEquals(Outcome.Kind.LOOP_BOUND, o.kind());
        assertEquals(2, o.position().orElseThrow().line());
    }

    @Test
    void theDefaultLoopBoundIsOneMillion() {
        ScriptRun run = ScriptRun.of("n = 0\nfor (;;) n++\n");
        Outcome o = run.machine.run();
        assertEquals(Outcome.Kind.LOOP_BOUND, o.kind());
        assertEquals(1_000_000, run.var("n"));
        assertEquals(1_000_000, ScriptOptions.DEFAULT_LOOP_BOUND);
    }

    @Test
    void assertPassesAndFails() {
        ScriptRun pass = ScriptRun.finished("x = 1\nassert(x == 1)\nassert(x, \"x is set\")\n");
        assertEquals(1, pass.var("x"));
        Outcome o = ScriptRun.of("x = 1\n  assert( x ==\n 2 )\n").machine.run();
        assertEquals(Outcome.Kind.ASSERTION_FAILED, o.kind());
        assertEquals("t.mmio:2:3: assertion failed: x == 2", o.message());
        Outcome m = ScriptRun.of("x = 1\nassert(x == 2, \"x must be \" \"two\")\n").machine.run();
        assertEquals("t.mmio:2:1: assertion failed: x must be two", m.message());
    }

    @Test
    void delayAdvancesTheSimulatedClock() {
        ScriptRun run = ScriptRun.finished("Delay(1500)\nt = 1\nDelay(1000 * 1000)\n");
        assertEquals(1_001_500, run.sim.now());
        List<TraceEvent> advances = run.events("advance");
        assertEquals(2, advances.size());
        assertEquals(3, run.machine.statementOfEvent(advances.get(1).seq()).orElseThrow().line());
        Outcome tooLong = ScriptRun.of("Delay(-1)").machine.run();
        assertEquals("t.mmio:1:1: error: Delay: Delay(18446744073709551615) is too long", tooLong.message());
    }

    @Test
    void shortCircuitOperatorsSkipTheRightOperandsAccess() {
        ScriptRun run = ScriptRun.finished(MAP_GPIO + """
                a = 0 && IoReadMmReg32(base)
                b = 1 || IoReadMmReg32(base)
                c = (base == 0) && IoReadMmReg32(base)
                """);
        assertEquals(0, run.events("IoReadMmReg32").size());
        assertEquals(1, run.var("b"));
        ScriptRun evaluated = ScriptRun.finished(MAP_GPIO + """
                IoWriteMmReg32(base, 5)
                a = 1 && IoReadMmReg32(base)
                b = 0 || IoReadMmReg32(base)
                """);
        assertEquals(2, evaluated.events("IoReadMmReg32").size());
        assertEquals(1, evaluated.var("a"));
        assertEquals(1, evaluated.var("b"));
    }

    @Test
    void theScriptRunsAsMainUntilTheFirstProcessStatement() {
        ScriptRun run = ScriptRun.finished("""
                rc = KnRegisterPhyMem(0x09010000, 0x1000, 0, &rid)
                process driver
                process main
                rc2 = KnHandleClose(rid)
                """);
        assertEquals("main", run.events("KnRegisterPhyMem").get(0).actor());
        assertEquals("main", run.events("KnHandleClose").get(0).actor());
        assertEquals(0, run.var("rc2"));
        assertEquals(List.of("main", "driver"), run.sim.processes().stream().map(p -> p.name()).toList());
    }

    @Test
    void uartInputReachesTheUartsReceiveFifo() {
        ScriptRun run = ScriptRun.finished("""
                #define UARTDR 0x000
                #define UARTFR 0x018
                #define RXFE   (1 << 4)
                rc = KnRegisterPhyMem(0x09000000, 0x1000, MMIO_K_SHARED, &rid)
                rc = KnIoMapMem(rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &uart, &mh)
                UartInput("UART0", "hi")
                while (IoReadMmReg32(uart + UARTFR) & RXFE) Delay(10000)
                first = IoReadMmReg32(uart + UARTDR) & 0xFF
                """);
        assertEquals(1, run.events("input").size());
        assertEquals('h', run.var("first"));
        Outcome notSerial = ScriptRun.of("UartInput(\"RTC\", \"x\")").machine.run();
        assertTrue(notSerial.message().startsWith("t.mmio:1:1: error: UartInput: device 'RTC' on board qemu-virt takes"
                + " no input: "), notSerial.message());
        Outcome unknown = ScriptRun.of("UartInput(\"UART9\", \"x\")").machine.run();
        assertEquals("t.mmio:1:1: error: UartInput: board qemu-virt has no device 'UART9' (devices: UART0, RTC, GPIO)",
                unknown.message());
    }

    @Test
    void uartInputGoesToTheEnvironment() {
        ByteArrayOutputStream fed = new ByteArrayOutputStream();
        ScriptEnvironment env = new ScriptEnvironment() {
            @Override
            public Optional<Board> board(String name) {
                return Optional.empty();
            }

            @Override
            public List<String> boardNames() {
                return List.of();
            }

            @Override
            public void deviceInput(Simulator simulator, String device, byte[] data) {
                fed.writeBytes((device + ":").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                fed.writeBytes(data);
            }
        };
        ScriptRun run = new ScriptRun("UartInput(\"UART0\", \"hi\\r\\n\\x1b\" \"!\")",
                ScriptOptions.defaults().withEnvironment(env));
        assertEquals(Outcome.Kind.FINISHED, run.machine.run().kind());
        assertArrayEquals("UART0:hi\r\n\u001b!".getBytes(java.nio.charset.StandardCharsets.UTF_8), fed.toByteArray());
    }

    @Test
    void theStandardEnvironmentKnowsTheBuiltInBoards() {
        assertEquals("qemu-virt", ScriptEnvironment.standard().board("qemu-virt").orElseThrow().name());
        assertEquals("rpi4b", ScriptEnvironment.standard().board("rpi4b").orElseThrow().name());
        assertTrue(ScriptEnvironment.standard().board("nope").isEmpty());
        assertEquals(List.of("qemu-virt", "rpi4b"), ScriptEnvironment.standard().boardNames());
    }

    @Test
    void callStatementsDiscardTheirResults() {
        ScriptRun run = ScriptRun.finished(MAP_GPIO + """
                IoReadMmReg32(base)
                KnIoMemHandlesClose(&hs)
                """);
        assertEquals(1, run.events("IoReadMmReg32").size());
        assertEquals(0xFFFFFFFFL, run.var("hs.rid"));
    }

    @Test
    void clearShowsTheStructuresPreviousValuesInTheTrace() {
        ScriptRun run = ScriptRun.finished(MAP_GPIO + "KnIoMemHandlesClear(&hs)\n");
        List<TraceEvent> clears = run.events("KnIoMemHandlesClear");
        assertEquals("handles={rid=INVALID_HANDLE, handle=INVALID_HANDLE}", clears.get(0).arguments());
        assertEquals("handles={rid=0x1, handle=0x2}", clears.get(1).arguments());
        assertEquals(0xFFFFFFFFL, run.var("hs.handle"));
    }

    @Test
    void theReferenceExampleRuns() {
        ScriptRun run = ScriptRun.finished("""
                board qemu-virt
                #define GPIO_BASE  0x0903_0000      // PL061
                #define GPIODIR    0x400

                IoMemHandles hs;
                KnIoMemHandlesClear(&hs);
                Retcode rc = KnRegisterPhyMem(GPIO_BASE, 0x1000, 0, &hs.rid);
                assert(rc == rcOk, "GPIO registered");
                rc = KnIoMapMem(hs.rid, VMM_FLAG_READ | VMM_FLAG_WRITE,
                                VMM_FLAG_CACHE_DISABLE, &base, &hs.handle);
                IoWriteMmReg8(base + GPIODIR, 0xFF);
                for (int i = 0; i < 8; i++) {
                    IoWriteMmReg8(base + (1 << (i + 2)), 1 << i)   // GPIODATA, masked by address bits
                    Delay(1000)
                }
                printf("dir=%02x\\n", IoReadMmReg8(base + GPIODIR));
                rc = KnIoMemHandlesClose(&hs);
                """);
        assertEquals("dir=ff\n", run.printed.toString());
        assertEquals(0, run.var("rc"));
        assertEquals(8, run.events("advance").size());
    }
}
