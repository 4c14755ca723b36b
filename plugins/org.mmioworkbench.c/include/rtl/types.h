/* SPDX-License-Identifier: EPL-2.0
 * rtl/types.h - the fixed-width integer types the KasperskyOS API signatures use (rtl_uint32_t,
 * rtl_size_t, ...). MMIO Workbench's own header, written from the public KasperskyOS documentation:
 * the SDK's real file layout for these typedefs is not published, so they live here and the SDK
 * headers of this folder include this file. LP64: long and pointers are 64 bits.
 */
#ifndef MMIO_RTL_TYPES_H
#define MMIO_RTL_TYPES_H

typedef signed char        rtl_int8_t;
typedef short              rtl_int16_t;
typedef int                rtl_int32_t;
typedef long               rtl_int64_t;
typedef unsigned char      rtl_uint8_t;
typedef unsigned short     rtl_uint16_t;
typedef unsigned int       rtl_uint32_t;
typedef unsigned long      rtl_uint64_t;
typedef unsigned long      rtl_size_t;
typedef long               rtl_ssize_t;
typedef unsigned long      rtl_uintptr_t;
typedef long               rtl_intptr_t;
typedef _Bool              rtl_bool;

#define rtl_true  1
#define rtl_false 0

#ifndef RTL_NULL
#define RTL_NULL ((void *)0)
#endif

#endif /* MMIO_RTL_TYPES_H */
