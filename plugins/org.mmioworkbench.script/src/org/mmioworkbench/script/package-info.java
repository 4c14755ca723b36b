/**
 * The driver script language of MMIO Workbench ({@code *.mmio} files): a small subset of C in which a
 * KasperskyOS driver's MMIO code reads as it would in C, run on the simulation core
 * ({@link org.mmioworkbench.core.Simulator}) so it can be stepped through without hardware.
 *
 * <h2>An example</h2>
 * <pre>
 * board qemu-virt
 * #define GPIO_BASE  0x0903_0000      // PL061
 * #define GPIODIR    0x400
 *
 * IoMemHandles hs;
 * KnIoMemHandlesClear(&amp;hs);
 * Retcode rc = KnRegisterPhyMem(GPIO_BASE, 0x1000, 0, &amp;hs.rid);
 * assert(rc == rcOk, "GPIO registered");
 * rc = KnIoMapMem(hs.rid, VMM_FLAG_READ | VMM_FLAG_WRITE,
 *                 VMM_FLAG_CACHE_DISABLE, &amp;base, &amp;hs.handle);
 * IoWriteMmReg8(base + GPIODIR, 0xFF);
 * for (int i = 0; i &lt; 8; i++) {
 *     IoWriteMmReg8(base + (1 &lt;&lt; (i + 2)), 1 &lt;&lt; i)   // GPIODATA, masked by address bits
 *     Delay(1000)
 * }
 * printf("dir=%02x\n", IoReadMmReg8(base + GPIODIR));
 * rc = KnIoMemHandlesClose(&amp;hs);
 * </pre>
 *
 * <h2>Running a script (Java)</h2>
 * <pre>{@code
 * Script script = Script.parse(text, "gpio.mmio");            // throws ScriptException (unchecked)
 * Simulator sim = new Simulator(board);                        // the runner resolves script.board()
 * ScriptMachine m = new ScriptMachine(script, sim, ScriptOutput.of(System.out, System.err),
 *         ScriptOptions.defaults().withLoopBound(100_000));
 * Outcome outcome = m.run();                                   // or step(), stepAccess(), runUntil(...)
 * if (outcome.isError()) System.err.println(outcome.message());
 * for (TraceEvent e : sim.trace())                             // script line of each trace event
 *     m.statementOfEvent(e.seq()).ifPresent(s -> ... s.line() ...);
 * }</pre>
 *
 * <h2>Lines, comments and the preprocessor</h2>
 * <ul>
 * <li>A script file is UTF-8 text ({@link org.mmioworkbench.script.Script#parse(byte[], String)}): a
 *     byte-order mark at its start is skipped, as editors on some systems write one; a byte that is not
 *     UTF-8 (a Latin-1 file, an overlong or cut-short sequence) is an error at its line and column, never a
 *     replacement character that would change a string without notice.</li>
 * <li>A statement ends at a line break or at {@code ;}. A line break does not end a statement inside
 *     parentheses or brackets (so a call's arguments may span lines), right after a binary operator,
 *     or right after {@code =} or a compound assignment operator. A backslash at the end of a line joins
 *     it with the next.</li>
 * <li>Comments: {@code //} to the end of the line, and {@code /* ... *}{@code /} (a block comment that
 *     spans lines counts as a line break).</li>
 * <li>A line whose first non-blank character is {@code #} is a comment ({@code #include},
 *     {@code #pragma}, {@code #ifdef}, {@code #endif}, ...), except {@code #define}. Conditional
 *     directives are ignored, so code between {@code #if 0} and {@code #endif} runs. A {@code #} anywhere
 *     else is an error.</li>
 * <li>{@code #define NAME expression} gives a name to an integer expression of numbers, predefined
 *     constants, earlier {@code #define}s, operators and casts; it is computed when read and usable from
 *     the next line on (as in C, wherever the line is). Defining a name again with the same value is
 *     allowed, with another value is an error, and predefined constants cannot be changed.
 *     {@code #define NAME} without a value (an include guard) is accepted; using such a name is an
 *     error. Function-like macros are not supported.</li>
 * <li>Columns in messages count characters; a tab is one column. Lines and columns start at 1.</li>
 * </ul>
 *
 * <h2>The board</h2>
 * The first line that is not blank or a comment may name the board: {@code board qemu-virt} (a built-in
 * board; the name may contain letters, digits, {@code _ - . +}) or {@code board "path/to/board.yaml"} (a
 * board file). {@link org.mmioworkbench.script.Script#board()} returns it with its position; the runner
 * resolves it ({@link org.mmioworkbench.script.ScriptEnvironment#board(String)} knows the built-in
 * names), otherwise applying its {@code --board} option or {@code qemu-virt}. {@code board} anywhere
 * else is an error.
 *
 * <h2>Values, literals and types</h2>
 * <ul>
 * <li>Every value is an unsigned 64-bit integer. Strings exist only as call arguments.</li>
 * <li>Integer literals: decimal, hexadecimal {@code 0x1F}, binary {@code 0b1010}, and octal with a
 *     leading {@code 0} as in C ({@code 017} is 15; {@code 08} is an error). A {@code _} or {@code '}
 *     may separate digits ({@code 0x0900_0000}, {@code 1'000'000}). C's suffixes {@code u}, {@code l},
 *     {@code ul}, {@code ll}, {@code ull} (any case) are accepted and ignored. A literal above
 *     2<sup>64</sup>-1 is an error; floating-point literals are not supported.</li>
 * <li>Character literals have the value of their byte: {@code 'H'} is 72. Escapes (in characters and
 *     strings): {@code \n \t \r \0 \a \b \f \v \e \\ \' \" \?}, octal {@code \101} (up to three digits)
 *     and hexadecimal {@code \x1b}; the value must fit in a byte.</li>
 * <li>String literals hold UTF-8 text and escaped bytes; adjacent literals are joined
 *     ({@code "ab" "cd"}).</li>
 * <li>Variables need no declaration: {@code name = expr} creates one holding 64 bits. A declaration
 *     {@code TYPE name}, {@code TYPE name = expr} or {@code TYPE a = 1, *p = 2} gives it a type, and then
 *     every value stored in it (by the initializer, a later assignment or an out-parameter) is converted
 *     to that type: truncated to its width and, for signed types, sign-extended back to 64 bits, as C's
 *     {@code (uint64_t)(int32_t)v}. A declaration without an initializer leaves the variable without a
 *     value. {@code const}, {@code volatile} and {@code static} are accepted and ignored.
 * <table>
 * <caption>Declarable types</caption>
 * <tr><th>Type</th><th>Bits</th><th>Signed</th></tr>
 * <tr><td>{@code uint8_t}, {@code rtl_uint8_t}, {@code char}, {@code unsigned char}</td><td>8</td><td>no</td></tr>
 * <tr><td>{@code int8_t}, {@code rtl_int8_t}, {@code signed char}</td><td>8</td><td>yes</td></tr>
 * <tr><td>{@code uint16_t}, {@code rtl_uint16_t}, {@code unsigned short}</td><td>16</td><td>no</td></tr>
 * <tr><td>{@code int16_t}, {@code rtl_int16_t}, {@code short}</td><td>16</td><td>yes</td></tr>
 * <tr><td>{@code uint32_t}, {@code rtl_uint32_t}, {@code unsigned}, {@code unsigned int}, {@code Handle}</td><td>32</td><td>no</td></tr>
 * <tr><td>{@code int32_t}, {@code rtl_int32_t}, {@code int}, {@code signed}, {@code Retcode}</td><td>32</td><td>yes</td></tr>
 * <tr><td>{@code uint64_t}, {@code rtl_uint64_t}, {@code unsigned long}, {@code unsigned long long},
 *     {@code size_t}, {@code rtl_size_t}, {@code uintptr_t}, {@code rtl_uintptr_t}, any pointer
 *     ({@code void *p}, {@code volatile uint32_t *reg})</td><td>64</td><td>no</td></tr>
 * <tr><td>{@code int64_t}, {@code rtl_int64_t}, {@code long}, {@code long long}</td><td>64</td><td>yes</td></tr>
 * <tr><td>{@code IoMemHandles}</td><td colspan="2">the SDK's structure; see below</td></tr>
 * </table></li>
 * <li>Signedness only affects how a value is stored: comparisons, division and right shifts are always
 *     unsigned. So {@code int i = -1} makes {@code i == -1} true, but {@code i < 0} false (-1 is
 *     2<sup>64</sup>-1); a loop counting down past 0 hits the loop bound.</li>
 * <li>A cast {@code (TYPE)expr} converts like an assignment to that type: {@code (uint8_t)0x1234} is
 *     {@code 0x34}.</li>
 * <li>{@code IoMemHandles hs} declares the SDK's structure; its fields {@code hs.rid} and
 *     {@code hs.handle} are 32-bit {@code Handle}s, read and assigned as in C, and passed as
 *     {@code &hs.rid}. {@code &hs} passes the whole structure to {@code KnIoMemHandlesClear} and
 *     {@code KnIoMemHandlesClose}. A name's first use decides whether it is a structure (declared
 *     {@code IoMemHandles}, used with a field, or passed as {@code &hs} to those two calls) or a plain
 *     variable; using it as the other kind later is an error.</li>
 * <li>Reading a variable (or field) that has no value is an error naming it and its position:
 *     {@code undefined variable 'x'}.</li>
 * <li>Reserved words: {@code if else while for do break continue process board assert}, the type
 *     names above, and the unsupported C keywords {@code return switch case default goto struct union enum
 *     typedef sizeof extern}.</li>
 * </ul>
 *
 * <h2>Operators</h2>
 * C's operators with C's precedence and associativity, from the loosest:
 * {@code ||}; {@code &&}; {@code |}; {@code ^}; {@code &}; {@code == !=}; {@code < <= > >=};
 * {@code << >>}; {@code + -}; {@code * / %}; then the unary {@code - + ~ !} and casts. Parentheses group.
 * So {@code 1 + 2 << 3} is 24 and {@code a & b == c} is {@code a & (b == c)}, as in C.
 * <ul>
 * <li>Arithmetic wraps modulo 2<sup>64</sup>; unary {@code -x} is {@code 0 - x}; {@code ~} inverts all
 *     64 bits.</li>
 * <li>Comparisons, {@code !}, {@code &&} and {@code ||} give 0 or 1. {@code &&} and {@code ||}
 *     evaluate their right operand only if needed, so {@code ready && IoReadMmReg32(reg)} makes no
 *     access when {@code ready} is 0.</li>
 * <li>Division or remainder by zero stops the script with an error at the operator
 *     ({@code FILE:LINE:COL: error: division by zero}); in a {@code #define} it is a parse error.</li>
 * <li>A shift by 64 or more (undefined in C) gives 0 and a warning,
 *     {@code FILE:LINE:COL: warning: shift by 70 bits (64 or more, undefined in C): the result is 0},
 *     once per place in the script ({@link org.mmioworkbench.script.ScriptOutput#warning(String)}), or in
 *     {@link org.mmioworkbench.script.Script#warnings()} for a {@code #define}. {@code >>} is a logical
 *     shift.</li>
 * <li>Not supported: {@code ?:}, assignment inside expressions ({@code if (x = 1)} suggests {@code ==}),
 *     {@code ++}/{@code --} inside expressions, pointer dereference {@code *p}, address-of except for
 *     out-parameters, arrays, {@code sizeof}, floating point.</li>
 * </ul>
 *
 * <h2>Statements</h2>
 * <ul>
 * <li>{@code name = expr}, {@code name.field = expr}; compound {@code += -= *= /= %= <<= >>= &= |= ^=};
 *     {@code x++}, {@code ++x}, {@code x--}, {@code --x} as statements.</li>
 * <li>Declarations (above), anywhere a statement may stand, also in a {@code for} header.</li>
 * <li>{@code if (c) s} and {@code if (c) s else s}; {@code while (c) s}; {@code do s while (c)};
 *     {@code for (init; cond; step) s}, where {@code init} and {@code step} are comma-separated simple
 *     statements and each part may be empty ({@code for (;;)}); {@code break}; {@code continue};
 *     {@code { ... }} blocks; the empty statement {@code ;}. The body of {@code if}, {@code else} and a
 *     loop may start on the next line.</li>
 * <li>A call as a statement discards its result.</li>
 * <li><b>The loop bound.</b> One execution of a loop may run at most
 *     {@link org.mmioworkbench.script.ScriptOptions#loopBound()} iterations (default 1,000,000); the
 *     next one stops the script with {@code FILE:LINE:COL: error: the loop at line N ran more than B
 *     iterations; is it polling a register that never changes?} at the loop's keyword. A nested loop's
 *     count starts again each time it is entered. A polling loop that never sees its bit flip is
 *     reported instead of hanging.</li>
 * </ul>
 *
 * <h2>The MMIO API</h2>
 * Called exactly as in C; out-parameters are written {@code &name} or {@code &name.field}. Every call
 * goes through the core's Java API ({@link org.mmioworkbench.core.MmioApi}) as the current process, and
 * appears in the simulator's trace. Arguments are converted as C would convert them to the parameter
 * types: handles, flags and register data to 32 bits (only the low 8 or 16 bits are written by the 8- and
 * 16-bit writes), addresses and sizes stay 64-bit. Results: return codes are the core's
 * {@link org.mmioworkbench.core.Retcode#code()} sign-extended to 64 bits (C's
 * {@code (uint64_t)(int32_t)rc}), so {@code rc == rcOk} and {@code rc != rcAlreadyExists} work whether
 * {@code rc} is undeclared, {@code Retcode} or {@code int}; handles and register values are
 * zero-extended; a failed call stores {@code INVALID_HANDLE} (and address 0) in its out-parameters.
 * A wrong number of arguments, a value where an out-parameter is expected (or the reverse), and a call
 * without a value used in an expression are errors at the call's or argument's position.
 * <table>
 * <caption>Functions</caption>
 * <tr><th>Call</th><th>Result</th></tr>
 * <tr><td>{@code rc = KnRegisterPhyMem(addr, size, flags, &rid)}</td><td>return code; region handle in {@code rid}</td></tr>
 * <tr><td>{@code rc = KnIoMapMem(rid, prot, attr, &base, &mapping)}</td><td>return code; virtual address and mapping handle</td></tr>
 * <tr><td>{@code v = IoReadMmReg8(addr)}, {@code IoReadMmReg16}, {@code IoReadMmReg32}</td><td>the register's value</td></tr>
 * <tr><td>{@code IoWriteMmReg8(addr, value)}, {@code IoWriteMmReg16}, {@code IoWriteMmReg32}</td><td>none</td></tr>
 * <tr><td>{@code KnIoMemHandlesClear(&hs)}</td><td>none; both fields become {@code INVALID_HANDLE}</td></tr>
 * <tr><td>{@code rc = KnIoMemHandlesClose(&hs)}</td><td>return code; closes {@code hs.handle} then {@code hs.rid}, both become {@code INVALID_HANDLE}</td></tr>
 * <tr><td>{@code rc = KnHandleClose(h)}</td><td>return code</td></tr>
 * <tr><td>{@code rc = KnHandleRevoke(h)}</td><td>return code</td></tr>
 * </table>
 * Predefined constants: the return codes {@code rcOk}, {@code rcFail}, {@code rcInvalidArgument},
 * {@code rcAlreadyExists}, {@code rcResourceNotFound}, {@code rcOutOfMemory}, {@code rcNoCapability},
 * {@code rcBusy}, {@code rcHandleRevoked}, {@code rcQuotaExceeded} (the core's codes, sign-extended:
 * {@code rcOk} is 0, {@code rcAlreadyExists} is {@code 0xFFFFFFFFFFFFFFFD}); {@code MMIO_K_SHARED},
 * {@code MMIO_U_SHARED}; {@code VMM_FLAG_READ}, {@code VMM_FLAG_WRITE}, {@code VMM_FLAG_WRITE_BACK},
 * {@code VMM_FLAG_WRITE_THROUGH}, {@code VMM_FLAG_WRITE_COMBINE}, {@code VMM_FLAG_CACHE_DISABLE},
 * {@code VMM_FLAG_LOW_GUARD}, {@code VMM_FLAG_HIGH_GUARD} (the values of
 * {@link org.mmioworkbench.core.MmioConstants}); {@code INVALID_HANDLE} ({@code 0xFFFFFFFF});
 * and {@code NULL} (0), {@code false} (0), {@code true} (1). They cannot be assigned.
 *
 * <h2>Simulation statements (not SDK API)</h2>
 * <ul>
 * <li>{@code process NAME} (or {@code process "NAME"} for names with other characters, though not control
 *     characters such as a line break or an escape, which would forge trace lines or reach the terminal;
 *     dotted names such as {@code kl.drivers.Uart} need no quotes): the statements after it run as that
 *     simulated process, started by this statement if it does not exist yet. Before the first {@code process}
 *     statement the script runs as {@code main}, started at its first call. {@code kernel} and
 *     {@code simulator} are reserved.</li>
 * <li>{@code rc = IpcTransferHandle(h, "PROCESS", &newHandle)}: hands a handle of the current process
 *     to another process (started if needed) as an IPC message would; the receiver's new handle is
 *     stored in the out-variable and has the same rights (handle permissions mask) as {@code h}.
 *     {@code rc = IpcTransferHandle(h, "PROCESS", "RIGHTS", &newHandle)} gives the receiver exactly the
 *     rights named: {@code transfer}, {@code map-read}, {@code map-write}, separated by {@code |} or
 *     {@code ,} in any letter case, or {@code none} (see {@link org.mmioworkbench.core.HandleRights}).
 *     So {@code IpcTransferHandle(rid, "client", "map-read", &ro)} gives {@code client} a handle it can
 *     map only with {@code VMM_FLAG_READ} and cannot pass on. A misspelt right is an error when the script
 *     is read; rights {@code h} lacks (rights are never elevated), or an {@code h} without {@code transfer}
 *     (such as a mapping handle), give {@code rcNoCapability}, as does {@code KnIoMapMem} with a
 *     {@code prot} the region handle's rights do not allow.</li>
 * <li>{@code Delay(ns)}: advances the simulated clock by {@code ns} nanoseconds.</li>
 * <li>{@code UartInput("DEVICE", "text")}: feeds the bytes of the text into a device's input through
 *     {@link org.mmioworkbench.script.ScriptEnvironment#deviceInput}. The standard environment knows the
 *     board's devices but has no input-capable device models yet, so it stops the script with an error
 *     naming the device.</li>
 * <li>{@code assert(expr)} and {@code assert(expr, "message")}: if {@code expr} is 0, stops the script
 *     with {@code FILE:LINE:COL: assertion failed: TEXT}, where TEXT is the message or the expression's
 *     source text.</li>
 * <li>{@code printf("format", args...)}: prints through
 *     {@link org.mmioworkbench.script.ScriptOutput#print(String)}. Conversions {@code %d %i %u %x %X %o
 *     %c %s %p} and {@code %%}, with flags {@code - + space # 0}, a width and a precision; the length
 *     modifiers {@code hh h l ll z j t} are accepted and ignored, because every value is printed with its
 *     64 bits: {@code %d} and {@code %i} as signed 64-bit numbers (a return code prints as {@code -3}),
 *     {@code %u %x %X %o} as unsigned 64-bit numbers, {@code %c} as the low byte, {@code %p} as
 *     {@code 0x} and hexadecimal. {@code %s} takes a string literal. The format is checked when the
 *     script is read: an unknown conversion, a {@code *} width, a width or precision above 4096, a wrong
 *     number of arguments or a string for an integer conversion (or the reverse) is an error; a width is
 *     never cut short. Output bytes are decoded as UTF-8.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * <ul>
 * <li>Reading a script ({@link org.mmioworkbench.script.Script#parse(String, String)}) throws only the
 *     unchecked {@link org.mmioworkbench.script.ScriptException}, whatever the input, at the first error:
 *     {@code FILE:LINE:COL: error: expected ')' to close the '(' at 1:5, found end of file}. Nesting
 *     deeper than 256 levels (parentheses, operators, blocks) is an error, not a stack overflow. The message
 *     is one line: script text it quotes shows control characters as escapes. The fuzz tests in
 *     {@code org.mmioworkbench.fuzz} hold the parser to this.</li>
 * <li>Running a script never throws: it ends with an {@link org.mmioworkbench.script.Outcome} whose
 *     {@link org.mmioworkbench.script.Outcome.Kind} is {@code FINISHED}, {@code ASSERTION_FAILED},
 *     {@code FAULT} (a register access faulted: {@code FILE:LINE:COL: error: MMIO fault in process
 *     'driver': 32-bit read at virtual address 0x... (physical 0x...): the mapping was freed: its handle
 *     was closed}, with the core's {@link org.mmioworkbench.core.MmioFault}), {@code LOOP_BOUND} or
 *     {@code RUNTIME_ERROR} (undefined variable, division by zero, a call the core refused).</li>
 * </ul>
 *
 * <h2>Stepping and going back</h2>
 * A script runs on the same interpreter as C driver code ({@code org.mmioworkbench.c}): reading it lowers its
 * syntax tree to that machine's instructions, the first instruction of each statement marking a boundary. The
 * condition of {@code if}, {@code while}, {@code do}/{@code while} and {@code for} is a statement of its own,
 * visited once per iteration (a {@code for} loop's step and condition form one visit, at the {@code for}).
 * {@link org.mmioworkbench.script.ScriptMachine#step()} (and {@code next()}, identical in a language without
 * functions) runs to the next boundary; {@code stepAccess()} runs until the next call that produced trace events;
 * {@code stepInstruction()} runs one instruction of that machine (a statement takes one or a few: each call, each
 * store of an out-parameter, the assignment; a statement without calls is usually one);
 * {@code runUntil(StopCondition)} runs to a breakpoint.
 * {@code lastStatement()} tells which trace events (by sequence number) the last statement produced, and
 * {@code statementOfEvent(seq)} maps any trace event back to its statement and line.
 * {@code snapshot()} captures the machine (program counter, variables and whether each has a value, their types
 * where declarations make them vary, loop counters, temporaries, current process, that side table) together with
 * {@link org.mmioworkbench.core.Simulator#snapshot()};
 * {@code restore(state)} puts both back, after which the script continues exactly as it did the first
 * time.
 */
package org.mmioworkbench.script;
