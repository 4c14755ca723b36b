/**
 * The C library a driver calls, as the interpreter provides it: the {@code printf} family's formatting, the heap,
 * and the string and memory functions, written over a small view of the program's memory ({@link CMemory}) so
 * that they hold no interpreter state. The interpreter supplies the memory, the variadic arguments
 * ({@link VarArgs}) and the output; a bad address faults in its memory and the fault passes through unchanged.
 * A {@link LibcException} is a misuse or a refusal; its message is the cause the user reads.
 *
 * <h2>Target</h2>
 * LP64, little-endian, as the targets KasperskyOS drivers build for (x86-64, AArch64): {@code int} is 32 bits,
 * {@code long}, {@code long long}, {@code size_t}, {@code ptrdiff_t}, {@code intmax_t} and pointers 64 bits; a
 * value stored through a pointer ({@code %n}, {@code strtol}'s {@code endptr}) is stored least significant byte
 * first.
 *
 * <h2>{@code printf} ({@link Printf})</h2>
 * The output is glibc's byte for byte (the tests compare hundreds of calls with a gcc-compiled program), for the
 * conversions {@code d i u o x X c s p n %} and C23's {@code b B}, the flags {@code - + space # 0} (and glibc's
 * {@code '} and {@code I}, no-ops in the C locale), widths and precisions, {@code *} included, and the length
 * modifiers {@code hh h l ll z t j} (and glibc's {@code Z}, an old spelling of {@code z}). Where glibc's output is
 * fixed, it is followed even for a format C leaves undefined:
 * <ul>
 * <li>{@code %s} of a null pointer prints {@code (null)} when there is no precision or it is at least 6, and
 * nothing otherwise; {@code %p} of a null pointer prints {@code (nil)}, whatever the precision and with no sign;
 * a non-null {@code %p} is {@code %#lx} that keeps the {@code +} and space flags.</li>
 * <li>{@code %5%} prints {@code %}; {@code %05s} and {@code %05c} pad with spaces.</li>
 * <li>A conversion letter glibc does not know ({@code %k}) is printed back as glibc reads it: {@code %}, its
 * flags in a fixed order, its width and precision, the letter, no length modifier; it consumes no argument
 * except those its {@code *} takes. So {@code %hhhd} prints {@code %hd}, the third {@code h} being the
 * letter.</li>
 * </ul>
 * Refused with a {@link LibcException}: the floating-point conversions {@code f F e E g G a A} (the interpreter
 * has no floating point); the wide-character ones ({@code %lc}, {@code %ls}, {@code %C}, {@code %S}, and, as in
 * glibc, {@code c} and {@code s} with {@code ll z t j}); {@code %m}; the modifiers {@code L} and {@code q};
 * positional arguments ({@code %1$d}, {@code %*2$d}); a width or precision above {@value Printf#MAX_WIDTH} (the
 * driver script language has the same limit); and a format that ends inside a conversion ({@code "%-5"}), for
 * which glibc fails the whole call with {@code EINVAL} except, inconsistently, after an unknown conversion.
 * {@code %n} stores the count of bytes so far with the width its modifier names (1, 2, 4 or 8 bytes).
 * {@link Printf#format} returns the whole output; cutting it for {@code snprintf} is the caller's.
 *
 * <h2>Heap ({@link Heap})</h2>
 * Blocks start at multiples of 16 and are deterministic (the same calls give the same addresses on every run).
 * Each block is followed by at least 16 bytes that belong to no block, so an access one past a block's end is
 * outside every live block ({@link Heap#isLive}). A request takes the smallest free range that fits, from its
 * start; a freed block merges with free neighbours; {@code realloc} keeps a block in place when it shrinks or
 * when the free space right after it is enough. {@code malloc(0)} returns a block of its own with no usable
 * bytes. The bookkeeping is outside the program's memory: a program that writes over it cannot corrupt the heap,
 * and {@code free} and {@code realloc} report a pointer that is not a live block's start (never returned, freed
 * already, or inside a block) where glibc would corrupt its heap or abort. {@code realloc} of such a pointer is
 * refused as {@code free} is. {@link Heap#bytesInUse} counts the bytes asked for.
 *
 * <h2>Strings ({@link CString})</h2>
 * Comparisons return the difference of the first differing bytes as {@code unsigned char}s, as glibc does on
 * x86-64 (a portable program relies only on the sign). {@code memcpy} of overlapping ranges, which C leaves
 * undefined, is refused (a copy onto itself is let through, as AddressSanitizer does). {@code strtol} and
 * {@code strtoul} follow glibc in the C locale, without {@code errno} (out of range gives the clamped value); an
 * invalid base gives 0 and leaves {@code endptr} alone, as glibc does; the C23 {@code 0b} prefix is not read.
 *
 * <h2>{@code assert} ({@link AssertMessage})</h2>
 * glibc's {@code __assert_fail} prints {@code PROGRAM: FILE:LINE: FUNCTION: Assertion `EXPRESSION' failed.} and
 * a newline to standard error, then aborts; {@code PROGRAM} is the program's name ({@code argv[0]} without its
 * folders), and {@code FUNCTION: } is left out when there is no function name. The interpreter runs no program
 * file, so {@code PROGRAM} is the stem of the C file's name ({@code drivers/uart.c} gives {@code uart}), which is
 * what {@code gcc uart.c -o uart} would name it. The message has no newline; the caller prints it as a line.
 */
package org.mmioworkbench.c.libc;
