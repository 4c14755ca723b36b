#include <stdio.h>

int main(void)
{
    long long f = 1;
    for (int i = 1; i <= 20; i++)
        f *= i;
    printf("20! = %lld\n", f);
    unsigned long long p = 1;
    for (int i = 0; i < 64; i += 8)
        p = p * 31 + (unsigned long long)i;
    printf("%llu\n", p);
    printf("%lld\n", -9000000000000000000LL / 7);
    printf("%lld\n", -9000000000000000000LL % 7);
    return 0;
}
