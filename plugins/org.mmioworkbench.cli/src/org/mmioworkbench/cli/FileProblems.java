package org.mmioworkbench.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;

/** Words for what went wrong with a file, as a user reads them: no Java class names. */
final class FileProblems {
    private FileProblems() {
    }

    /**
     * Says why a file operation failed.
     *
     * @param e the failure
     * @return e.g. {@code permission denied}, {@code no such file or folder}, {@code Is a directory}
     */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "input/output error" : message;
    }

    /**
     * Finds the input a file to be written would overwrite: an existing file that is the same file (also
     * through links) as one of the inputs.
     *
     * @param output the file to write
     * @param inputs the files read
     * @return the input it is, or null if it is none of them
     */
    static Path sameAsInput(Path output, List<Path> inputs) {
        if (!Files.exists(output)) {
            return null;
        }
        for (Path input : inputs) {
            try {
                if (Files.exists(input) && Files.isSameFile(output, input)) {
                    return input;
                }
            } catch (IOException e) {
                // one that cannot be compared cannot be told apart: keep looking at the others
            }
        }
        return null;
    }
}
