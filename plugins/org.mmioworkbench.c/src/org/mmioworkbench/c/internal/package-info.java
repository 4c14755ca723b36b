/**
 * The C front end and interpreter behind {@code org.mmioworkbench.c}. Decisions:
 *
 * <h2>Preprocessor: jcpp</h2>
 * {@link org.mmioworkbench.c.internal.Cpp} runs {@code org.anarres:jcpp} 1.4.14 (a subclass of its
 * {@code Preprocessor}) with {@code #pragma once} and digraphs on. {@code "..."} includes look next to the including
 * file, then in the {@code -I} folders; {@code <...>} in the {@code -I} folders, then the bundled headers. A token
 * keeps the file, line and column jcpp read it at; a token that comes out of a macro expansion gets the position of
 * the macro's use (the place in the file where the expansion started). Include nesting deeper than 200 levels is
 * taken for an include cycle; a translation unit that expands to more than 4 million tokens is refused (runaway
 * macros). {@code #error} and a missing include end with a positioned error. {@code #pragma mmio board("...")} names
 * the board. An error about a token that a macro body spells (an undeclared name) names the definition, as gcc
 * does. jcpp's sources other than files answer {@code getPath()} with their file's, so files are told apart by
 * class; jcpp gives {@code __LINE__} in a macro body the definition's line, which is replaced by the line of the
 * expansion. jcpp cannot serve in a few places, which we accept rather than write a preprocessor: it has no
 * {@code __VA_OPT__}; it evaluates {@code #if} in signed 64-bit arithmetic only ({@code #if (0u - 1) > 0} is false);
 * {@code #line} does not renumber {@code __LINE__}; {@code #} applied to a stray backslash outside a string escapes
 * it. The differential programs that show these differences wait in {@code programs/diff-pending}.
 *
 * <h2>Parser and types</h2>
 * {@link org.mmioworkbench.c.internal.Parser} is a hand-written, typedef-aware recursive-descent parser that types
 * every expression as it builds it (chibicc's design): integer promotions, the usual arithmetic conversions, and
 * array/function decay appear as explicit nodes, so the code generator never has to guess. Nesting is capped at
 * 400 levels, so hostile input ends in {@code FILE:LINE:COL: error: ...}, never a Java stack overflow. Types are
 * LP64 with gcc's layout on x86-64 and aarch64 ({@link org.mmioworkbench.c.internal.CType}): plain {@code char} is
 * signed (as on x86-64, where the differential tests run), enums are {@code int}, bit-fields are laid out by the
 * System V rule (a bit-field never straddles a boundary of its declared type; unnamed ones do not raise the
 * alignment; a zero-width one aligns the next). Floating point, VLAs, {@code setjmp}, threads, {@code _Complex},
 * {@code _Atomic}, inline assembly, {@code __attribute__((packed))} and variadic functions defined
 * in the program are refused with an error that names the construct.
 *
 * <h2>Execution</h2>
 * {@link org.mmioworkbench.c.internal.Codegen} lowers each function to a flat array of
 * {@link org.mmioworkbench.c.internal.Insn}s. Calls are instructions of their own (like gcc's GIMPLE): a call inside
 * an expression runs first and leaves its result in a slot; {@code &&}, {@code ||}, {@code ?:} and {@code ,} become
 * branches when an operand holds a call. Arguments are evaluated from the last to the first, as gcc does on x86-64
 * (unspecified in C, but programs come to rely on it). What remains of an expression compiles to a tree of closures
 * ({@link org.mmioworkbench.c.internal.E}) that return the value as a {@code long} in canonical form (sign- or
 * zero-extended from the type's width), with C's conversion built in; common shapes (slot op constant, slot op slot,
 * {@code x += y}, {@code i++}) get closures of their own. So the interpreter loop of
 * {@link org.mmioworkbench.c.internal.Machine} never recurses in Java: a C call pushes a
 * {@link org.mmioworkbench.c.internal.Frame} (pc, slots for locals whose address is never taken, a frame pointer
 * into byte memory for the others). Instructions that begin a statement carry its position; the loop counts them
 * and can pause before any of them, which is where a debugger stops. The commonest statement shapes on slots are
 * fused into instructions the loop runs itself, without calling a closure: {@code i++} and {@code x += c} or
 * {@code x += y}, a branch on a comparison of a slot with a constant or a slot ({@code i < n}), {@code x = e}, and a
 * store through a pointer ({@code *p = v}, which stores {@code v} before its final narrowing conversion, the low
 * bytes being the same). Instructions on slots only run in a nested loop that calls nothing, so that the JIT keeps
 * the loop's state in registers; the loop leaves it for every other instruction and at a statement boundary where
 * the stop condition is to be asked. The statement counter is a local of the loop, written back before the stop
 * condition is asked and when the run returns; the statement running now is kept as its frame and index, so no
 * reference is stored per statement.
 *
 * <h2>Front ends: {@code *.mmio} scripts</h2>
 * One interpreter runs every file: a driver script ({@code org.mmioworkbench.script}) keeps its own parser and
 * syntax tree, and its front end ({@code org.mmioworkbench.script.internal.Lowering}) lowers the tree straight to
 * one {@link org.mmioworkbench.c.internal.Fn} of instructions and closures, not to C's typed tree: a script's
 * semantics (every value unsigned 64-bit, a variable without a value, the loop bound) are not C's, and would only
 * be lost in a detour through it. {@link org.mmioworkbench.c.internal.Machine#Machine(Fn, org.mmioworkbench.core.Simulator,
 * String, String)} runs such a function with no globals or library, and does not start the process itself (a
 * script's first call does). The machine gains for it only what a script cannot express with
 * {@link org.mmioworkbench.c.internal.E} closures of its own:
 * <ul>
 * <li>Fused unsigned comparisons {@code JLTU_K ... JGTU_S} (a script compares unsigned; C's {@code unsigned long}
 *     and pointer comparisons use them too), the constant stored with its top bit flipped so that the loop
 *     compares as fast as the signed ones.</li>
 * <li>{@code LOOP}: counts a loop's iteration down from the bound in a slot and ends the program through its
 *     closure past the bound; {@code LOOPJ} fuses it with a loop's branch back into its body on
 *     a comparison, so a script's {@code for} loop costs no more instructions an iteration than C's. They are slot
 *     instructions: a counting loop stays in the interpreter's inner loop.</li>
 * <li>{@code HOOK}: a call into the front end (a script's simulator calls, {@code process NAME}) with the
 *     statement counter written back first, so the front end can tell which execution of a statement a call
 *     belongs to ({@code lastStatement()} counts a statement's trace events from its first call).</li>
 * <li>{@link org.mmioworkbench.c.internal.Halt}: thrown by a front end's closure to end the program with a reason
 *     of its own (a script's {@code Outcome}: assertion, MMIO fault, loop bound, runtime error); the run ends
 *     {@code HALTED} at that instruction, so a snapshot taken before restores as for any other end.</li>
 * <li>{@link org.mmioworkbench.c.internal.Insn#tag}: the front end's id of the statement an instruction begins;
 *     {@code Machine.switchProcess} changes the process the program runs as (part of a snapshot);
 *     {@code Machine.runOne} runs one instruction, which instruction stepping and stepping to the next
 *     simulator access need.</li>
 * </ul>
 * The statement the machine reports as running ({@code statementPos}, {@code statementTag}) changes when a
 * statement starts, after the stop condition was asked, so that a pause before a statement still names the one
 * that ran last; snapshots keep it. Everything else a script needs is closures the front end makes: a read of a
 * variable that may have no value checks a flag slot ({@code undefined variable 'x'}), a store converts to the
 * declared type (by a type slot where the declarations that reach it disagree), division by zero and shifts by 64
 * or more behave as the script language says, and each call leaves its out-values in temporaries that the
 * following instructions store, as the script's stepping granularity asks.
 *
 * <h2>Memory</h2>
 * {@link org.mmioworkbench.c.internal.Memory} is byte-addressed and little-endian: 4 KiB pages in a two-level table,
 * copied on write after a snapshot (a snapshot copies the 192-entry top level only). Nothing is mapped below 64 KiB
 * (null pointers fault), string literals and globals follow, the heap ({@code org.mmioworkbench.c.libc.Heap}) lies
 * at 256 MiB, and the 8 MiB stack ends at 768 MiB, far below the simulator's MMIO window at 256 GiB. A load or store
 * in that window is an MMIO access of its width through the process's {@code MmioApi}: the same faults, device
 * behaviour and trace as {@code IoReadMmReg*}/{@code IoWriteMmReg*}; a 64-bit access there is refused, as the API
 * has no 64-bit calls. Heap accesses are checked against the live blocks (dangling and out-of-bounds pointers
 * fault); the program may use at most 256 MiB; runaway recursion ends in a stack overflow error after 8 MiB of stack
 * or 100 000 nested calls. Function pointers are small addresses below 64 KiB, so calling through anything else
 * faults. A subscript of an array object of known length ({@code a[i]}, not the last member of a struct) is
 * checked; library functions that write ({@code strcpy}, {@code memset}, {@code sprintf}, ...) are checked against the
 * local or global object they write into. A run-time error names the operator of the faulting access ({@code *},
 * {@code [}, {@code ->}, {@code /}) or the called function, as gcc's sanitizers do.
 *
 * <h2>Debugger expressions</h2>
 * {@link org.mmioworkbench.c.internal.Evaluator} lexes an expression with jcpp's lexer (no preprocessing: the
 * program's macros are not known, as in gdb without {@code -g3}) and parses and types it with the program's own
 * {@link org.mmioworkbench.c.internal.Parser}, in the file scope the parse of the unit left plus the selected frame's
 * arguments, locals and static locals (given as copies, so nothing of the program changes). The typed tree is then
 * walked over memory rather than compiled: an expression is evaluated once per {@code print}, or once per statement
 * for a watch, and a walk can refuse what a debugger must not do (assignments, {@code ++}/{@code --}, calls) and read
 * MMIO registers with the simulator's side-effect-free peek instead of an access. A watch on a local names its frame
 * by function, frame pointer and depth, which survive a restore from a checkpoint.
 */
package org.mmioworkbench.c.internal;
