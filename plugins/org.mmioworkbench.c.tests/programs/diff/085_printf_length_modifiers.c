#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

int main(void)
{
    signed char sc = -5;
    unsigned char uc = 250;
    short s = -30000;
    unsigned short us = 60000;
    printf("%hhd %hhu %hd %hu\n", sc, uc, s, us);
    printf("%hhd %hhu\n", 300, 300);           /* converted to char */
    printf("%hd %hu\n", 70000, 70000);
    printf("%ld %lu\n", -123456789012L, 123456789012UL);
    printf("%lld %llu\n", -1LL, 18446744073709551615ULL);
    size_t z = 42;
    ptrdiff_t t = -7;
    intmax_t j = -99;
    uintmax_t uj = 99;
    printf("%zu %zd %td %jd %ju\n", z, (ptrdiff_t)z, t, j, uj);
    printf("%zx %tx %jx\n", z, (ptrdiff_t)255, uj);
    return 0;
}
