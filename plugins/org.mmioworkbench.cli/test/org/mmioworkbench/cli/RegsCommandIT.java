package org.mmioworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/mmio-sim regs} and {@code run --regs}, through the real launcher: a board's register state dumped as CSV,
 * written at the end of a driver's run, and two states compared with their changed fields decoded.
 */
class RegsCommandIT {
    @Test
    void theResetStateOfADeviceIsWrittenOneRegisterALine() throws Exception {
        CommandLineRun run = CommandLineRun.run("regs", "--device", "UART0");
        assertEquals(0, run.status(), run.err());
        assertEquals("# MMIO Workbench register state, board qemu-virt", run.outLines().get(0));
        assertEquals("device,register,address,bits,value", run.outLines().get(1));
        assertTrue(run.outLines().contains("UART0,UARTCR,0x09000030,32,0x00000301"), run.out());
        assertTrue(run.outLines().stream().skip(2).allMatch(l -> l.startsWith("UART0,")), run.out());
        CommandLineRun bad = CommandLineRun.run("regs", "--device", "NOPE");
        assertEquals(2, bad.status());
        assertEquals("error: the board qemu-virt has no device 'NOPE'", bad.err().strip());
    }

    @Test
    void twoStatesCompareWithTheChangedFieldsDecoded(@TempDir Path dir) throws Exception {
        Path reset = dir.resolve("reset.csv");
        assertEquals(0, CommandLineRun.run("regs", "-o", reset.toString()).status());
        Path driver = dir.resolve("pl061_gpio.c");
        Files.copy(CommandLineRun.repo().resolve("examples/c/pl061_gpio.c"), driver);
        Path after = dir.resolve("after.csv");
        CommandLineRun ran = CommandLineRun.run("run", "--regs", after.toString(), driver.toString());
        assertEquals(0, ran.status(), ran.err());
        CommandLineRun diff = CommandLineRun.run("regs", "--diff", reset.toString(), after.toString());
        assertEquals(1, diff.status(), "the states differ: " + diff.err());
        assertTrue(diff.outLines().stream().anyMatch(l -> l.startsWith("GPIO.GPIODIR: 0x0 -> 0x")), diff.out());
        assertTrue(diff.outLines().get(diff.outLines().size() - 1).matches("\\d+ registers? differs?"), diff.out());
        CommandLineRun same = CommandLineRun.run("regs", "--diff", after.toString(), after.toString());
        assertEquals(0, same.status());
        assertEquals("", same.out());

        CommandLineRun overwrite = CommandLineRun.run("run", "--regs", driver.toString(), driver.toString());
        assertEquals(2, overwrite.status(), "never over an input file");
        assertTrue(overwrite.err().contains("is the input"), overwrite.err());
        assertTrue(Files.readString(driver, StandardCharsets.UTF_8).contains("GPIODIR"), "the driver is intact");
    }

    @Test
    void aBrokenStateFileIsOneLineAtItsLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "device,register,address,bits,value\nUART0,UARTCR,9000030,32,0x1\n",
                StandardCharsets.UTF_8);
        CommandLineRun run = CommandLineRun.run("regs", "--diff", bad.toString(), bad.toString());
        assertEquals(2, run.status());
        assertEquals(bad + ":2:14: error: address must be hexadecimal with 0x, not '9000030'", run.err().strip());
    }

    @Test
    void aStateWrittenAsJsonReadsBackAsTheSameStateAsItsCsv(@TempDir Path dir) throws Exception {
        CommandLineRun json = CommandLineRun.run("regs", "--device", "UART0", "--format", "json");
        assertEquals(0, json.status(), json.err());
        assertEquals("{", json.outLines().get(0));
        assertEquals("  \"format\": \"mmio-workbench register state\",", json.outLines().get(1));
        assertTrue(json.outLines().contains("    {\"device\": \"UART0\", \"register\": \"UARTCR\", \"address\": "
                + "\"0x09000030\", \"bits\": 32, \"value\": \"0x00000301\"},"), json.out());
        assertEquals("registers", JsonReader.object(json.out()).keySet().stream().reduce((a, b) -> b).orElseThrow());

        Path asJson = dir.resolve("reset.json");
        Path asCsv = dir.resolve("reset.csv");
        assertEquals(0, CommandLineRun.run("regs", "-o", asJson.toString()).status());
        assertEquals(0, CommandLineRun.run("regs", "-o", asCsv.toString()).status());
        assertTrue(Files.readString(asJson, StandardCharsets.UTF_8).startsWith("{\n"), "a .json file is JSON");
        CommandLineRun same = CommandLineRun.run("regs", "--diff", asJson.toString(), asCsv.toString());
        assertEquals(0, same.status(), same.out() + same.err());
        assertEquals("", same.out());
        CommandLineRun badFormat = CommandLineRun.run("regs", "--format", "xml");
        assertEquals(2, badFormat.status());
        assertEquals("error: --format is csv or json, not 'xml'", badFormat.err().strip());
    }

    @Test
    void aJsonStateComparesWithACsvStateWithTheChangedFieldsDecoded(@TempDir Path dir) throws Exception {
        Path reset = dir.resolve("reset.csv");
        assertEquals(0, CommandLineRun.run("regs", "-o", reset.toString()).status());
        Path driver = dir.resolve("pl061_gpio.c");
        Files.copy(CommandLineRun.repo().resolve("examples/c/pl061_gpio.c"), driver);
        Path after = dir.resolve("after.json");
        CommandLineRun ran = CommandLineRun.run("run", "--regs", after.toString(), driver.toString());
        assertEquals(0, ran.status(), ran.err());
        assertTrue(Files.readString(after, StandardCharsets.UTF_8).startsWith("{\n"), "run --regs *.json is JSON");
        CommandLineRun diff = CommandLineRun.run("regs", "--diff", reset.toString(), after.toString());
        assertEquals(1, diff.status(), "the states differ: " + diff.err());
        assertTrue(diff.outLines().stream().anyMatch(l -> l.startsWith("GPIO.GPIODIR: 0x0 -> 0x")), diff.out());
        CommandLineRun back = CommandLineRun.run("regs", "--diff", after.toString(), reset.toString());
        assertEquals(diff.outLines().size(), back.outLines().size(), back.out());
    }

    @Test
    void aBrokenJsonStateFileIsOneLineAtItsLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"format": "mmio-workbench register state", "version": 1, "registers": [
                  {"device": "UART0", "register": "UARTCR", "address": "0x09000030", "bits": 32, "value": 7.5}]}
                """, StandardCharsets.UTF_8);
        CommandLineRun run = CommandLineRun.run("regs", "--diff", bad.toString(), bad.toString());
        assertEquals(2, run.status());
        assertEquals(bad + ":2:91: error: value must be hexadecimal with 0x (a string, \"0x1F\") or a non-negative "
                + "integer, not 7.5", run.err().strip());
    }
}
