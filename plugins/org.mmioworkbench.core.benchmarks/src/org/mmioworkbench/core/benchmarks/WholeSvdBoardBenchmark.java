package org.mmioworkbench.core.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.mmioworkbench.boardfile.BoardFileReader;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.state.RegisterState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A board made from the whole STM32H753 SVD file ({@code examples/boards/stm32h753-all.yaml}: 124 peripherals, about
 * 3,000 registers), issue 13's targets: starting a session on it (reading the board file and its 4 MB SVD, and
 * booting a simulator) under 1 s; a whole-board register-state diff of its registers under 200 ms. Warm. The board
 * file comes from {@code -Dmmio.boards.dir}, default {@code ../../examples/boards} (run from this module's folder).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WholeSvdBoardBenchmark {
    private Path boardFile;
    private Simulator sim;
    private RegisterState before;
    private RegisterState after;

    /** Finds the board file and makes two states that differ in one register. */
    @Setup
    public void prepare() throws Exception {
        boardFile = Path.of(System.getProperty("mmio.boards.dir", "../../examples/boards"), "stm32h753-all.yaml");
        if (!Files.isRegularFile(boardFile)) {
            throw new IllegalStateException("board file not found: " + boardFile.toAbsolutePath()
                    + " (set -Dmmio.boards.dir=DIR)");
        }
        sim = new Simulator(BoardFileReader.read(boardFile));
        before = RegisterState.capture(sim, List.of());
        sim.debugWrite("USART3", 0x0C, 32, 0x2B6); // BRR
        after = RegisterState.capture(sim, List.of());
    }

    /**
     * Reads the board file (and the SVD file it names) and boots a simulator on it: a session's start.
     *
     * @return the simulator, so the work is not optimised away
     * @throws Exception if the file cannot be read
     */
    @Benchmark
    public Simulator startSession() throws Exception {
        Board board = BoardFileReader.read(boardFile);
        return new Simulator(board);
    }

    /**
     * Captures the whole board's register state (every readable register, without side effects).
     *
     * @return the state
     */
    @Benchmark
    public RegisterState captureWholeBoard() {
        return RegisterState.capture(sim, List.of());
    }

    /**
     * Compares two whole-board states, decoding the fields of the registers that differ.
     *
     * @return the differences
     */
    @Benchmark
    public List<RegisterState.Difference> diffWholeBoard() {
        return before.diff(after, sim);
    }

    /** @return the registers a state holds, for the record */
    public int registers() {
        return before.registers().size();
    }
}
