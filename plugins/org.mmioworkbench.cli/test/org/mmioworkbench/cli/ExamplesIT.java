package org.mmioworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every driver in {@code examples/} runs green under {@code bin/mmio-sim run}, without diagnostics. */
class ExamplesIT {

    /** What each example prints on standard output. */
    private static final Map<String, String> OUTPUT = Map.of(
            "pl011_hello.mmio", "hello\n",
            "pl061_blink.mmio", "blinked GPIO3 4 times; GPIODIR=0x08\n",
            "pl031_rtc.mmio", "RTC counted 3 seconds in 3 s of simulated time\nmatch after 20 polls, RTCDR=1735689602\n",
            "bcm2711_gpio.mmio", "LED on GPIO42 blinked 3 times; button on GPIO17 reads 1\n",
            "shared_region.mmio", "buttons: 0x00, direction register: 0x0f\n",
            "ipc_handover.mmio", "rtc_driver: RTC reads 2 s after boot\n",
            "stm32f407_leds.mmio", "GPIOD MODER=0x55000000 ODR=0xf000\n");

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(CommandLineRun.repo().resolve("examples"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mmio")).sorted().toList().stream();
        }
    }

    @Test
    void theExamplesCoverTheBuiltInBoardsAndTheSharingScenarios() throws IOException {
        assertTrue(examples().toList().containsAll(OUTPUT.keySet()), examples().toList().toString());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void runsGreen(String name, @TempDir Path dir) throws Exception {
        Path script = CommandLineRun.repo().resolve("examples").resolve(name);
        Path trace = dir.resolve("trace.jsonl");
        CommandLineRun run = CommandLineRun.run("run", "--trace", trace.toString(), script.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err(), "no diagnostics or warnings");
        if (OUTPUT.containsKey(name)) {
            assertEquals(OUTPUT.get(name), run.out());
        }
        List<String> lines = Files.readAllLines(trace);
        assertFalse(lines.isEmpty());
        lines.forEach(JsonReader::object);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void stepsToTheEndInTheDebugger(String name) throws Exception {
        Path script = CommandLineRun.repo().resolve("examples").resolve(name);
        CommandLineRun run = CommandLineRun.runWithInput("continue\nquit\n", "debug", script.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("[script finished normally]"), run.out());
    }
}
