/* SPDX-License-Identifier: EPL-2.0
 * assert.h - C11 7.2, MMIO Workbench's own. A failed assertion prints
 *     FILE:LINE: FUNC: Assertion `EXPR' failed.
 * on standard error, worded and quoted as glibc 2.36 (Debian 12) does, and ends the program with exit
 * status 1 in the simulator. Like every assert.h it has no include guard: NDEBUG is looked at on each inclusion.
 */
#undef assert

#ifdef NDEBUG
#define assert(expression) ((void)0)
#else
_Noreturn void __assert_fail(const char *expression, const char *file, unsigned int line,
                             const char *function);
#define assert(expression) \
    ((expression) ? (void)0 : __assert_fail(#expression, __FILE__, __LINE__, __func__))
#endif

#ifndef static_assert
#define static_assert _Static_assert
#endif
