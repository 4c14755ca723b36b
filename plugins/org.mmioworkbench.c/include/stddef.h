/* SPDX-License-Identifier: EPL-2.0
 * stddef.h - C11 7.19, MMIO Workbench's own (LP64: 64-bit long and pointers, as gcc on aarch64 and
 * x86-64). Plain C for the simulator's interpreter, which predefines __MMIO_SIM__; gcc gets its
 * builtin offsetof so that offsetof stays an integer constant expression under -pedantic.
 */
#ifndef MMIO_STDDEF_H
#define MMIO_STDDEF_H

#ifndef MMIO_SIZE_T_DEFINED
#define MMIO_SIZE_T_DEFINED
typedef unsigned long size_t;
#endif

typedef long ptrdiff_t;

#ifndef MMIO_WCHAR_T_DEFINED
#define MMIO_WCHAR_T_DEFINED
#if defined(__WCHAR_TYPE__) && !defined(__MMIO_SIM__)
typedef __WCHAR_TYPE__ wchar_t;
#else
typedef int wchar_t;
#endif
#endif

/* the strictest fundamental alignment (16 bytes, as gcc's max_align_t on LP64) */
typedef struct {
    _Alignas(16) long long mmio_max_align_ll;
} max_align_t;

#ifndef NULL
#define NULL ((void *)0)
#endif

#if defined(__GNUC__) && !defined(__MMIO_SIM__)
#define offsetof(type, member) __builtin_offsetof(type, member)
#else
#define offsetof(type, member) ((size_t)&((type *)0)->member)
#endif

#endif /* MMIO_STDDEF_H */
