/**
 * Simulation core of MMIO Workbench: a deterministic simulator of the KasperskyOS MMIO API
 * ({@code coresrv/io/mmio.h}) for driver writers. Plain Java, no dependencies.
 *
 * <h2>Getting started</h2>
 * <pre>{@code
 * Simulator sim = new Simulator(Board.qemuVirt());                              // or Boards.builtIn("rpi4b")
 * MmioApi api = sim.process("driver").api();
 * IoMemHandles h = new IoMemHandles();
 * api.knIoMemHandlesClear(h);
 * RegisterResult reg = api.knRegisterPhyMem(0x09030000L, 0x1000, 0);          // PL061 GPIO
 * h.rid = reg.rid();
 * MapResult map = api.knIoMapMem(h.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
 * h.handle = map.handle();
 * api.ioWriteMmReg8(map.address() + 0x400, 0xFF);                              // GPIODIR
 * api.knIoMemHandlesClose(h);
 * }</pre>
 *
 * <h2>C API to Java</h2>
 * <table>
 * <caption>Each C call and its Java counterpart ({@code api} is a {@link org.mmioworkbench.core.MmioApi})</caption>
 * <tr><th>C (KasperskyOS SDK)</th><th>Java</th></tr>
 * <tr><td>{@code rc = KnRegisterPhyMem(addr, size, flags, &rid)}</td>
 *     <td>{@code RegisterResult r = api.knRegisterPhyMem(addr, size, flags)}; {@code r.rc()}, {@code r.rid()}</td></tr>
 * <tr><td>{@code rc = KnIoMapMem(rid, prot, attr, &addr, &handle)}</td>
 *     <td>{@code MapResult m = api.knIoMapMem(rid, prot, attr)}; {@code m.rc()}, {@code m.address()}, {@code m.handle()}</td></tr>
 * <tr><td>{@code IoReadMmReg8/16/32(reg)}</td><td>{@code api.ioReadMmReg8/16/32(reg)} returning {@code int}</td></tr>
 * <tr><td>{@code IoWriteMmReg8/16/32(reg, data)}</td><td>{@code api.ioWriteMmReg8/16/32(reg, data)}</td></tr>
 * <tr><td>{@code IoReadMmBuffer8/16/32(reg, buf, cnt)}</td>
 *     <td>{@code api.ioReadMmBuffer8/16/32(reg, buf, cnt)} with {@code byte[]}/{@code short[]}/{@code int[]}</td></tr>
 * <tr><td>{@code IoWriteMmBuffer8/16/32(reg, buf, cnt)}</td><td>{@code api.ioWriteMmBuffer8/16/32(reg, buf, cnt)}</td></tr>
 * <tr><td>{@code KnIoMemHandlesClear(&handles)}</td><td>{@code api.knIoMemHandlesClear(handles)} on an {@link org.mmioworkbench.core.IoMemHandles}</td></tr>
 * <tr><td>{@code rc = KnIoMemHandlesClose(&handles)}</td><td>{@code Retcode rc = api.knIoMemHandlesClose(handles)}</td></tr>
 * <tr><td>{@code rc = KnHandleClose(h)}</td><td>{@code api.knHandleClose(h)}</td></tr>
 * <tr><td>{@code rc = KnHandleRevoke(h)}</td><td>{@code api.knHandleRevoke(h)}</td></tr>
 * <tr><td>sending a handle in an IPC message</td><td>{@code sim.ipcTransferHandle(from, h, to)} returning a {@link org.mmioworkbench.core.TransferResult}</td></tr>
 * <tr><td>sending it with a permissions mask the sender chooses</td><td>{@code sim.ipcTransferHandle(from, h, to, rights)}</td></tr>
 * <tr><td>a handle permissions mask, {@code OCAP_HANDLE_TRANSFER}</td>
 *     <td>{@link org.mmioworkbench.core.HandleRights} ({@code TRANSFER}, {@code MAP_READ}, {@code MAP_WRITE};
 *     bits the simulator's own), {@code HandleInfo.rights()}</td></tr>
 * <tr><td>the kernel using a device (e.g. its console)</td><td>board windows marked kernel-used (claimed at boot), {@code sim.kernel().access(addr, size)}</td></tr>
 * <tr><td>{@code Retcode}, {@code rcOk}, {@code rcAlreadyExists}, ...</td><td>{@link org.mmioworkbench.core.Retcode} with the same constant names</td></tr>
 * <tr><td>{@code MMIO_K_SHARED}, {@code MMIO_U_SHARED}, {@code VMM_FLAG_*}, {@code INVALID_HANDLE}</td>
 *     <td>{@link org.mmioworkbench.core.MmioConstants} (names from the SDK, values the simulator's own)</td></tr>
 * <tr><td>a fault (data abort) of a register access</td><td>{@link org.mmioworkbench.core.MmioFault} thrown by the access</td></tr>
 * </table>
 *
 * <h2>Rules and the decisions this simulator makes</h2>
 * <ul>
 * <li><b>Registration.</b> The base must be aligned to the board's page size; the size must be a
 *     non-zero multiple of it; the range must not wrap past 2^64; only known flags are accepted; all
 *     these give {@code rcInvalidArgument}. A range overlapping RAM gives {@code rcInvalidArgument} and a
 *     {@code RAM_REGISTRATION} diagnostic. A range in a hole of the board's map may be registered, but
 *     an access to a byte with no device is a {@code BUS_ERROR} fault.</li>
 * <li><b>Sharing between processes.</b> A range identical to a live region joins it only if the new
 *     registration and every live registration of the region carry {@code MMIO_U_SHARED}; otherwise
 *     {@code rcAlreadyExists} and a {@code SHARED_ACCESS_CONFLICT} diagnostic naming the region and the
 *     processes. A range that partly overlaps a live region (any different range sharing a byte) is
 *     always a conflict: {@code rcAlreadyExists} and a {@code PARTIAL_OVERLAP} diagnostic naming both
 *     ranges. Registrations of one process conflict with each other just like those of different ones.</li>
 * <li><b>Sharing with the kernel.</b> Any overlap between a registration and a kernel claim counts. The
 *     kernel first (boot claim or {@link org.mmioworkbench.core.KernelActor#access}) and a registration
 *     without {@code MMIO_K_SHARED}: {@code rcAlreadyExists} and a {@code KERNEL_OWNS_REGION}
 *     diagnostic. A process first without {@code MMIO_K_SHARED} and a later kernel access: the access
 *     fails with {@code rcAlreadyExists} and a {@code KERNEL_ACCESS_FAILED} diagnostic. With
 *     {@code MMIO_K_SHARED} both coexist. A failed kernel access records no claim.</li>
 * <li><b>Handles.</b> Handle values are per process, as in KasperskyOS: every process has its own handle
 *     table, counting values from 1, so the same value may name different handles in two processes
 *     ({@link org.mmioworkbench.core.HandleRef} names a handle as process and value). A process never reuses a
 *     value, so a stale one is always recognised. A value that names nothing in the calling process (never
 *     issued there, already closed, or a value of another process's table) gives
 *     {@code rcResourceNotFound}; {@code INVALID_HANDLE} gives {@code rcInvalidArgument}. (KasperskyOS names
 *     either code for an unknown handle; the simulator keeps them apart so "no such handle" and "malformed
 *     argument" can be told apart.) A call that would issue a handle in a process that has used every value
 *     gives {@code rcQuotaExceeded}. A transferred handle is a descendant of the sender's. Closing a handle
 *     re-parents its descendants to its ancestor. Revoking closes it and revokes all descendants in every
 *     process; a revoked handle makes every call fail with {@code rcHandleRevoked} except
 *     {@code KnHandleClose}, which frees its slot and returns {@code rcOk}. Mapping handles are roots
 *     of their own (a mapping is a separate resource), cannot be transferred ({@code rcNoCapability}:
 *     they lack {@code TRANSFER}),
 *     and are not revoked by revoking a region handle.</li>
 * <li><b>Rights.</b> Every handle has a permissions mask ({@link org.mmioworkbench.core.HandleRights}): a
 *     general part ({@code TRANSFER}) and a part for MMIO regions ({@code MAP_READ}, {@code MAP_WRITE}).
 *     {@code KnRegisterPhyMem} gives all three. A transfer hands on the sender's rights, or exactly the
 *     rights the sender names; it fails with {@code rcNoCapability} (and issues no handle) if the
 *     sender's handle lacks {@code TRANSFER} or the named rights are not a subset of its own: rights are
 *     never elevated, so a descendant may be read-only or unable to pass the handle on. A mapping
 *     handle has the map rights of its {@code prot} and never {@code TRANSFER}. Closing, revoking and
 *     re-parenting never change a handle's rights.</li>
 * <li><b>Mapping.</b> {@code prot} must be {@code VMM_FLAG_READ} or {@code VMM_FLAG_READ | VMM_FLAG_WRITE}.
 *     A write-only mapping ({@code VMM_FLAG_WRITE} alone) is refused with {@code rcInvalidArgument}: the
 *     page tables of the boards simulated here (aarch64 stage-1 descriptors, and x86-64's) have no
 *     write-only setting, so a kernel would have to make such a mapping readable too, and a driver must not
 *     rely on either outcome. {@code attr} may be 0 (no cache flag: the kernel chooses, which for MMIO is
 *     uncached device memory; public driver code passes 0) or one cache flag, optionally with the older SDKs'
 *     guard-page flags {@code VMM_FLAG_LOW_GUARD}/{@code VMM_FLAG_HIGH_GUARD}; anything else, or a mapping
 *     handle given as {@code rid}, is {@code rcInvalidArgument}. Guard pages are opt-in in those SDKs; the
 *     simulator always leaves an unmapped page below and above every mapping (see the placement below), so
 *     an overrun by up to a page always faults ({@code UNMAPPED}) rather than reaching another device,
 *     whether or not the flags are given: the flags are accepted and recorded, and change nothing. Then the
 *     region handle's rights are checked: {@code VMM_FLAG_READ} needs {@code MAP_READ},
 *     {@code VMM_FLAG_WRITE} needs {@code MAP_WRITE} ({@code rcNoCapability}, the trace naming the missing
 *     right). A region is mapped at most once at a time, in one process: a second {@code KnIoMapMem} through
 *     any handle of the region, in any process, gives {@code rcBusy}. A cache flag other than
 *     {@code VMM_FLAG_CACHE_DISABLE} on a range with device windows succeeds with a
 *     {@code CACHED_DEVICE_MAPPING} diagnostic. Virtual addresses start at
 *     {@link org.mmioworkbench.core.Simulator#MMIO_VIRTUAL_BASE} in every process (nothing is mapped below
 *     it), grow upwards with one unmapped page after each mapping and are never reused, so they are
 *     deterministic per process and a freed address is always recognised. No room left below
 *     {@link org.mmioworkbench.core.Simulator#MMIO_VIRTUAL_LIMIT} gives {@code rcOutOfMemory}. A mapping may
 *     end exactly at the limit (its unmapped page above is then the first address past the window); after it
 *     every {@code KnIoMapMem} of that process gives {@code rcOutOfMemory}.</li>
 * <li><b>Deregistration.</b> Closing the mapping handle frees the virtual region. A registration lives
 *     while a valid region handle of it exists in any process or while a mapping made through it
 *     exists: a live mapping keeps its region registered after all region handles are closed or revoked,
 *     until the mapping handle is closed too. When no registration of a region lives, the physical
 *     range is free and can be registered again by anyone.</li>
 * <li><b>Register access.</b> Checked in this order, each a {@link org.mmioworkbench.core.MmioFault}
 *     with a {@link org.mmioworkbench.core.FaultCause}: address never mapped ({@code UNMAPPED}), mapping
 *     closed ({@code FREED}), 16-bit at an odd or 32-bit at a non-multiple-of-4 address
 *     ({@code MISALIGNED}), write without {@code VMM_FLAG_WRITE} ({@code WRITE_NOT_PERMITTED}), no
 *     device at the physical address ({@code BUS_ERROR}). A fault is recorded in the trace and the
 *     diagnostics, costs one access time, and leaves the process running. Buffer variants access the
 *     register once per element and record one trace event.</li>
 * <li><b>Time.</b> The clock starts at 0 ns and advances only by the costs in
 *     {@link org.mmioworkbench.core.Timing} and by {@link org.mmioworkbench.core.Simulator#advance(long)}.
 *     Device models follow it: the clock stops at every event a model announces
 *     ({@link org.mmioworkbench.core.DeviceModel#nextEventNanos()}), so a character leaves a UART or a timer
 *     matches at its exact time, and models are brought up to date around every access to them, after every
 *     other operation and before they are observed (see {@link org.mmioworkbench.core.DeviceModel#advance(long)}).</li>
 * <li><b>Devices.</b> The built-in boards ({@link org.mmioworkbench.core.devices.Boards}: {@code qemu-virt},
 *     the default, and {@code rpi4b}) put device models behind their windows (PL011, PL031, PL061, BCM2711
 *     GPIO and system timer); their registers follow CMSIS-SVD descriptions shipped with the core, with the
 *     semantics and the decisions documented in {@link org.mmioworkbench.core.devices}. A register access
 *     that breaks a register's rules (a write to a read-only register, a read of a write-only one, a second
 *     write of a write-once field, an offset with no register) is no fault: it behaves as the description
 *     says and leaves a diagnostic naming the process, the register and the fields. Device models report
 *     through a {@link org.mmioworkbench.core.DeviceContext}; interrupt lines
 *     ({@link org.mmioworkbench.core.InterruptLine}) are part of the simulator's state, traced and listed by
 *     {@link org.mmioworkbench.core.Simulator#interrupts()}.</li>
 * <li><b>Names.</b> A process name is any text that is not blank, holds no control or format character
 *     (a line break, an escape sequence, a bidirectional override: they would forge trace lines or reach a
 *     terminal) and is neither {@code kernel} nor {@code simulator}
 *     ({@link org.mmioworkbench.core.Simulator#isProcessName(String)}). Errors about files the user gave
 *     ({@link org.mmioworkbench.core.FileProblemException}) are one line: text they quote shows control
 *     characters as escapes.</li>
 * <li><b>Boards.</b> {@link org.mmioworkbench.core.Board.Builder#build()} checks alignment, overlaps and
 *     names in n log n time (ranges sorted by base, each compared with its neighbour), so a board of tens of
 *     thousands of devices is built at once. A device model is only created by the simulator; a board reader
 *     checks first that the model's registers fit the window
 *     ({@link org.mmioworkbench.core.devices.RegisterFile#check}).</li>
 * <li><b>Outside world.</b> {@link org.mmioworkbench.core.Simulator#input(String, String)} feeds a UART's
 *     receive line, {@link org.mmioworkbench.core.Simulator#console(String)} returns what it transmitted,
 *     {@link org.mmioworkbench.core.Simulator#setInput(String, int, boolean)} drives a GPIO pin; each is
 *     traced as an operation of {@code simulator} and costs no time.</li>
 * <li><b>Inspection.</b> What a debugger shows of the board (the register tree, values read without side effects
 *     once per stop, the "changed since the last stop" baseline a debugger advances on every suspend, radix
 *     formatting, field writes with structured results, region rows, handle nodes) is one model in
 *     {@link org.mmioworkbench.core.inspect}, which the IDE's views and the command line both show.</li>
 * </ul>
 *
 * <h2>Trace</h2>
 * Every operation is one {@link org.mmioworkbench.core.TraceEvent}. A register access names the register it
 * reached ({@code UART0.UARTCR}; several for an access wider than a register; empty for plain memory or an
 * offset with no register) and decodes the fields it changed; {@code toString()} gives
 * {@code #12 t=2100ns driver IoWriteMmReg32 UART0.UARTCR <- 0x301 (UARTEN=1 TXE=1 RXE=1)} for a write,
 * {@code #13 t=2200ns driver IoReadMmReg32 UART0.UARTFR -> 0x90} for a read (plus {@code (then F=0)} if the
 * read changed fields), {@code DEV_A+0x10} instead of a register name where there is none, and
 * {@code #14 t=86800ns IRQ UART0 raised} for an interrupt line; other operations keep the form
 * {@code #3 t=1000ns driver KnIoMapMem(rid=0x1, ...) -> rcOk ... @0x09000000 [UART0]}. Interrupt changes an
 * access causes follow the access's event. The trace keeps raw values (24 bytes per register access, no
 * object) and builds text only when asked, so recording costs no formatting.
 * <p>
 * <b>Trace window.</b> Memory stays bounded however long a simulation runs: the trace keeps the most recent
 * {@link org.mmioworkbench.core.Simulator#traceWindow()} events (by default
 * {@link org.mmioworkbench.core.Simulator#DEFAULT_TRACE_WINDOW}, 65,536, about 1.5 MiB; chosen per simulator
 * with {@code new Simulator(board, window)}, {@link org.mmioworkbench.core.Simulator#WHOLE_TRACE} to keep
 * everything) and forgets older ones. What counts stays exact: sequence numbers and
 * {@link org.mmioworkbench.core.Simulator#traceLength()} count every event since boot, and
 * {@link org.mmioworkbench.core.SimulatorListener}s are given every event, even when one operation records
 * more than the window (the events not yet given to them are kept until they are), so a listener can stream
 * the whole trace somewhere in constant memory. {@link org.mmioworkbench.core.Simulator#trace()} returns the
 * window, whose first event is numbered {@code traceLength() - trace().size()};
 * {@link org.mmioworkbench.core.Simulator#traceSince(long)} the part of it from a sequence number on. A
 * snapshot keeps at most the window (and the exact count): restoring it gives back the window as it was, so
 * going back and running forwards again gives the same window as the first time. The kernel's diagnostics
 * (a driver may make one per access, e.g. writing a read-only register in a loop) are kept the same way: the
 * last {@link org.mmioworkbench.core.Simulator#DIAGNOSTIC_WINDOW} (1,024), all of them with
 * {@code WHOLE_TRACE}, numbered and counted exactly ({@link org.mmioworkbench.core.Simulator#diagnosticCount()},
 * {@link org.mmioworkbench.core.Simulator#diagnosticsSince(long)}).
 *
 * <h2>Observing</h2>
 * {@link org.mmioworkbench.core.Simulator#regions()}, {@link org.mmioworkbench.core.Simulator#processes()},
 * {@link org.mmioworkbench.core.Simulator#kernelClaims()}, {@link org.mmioworkbench.core.Simulator#diagnostics()}
 * and {@link org.mmioworkbench.core.Simulator#trace()} return immutable records and may be called from
 * any thread; {@link org.mmioworkbench.core.SimulatorListener} is told about every trace event and every
 * restore; {@link org.mmioworkbench.core.Simulator#snapshot()}/{@link org.mmioworkbench.core.Simulator#restore(Snapshot)}
 * move the whole state back and forth for a stepping debugger. A restore is all or nothing: a snapshot of
 * another simulator is refused ({@code IllegalArgumentException}) before anything changes, and a device model
 * that throws from {@link org.mmioworkbench.core.DeviceModel#restoreState} leaves every model and the rest of
 * the state as they were (the models restored before it are put back, and its exception is passed on). Either
 * way the lock is released, and the listeners are told only of a restore that happened.
 * <p>
 * <b>Threads.</b> Every call locks the simulator with a fair lock, so a reader on another thread (a view
 * refreshing while a driver runs at full speed) waits for at most the operation in progress. The lock is the
 * simulator's own ({@code internal.SimulatorLock}): a driver alone pays one atomic instruction per call to take it
 * and a plain store to release it, where a fair {@code ReentrantLock} paid a full fence for the release too (about
 * a sixth of a register access). The price is that a release can miss a thread that began to wait at that very
 * moment; such a waiter looks again on its own within 0.2 ms, or at once when the driver's next call finds it
 * waiting. {@link org.mmioworkbench.core.Simulator#traceLength()} takes no lock (the trace publishes its length
 * with a release store), so a front end can tell which events its own call recorded without locking twice more.
 * {@link org.mmioworkbench.core.Simulator#inspect(Runnable)} runs several reads under one acquisition:
 * they see one state, and the driver is held up once rather than at every read. Listeners are called
 * after the lock is released, on the thread that caused the events.
 */
package org.mmioworkbench.core;
