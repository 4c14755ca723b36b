/**
 * The CMSIS-SVD reader: {@link org.mmioworkbench.core.svd.SvdReader} turns a vendor's register description
 * into an {@link org.mmioworkbench.core.svd.SvdDevice}, with {@code derivedFrom} resolved, {@code dim} arrays
 * and clusters expanded and every inherited property filled in.
 *
 * <h2>The pipeline</h2>
 * One facade, {@link org.mmioworkbench.core.svd.SvdReader}, over five steps, each in its own class:
 * <ol>
 * <li><b>source</b> ({@code SvdSource}): the file's bytes decoded (byte-order mark, XML declaration, else
 *     UTF-8; an invalid byte is an error at its line and column), and parser positions turned into
 *     {@code file:line:col} errors at the {@code <} of an element's start tag;</li>
 * <li><b>cursor</b> ({@code SvdCursor}): the JDK's StAX parser with DTDs and external entities off, walking
 *     elements and remembering where each starts;</li>
 * <li><b>parser</b> ({@code SvdParser}): one streaming pass into the raw model ({@code RawDevice} and below),
 *     checking what each element says on its own: numbers, names, bit ranges, keywords;</li>
 * <li><b>resolver</b> ({@code SvdResolver}): {@code derivedFrom}, each element resolved once, on demand;</li>
 * <li><b>expander</b> ({@code SvdExpander}): arrays and clusters expanded, defaults inherited, addresses
 *     computed and checked, the result sorted.</li>
 * </ol>
 * Every problem is an {@link org.mmioworkbench.core.svd.SvdException} whose message is one line,
 * {@code file:line:col: reason}; the reader throws nothing else, whatever the input (the fuzz tests in
 * {@code org.mmioworkbench.fuzz} hold it to that). Unknown elements are skipped.
 *
 * <h2>Limits: hostile files</h2>
 * An SVD file comes from outside (a vendor, a download, a board file's {@code svd:} key), so the reader
 * bounds what a file can cost before it recurses or reads:
 * <ul>
 * <li><b>Only regular files.</b> {@code SvdReader.read(Path)} refuses a directory, a named pipe, a device or a
 *     socket before opening it, so it never blocks on a pipe or reads {@code /dev/zero} forever.</li>
 * <li><b>Size.</b> At most {@link org.mmioworkbench.core.svd.SvdReader#MAX_FILE_BYTES} (128 MiB; the largest
 *     vendor files are tens of MiB), checked before reading and while reading a stream.</li>
 * <li><b>Depth.</b> Elements nest at most 32 deep (a real file nests about ten); the parser recurses once
 *     per cluster level, so its stack stays small. A {@code derivedFrom} chain is at most 64 steps long
 *     (real files use one or two); resolution recurses once per step. {@code dim} is at most 65,536 and a
 *     file expands to at most 2<sup>18</sup> registers.</li>
 * <li><b>Numbers</b> are unsigned 64-bit: a value, or a {@code k/M/G/T} multiple, beyond 2<sup>64</sup>-1 is
 *     an error. So is every address that would pass 2<sup>64</sup>-1: a register's last byte (peripheral
 *     base + cluster offsets + register offset + size), an array element ({@code i * dimIncrement}, for
 *     peripherals, clusters and registers); a field array element past its register is an error even when
 *     {@code i * dimIncrement} would wrap back into it. Nothing wraps around.</li>
 * <li><b>Names</b> follow the schema's types: the device, {@code enumeratedValues} and
 *     {@code enumeratedValue} names are {@code identifierType} ({@code [_A-Za-z0-9]*}); peripheral, cluster,
 *     register and field names are {@code dimableIdentifierType} (an identifier with one {@code %s}, or
 *     {@code [%s]} at its end); {@code dimIndex} entries are letters, digits and {@code _}. Names are printed
 *     in listings, traces and the debugger, so a name with a line break, an escape sequence or a
 *     bidirectional override would forge lines or reach the terminal: such a name is an error at its
 *     {@code <name>} element. Descriptions are free text (white space collapsed) and shown only in the
 *     workbench's views.</li>
 * <li><b>Messages</b> quote the file's text (a number, a keyword, a {@code derivedFrom}); control characters
 *     in it are shown as escapes ({@link org.mmioworkbench.core.FileProblemException#printable(String)}), so
 *     an error is always exactly one line.</li>
 * </ul>
 *
 * <h2>Register widths</h2>
 * CMSIS-SVD allows a register {@code size} of 1 to 64 bits, and so does the reader (and {@code mmio-sim svd}
 * lists such registers). The device layer simulates whole bytes (8, 16, 24 ... 64 bits); a board file whose
 * device uses a register of another width is refused when the board is read
 * ({@link org.mmioworkbench.core.devices.RegisterFile#check}), at the device's position, not when the
 * simulator starts.
 *
 * <h2>Tolerance: what the tools users know accept</h2>
 * Some vendor files break the format in ways that other SVD readers accept; this reader reads them the same way and
 * notes an {@link org.mmioworkbench.core.svd.SvdWarning} (file, line and column of the element, in
 * {@link org.mmioworkbench.core.svd.SvdDevice#warnings()}; {@code mmio-sim svd} prints them as
 * {@code FILE:LINE:COL: warning: ...}) instead of refusing the file: {@code <access>write</access>} (GigaDevice) is
 * write-only; a field that runs past its register (SiFive, Espressif) is clipped to it, and one wholly outside it
 * left out; a {@code derivedFrom} that names one element of a {@code %s} list ({@code P100PFS} of {@code P10%sPFS},
 * Renesas) derives from the list's definition. Everything else malformed is still an error.
 */
package org.mmioworkbench.core.svd;
