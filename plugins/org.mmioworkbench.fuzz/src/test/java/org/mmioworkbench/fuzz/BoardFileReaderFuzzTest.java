package org.mmioworkbench.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.mmioworkbench.boardfile.BoardFileException;
import org.mmioworkbench.boardfile.BoardFileReader;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the board-file reader with any bytes, next to a small SVD file ({@code chip.svd}) the input may
 * name. An input either describes a board, and then a simulator starts on it (what the reader accepts, the
 * device layer must accept too), or is a {@link BoardFileException} at a position.
 */
class BoardFileReaderFuzzTest {
    static final String FILE = "fuzz.yaml";
    private static Path dir;

    @BeforeAll
    static void svdFileToName() throws IOException {
        dir = Files.createTempDirectory("board-fuzz");
        try (InputStream in = Objects.requireNonNull(BoardFileReaderFuzzTest.class.getResourceAsStream("chip.svd"),
                "chip.svd in the test resources")) {
            Files.copy(in, dir.resolve("chip.svd"));
        }
    }

    @AfterAll
    static void removeIt() throws IOException {
        Files.deleteIfExists(dir.resolve("chip.svd"));
        Files.deleteIfExists(dir);
    }

    @FuzzTest
    @DictionaryFile(resourcePath = "board.dict")
    void boardFile(byte[] input) {
        Board board;
        try {
            board = BoardFileReader.read(new ByteArrayInputStream(input), FILE, dir);
        } catch (BoardFileException e) {
            Contract.positioned(e, FILE);
            return;
        }
        if (board.devices().size() + board.ram().size() < 64) {
            new Simulator(board);
        }
    }
}
