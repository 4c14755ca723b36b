/* SPDX-License-Identifier: EPL-2.0
 * limits.h - C11 5.2.4.2.1, MMIO Workbench's own, for LP64. Plain char is signed unless
 * __CHAR_UNSIGNED__ is defined (gcc defines it on aarch64, not on x86-64; the simulator's
 * interpreter defines it when its plain char is unsigned).
 */
#ifndef MMIO_LIMITS_H
#define MMIO_LIMITS_H

#define CHAR_BIT    8
#define MB_LEN_MAX  16

#define SCHAR_MIN   (-128)
#define SCHAR_MAX   127
#define UCHAR_MAX   255

#ifdef __CHAR_UNSIGNED__
#define CHAR_MIN    0
#define CHAR_MAX    UCHAR_MAX
#else
#define CHAR_MIN    SCHAR_MIN
#define CHAR_MAX    SCHAR_MAX
#endif

#define SHRT_MIN    (-32767 - 1)
#define SHRT_MAX    32767
#define USHRT_MAX   65535

#define INT_MIN     (-2147483647 - 1)
#define INT_MAX     2147483647
#define UINT_MAX    4294967295U

#define LONG_MIN    (-9223372036854775807L - 1)
#define LONG_MAX    9223372036854775807L
#define ULONG_MAX   18446744073709551615UL

#define LLONG_MIN   (-9223372036854775807LL - 1)
#define LLONG_MAX   9223372036854775807LL
#define ULLONG_MAX  18446744073709551615ULL

#endif /* MMIO_LIMITS_H */
