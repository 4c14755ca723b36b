#include <stdio.h>
#include <limits.h>
#include <stdint.h>

int main(void)
{
    printf("%d %d %d\n", SCHAR_MIN, SCHAR_MAX, UCHAR_MAX);
    printf("%d %d %d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
    printf("%d %d %u\n", INT_MIN, INT_MAX, UINT_MAX);
    printf("%ld %ld %lu\n", LONG_MIN, LONG_MAX, ULONG_MAX);
    printf("%lld %lld %llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
    printf("%d %d\n", CHAR_BIT, INT8_MIN);
    printf("%ld %lu\n", (long)INT64_MIN, (unsigned long)UINT64_MAX);
    printf("%zu\n", (size_t)SIZE_MAX);
    return 0;
}
