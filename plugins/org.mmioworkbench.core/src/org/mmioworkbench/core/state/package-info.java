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
 * <b>Why CSV and not JSON:</b> the state is a flat table of names and numbers; CSV needs no library, and a line per
 * register is what a user's diff tool and spreadsheet take.
 */
package org.mmioworkbench.core.state;
