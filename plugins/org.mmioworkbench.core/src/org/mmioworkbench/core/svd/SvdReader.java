package org.mmioworkbench.core.svd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads CMSIS-SVD files into a fully resolved {@link SvdDevice}: {@code derivedFrom} copied,
 * {@code dim} arrays and clusters expanded, register properties and field defaults inherited. Every
 * problem, from unreadable bytes to a field outside its register, is an {@link SvdException} whose
 * message is {@code file:line:col: message}. Unknown elements are skipped. Thread-safe: no state.
 */
public final class SvdReader {

    private SvdReader() {
    }

    /**
     * The largest file read, 128 MiB: the largest vendor SVD files are a few tens of MiB, and the reader
     * holds the whole text (as bytes and as characters) while it parses.
     */
    public static final long MAX_FILE_BYTES = 128L << 20;

    /**
     * Reads an SVD file. Only a regular file (or a link to one) is read: a directory, a named pipe, a
     * device or a socket is refused before anything is read, so the reader never blocks on one; so is a
     * file larger than {@link #MAX_FILE_BYTES}.
     *
     * @param file the file
     * @return the device
     * @throws SvdException if the file cannot be read or is not a valid SVD file; the message names
     *         {@code file} as given
     */
    public static SvdDevice read(Path file) throws SvdException {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new SvdException(name, 0, 0, "is a directory, not an SVD file");
        }
        if (!Files.exists(file)) {
            throw new SvdException(name, 0, 0, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new SvdException(name, 0, 0, "is not a regular file (a named pipe, device or socket), not an SVD file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = readBounded(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new SvdException(name, 0, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw new SvdException(name, 0, 0, "permission denied");
        } catch (IOException | OutOfMemoryError e) {
            throw new SvdException(name, 0, 0, "cannot read the file: " + describe(e));
        }
        return parse(name, bytes);
    }

    /**
     * Reads SVD content from a stream (read to its end, or to {@link #MAX_FILE_BYTES}; not closed).
     *
     * @param in the content
     * @param fileNameForMessages what to call it in messages, e.g. its path
     * @return the device
     * @throws SvdException if the stream cannot be read, holds more than {@link #MAX_FILE_BYTES}, or is not
     *         a valid SVD file
     */
    public static SvdDevice read(InputStream in, String fileNameForMessages) throws SvdException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileNameForMessages, "fileNameForMessages");
        byte[] bytes;
        try {
            bytes = readBounded(in, fileNameForMessages);
        } catch (IOException | OutOfMemoryError e) {
            throw new SvdException(fileNameForMessages, 0, 0, "cannot read the file: " + describe(e));
        }
        return parse(fileNameForMessages, bytes);
    }

    private static byte[] readBounded(InputStream in, String name) throws IOException, SvdException {
        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge(name);
        }
        return bytes;
    }

    private static SvdException tooLarge(String name) {
        return new SvdException(name, 0, 0, "file too large: an SVD file may have at most "
                + (MAX_FILE_BYTES >> 20) + " MiB");
    }

    private static SvdDevice parse(String name, byte[] bytes) throws SvdException {
        SvdSource source = SvdSource.decode(name, bytes);
        return SvdExpander.expand(source, SvdParser.parse(source));
    }

    private static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "too large";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
