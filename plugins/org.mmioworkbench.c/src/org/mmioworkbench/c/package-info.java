/**
 * Driver code in C, run on the simulation core: {@link org.mmioworkbench.c.CProgram} preprocesses, parses and checks
 * a translation unit (errors are {@link org.mmioworkbench.c.CCompileException}s, one line naming
 * {@code FILE:LINE:COL}); {@link org.mmioworkbench.c.CMachine} runs it as one simulated process. Loads and stores
 * that fall in one of the process's MMIO mappings are MMIO accesses of that width, with the core's faults, device
 * behaviour and trace events. Functions the program declares (in the bundled headers, {@code include/}) but does
 * not define bind to Java: the MMIO API of {@code coresrv/io/mmio.h} and {@code coresrv/handle/handle_api.h}, the
 * simulator's {@code mmio_sim/sim.h} ({@code Delay}, {@code UartInput}, {@code IpcTransferHandle},
 * {@code IpcTransferHandleRights}, {@code IpcReceiveHandle}) and the C library ({@code printf} family, {@code mem*},
 * {@code str*}, {@code strto*}, {@code malloc} family, {@code exit}, {@code abort}, {@code __assert_fail}).
 *
 * <p>Decisions: a run-time error stops the program with {@code FILE:LINE:COL: error: CAUSE} and a gdb-style
 * backtrace ({@link org.mmioworkbench.c.CMachine.Outcome}); {@code main}'s return value, or {@code exit}'s argument,
 * is the exit status; a failed {@code assert} prints glibc's words. Several processes of one run share a
 * {@code Mailbox} for handles in flight, since they run one after the other. How it works is in
 * {@code org.mmioworkbench.c.internal}.
 */
package org.mmioworkbench.c;
