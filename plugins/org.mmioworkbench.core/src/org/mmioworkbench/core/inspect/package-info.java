/**
 * What a debugger shows of a simulated board, without a front end: the one model behind the Register Editor,
 * Region Map and Handles views and the command line debugger's {@code info registers}, {@code info regions} and
 * {@code info handles}.
 * <ul>
 * <li><b>Register tree</b> ({@link org.mmioworkbench.core.inspect.RegisterTree}): typed rows
 * ({@link org.mmioworkbench.core.inspect.RegisterNode}: device, cluster, register, field) created lazily and kept
 * for the session, so a front end's selection and expansion survive value changes and filters.</li>
 * <li><b>Values</b> ({@link org.mmioworkbench.core.inspect.RegisterValues}): read with
 * {@link org.mmioworkbench.core.Simulator#peek(long, int)} under the simulator's lock, at most once per stop: no
 * read side effects, and what a driver's read returns. Write-only bits are shown as
 * {@value org.mmioworkbench.core.inspect.RegisterValues#WRITE_ONLY}, never as the 0 a read returns nor as the value
 * the device holds (the command line used to print the value last written, the views did not: they now agree).</li>
 * <li><b>The "changed since the last stop" baseline</b> is one per session
 * ({@link org.mmioworkbench.core.session.SimulationSession#registerValues()}), shared by every view and the
 * debugger. A debugger calls {@link org.mmioworkbench.core.inspect.RegisterValues#advance()} on every suspend and
 * marks the session as driven; only without one does a view's refresh begin a stop
 * ({@link org.mmioworkbench.core.inspect.RegisterValues#refreshed()}, when the simulation moved). So a step's
 * changes stay highlighted however often the views refresh, and a step that changed nothing clears them.</li>
 * <li><b>Formatting</b>: {@link org.mmioworkbench.core.inspect.Radix} (hex, dec, bin, signed; padded to the width,
 * parsing what a user types). Binary shows every bit of the width in groups of four separated by {@code _}
 * ({@code 0b0000_0011_1000_0001}): the separator Java and C23 literals use, one that {@code Radix.parse} accepts,
 * so a value copied out of a cell can be typed back, and one that cannot be mistaken for a space between two values
 * on a terminal line. Signed is the two's complement of the register's or field's width.
 * {@link org.mmioworkbench.core.inspect.NumberFormats}: a format chosen per row (device, cluster, register, field),
 * inherited by the rows below that choose none, named by row keys so that a front end keeps them per board;
 * {@link org.mmioworkbench.core.inspect.RegisterLine} for a terminal;
 * {@link org.mmioworkbench.core.inspect.SideEffects} for what reading or writing a row does.</li>
 * <li><b>Search</b> is the tree's: {@link org.mmioworkbench.core.inspect.RegisterTree#matches()} lists the rows
 * that matched themselves (names, descriptions, enumerated value names, addresses, address ranges {@code 0xA-0xB})
 * in tree order, collected in the one pass that filters, and
 * {@link org.mmioworkbench.core.inspect.RegisterTree#nextMatch} finds the next or previous one from any row, so a
 * front end's count and F3 / Ctrl+. agree with the tree and the command line could use the same.</li>
 * <li><b>Writes</b> ({@link org.mmioworkbench.core.inspect.RegisterWriter}): a register, or a field by
 * read-modify-write that leaves write-1-to-clear neighbours alone, as a debugger write (traced, access rules
 * apply), with a structured {@link org.mmioworkbench.core.inspect.RegisterWriter.Outcome}. A write-1-to-clear
 * (write-0-to-clear) field is cleared, never given a value ({@code clearField}): the value written is not the
 * value it takes, so asking for one would mislead.</li>
 * <li><b>Bits</b> ({@link org.mmioworkbench.core.inspect.RegisterBits}): a register bit by bit with its fields and
 * what a click on a bit does (toggle, clear a write-1-to-clear field, or nothing for read-only and write-only bits),
 * decided here and carried out by {@link org.mmioworkbench.core.inspect.RegisterWriter#toggleBit}, so what a front
 * end offers and what the write does cannot disagree.</li>
 * <li><b>Regions and handles</b> ({@link org.mmioworkbench.core.inspect.RegionRows},
 * {@link org.mmioworkbench.core.inspect.HandleNodes}): rows built from one state of the simulator.</li>
 * </ul>
 * Front ends adapt rows to their platform (the Register Editor's adapter factory, property sources) and keep view
 * geometry (the Region Map's viewport) to themselves.
 */
package org.mmioworkbench.core.inspect;
