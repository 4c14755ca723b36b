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
     * Reads an SVD file.
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
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
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
     * Reads SVD content from a stream (read to its end, not closed).
     *
     * @param in the content
     * @param fileNameForMessages what to call it in messages, e.g. its path
     * @return the device
     * @throws SvdException if the stream cannot be read or is not a valid SVD file
     */
    public static SvdDevice read(InputStream in, String fileNameForMessages) throws SvdException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileNameForMessages, "fileNameForMessages");
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException | OutOfMemoryError e) {
            throw new SvdException(fileNameForMessages, 0, 0, "cannot read the file: " + describe(e));
        }
        return parse(fileNameForMessages, bytes);
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
