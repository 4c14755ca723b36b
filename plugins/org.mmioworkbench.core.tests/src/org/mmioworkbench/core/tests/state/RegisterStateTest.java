package org.mmioworkbench.core.tests.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.state.RegisterState;
import org.mmioworkbench.core.state.RegisterStateException;

/**
 * Register state as data: captured without side effects, saved and read back, compared (decoded), and written back
 * into a session with what the access rules refused.
 */
class RegisterStateTest {
    private static Simulator driverWroteUartcr() {
        Simulator sim = new Simulator(Board.qemuVirt());
        MmioApi api = sim.process("drv").api();
        int rid = api.knRegisterPhyMem(0x0900_0000L, 0x1000, org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED).rid();
        MapResult map = api.knIoMapMem(rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
        api.ioWriteMmReg32(map.address() + 0x30, 0x381); // UARTCR: UARTEN, LBE, TXE, RXE
        return sim;
    }

    @Test
    void aStateIsCapturedWithoutSideEffectsAndReadsBackTheSame(@TempDir Path dir) throws Exception {
        Simulator sim = driverWroteUartcr();
        long trace = sim.traceLength();
        RegisterState state = RegisterState.capture(sim, List.of("UART0"));
        assertEquals(trace, sim.traceLength(), "captured by peeking, not by reading");
        assertEquals("qemu-virt", state.board());
        RegisterState.Value cr = state.registers().stream().filter(v -> v.register().equals("UARTCR")).findFirst()
                .orElseThrow();
        assertEquals(new RegisterState.Value("UART0", "UARTCR", 0x0900_0030L, 32, 0x381), cr);
        assertTrue(state.registers().stream().allMatch(v -> v.device().equals("UART0")));
        StringWriter text = new StringWriter();
        state.write(text);
        assertTrue(text.toString().startsWith("# MMIO Workbench register state, board qemu-virt\n"
                + "device,register,address,bits,value\nUART0,UARTDR,0x09000000,32,0x00000000\n"), text.toString());
        assertTrue(text.toString().contains("\nUART0,UARTCR,0x09000030,32,0x00000381\n"));
        Path file = dir.resolve("uart.csv");
        state.write(file);
        assertEquals(state, RegisterState.read(file));
        assertThrows(IllegalArgumentException.class, () -> RegisterState.capture(sim, List.of("NOPE")));
        assertTrue(RegisterState.capture(sim, List.of()).registers().size() > state.registers().size(),
                "no device named: every device of the board");
    }

    @Test
    void twoStatesCompareRegisterByRegisterWithTheChangedFieldsDecoded() {
        RegisterState reset = RegisterState.capture(new Simulator(Board.qemuVirt()), List.of("UART0"));
        Simulator sim = driverWroteUartcr();
        List<RegisterState.Difference> diff = reset.diff(RegisterState.capture(sim, List.of("UART0")), sim);
        assertEquals(1, diff.size(), diff.toString());
        RegisterState.Difference d = diff.get(0);
        assertEquals("UART0.UARTCR", d.register());
        assertEquals(Optional.of(0x301L), d.before(), "the kernel's console left UARTEN, TXE and RXE set");
        assertEquals(Optional.of(0x381L), d.after());
        assertEquals(List.of("LBE"), d.fields().stream().map(FieldChange::field).toList());
        assertEquals(1L, d.fields().get(0).newValue());
        assertTrue(reset.diff(reset, sim).isEmpty());
        RegisterState gpioOnly = RegisterState.capture(sim, List.of("GPIO"));
        assertTrue(reset.diff(gpioOnly, null).stream().anyMatch(x -> x.after().isEmpty()), "only in the first");
        assertTrue(reset.diff(gpioOnly, null).stream().anyMatch(x -> x.before().isEmpty()), "only in the second");
    }

    @Test
    void aStateWrittenBackIntoASessionReportsWhatTheAccessRulesRefused() throws Exception {
        RegisterState wanted = RegisterState.parse("""
                device,register,address,bits,value
                UART0,UARTCR,0x09000030,32,0x00000381
                UART0,UARTFR,0x09000018,32,0x00000000
                UART0,NOSUCH,0x09000FF0,32,0x00000001
                """, "wanted.csv");
        Simulator sim = new Simulator(Board.qemuVirt());
        List<RegisterState.Refusal> refused = wanted.applyTo(sim);
        assertEquals(0x381, sim.peek(0x0900_0030L, 32).getAsInt(), "UARTCR took the value");
        assertEquals(List.of("UART0.UARTFR", "UART0.NOSUCH"), refused.stream().map(RegisterState.Refusal::register)
                .toList(), "UARTFR is read-only (TXFE stays set); the board has no NOSUCH");
        assertTrue(refused.get(0).now().isPresent());
        assertFalse(refused.get(1).now().isPresent());
    }

    @Test
    void everyMistakeInAStateFileIsReportedAtItsLineAndColumn() {
        String header = "device,register,address,bits,value\n";
        List<List<String>> cases = List.of(
                List.of("UART0,UARTCR,0x9000030,32,0x1\n", "1:1: expected the header line"),
                List.of(header + "UART0,UARTCR,0x9000030,32\n", "2:1: expected 5 fields"),
                List.of(header + "UART0,UARTCR,9000030,32,0x1\n", "2:14: address must be hexadecimal"),
                List.of(header + "UART0,UARTCR,0x9000030,12,0x1\n", "2:24: bits must be 8, 16 or 32"),
                List.of(header + "UART0,UARTCR,0x9000030,8,0x100\n", "2:26: value 0x100 does not fit in 8 bits"),
                List.of(header + "UART0,UARTCR,0x9000030,32,0x1\nUART0,UARTCR,0x9000030,32,0x2\n",
                        "3:1: UART0.UARTCR is already on line 2"),
                List.of(header + "0UART,UARTCR,0x9000030,32,0x1\n", "2:1: invalid device name"),
                List.of("# only a comment\n", "1:1: no header line"));
        for (List<String> c : cases) {
            RegisterStateException e = assertThrows(RegisterStateException.class,
                    () -> RegisterState.parse(c.get(0), "s.csv"), c.get(0));
            assertTrue(e.getMessage().startsWith("s.csv:" + c.get(1)), e.getMessage());
        }
    }

    @Test
    void aStateInJsonHasOneRegisterALineAndReadsBackTheSame(@TempDir Path dir) throws Exception {
        RegisterState state = RegisterState.capture(driverWroteUartcr(), List.of("UART0"));
        StringWriter text = new StringWriter();
        state.write(text, RegisterState.Format.JSON);
        assertTrue(text.toString().startsWith("""
                {
                  "format": "mmio-workbench register state",
                  "version": 1,
                  "board": "qemu-virt",
                  "registers": [
                    {"device": "UART0", "register": "UARTDR", "address": "0x09000000", "bits": 32, "value": "0x00000000"},
                """), text.toString());
        assertTrue(text.toString().contains(
                "\n    {\"device\": \"UART0\", \"register\": \"UARTCR\", \"address\": \"0x09000030\", \"bits\": 32,"
                        + " \"value\": \"0x00000381\"},\n"), text.toString());
        assertTrue(text.toString().endsWith("}\n  ]\n}\n"), text.toString());
        assertEquals(state, RegisterState.parse(text.toString(), "s.json"));
        Path json = dir.resolve("uart.JSON");
        state.write(json);
        assertTrue(Files.readString(json).startsWith("{"), "a name ending in .json is written as JSON");
        assertEquals(state, RegisterState.read(json));
        Path named = dir.resolve("uart.state");
        Files.copy(json, named);
        assertEquals(state, RegisterState.read(named), "read as JSON by its content, whatever its name");
        RegisterState none = new RegisterState("", List.of());
        StringWriter empty = new StringWriter();
        none.write(empty, RegisterState.Format.JSON);
        assertEquals(none, RegisterState.parse(empty.toString(), "e.json"), empty.toString());
    }

    @Test
    void aJsonStateTakesNumbersAsWellAsHexadecimalStrings() throws Exception {
        RegisterState s = RegisterState.parse("""
                {"format": "mmio-workbench register state", "version": 1, "registers": [
                  {"value": 897, "bits": 32, "address": 150994992, "register": "UARTCR", "device": "UART0"}]}
                """, "n.json");
        assertEquals(new RegisterState("", List.of(new RegisterState.Value("UART0", "UARTCR", 0x0900_0030L, 32,
                0x381))), s);
    }

    @Test
    void everyMistakeInAJsonStateIsReportedAtItsLineAndColumn() {
        String head = "{\"format\": \"mmio-workbench register state\", \"version\": 1,\n\"registers\": [\n";
        String cr = "{\"device\": \"UART0\", \"register\": \"UARTCR\", \"address\": \"0x09000030\", \"bits\": 32, "
                + "\"value\": \"0x1\"}";
        List<List<String>> cases = List.of(
                List.of(head + cr + "\n", "4:1: ", "not valid JSON: Unexpected end-of-input: expected close marker for "
                        + "Array (opened at line 2, column 14)"),
                List.of(head + cr.replace("\"0x1\"", "\"0x100\"").replace("32", "8") + "]}",
                        "3:", "value 0x100 does not fit in 8 bits"),
                List.of(head + cr.replace("32", "12") + "]}", "3:", "bits must be 8, 16 or 32, not 12"),
                List.of(head + cr.replace("\"0x09000030\"", "\"09000030\"") + "]}", "3:",
                        "address must be hexadecimal with 0x"),
                List.of(head + cr.replace("\"bits\"", "\"width\"") + "]}", "3:", "unknown member \"width\""),
                List.of(head + cr.replace(", \"bits\": 32", "") + "]}", "3:1: ", "the register has no \"bits\""),
                List.of(head + cr + ",\n" + cr + "]}", "4:1: ", "UART0.UARTCR is already on line 3"),
                List.of(head + cr.replace("\"UART0\"", "\"0UART\"") + "]}", "3:", "invalid device name '0UART'"),
                List.of("{\"format\": \"mmio-workbench register state\", \"version\": 2, \"registers\": []}", "1:",
                        "version 2 is not known"),
                List.of("{\"format\": \"mmio-workbench register state\", \"format\": \"x\"}", "1:",
                        "not valid JSON: Duplicate field 'format'"),
                List.of("{\"registers\": []}", "1:1: ", "no member \"format\""),
                List.of("[1]", "1:1: ", "a register state in JSON is an object"));
        for (List<String> c : cases) {
            RegisterStateException e = assertThrows(RegisterStateException.class,
                    () -> RegisterState.parse(c.get(0), "s.json"), c.get(0));
            assertTrue(e.getMessage().startsWith("s.json:" + c.get(1)), e.getMessage());
            assertTrue(e.getMessage().contains(c.get(2)), e.getMessage());
        }
    }
}
