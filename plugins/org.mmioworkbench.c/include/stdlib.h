/* SPDX-License-Identifier: EPL-2.0
 * stdlib.h - the part of C11 7.22 that MMIO Workbench's C library provides: the heap, ending the
 * program, integer conversions and absolute values. No floating point, no environment.
 */
#ifndef MMIO_STDLIB_H
#define MMIO_STDLIB_H

#ifndef MMIO_SIZE_T_DEFINED
#define MMIO_SIZE_T_DEFINED
typedef unsigned long size_t;
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

void *malloc(size_t size);
void *calloc(size_t nmemb, size_t size);
void *realloc(void *ptr, size_t size);
void free(void *ptr);

_Noreturn void exit(int status);
_Noreturn void abort(void);

int atoi(const char *nptr);
long atol(const char *nptr);
long strtol(const char *restrict nptr, char **restrict endptr, int base);
unsigned long strtoul(const char *restrict nptr, char **restrict endptr, int base);
long long strtoll(const char *restrict nptr, char **restrict endptr, int base);
unsigned long long strtoull(const char *restrict nptr, char **restrict endptr, int base);

int abs(int j);
long labs(long j);
long long llabs(long long j);

#endif /* MMIO_STDLIB_H */
