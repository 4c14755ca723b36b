package org.mmioworkbench.core.svd;

import org.mmioworkbench.core.FileProblemException;

/**
 * Something in an SVD file that the format does not allow but the SVD tools users know accept, read their way: an
 * {@code <access>write</access>}, a field that runs past its register (clipped), a {@code derivedFrom} that names
 * one element of a {@code %s} list. The file is read; the warning says where and how.
 *
 * @param file the file as the user named it
 * @param line the 1-based line of the element's start tag, or 0 if unknown
 * @param column the 1-based column of its {@code <}, or 0 if unknown
 * @param reason what was read and how, printable on one line
 */
public record SvdWarning(String file, int line, int column, String reason) {
    /** gcc's form: {@code FILE:LINE:COL: warning: REASON}. */
    @Override
    public String toString() {
        return FileProblemException.printable(file) + ":" + line + ":" + column + ": warning: " + reason;
    }
}
