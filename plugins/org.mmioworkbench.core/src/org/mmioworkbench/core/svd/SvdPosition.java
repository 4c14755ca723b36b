package org.mmioworkbench.core.svd;

/**
 * Where an element's start tag was seen, as the XML parser reports it (line and column of the end of
 * the preceding event); {@link SvdSource#error} turns it into the position of the tag's {@code <}.
 *
 * @param line the 1-based line, or 0 if unknown
 * @param column the 1-based column, or 0 if unknown
 */
record SvdPosition(int line, int column) {
}
