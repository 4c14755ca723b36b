/**
 * Register state as data: what every readable register of a board (or of some devices) holds at one moment,
 * captured from a simulator without side effects ({@link org.mmioworkbench.core.Simulator#peek}), saved to and read
 * from a file, compared with another state (decoded: which fields changed, with their value names), and written back
 * into a session through debugger writes, which report what the access rules refused.
 * <p>
 * <b>The file format</b> is CSV (RFC 4180 without quoting: no field can hold a comma), one register a line, so
 * that two states diff line by line with any tool and open in a spreadsheet:
 * <pre>
 * # MMIO Workbench register state, board qemu-virt
 * device,register,address,bits,value
 * UART0,UARTDR,0x09000000,32,0x00000000
 * UART0,UARTCR,0x09000030,32,0x00000300
 * </pre>
 * Lines starting with {@code #} are comments (the first names the board); the header line is required; a register
 * in a cluster is named with its cluster path ({@code CH0.CTRL}). Addresses and values are hexadecimal with
 * {@code 0x}; {@code bits} is the register's width (8, 16 or 32). Registers that cannot be read (write-only) are not
 * in the file: a read of them returns nothing a state could hold. Every problem in a file read back is reported
 * with its file, line and column ({@link RegisterStateException}); the reader never throws anything else.
 * <p>
 * <b>The same state in JSON</b> (a file whose name ends in {@code .json} is written so; a file is read as JSON when
 * its first character is <code>{</code>, whatever its name): an object with the members {@code format} (always
 * {@code "mmio-workbench register state"}), {@code version} ({@code 1}), {@code board} (left out when the state names
 * none) and {@code registers}, an array of objects with the CSV's five columns as members, one register a line:
 * <pre>
 * {
 *   "format": "mmio-workbench register state",
 *   "version": 1,
 *   "board": "qemu-virt",
 *   "registers": [
 *     {"device": "UART0", "register": "UARTDR", "address": "0x09000000", "bits": 32, "value": "0x00000000"},
 *     {"device": "UART0", "register": "UARTCR", "address": "0x09000030", "bits": 32, "value": "0x00000300"}
 *   ]
 * }
 * </pre>
 * {@code address} and {@code value} are written as {@code 0x} hexadecimal strings (JSON numbers lose precision past
 * 2<sup>53</sup> in many readers, and hexadecimal is how registers are read); a reader also takes a non-negative JSON
 * integer. Unknown members, a missing member, a duplicate member or register, and a value wider than its bits are
 * errors at their line and column, as in CSV.
 * <p>
 * <b>Why both:</b> the state is a flat table of names and numbers: CSV is what a spreadsheet and a line-by-line diff
 * take; JSON is what scripts and other tools read without a CSV dialect to guess. Jackson's streaming API
 * ({@code jackson-core}) reads and writes the JSON, as it writes the trace files; the CSV needs no library.
 */
package org.mmioworkbench.core.state;
