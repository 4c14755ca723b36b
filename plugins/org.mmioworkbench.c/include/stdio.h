/* SPDX-License-Identifier: EPL-2.0
 * stdio.h - the part of C11 7.21 that MMIO Workbench's C library provides: formatted and character
 * output to standard output. Formats: flags - + space # 0, width and precision (also *), the length
 * modifiers hh h l ll z t j, and the conversions d i u o x X c s p %; no floating point. No files,
 * no input.
 */
#ifndef MMIO_STDIO_H
#define MMIO_STDIO_H

#ifndef MMIO_SIZE_T_DEFINED
#define MMIO_SIZE_T_DEFINED
typedef unsigned long size_t;
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

#define EOF (-1)

int printf(const char *restrict format, ...);
int sprintf(char *restrict s, const char *restrict format, ...);
int snprintf(char *restrict s, size_t n, const char *restrict format, ...);
int puts(const char *s);
int putchar(int c);

#endif /* MMIO_STDIO_H */
