#include <stdio.h>
#include <limits.h>
#include <stdint.h>

int main(void)
{
    printf("%d %d\n", INT_MIN, INT_MAX);
    printf("%ld\n", LONG_MIN);
    printf("%lld\n", LLONG_MIN);
    printf("%llu\n", ULLONG_MAX);
    printf("%x %lx\n", UINT_MAX, ULONG_MAX);
    printf("%hhd %hhd\n", (signed char)SCHAR_MIN, (signed char)SCHAR_MAX);
    printf("%+d %+d\n", 0, INT_MIN);
    return 0;
}
